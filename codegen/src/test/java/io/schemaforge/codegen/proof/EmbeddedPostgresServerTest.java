package io.schemaforge.codegen.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The embedded proof server as a proof sees it: settings, data directory, start ahead of use. */
class EmbeddedPostgresServerTest {
  private static String show(Connection c, String setting) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void aStartAheadOfUseIsTheServerTheProofGets() throws Exception {
    ProofDatabases.prepare(Dialect.POSTGRES, null);
    try (ProofDatabase db = ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow();
        Connection c = db.connect()) {
      assertThat(db.description()).startsWith("embedded PostgreSQL 16.");
      assertThat(c.getMetaData().getURL())
          .contains(String.valueOf(EmbeddedPostgresServer.get().getPort()));
    }
  }

  @Test
  void theServerRunsWithTheScratchSettings() throws Exception {
    try (ProofDatabase db = ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow();
        Connection c = db.connect()) {
      for (var e : ScratchServerSettings.serverConfig().entrySet()) {
        assertThat(show(c, e.getKey())).as(e.getKey()).isEqualToIgnoringCase(e.getValue());
      }
    }
  }

  @Test
  void itsDataDirectoryIsInSharedMemoryWhenThereIsSome() throws Exception {
    Optional<Path> shm = ScratchServerSettings.dataParent(ScratchServerSettings.SHARED_MEMORY);
    try (ProofDatabase db = ProofDatabases.open(Dialect.POSTGRES, null).orElseThrow();
        Connection c = db.connect()) {
      Path dataDirectory = Path.of(show(c, "data_directory"));
      if (shm.isPresent()) {
        assertThat(dataDirectory.getParent()).isEqualTo(shm.get());
        assertThat(dataDirectory.getFileName().toString()).startsWith(StaleDataDirectories.PREFIX);
      } else {
        assertThat(dataDirectory.startsWith(ScratchServerSettings.SHARED_MEMORY)).isFalse();
      }
    }
  }
}
