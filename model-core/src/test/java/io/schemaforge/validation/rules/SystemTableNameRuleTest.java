package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Dialect;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SystemTableNameRuleTest {
  private final SystemTableNameRule rule = new SystemTableNameRule();

  private static ModelFixture withTable(Dialect dialect, String table) {
    ModelFixture f = ModelFixture.of(dialect);
    String e = f.entity("Thing");
    f.run(new RenameEntityCommand(e, "Thing", table));
    return f;
  }

  @Test
  void ordinaryTableNamesPass() {
    assertThat(RuleTesting.check(rule, withTable(Dialect.POSTGRES, "flyway_notes").model()))
        .isEmpty();
  }

  @Test
  void flywayHistoryTableIsWarnedNamingTheEntity() {
    ModelFixture f = withTable(Dialect.POSTGRES, "flyway_schema_history");
    String thing = f.model().schema().entities().get(0).id();
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("system-table-name");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.elementId()).isEqualTo(thing);
              assertThat(d.entityId()).isEqualTo(thing);
              assertThat(d.path()).isEqualTo("flyway_schema_history");
              assertThat(d.message()).contains("Thing").contains("Flyway");
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DATABASECHANGELOG",
        "databasechangeloglock",
        "hibernate_sequence",
        "hibernate_sequences",
        "information_schema"
      })
  void toolAndStandardTablesCollideInEveryDialect(String table) {
    assertThat(RuleTesting.check(rule, withTable(Dialect.MYSQL, table).model())).hasSize(1);
  }

  @Test
  void pgPrefixCollidesOnlyInPostgres() {
    assertThat(RuleTesting.check(rule, withTable(Dialect.POSTGRES, "pg_stats").model()))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("pg_"));
    assertThat(RuleTesting.check(rule, withTable(Dialect.MYSQL, "pg_stats").model())).isEmpty();
  }

  @Test
  void sqlitePrefixCollidesOnlyInSqlite() {
    assertThat(RuleTesting.check(rule, withTable(Dialect.SQLITE, "sqlite_data").model()))
        .hasSize(1);
    assertThat(RuleTesting.check(rule, withTable(Dialect.H2, "sqlite_data").model())).isEmpty();
  }
}
