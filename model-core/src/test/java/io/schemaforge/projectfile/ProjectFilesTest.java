package io.schemaforge.projectfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.command.RecordImportIssuesCommand;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFilesTest {
  @TempDir Path dir;

  private ModelFixture sample() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    f.attribute(user, "email", LogicalType.STRING, b -> b.length(255).nullable(false).unique(true));
    f.attribute(
        post,
        "status",
        LogicalType.ENUM,
        b -> b.enumValues(List.of("DRAFT", "LIVE")).defaultValue("DRAFT"));
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    return f;
  }

  @Test
  void aSavedModelLoadsBackIdentical() throws Exception {
    Model m = sample().model();
    Path file = dir.resolve("m" + ProjectFiles.EXTENSION);
    ProjectFiles.save(m, file);
    Model loaded = ProjectFiles.load(file);
    assertThat(ProjectFileWriter.toJson(loaded)).isEqualTo(ProjectFileWriter.toJson(m));
  }

  @Test
  void importIssuesAreSavedAndLoadedBack() throws Exception {
    ModelFixture f = sample();
    f.run(
        new RecordImportIssuesCommand(
            List.of(
                new ImportIssue("imp_1", "users.email", "src/User.java", 7, "length differs"),
                new ImportIssue("imp_2", null, null, 0, "no line"))));
    Path file = dir.resolve("i" + ProjectFiles.EXTENSION);

    ProjectFiles.save(f.model(), file);
    Model loaded = ProjectFiles.load(file);

    assertThat(loaded.schema().importIssues()).isEqualTo(f.model().schema().importIssues());
    assertThat(Files.readString(file)).contains("\"importIssues\"");
  }

  @Test
  void aModelWithoutImportIssuesIsWrittenAsBeforeAndOlderFilesLoad() throws Exception {
    String json = ProjectFileWriter.toJson(sample().model());

    assertThat(json).doesNotContain("importIssues");
    assertThat(ProjectFileReader.fromJson(json, "m.json").schema().importIssues()).isEmpty();
  }

  @Test
  void generatedCodeSettingsAreSavedAndLoadedBack() throws Exception {
    ModelFixture f = sample();
    f.run(ChangeSchemaSettingsCommand.generating(f.model().schema(), true, false));
    Path file = dir.resolve("g" + ProjectFiles.EXTENSION);

    ProjectFiles.save(f.model(), file);
    Model loaded = ProjectFiles.load(file);

    assertThat(loaded.schema().generateRepositories()).isTrue();
    assertThat(loaded.schema().generateJooq()).isFalse();
    assertThat(Files.readString(file))
        .contains(
            "\"generate\" : {\n      \"repositories\" : true,\n      \"jooq\" : false\n    }");
    byte[] first = Files.readAllBytes(file);
    ProjectFiles.save(loaded, file);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
  }

  @Test
  void jooqAloneIsSavedAndLoadedBack() throws Exception {
    ModelFixture f = sample();
    f.run(ChangeSchemaSettingsCommand.generating(f.model().schema(), false, true));

    Model loaded = ProjectFileReader.fromJson(ProjectFileWriter.toJson(f.model()), "j.json");

    assertThat(loaded.schema().generateRepositories()).isFalse();
    assertThat(loaded.schema().generateJooq()).isTrue();
  }

  @Test
  void generatedCodeOffIsWrittenAsBeforeAndOlderFilesLoadWithItOff() throws Exception {
    ModelFixture f = sample();
    String before = ProjectFileWriter.toJson(f.model());
    f.run(ChangeSchemaSettingsCommand.generating(f.model().schema(), true, true));
    f.run(ChangeSchemaSettingsCommand.generating(f.model().schema(), false, false));

    assertThat(ProjectFileWriter.toJson(f.model())).isEqualTo(before).doesNotContain("generate");
    Model older = ProjectFileReader.fromJson(before, "old.json");
    assertThat(older.schema().generateRepositories()).isFalse();
    assertThat(older.schema().generateJooq()).isFalse();
  }

  @Test
  void aGenerateSettingThatIsNotABooleanNamesTheFieldAndItsLine() throws Exception {
    ModelFixture f = sample();
    f.run(ChangeSchemaSettingsCommand.generating(f.model().schema(), false, true));
    String json =
        ProjectFileWriter.toJson(f.model()).replace("\"jooq\" : true", "\"jooq\" : \"yes\"");
    int line = lineOf(json, "\"yes\"");

    assertThatThrownBy(() -> ProjectFileReader.fromJson(json, "m.json"))
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining("schema.generate.jooq")
        .hasMessageContaining("(line " + line + ")")
        .hasMessageContaining("true or false");
  }

  @Test
  void savingTwiceGivesIdenticalBytesAndKeepsOneBackup() throws Exception {
    Model m = sample().model();
    Path file = dir.resolve("m.schemaforge.json");
    ProjectFiles.save(m, file);
    byte[] first = Files.readAllBytes(file);
    ProjectFiles.save(ProjectFiles.load(file), file);
    assertThat(Files.readAllBytes(file)).isEqualTo(first);
    assertThat(Files.readAllBytes(ProjectFiles.backupOf(file))).isEqualTo(first);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("m.schemaforge.json", "m.schemaforge.json.bak");
    }
  }

  @Test
  void movingACardChangesOnlyLayoutLines() {
    ModelFixture f = sample();
    String user = f.model().schema().entities().get(0).id();
    String before = ProjectFileWriter.toJson(f.model());
    f.run(MoveEntitiesCommand.single(user, 777, 888));
    String after = ProjectFileWriter.toJson(f.model());
    List<String> changed = changedLines(before, after);
    assertThat(changed).hasSize(2).allMatch(l -> l.contains("\"x\"") || l.contains("\"y\""));
    int layoutStart = List.of(after.split("\n")).indexOf("  \"layout\" : {");
    assertThat(layoutStart).isPositive();
    List<String> lines = List.of(after.split("\n"));
    for (String c : changed) {
      assertThat(lines.indexOf(c)).isGreaterThan(layoutStart);
    }
  }

  private static List<String> changedLines(String a, String b) {
    String[] x = a.split("\n");
    String[] y = b.split("\n");
    assertThat(y).hasSameSizeAs(x);
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (!x[i].equals(y[i])) {
        changed.add(y[i]);
      }
    }
    return changed;
  }

  @Test
  void truncatedFileSaysSoWithTheLineAndIsLeftUntouched() throws Exception {
    String json = ProjectFileWriter.toJson(sample().model());
    Path file = dir.resolve("cut.schemaforge.json");
    String cut = json.substring(0, json.length() / 2);
    Files.writeString(file, cut);
    assertThatThrownBy(() -> ProjectFiles.load(file))
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line ")
        .hasMessageContaining("truncated")
        .hasMessageNotContaining("Source")
        .hasMessageNotContaining("REDACTED");
    assertThat(Files.readString(file)).isEqualTo(cut);
  }

  @Test
  void wrongTypeNamesTheFieldAndItsLine() throws Exception {
    String json =
        ProjectFileWriter.toJson(sample().model())
            .replace("\"type\" : \"string\"", "\"type\" : \"strng\"");
    int line = lineOf(json, "\"strng\"");
    assertThatThrownBy(() -> ProjectFileReader.fromJson(json, "m.json"))
        .isInstanceOf(ProjectFileException.class)
        .hasMessageContaining("schema.entities[0].attributes[1].type")
        .hasMessageContaining("(line " + line + ")")
        .hasMessageContaining("'strng' is not one of");
  }

  @Test
  void missingFieldIsNamed() {
    String json =
        ProjectFileWriter.toJson(sample().model()).replaceFirst("\"table\" : \"users\",\n", "");
    assertThatThrownBy(() -> ProjectFileReader.fromJson(json, "m.json"))
        .hasMessageContaining("schema.entities[0]")
        .hasMessageContaining("misses the required field 'table'");
  }

  @Test
  void danglingReferenceIsNamed() {
    Model m = sample().model();
    String target = m.schema().relationships().get(0).targetEntityId();
    String json =
        ProjectFileWriter.toJson(m)
            .replace("\"target\" : \"" + target + "\"", "\"target\" : \"ent_gone\"");
    assertThatThrownBy(() -> ProjectFileReader.fromJson(json, "m.json"))
        .hasMessageContaining("schema.relationships[0].target")
        .hasMessageContaining("'ent_gone', which does not exist");
  }

  @Test
  void newerFormatAsksToUpdate() {
    String json =
        ProjectFileWriter.toJson(sample().model())
            .replace("\"formatVersion\" : 1", "\"formatVersion\" : 7");
    assertThatThrownBy(() -> ProjectFileReader.fromJson(json, "m.json"))
        .hasMessageContaining("newer Schemaforge")
        .hasMessageContaining("(line 2)");
  }

  @Test
  void duplicateIdsAreRefused() {
    Model m = sample().model();
    String second = m.schema().entities().get(1).id();
    String first = m.schema().entities().get(0).id();
    String json =
        ProjectFileWriter.toJson(m)
            .replace("\"id\" : \"" + second + "\"", "\"id\" : \"" + first + "\"");
    assertThatThrownBy(() -> ProjectFileReader.fromJson(json, "m.json"))
        .hasMessageContaining("is used by another element too");
  }

  @Test
  void aDamagedFileWithNonAsciiTextGetsTheMessageOfItsText() throws Exception {
    // The error sits after "é" and "日本": a byte count would put it in another column.
    String json = "{\n  \"formatVersion\": 1, \"x\": \"é日本\" \"y\"\n}";
    Path file = dir.resolve("damaged.schemaforge.json");
    Files.writeString(file, json);
    String fromText = messageOf(() -> ProjectFileReader.fromJson(json, file.toString()));

    assertThat(messageOf(() -> ProjectFiles.load(file)))
        .isEqualTo(fromText)
        .contains("not valid JSON at line 2, column");
  }

  @Test
  void aReplacementCharacterInANameLoadsButAMalformedByteIsRefused() throws Exception {
    ModelFixture f = ModelFixture.postgres();
    f.entity("Odd\uFFFDName");
    Path file = dir.resolve("odd.schemaforge.json");
    ProjectFiles.save(f.model(), file);
    assertThat(ProjectFiles.load(file).schema().entities().get(0).name())
        .isEqualTo("Odd\uFFFDName");

    byte[] bytes = Files.readAllBytes(file);
    int at = new String(bytes, StandardCharsets.UTF_8).indexOf("Odd");
    bytes[at + 1] = (byte) 0xc3; // starts a two-byte sequence that the next byte does not go on
    Files.write(file, bytes);
    assertThatThrownBy(() -> ProjectFiles.load(file)).hasMessageContaining("not a text file");
  }

  @Test
  void aByteOrderMarkIsRefusedAsBefore() throws Exception {
    Path file = dir.resolve("bom.schemaforge.json");
    byte[] json = ProjectFileWriter.toJson(sample().model()).getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[json.length + 3];
    withBom[0] = (byte) 0xef;
    withBom[1] = (byte) 0xbb;
    withBom[2] = (byte) 0xbf;
    System.arraycopy(json, 0, withBom, 3, json.length);
    Files.write(file, withBom);

    assertThatThrownBy(() -> ProjectFiles.load(file)).hasMessageContaining("not valid JSON");
  }

  private static String messageOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    try {
      call.call();
    } catch (Throwable t) {
      return t.getMessage();
    }
    throw new AssertionError("no exception");
  }

  @Test
  void binaryEmptyAndMissingFilesGetPlainMessages() throws Exception {
    Path bin = dir.resolve("bin.schemaforge.json");
    Files.write(bin, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    assertThatThrownBy(() -> ProjectFiles.load(bin)).hasMessageContaining("not a text file");
    Path empty = dir.resolve("empty.schemaforge.json");
    Files.writeString(empty, "  \n");
    assertThatThrownBy(() -> ProjectFiles.load(empty)).hasMessageContaining("empty");
    assertThatThrownBy(() -> ProjectFiles.load(dir.resolve("nope.json")))
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> ProjectFiles.load(dir)).hasMessageContaining("is a folder");
    assertThatThrownBy(() -> ProjectFileReader.fromJson("[1,2]", "x"))
        .hasMessageContaining("not a Schemaforge model");
  }

  @Test
  void saveIntoAReadOnlyFolderFailsAndLeavesTheOldFile() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root ignores folder permissions");
    Path file = dir.resolve("m.schemaforge.json");
    ProjectFiles.save(sample().model(), file);
    byte[] old = Files.readAllBytes(file);
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertThatThrownBy(() -> ProjectFiles.save(ModelFixture.postgres().model(), file))
          .isInstanceOf(IOException.class);
      assertThat(Files.readAllBytes(file)).isEqualTo(old);
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  private static int lineOf(String text, String needle) {
    String before = text.substring(0, text.indexOf(needle));
    return (int) before.chars().filter(c -> c == '\n').count() + 1;
  }

  @Test
  void fileIsUtf8WithUnixLineEndings() throws Exception {
    Path file = dir.resolve("m.schemaforge.json");
    ProjectFiles.save(sample().model(), file);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").endsWith("}\n");
  }
}
