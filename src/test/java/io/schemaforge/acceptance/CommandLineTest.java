package io.schemaforge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemaforge.app.cli.SchemaforgeCommand;
import io.schemaforge.validation.RuleRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script or CI job uses it. */
class CommandLineTest {
  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SchemaforgeCommand.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void validateExampleExitsZero() {
    Result r = run("validate", ProjectRoot.example("blog").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("0 errors");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void validateModelWithErrorsExitsOneAndReportsThemAsJson() throws Exception {
    Path broken = dir.resolve("broken.schemaforge.json");
    Files.writeString(
        broken,
        Files.readString(ProjectRoot.example("blog"))
            .replace("\"table\" : \"users\"", "\"table\" : \"user\""));
    Result r = run("validate", broken.toString(), "--format", "json");
    assertThat(r.code()).isEqualTo(1);
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.isArray()).isTrue();
    JsonNode reserved = null;
    for (JsonNode d : json) {
      assertThat(d.fieldNames())
          .toIterable()
          .containsExactly("ruleId", "severity", "elementId", "path", "message");
      if (d.get("ruleId").asText().equals("reserved-word")) {
        reserved = d;
      }
    }
    assertThat(reserved).isNotNull();
    assertThat(reserved.get("severity").asText()).isEqualTo("error");
    assertThat(reserved.get("elementId").asText()).isEqualTo("ent_user");
    assertThat(reserved.get("path").asText()).isEqualTo("user");
  }

  @Test
  void dialectOptionChecksAgainstAnotherDatabase() throws Exception {
    Path model = dir.resolve("m.schemaforge.json");
    // 'rank' is reserved in MySQL, not in PostgreSQL.
    Files.writeString(
        model,
        Files.readString(ProjectRoot.example("org-chart"))
            .replace("\"column\" : \"position\"", "\"column\" : \"rank\""));
    assertThat(run("validate", model.toString()).code()).isZero();
    Result mysql = run("validate", model.toString(), "--dialect", "mysql");
    assertThat(mysql.code()).isEqualTo(1);
    assertThat(mysql.out()).contains("categories.rank").contains("reserved-word");
  }

  @Test
  void unusableInputExitsTwoWithAPlainMessage() throws Exception {
    Path damaged = dir.resolve("damaged.schemaforge.json");
    String text = Files.readString(ProjectRoot.example("shop"));
    Files.writeString(damaged, text.substring(0, text.length() / 3));
    Result r = run("validate", damaged.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("schemaforge: ")
        .contains(damaged.toString())
        .contains("line ")
        .doesNotContain("Exception");
    assertThat(Files.readString(damaged)).isEqualTo(text.substring(0, text.length() / 3));

    Result missing = run("validate", dir.resolve("missing.json").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file");

    Result badDialect =
        run("validate", ProjectRoot.example("blog").toString(), "--dialect", "oracle");
    assertThat(badDialect.code()).isEqualTo(2);
    assertThat(badDialect.err()).contains("unknown dialect 'oracle'");
  }

  @Test
  void rulesListsEveryRegisteredRule() throws Exception {
    Result text = run("rules");
    assertThat(text.code()).isZero();
    List<String> ids = new ArrayList<>();
    RuleRegistry.builtIn().all().forEach(rule -> ids.add(rule.id()));
    assertThat(ids).isNotEmpty();
    for (String id : ids) {
      assertThat(text.out()).contains(id);
    }
    JsonNode json = new ObjectMapper().readTree(run("rules", "--format", "json").out());
    assertThat(json.size()).isEqualTo(ids.size());
    assertThat(json.get(0).has("severity")).isTrue();
    assertThat(json.get(0).has("description")).isTrue();
  }

  @Test
  void helpVersionAndUnknownCommands() {
    Result help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("validate").contains("rules");
    Result version = run("--version");
    assertThat(version.code()).isZero();
    assertThat(version.out()).startsWith("schemaforge ");
    Result bogus = run("bogus");
    assertThat(bogus.code()).isEqualTo(2);
    assertThat(bogus.err()).contains("Unmatched argument").contains("--help");
  }

  @Test
  void subcommandsRunWithoutADisplay() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "io.schemaforge.app.Main",
            "validate",
            ProjectRoot.example("shop").toString());
    pb.environment().remove("DISPLAY");
    pb.environment().remove("WAYLAND_DISPLAY");
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("0 errors");
  }
}
