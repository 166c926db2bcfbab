package io.schemaforge.codegen.migration;

import io.schemaforge.model.Dialect;
import io.schemaforge.projectfile.ProjectFiles;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
  @Test
  void probe() throws Exception {
    for (String ex : new String[] {"blog", "shop", "org-chart"}) {
      var model = ProjectFiles.load(Path.of("../resources/examples/" + ex + ".schemaforge.json"));
      for (Dialect d : Dialect.values()) {
        String sql = MigrationSql.createAll(model.schema(), d);
        if (ex.equals("blog")) System.out.println("===== " + d + "\n" + sql);
        String url =
            switch (d) {
              case H2 -> "jdbc:h2:mem:p" + ex;
              case SQLITE -> "jdbc:sqlite::memory:";
              case POSTGRES -> "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
              default -> "jdbc:mariadb://127.0.0.1:3306/test?user=root";
            };
        try (var c = DriverManager.getConnection(url)) {
          c.setAutoCommit(false);
          for (String st : sql.split(";\n")) {
            if (st.strip().isEmpty() || st.strip().startsWith("--") && !st.contains("\n")) continue;
            try (var s = c.createStatement()) {
              s.execute(st);
            } catch (Exception e) {
              System.out.println("FAIL " + ex + " " + d + ": " + e.getMessage() + "\n" + st);
              break;
            }
          }
          c.rollback();
        }
        if (d == Dialect.MYSQL || d == Dialect.MARIADB) {
          try (var c = DriverManager.getConnection(url);
              var s = c.createStatement()) {
            s.execute("drop database test");
            s.execute("create database test");
          }
        }
      }
    }
  }
}
