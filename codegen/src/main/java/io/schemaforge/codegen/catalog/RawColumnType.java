package io.schemaforge.codegen.catalog;

import java.util.Locale;

/**
 * A column's type as JDBC reports it ({@code DatabaseMetaData.getColumns}), before a {@link
 * DatabaseTypeMapper} turns it into a logical type.
 *
 * @param typeName {@code TYPE_NAME}: the database's own spelling ({@code int8}, {@code CHARACTER
 *     VARYING}, {@code LONGTEXT}, ...)
 * @param jdbcType {@code DATA_TYPE}, a {@link java.sql.Types} constant
 * @param size {@code COLUMN_SIZE}: length of strings, precision of numbers; null when not reported
 * @param digits {@code DECIMAL_DIGITS}: scale of numbers; null when not reported
 */
public record RawColumnType(String typeName, int jdbcType, Integer size, Integer digits) {
  public RawColumnType {
    typeName = typeName == null ? "" : typeName;
  }

  /** The type name in upper case, without a parameter list or {@code UNSIGNED}. */
  public String baseName() {
    String n = typeName.toUpperCase(Locale.ROOT);
    int paren = n.indexOf('(');
    if (paren >= 0) {
      n = n.substring(0, paren);
    }
    return n.replace(" UNSIGNED", "").replace(" ZEROFILL", "").strip();
  }
}
