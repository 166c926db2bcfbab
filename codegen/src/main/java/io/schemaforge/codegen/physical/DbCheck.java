package io.schemaforge.codegen.physical;

import java.util.List;

/**
 * A check constraint: either a SQL expression written in the model, or the value list of an enum
 * column (rendered per dialect as {@code column IN ('a', 'b')}).
 *
 * @param expression the model's SQL expression; null for an enum check
 * @param enumColumnId the enum column, by column id; null for an expression check
 * @param enumValues the allowed values of an enum check
 */
public record DbCheck(
    String id, String name, String expression, String enumColumnId, List<String> enumValues) {

  public DbCheck {
    enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
  }

  public static DbCheck expression(String id, String name, String expression) {
    return new DbCheck(id, name, expression, null, List.of());
  }

  public static DbCheck enumValues(String id, String name, String columnId, List<String> values) {
    return new DbCheck(id, name, null, columnId, values);
  }

  public boolean isEnum() {
    return enumColumnId != null;
  }
}
