package io.schemaforge.codegen.catalog;

import io.schemaforge.model.Dialect;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names and ids of elements read from a database.
 *
 * <p>Names are kept as the database reports them, with one exception: H2 folds unquoted identifiers
 * to upper case, so on H2 a name that is entirely upper case (letters, digits, {@code _}, {@code
 * $}) is read as lower case. A name that was quoted in mixed or lower case comes back unchanged; a
 * name quoted in upper case is indistinguishable from an unquoted one and is lowered too. Other
 * engines keep the case they stored.
 *
 * <p>Ids carry a {@code name:} prefix ({@code name:post}, {@code name:post.title}) so they never
 * collide with model ids.
 */
public final class CatalogNames {
  private static final Pattern UPPER_IDENTIFIER = Pattern.compile("[A-Z_][A-Z0-9_$]*");

  private CatalogNames() {}

  /** The name as Schemaforge shows it: H2's upper-case fold undone, others unchanged. */
  public static String normalize(Dialect dialect, String name) {
    if (name == null || dialect != Dialect.H2) {
      return name;
    }
    return UPPER_IDENTIFIER.matcher(name).matches() ? name.toLowerCase(Locale.ROOT) : name;
  }

  /** The id of a table read by name. */
  public static String tableId(String table) {
    return "name:" + table;
  }

  /** The id of a column read by name. */
  public static String columnId(String table, String column) {
    return "name:" + table + "." + column;
  }
}
