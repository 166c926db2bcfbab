package io.schemaforge.codegen.importer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplayFilterTest {
  private final Placeholders placeholders =
      new Placeholders(Map.of("flyway:defaultSchema", "shop"));
  private final List<ImportFinding> findings = new ArrayList<>();

  @Test
  void transactionControlIsDroppedWithoutAFindingOrACount() {
    ReplayFilter filter = new ReplayFilter(false);

    assertThat(filter.sqlToRun(new SqlStatement("COMMIT", "V1__a.sql", 3), placeholders, findings))
        .isEmpty();
    assertThat(findings).isEmpty();
    assertThat(filter.leftOut()).isZero();
  }

  @Test
  void aStatementOutsideTheSchemaIsReportedWithItsFileAndLineAndCounted() {
    ReplayFilter filter = new ReplayFilter(false);

    assertThat(
            filter.sqlToRun(
                new SqlStatement("GRANT SELECT ON t TO bob", "V1__a.sql", 7),
                placeholders,
                findings))
        .isEmpty();
    assertThat(filter.leftOut()).isEqualTo(1);
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.file()).isEqualTo("V1__a.sql");
              assertThat(f.line()).isEqualTo(7);
              assertThat(f.message())
                  .endsWith(
                      "outside the schema (databases, users, grants or server settings):"
                          + " GRANT SELECT ON t TO bob");
            });
  }

  @Test
  void createSchemaIsLeftOutOnMysqlOnly() {
    SqlStatement createSchema = new SqlStatement("CREATE SCHEMA audit", "V1__a.sql", 1);

    assertThat(new ReplayFilter(true).sqlToRun(createSchema, placeholders, findings)).isEmpty();
    assertThat(new ReplayFilter(false).sqlToRun(createSchema, placeholders, findings))
        .contains("CREATE SCHEMA audit");
  }

  @Test
  void aStatementToRunHasItsPlaceholdersExpanded() {
    ReplayFilter filter = new ReplayFilter(false);

    assertThat(
            filter.sqlToRun(
                new SqlStatement("CREATE TABLE ${flyway:defaultSchema}.t (a int)", "V1__a.sql", 1),
                placeholders,
                findings))
        .contains("CREATE TABLE shop.t (a int)");
    assertThat(findings).isEmpty();
    assertThat(filter.leftOut()).isZero();
  }

  @Test
  void aRefusedStatementIsAnErrorWithItsFileLineReasonAndFirstLine() {
    ImportFinding f =
        ReplayFilter.notApplied(
            new SqlStatement("CREATE TABLE t (\n  a int\n)", "V2__t.sql", 4), "table exists");

    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.describe())
        .isEqualTo("V2__t.sql:4: statement not applied: table exists [CREATE TABLE t (]");
  }
}
