package io.schemaforge.codegen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumColumnsTest {
  private static final DbCheck STATUS_IN =
      DbCheck.enumValues("ck1", "ck_status", "name:t.status", List.of("NEW", "DONE"));

  private static DbColumn column(String name, ColumnType type) {
    return new DbColumn("name:t." + name, name, type, false, "'NEW'", false, "why");
  }

  @Test
  void aStringColumnWithAnEnumCheckIsAnEnumOfItsValuesKeepingLengthAndTheRest() {
    DbColumn status =
        column("status", new ColumnType(LogicalType.STRING, 10, null, null, List.of()));

    assertThat(EnumColumns.withEnums(List.of(status), List.of(STATUS_IN), Dialect.MYSQL))
        .containsExactly(
            new DbColumn(
                "name:t.status",
                "status",
                new ColumnType(LogicalType.ENUM, 10, null, null, List.of("NEW", "DONE")),
                false,
                "'NEW'",
                false,
                "why"));
  }

  @Test
  void aTextColumnIsAnEnumOnlyOnSqlite() {
    DbColumn status = column("status", ColumnType.of(LogicalType.TEXT));

    assertThat(
            EnumColumns.withEnums(List.of(status), List.of(STATUS_IN), Dialect.SQLITE)
                .get(0)
                .type()
                .logical())
        .isEqualTo(LogicalType.ENUM);
    assertThat(EnumColumns.withEnums(List.of(status), List.of(STATUS_IN), Dialect.POSTGRES))
        .containsExactly(status);
  }

  @Test
  void otherColumnsAndExpressionChecksLeaveTheColumnsAsTheyAre() {
    DbColumn other = column("note", ColumnType.of(LogicalType.STRING));
    DbCheck expression = DbCheck.expression("ck2", "ck_note", "note <> ''");

    assertThat(EnumColumns.withEnums(List.of(other), List.of(STATUS_IN, expression), Dialect.MYSQL))
        .containsExactly(other);
  }
}
