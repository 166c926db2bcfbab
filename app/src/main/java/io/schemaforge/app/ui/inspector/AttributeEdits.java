package io.schemaforge.app.ui.inspector;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import io.schemaforge.naming.Names;

/**
 * What typing into a cell of the attribute table does to an attribute: each method returns the
 * edited value (or throws {@link IllegalArgumentException} with a message for the user).
 */
public final class AttributeEdits {
  private AttributeEdits() {}

  /** A new field name; the column follows while it is the one derived from the old name. */
  public static Attribute name(Attribute a, String text) {
    String name = require(text, "An attribute needs a name.");
    Attribute.Builder b = a.toBuilder().name(name);
    if (a.columnName().equals(Names.snakeCase(a.name()))) {
      b.columnName(Names.snakeCase(name));
    }
    return b.build();
  }

  public static Attribute column(Attribute a, String text) {
    return a.toBuilder().columnName(require(text, "A column needs a name.")).build();
  }

  /**
   * A type as the short form writes it ({@code string(200)}, {@code decimal(10,2)}, {@code long!}).
   */
  public static Attribute type(Attribute a, String text) {
    Attribute.Builder b = a.toBuilder();
    Boolean nullable =
        AttributeShortForm.applyType(b, require(text, "Type a type, such as string(200)."));
    if (nullable != null && !a.primaryKey()) {
      b.nullable(nullable);
    }
    return b.build();
  }

  /** Length for strings ("200"), precision and scale for decimals ("10,2"); empty clears. */
  public static Attribute size(Attribute a, String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return a.toBuilder().length(null).precision(null).scale(null).build();
    }
    if (a.type() == LogicalType.STRING) {
      return type(a, "string(" + t + ")");
    }
    if (a.type() == LogicalType.DECIMAL) {
      return type(a, "decimal(" + t + ")");
    }
    throw new IllegalArgumentException(
        a.type().name().toLowerCase(java.util.Locale.ROOT) + " has no size.");
  }

  /** The text of the size column. */
  public static String sizeText(Attribute a) {
    if (a.type() == LogicalType.STRING && a.length() != null) {
      return a.length().toString();
    }
    if (a.type() == LogicalType.DECIMAL && a.precision() != null) {
      return a.precision() + (a.scale() == null ? "" : "," + a.scale());
    }
    return "";
  }

  public static Attribute defaultValue(Attribute a, String text) {
    return a.toBuilder().defaultValue(text == null || text.isBlank() ? null : text.strip()).build();
  }

  public static Attribute comment(Attribute a, String text) {
    return a.toBuilder().comment(text == null || text.isBlank() ? null : text.strip()).build();
  }

  /** Primary key on makes the column NOT NULL (and identity for integers); off leaves the rest. */
  public static Attribute primaryKey(Attribute a, boolean on) {
    Attribute.Builder b = a.toBuilder().primaryKey(on);
    if (on) {
      b.nullable(false).identity(a.type().isInteger());
    } else {
      b.identity(false);
    }
    return b.build();
  }

  private static String require(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(message);
    }
    return text.strip();
  }
}
