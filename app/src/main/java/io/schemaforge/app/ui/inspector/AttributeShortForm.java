package io.schemaforge.app.ui.inspector;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import io.schemaforge.naming.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line way to type an attribute: {@code title string(200)!}. A name, then optionally a type
 * with its size, then flags:
 *
 * <ul>
 *   <li>{@code !} not null (may stick to the type: {@code string(200)!}); {@code ?} nullable
 *   <li>{@code pk} primary key (not null; identity for integer types)
 *   <li>{@code unique}, {@code sensitive}
 *   <li>{@code =value} a default ({@code =0}, {@code =now()}, {@code ='draft'})
 *   <li>{@code # words} a comment, to the end of the line
 * </ul>
 *
 * <p>Types are the logical types in lower case, with the common aliases developers type ({@code
 * varchar}, {@code long}, {@code bool}, {@code datetime}, ...); {@code enum(a|b|c)} gives an enum
 * with values. Without a type an attribute is {@code string(255)}.
 */
public final class AttributeShortForm {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
  private static final Pattern TYPE = Pattern.compile("([A-Za-z]+)(?:\\(([^)]*)\\))?(!|\\?)?");
  private static final int DEFAULT_STRING_LENGTH = 255;

  private static final Map<String, LogicalType> ALIASES =
      Map.ofEntries(
          Map.entry("string", LogicalType.STRING),
          Map.entry("str", LogicalType.STRING),
          Map.entry("varchar", LogicalType.STRING),
          Map.entry("text", LogicalType.TEXT),
          Map.entry("int", LogicalType.INT),
          Map.entry("integer", LogicalType.INT),
          Map.entry("long", LogicalType.BIGINT),
          Map.entry("bigint", LogicalType.BIGINT),
          Map.entry("short", LogicalType.SMALLINT),
          Map.entry("smallint", LogicalType.SMALLINT),
          Map.entry("bool", LogicalType.BOOLEAN),
          Map.entry("boolean", LogicalType.BOOLEAN),
          Map.entry("decimal", LogicalType.DECIMAL),
          Map.entry("numeric", LogicalType.DECIMAL),
          Map.entry("float", LogicalType.FLOAT),
          Map.entry("real", LogicalType.FLOAT),
          Map.entry("double", LogicalType.DOUBLE),
          Map.entry("uuid", LogicalType.UUID),
          Map.entry("date", LogicalType.DATE),
          Map.entry("time", LogicalType.TIME),
          Map.entry("timestamp", LogicalType.TIMESTAMP),
          Map.entry("datetime", LogicalType.TIMESTAMP),
          Map.entry("timestamptz", LogicalType.TIMESTAMPTZ),
          Map.entry("instant", LogicalType.TIMESTAMPTZ),
          Map.entry("bytes", LogicalType.BYTES),
          Map.entry("blob", LogicalType.BYTES),
          Map.entry("bytea", LogicalType.BYTES),
          Map.entry("json", LogicalType.JSON),
          Map.entry("jsonb", LogicalType.JSON),
          Map.entry("enum", LogicalType.ENUM));

  private AttributeShortForm() {}

  /**
   * Reads a line into a new attribute.
   *
   * @throws IllegalArgumentException with a message for the user when the line is not valid
   */
  public static Attribute parse(String line, String attributeId) {
    String text = line == null ? "" : line.strip();
    String comment = null;
    int hash = text.indexOf('#');
    if (hash >= 0) {
      comment = text.substring(hash + 1).strip();
      text = text.substring(0, hash).strip();
    }
    if (text.isEmpty()) {
      throw new IllegalArgumentException("Type a name, for example: title string(200)!");
    }
    String[] tokens = text.split("\\s+");
    String name = tokens[0];
    Boolean nullable = null;
    if (name.endsWith("!") || name.endsWith("?")) {
      nullable = name.endsWith("?");
      name = name.substring(0, name.length() - 1);
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("'" + name + "' is not a valid attribute name.");
    }
    Attribute.Builder b =
        Attribute.builder(attributeId, name, Names.snakeCase(name), LogicalType.STRING)
            .length(DEFAULT_STRING_LENGTH);
    int i = 1;
    if (i < tokens.length && !isFlag(tokens[i])) {
      Boolean fromType = applyType(b, tokens[i]);
      nullable = fromType != null ? fromType : nullable;
      i++;
    }
    boolean pk = false;
    for (; i < tokens.length; i++) {
      String t = tokens[i];
      String lower = t.toLowerCase(Locale.ROOT);
      if (t.equals("!")) {
        nullable = false;
      } else if (t.equals("?")) {
        nullable = true;
      } else if (lower.equals("pk")) {
        pk = true;
      } else if (lower.equals("unique") || lower.equals("uq")) {
        b.unique(true);
      } else if (lower.equals("sensitive")) {
        b.sensitive(true);
      } else if (t.startsWith("=")) {
        String value = t.substring(1);
        if (value.isEmpty()) {
          throw new IllegalArgumentException("Put the default right after '=', as in =0.");
        }
        b.defaultValue(value);
      } else {
        throw new IllegalArgumentException(
            "Did not understand '" + t + "'. Flags are ! ? pk unique sensitive =default #comment.");
      }
    }
    Attribute partial = b.build();
    if (pk) {
      b.primaryKey(true).nullable(false).identity(partial.type().isInteger());
    } else if (nullable != null) {
      b.nullable(nullable);
    }
    return b.comment(comment == null || comment.isEmpty() ? null : comment).build();
  }

  private static boolean isFlag(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return token.equals("!")
        || token.equals("?")
        || token.startsWith("=")
        || lower.equals("pk")
        || lower.equals("unique")
        || lower.equals("uq")
        || lower.equals("sensitive");
  }

  /**
   * Applies a type token ({@code string(200)!}) to a builder.
   *
   * @return the nullability the token ends with, or null when it says nothing
   */
  static Boolean applyType(Attribute.Builder b, String token) {
    Matcher m = TYPE.matcher(token);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + token + "' is not a type, such as string(200).");
    }
    LogicalType type = ALIASES.get(m.group(1).toLowerCase(Locale.ROOT));
    if (type == null) {
      throw new IllegalArgumentException(
          "Unknown type '" + m.group(1) + "'. Try string, int, long, decimal, timestamp, ...");
    }
    b.type(type).length(null).precision(null).scale(null).enumValues(List.of());
    String args = m.group(2);
    if (type == LogicalType.STRING) {
      b.length(args == null ? DEFAULT_STRING_LENGTH : number(args, "length"));
    } else if (type == LogicalType.DECIMAL && args != null) {
      String[] ps = args.split(",");
      b.precision(number(ps[0], "precision"));
      if (ps.length > 1) {
        b.scale(number(ps[1], "scale"));
      }
    } else if (type == LogicalType.ENUM && args != null) {
      List<String> values = new ArrayList<>();
      for (String v : args.split("[|,]")) {
        if (!v.isBlank()) {
          values.add(v.strip());
        }
      }
      b.enumValues(values);
    } else if (args != null) {
      throw new IllegalArgumentException(
          m.group(1) + " takes no size; only string(n), decimal(p,s) and enum(a|b) do.");
    }
    return m.group(3) == null ? null : m.group(3).equals("?");
  }

  private static int number(String text, String what) {
    try {
      int n = Integer.parseInt(text.strip());
      if (n <= 0) {
        throw new IllegalArgumentException("The " + what + " must be positive.");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text.strip() + "' is not a " + what + ".");
    }
  }

  /**
   * The type of an attribute as the short form writes it: {@code string(200)}, {@code enum(a|b)}.
   */
  public static String typeText(Attribute a) {
    if (a.type() == LogicalType.ENUM && !a.enumValues().isEmpty()) {
      return "enum(" + String.join("|", a.enumValues()) + ")";
    }
    return a.type().display(a.length(), a.precision(), a.scale());
  }

  /** An attribute written in the short form; {@link #parse} reads it back to an equal value. */
  public static String format(Attribute a) {
    StringBuilder sb = new StringBuilder(a.name()).append(' ').append(typeText(a));
    if (a.primaryKey()) {
      sb.append(" pk");
    } else if (!a.nullable()) {
      sb.append('!');
    }
    if (a.unique()) {
      sb.append(" unique");
    }
    if (a.sensitive()) {
      sb.append(" sensitive");
    }
    if (a.defaultValue() != null && !a.defaultValue().contains(" ")) {
      sb.append(" =").append(a.defaultValue());
    }
    if (a.comment() != null) {
      sb.append(" # ").append(a.comment());
    }
    return sb.toString();
  }
}
