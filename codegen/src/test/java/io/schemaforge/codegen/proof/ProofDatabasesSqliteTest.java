package io.schemaforge.codegen.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Dialect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class ProofDatabasesSqliteTest {

  @Test
  void anSqliteScratchDatabaseLivesInATemporaryFileThatClosingDeletes() throws Exception {
    ProofDatabase db = ProofDatabases.sqlite("sf_test_");
    Path file = Path.of(db.url().substring("jdbc:sqlite:".length()));

    assertThat(db.dialect()).isEqualTo(Dialect.SQLITE);
    assertThat(db.description()).isEqualTo("in-process SQLite");
    assertThat(file.getFileName().toString()).startsWith("sf_test_").endsWith(".sqlite");
    try (Connection c = DriverManager.getConnection(db.url());
        Statement s = c.createStatement()) {
      s.execute("create table t (a integer)");
    }
    assertThat(file).exists();

    db.close();

    assertThat(Files.exists(file)).isFalse();
  }
}
