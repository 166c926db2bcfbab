package io.schemaforge.codegen.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema-wide catalog read (a few queries for all tables) gives exactly what the per-table
 * {@code DatabaseMetaData} read gives, table for table, on every engine.
 */
class SchemaWideReadTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();

  @ParameterizedTest
  @EnumSource(TestEngine.class)
  void readsTheSameSchemaAsTheTableByTableRead(TestEngine engine) throws Exception {
    TestDatabase db = databases.create(engine);
    CatalogFixture.createTables(db);
    if (engine.dialect() == io.schemaforge.model.Dialect.POSTGRES) {
      // What the fixture lacks and the index query must still report as pgjdbc does.
      try (Connection c = db.connect();
          Statement s = c.createStatement()) {
        s.execute("CREATE INDEX posts_lower_title ON posts (lower(title))");
        s.execute("CREATE INDEX posts_views_hash ON posts USING hash (views)");
        s.execute("CREATE TABLE \"Mixed Case\" (id bigint PRIMARY KEY, a int, b int)");
        s.execute("CREATE INDEX mixed_ab ON \"Mixed Case\" (b, a)");
        // A key whose columns are not in table order, a quoted name, an INCLUDE column.
        s.execute(
            "CREATE TABLE pair (\"Odd \"\"Name\"\"\" int, b int, c int,"
                + " CONSTRAINT pk_pair PRIMARY KEY (b, \"Odd \"\"Name\"\"\"))");
        s.execute("CREATE UNIQUE INDEX pair_c ON pair (c) INCLUDE (b)");
      }
    }
    DbSchema fast;
    DbSchema reference;
    try (Connection c = db.connect()) {
      fast = new CatalogReader().read(c, engine.dialect());
      reference = new CatalogReader(true).read(c, engine.dialect());
    }
    assertThat(fast.tables()).hasSizeGreaterThanOrEqualTo(4);
    assertThat(fast.tables().stream().mapToInt(t -> t.columns().size()).sum()).isGreaterThan(20);
    for (DbTable expected : reference.tables()) {
      assertThat(fast.tableNamed(expected.name())).as(expected.name()).contains(expected);
    }
    assertThat(fast).isEqualTo(reference);
  }
}
