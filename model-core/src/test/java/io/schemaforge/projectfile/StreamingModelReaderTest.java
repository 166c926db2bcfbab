package io.schemaforge.projectfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.schemaforge.model.Model;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader reads every valid file into the model the tree reader makes, whatever the
 * order of the fields, and gives up on anything else, so that the messages stay the tree reader's.
 */
class StreamingModelReaderTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The model files of the repository: the examples and the other checked-in models. */
  private static List<Path> repositoryModels() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<Path> files = new ArrayList<>();
    for (String dir :
        List.of("resources/examples", "docs/examples", "codegen/src/test/resources/golden")) {
      Path d = root.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> walk = Files.walk(d)) {
          walk.filter(p -> p.toString().endsWith(ProjectFiles.EXTENSION)).forEach(files::add);
        }
      }
    }
    return files;
  }

  private static Model streamed(String json) throws StreamingGaveUp {
    return StreamingModelReader.read(null, json);
  }

  private static Model streamedFromBytes(String json) throws StreamingGaveUp {
    return StreamingModelReader.read(json.getBytes(StandardCharsets.UTF_8), json);
  }

  /** Both readers read {@code json} without giving up, into models that write the same file. */
  private static void assertReadAlike(String json) throws Exception {
    Model tree = ProjectFileReader.fromJsonByTree(json, "m.json");
    Model streamed = streamed(json);
    assertThat(ProjectFileWriter.toJson(streamed)).isEqualTo(ProjectFileWriter.toJson(tree));
    // What the file does not show: entries of the layout maps (a dropped one would not be written).
    assertThat(streamed.layout().allEntityBounds()).isEqualTo(tree.layout().allEntityBounds());
    assertThat(streamed.layout().allEntityColors()).isEqualTo(tree.layout().allEntityColors());
    assertThat(ProjectFileWriter.toJson(streamedFromBytes(json)))
        .isEqualTo(ProjectFileWriter.toJson(tree));
  }

  @Test
  void parsesWithTheSameSettingsAsTheTreeReadersObjectMapper() {
    JsonFactory tree = new ObjectMapper().getFactory();
    JsonFactory streaming = StreamingModelReader.FACTORY;
    assertThat(streaming.getParserFeatures()).isEqualTo(tree.getParserFeatures());
    assertThat(streaming.getFormatParserFeatures()).isEqualTo(tree.getFormatParserFeatures());
    assertThat(streaming.isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES))
        .isEqualTo(tree.isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES));
    StreamReadConstraints limits = streaming.streamReadConstraints();
    StreamReadConstraints treeLimits = tree.streamReadConstraints();
    assertThat(limits.getMaxStringLength()).isEqualTo(treeLimits.getMaxStringLength());
    assertThat(limits.getMaxNumberLength()).isEqualTo(treeLimits.getMaxNumberLength());
    assertThat(limits.getMaxNestingDepth()).isEqualTo(treeLimits.getMaxNestingDepth());
    assertThat(limits.getMaxDocumentLength()).isEqualTo(treeLimits.getMaxDocumentLength());
    assertThat(limits.getMaxNameLength()).isEqualTo(treeLimits.getMaxNameLength());
  }

  @Test
  void readsTheRepositoryModelsAsTheTreeReaderDoes() throws Exception {
    List<Path> files = repositoryModels();
    assertThat(files).hasSizeGreaterThanOrEqualTo(3);
    for (Path file : files) {
      String json = Files.readString(file);
      assertReadAlike(json);
      assertThat(ProjectFileWriter.toJson(ProjectFiles.load(file)))
          .as(file.toString())
          .isEqualTo(ProjectFileWriter.toJson(ProjectFileReader.fromJsonByTree(json, "m.json")));
    }
  }

  @Test
  void readsVariedModelsAsTheTreeReaderDoes() throws Exception {
    for (long seed = 1; seed <= 40; seed++) {
      Model model = VariedModels.generate((int) (seed % 13), seed);
      String json = ProjectFileWriter.toJson(model);
      assertReadAlike(json);
      // and the round trip gives back the file
      assertThat(ProjectFileWriter.toJson(streamed(json))).isEqualTo(json);
    }
  }

  @Test
  void readsALargeVariedModelAsTheTreeReaderDoes() throws Exception {
    assertReadAlike(ProjectFileWriter.toJson(VariedModels.generate(600, 99)));
  }

  @Test
  void fieldsInAnyOrderReadTheSame() throws Exception {
    for (long seed = 1; seed <= 15; seed++) {
      String json = ProjectFileWriter.toJson(VariedModels.generate(8, seed));
      for (int shuffle = 0; shuffle < 4; shuffle++) {
        JsonNode root = MAPPER.readTree(json);
        shuffleKeys(root, new Random(seed * 31 + shuffle));
        String shuffled = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        assertThat(shuffled).isNotEqualTo(json);
        assertReadAlike(shuffled);
        assertThat(ProjectFileWriter.toJson(streamed(shuffled))).isEqualTo(json);
      }
    }
  }

  @Test
  void layoutBeforeSchemaAndRelationshipsBeforeEntitiesReadTheSame() throws Exception {
    String json = ProjectFileWriter.toJson(VariedModels.generate(10, 7));
    ObjectNode root = (ObjectNode) MAPPER.readTree(json);
    ObjectNode schema = (ObjectNode) root.get("schema");
    reorder(schema, "relationships", "importIssues", "naming", "generate", "dialect", "id");
    for (JsonNode e : schema.get("entities")) {
      reorder((ObjectNode) e, "checkConstraints", "uniqueConstraints", "indexes", "traits");
    }
    reorder(root, "layout", "schema", "formatVersion");
    String reordered = MAPPER.writeValueAsString(root);
    assertThat(reordered.indexOf("\"layout\"")).isLessThan(reordered.indexOf("\"schema\""));
    assertReadAlike(reordered);
    assertThat(ProjectFileWriter.toJson(streamed(reordered))).isEqualTo(json);
  }

  /** Moves the named fields, in this order, to the front of the object. */
  private static void reorder(ObjectNode node, String... first) {
    Map<String, JsonNode> rest = new java.util.LinkedHashMap<>();
    node.fields().forEachRemaining(f -> rest.put(f.getKey(), f.getValue()));
    node.removeAll();
    for (String name : first) {
      if (rest.containsKey(name)) {
        node.set(name, rest.remove(name));
      }
    }
    rest.forEach(node::set);
  }

  private static void shuffleKeys(JsonNode node, Random random) {
    if (node instanceof ObjectNode object) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      object.fields().forEachRemaining(fields::add);
      Collections.shuffle(fields, random);
      object.removeAll();
      for (Map.Entry<String, JsonNode> f : fields) {
        shuffleKeys(f.getValue(), random);
        object.set(f.getKey(), f.getValue());
      }
    } else if (node instanceof ArrayNode array) {
      for (Iterator<JsonNode> it = array.elements(); it.hasNext(); ) {
        shuffleKeys(it.next(), random);
      }
    }
  }

  /** Hand-written files that are valid but unlike what the writer writes. */
  @Test
  void readsUnusualButValidFilesAsTheTreeReaderDoes() throws Exception {
    String entity =
        "{\"id\":\"e1\",\"name\":\"User\",\"table\":\"users\",\"comment\":null,"
            + "\"extra\":{\"nested\":[1,2.5,\"x\",null,true,{\"deep\":[]}]},"
            + "\"traits\":[\"SOFT-DELETE\",\"timestamps\"],"
            + "\"attributes\":[{\"id\":\"a1\",\"name\":\"id\",\"column\":\"id\",\"type\":\"BIGINT\","
            + "\"primaryKey\":true,\"nullable\":null,\"length\":null,\"min\":-9223372036854775808,"
            + "\"max\":2147483648,\"enumValues\":null,\"pattern\":\"\\u00e9\\\\d\"}],"
            + "\"indexes\":[{\"attributes\":[\"a1\"],\"id\":\"ix1\",\"unique\":null}]}";
    String json =
        "{\"layout\":{\"entities\":{\"gone\":{\"x\":\"not even a number\"},"
            + "\"e1\":{\"x\":1.5e2,\"y\":-0.0,\"width\":1E+2,\"height\":7,\"color\":null}},"
            + "\"groups\":[{\"id\":\"g1\",\"name\":\"G\",\"entities\":[\"gone\",\"e1\"],"
            + "\"x\":0,\"y\":0,\"width\":0.1,\"height\":3000000000}],\"notes\":null},"
            + "\"formatVersion\":1,\"unknown\":[],"
            + "\"schema\":{\"relationships\":[{\"id\":\"r1\",\"kind\":\"ONE_TO_MANY\","
            + "\"source\":\"e1\",\"target\":\"e1\",\"onDelete\":null,\"joinTable\":null}],"
            + "\"id\":\"s1\",\"name\":\"S\",\"dialect\":\" PostgreSQL \",\"naming\":null,"
            + "\"generate\":{\"jooq\":true},\"importIssues\":[{\"id\":\"i1\",\"message\":\"m\","
            + "\"line\":null}],\"entities\":["
            + entity
            + "]}}   \n";
    // A layout entry of an entity that is gone is not read by the tree reader; the streaming
    // reader reads it, and gives up on the damaged one: slower for that file, still right.
    assertThatThrownBy(() -> streamed(json)).isInstanceOf(StreamingGaveUp.class);
    assertThat(ProjectFileReader.fromJson(json, "m.json").schema().entities()).hasSize(1);
    // Well-typed, its box is not checked (it misses y, width, height): dropped, as by the tree.
    String valid = json.replace("\"not even a number\"", "3");
    assertReadAlike(valid);
    Model m = streamed(valid);
    assertThat(m.layout().groups().get(0).entityIds()).containsExactly("e1");
    assertThat(m.layout().bounds("gone")).isEmpty();
    assertThat(m.schema().generateJooq()).isTrue();
    assertThat(m.schema().entities().get(0).attributes().get(0).hints().min())
        .isEqualTo(Long.MIN_VALUE);
  }

  /**
   * Broken or doubtful files: the streaming reader gives up on each, and the public reader then
   * does exactly what the tree reader alone does (the same message, or the same model for the few
   * it accepts).
   */
  @Test
  void givesUpOnAnythingUnexpectedAndTheTreeReaderDecides() throws Exception {
    Model sample = VariedModels.generate(4, 3);
    String json = ProjectFileWriter.toJson(sample);
    String entityId = sample.schema().entities().get(0).id();
    String otherId = sample.schema().entities().get(1).id();
    String firstType =
        "\"type\" : \""
            + FormatNames.write(sample.schema().entities().get(0).attributes().get(0).type())
            + "\"";
    List<String> rejected =
        List.of(
            json.substring(0, json.length() / 2),
            json.substring(0, json.length() - 3),
            "[1,2]",
            "",
            "{}",
            json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"),
            json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 0"),
            json.replace("\"formatVersion\" : 1", "\"formatVersion\" : 1.0"),
            json.replace("\"formatVersion\" : 1", "\"formatVersion\" : \"1\""),
            json.replace("\"formatVersion\" : 1,", ""),
            json.replace("\"id\" : \"" + otherId + "\"", "\"id\" : \"" + entityId + "\""),
            json.replace("\"id\" : \"" + entityId + "\"", "\"id\" : \" \""),
            json.replaceFirst("\"table\" : \"[^\"]*\",", ""),
            json.replaceFirst("\"table\" : \"[^\"]*\"", "\"table\" : null"),
            json.replaceFirst("\"table\" : \"[^\"]*\"", "\"table\" : 12"),
            json.replace(firstType, "\"type\" : \"strng\""),
            json.replaceFirst("\"dialect\" : \"[^\"]*\"", "\"dialect\" : \"oracle\""),
            json.replaceFirst("\"target\" : \"[^\"]*\"", "\"target\" : \"ent_gone\""),
            json.replaceFirst("\"source\" : \"[^\"]*\"", "\"source\" : \"ent_gone\""),
            json.replaceFirst("\"kind\" : \"[^\"]*\"", "\"kind\" : \"some-to-some\""),
            json.replaceFirst(
                "\"foreignKeys\" : \\[\\s*\"[^\"]*\"", "\"foreignKeys\" : [ \"att_gone\""),
            withIndexOnFirstEntity(json, "att_gone"),
            withIndexOnFirstEntity(json, 5),
            json.replaceFirst("\"nullable\" : (true|false)", "\"nullable\" : \"yes\""),
            json.replaceFirst("\"entities\" : \\[", "\"entities\" : [ 1, "),
            json.replaceFirst("\"schema\" : \\{", "\"schema\" : [ ], \"x\" : {"),
            json.replaceFirst("\"width\" : [0-9.eE+-]+", "\"width\" : 0"),
            json.replaceFirst("\"height\" : [0-9.eE+-]+", "\"height\" : -1"),
            // an escape JSON does not have
            json.replace("\"name\" : \"", "\"name\" : \"\\q"));
    // Files the tree reader reads but the streaming reader leaves to it.
    List<String> leftToTheTree =
        List.of(
            // Jackson's tree keeps the last of two equal keys.
            json.replaceFirst("\"table\" : ", "\"table\" : \"first\", \"table\" : "),
            json.replaceFirst("\"schema\" : \\{", "\"schema\" : 1, \"schema\" : {"),
            json.replace("\n  },\n  \"layout\"", ", \"name\" : \"again\"\n  },\n  \"layout\""),
            // The tree reader ignores what follows the root object.
            json + " trailing",
            json + "{}");
    for (int i = 0; i < rejected.size(); i++) {
      String broken = rejected.get(i);
      assertGivesUp("refused file #" + i, broken);
      String tree = messageOf(() -> ProjectFileReader.fromJsonByTree(broken, "m.json"));
      assertThat(tree).as("the tree reader refuses it too").isNotNull();
      assertThat(messageOf(() -> ProjectFileReader.fromJson(broken, "m.json"))).isEqualTo(tree);
      assertThat(
              messageOf(
                  () ->
                      ProjectFileReader.fromUtf8(
                          broken.getBytes(StandardCharsets.UTF_8), broken, "m.json")))
          .isEqualTo(tree);
    }
    for (int i = 0; i < leftToTheTree.size(); i++) {
      String doubtful = leftToTheTree.get(i);
      assertGivesUp("doubtful file #" + i, doubtful);
      assertThat(ProjectFileWriter.toJson(ProjectFileReader.fromJson(doubtful, "m.json")))
          .isEqualTo(ProjectFileWriter.toJson(ProjectFileReader.fromJsonByTree(doubtful, "m")));
    }
    assertThat(ProjectFileReader.fromJson(leftToTheTree.get(2), "m").schema().name())
        .isEqualTo("again");
    // a whole number written as a fraction, where any number is taken: read, not left
    assertReadAlike(json.replaceFirst("\"width\" : ([0-9]+)(?=,|\\s)", "\"width\" : $1.0e0"));
  }

  private static void assertGivesUp(String what, String json) {
    try {
      streamed(json);
    } catch (StreamingGaveUp expected) {
      return;
    }
    throw new AssertionError("the streaming reader read " + what + " instead of giving up");
  }

  /** The file with an index on the first entity over {@code attribute}, a text or not. */
  private static String withIndexOnFirstEntity(String json, Object attribute) throws IOException {
    ObjectNode root = (ObjectNode) MAPPER.readTree(json);
    ObjectNode entity = (ObjectNode) root.get("schema").get("entities").get(0);
    ObjectNode index = entity.putArray("indexes").addObject().put("id", "ix_new");
    index.putArray("attributes").addPOJO(attribute);
    return MAPPER.writeValueAsString(root);
  }

  private static String messageOf(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    try {
      call.call();
    } catch (ProjectFileException e) {
      return e.getMessage();
    } catch (Throwable t) {
      return t.getClass().getName() + ": " + t.getMessage();
    }
    return null;
  }
}
