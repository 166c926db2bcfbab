package io.schemaforge.codegen.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLayoutTest {
  @TempDir Path root;

  @Test
  void aMavenProjectWithoutMigrationsGetsTheDefaultFolder() throws Exception {
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    ProjectLayout l = ProjectLayout.detect(root);
    assertThat(l.buildTool()).isEqualTo(BuildTool.MAVEN);
    assertThat(l.migrationFolder()).isEqualTo(Path.of("src/main/resources/db/migration"));
  }

  @Test
  void springFlywayLocationsWinInPropertiesAndYaml() throws Exception {
    Files.writeString(root.resolve("build.gradle"), "");
    Path res = Files.createDirectories(root.resolve("src/main/resources"));
    Files.writeString(
        res.resolve("application.properties"),
        "spring.flyway.locations=classpath:db/changes,classpath:db/extra\n");
    ProjectLayout l = ProjectLayout.detect(root);
    assertThat(l.buildTool()).isEqualTo(BuildTool.GRADLE);
    assertThat(l.migrationFolder()).isEqualTo(Path.of("src/main/resources/db/changes"));

    Files.delete(res.resolve("application.properties"));
    Files.writeString(
        res.resolve("application.yml"),
        "spring:\n  flyway:\n    locations: filesystem:sql/migrations\n");
    assertThat(ProjectLayout.detect(root).migrationFolder()).isEqualTo(Path.of("sql/migrations"));
  }

  @Test
  void existingMigrationsAreFoundWhereTheyLive() throws Exception {
    Path dir = Files.createDirectories(root.resolve("src/main/resources/flyway"));
    Files.writeString(dir.resolve("V1__init.sql"), "select 1;");
    Files.createDirectories(root.resolve("target/classes/flyway"));
    Files.writeString(root.resolve("target/classes/flyway/V1__init.sql"), "select 1;");
    ProjectLayout l = ProjectLayout.detect(root);
    assertThat(l.migrationFolder()).isEqualTo(Path.of("src/main/resources/flyway"));
    assertThat(l.migrationSource()).isEqualTo("existing migrations");
  }

  @Test
  void versionsOrderAsFlywayOrdersThemAndTheNextIsAWholeNumber() throws Exception {
    Path dir = Files.createDirectories(root.resolve("m"));
    for (String f :
        new String[] {
          "V1__a.sql", "V2_1__c.sql", "V2__b.sql", "V10__d.sql", "R__view.sql", "U1__undo.sql"
        }) {
      Files.writeString(dir.resolve(f), "select 1;");
    }
    MigrationFolder folder = MigrationFolder.read(dir);
    assertThat(folder.migrations())
        .extracting(MigrationFolder.Migration::fileName)
        .containsExactly("V1__a.sql", "V2__b.sql", "V2_1__c.sql", "V10__d.sql");
    assertThat(folder.nextVersion()).isEqualTo(BigInteger.valueOf(11));
    assertThat(MigrationFolder.read(root.resolve("missing")).nextVersion())
        .isEqualTo(BigInteger.ONE);
  }
}
