package io.schemaforge.codegen.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.schemaforge.model.Dialect;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class ScratchDatabaseCleanupTest {
  @Test
  void aFailedCleanupStatementDoesNotEscape() {
    assertThatCode(
            () ->
                ScratchDatabase.run(
                    "jdbc:h2:mem:cleanup_test",
                    "sa",
                    "",
                    s -> ScratchDatabase.execute(s, "drop table no_such_table")))
        .doesNotThrowAnyException();
  }

  @Test
  void closingAnH2ScratchDatabaseShutsItDown() throws Exception {
    ScratchDatabase db = ScratchDatabase.h2(Dialect.H2, "cleanup_shutdown_test");
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
        var s = c.createStatement()) {
      s.execute("create table kept (id int)");
    }

    db.close();

    // The in-memory database is gone: a new connection sees an empty one.
    try (var c = DriverManager.getConnection(db.url(), db.user(), db.password());
        var rs = c.getMetaData().getTables(null, null, "KEPT", null)) {
      assertThat(rs.next()).isFalse();
    }
    ScratchDatabase.h2(Dialect.H2, "cleanup_shutdown_test").close();
  }
}
