package io.schemaforge.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Model;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped examples are valid, canonical and cover what the product promises to model. */
class ExampleModelsTest {
  static Stream<Path> examples() throws Exception {
    try (Stream<Path> s = Files.list(ProjectRoot.get().resolve("resources/examples"))) {
      List<Path> all =
          s.filter(p -> p.toString().endsWith(ProjectFiles.EXTENSION)).sorted().toList();
      assertThat(all).hasSizeGreaterThanOrEqualTo(3);
      return all.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleMatchesTheJsonSchema(Path example) throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                Files.readString(
                    ProjectRoot.get().resolve("resources/schema/schemaforge-model.schema.json")));
    JsonNode json = new ObjectMapper().readTree(example.toFile());
    Set<ValidationMessage> errors = schema.validate(json);
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleValidatesWithoutErrors(Path example) throws Exception {
    List<Diagnostic> found =
        LiveValidator.validate(ProjectFiles.load(example), RuleRegistry.builtIn());
    assertThat(found).filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleIsInCanonicalFormSoSavingChangesNothing(Path example) throws Exception {
    Model m = ProjectFiles.load(example);
    assertThat(ProjectFileWriter.toJson(m)).isEqualTo(Files.readString(example));
  }

  @Test
  void aModelWithGeneratedCodeSettingsMatchesTheJsonSchemaAndATypoDoesNot() throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                Files.readString(
                    ProjectRoot.get().resolve("resources/schema/schemaforge-model.schema.json")));
    Model m = ProjectFiles.load(ProjectRoot.example("blog"));
    new CommandStack(m).execute(ChangeSchemaSettingsCommand.generating(m.schema(), true, true));
    String json = ProjectFileWriter.toJson(m);
    assertThat(json).contains("\"generate\"");

    assertThat(schema.validate(new ObjectMapper().readTree(json))).isEmpty();
    String typo = json.replace("\"repositories\" : true", "\"repository\" : true");
    assertThat(schema.validate(new ObjectMapper().readTree(typo))).isNotEmpty();
  }

  @Test
  void theJsonSchemaRejectsADamagedModel() throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(
                Files.readString(
                    ProjectRoot.get().resolve("resources/schema/schemaforge-model.schema.json")));
    String broken =
        Files.readString(ProjectRoot.example("blog"))
            .replace("\"type\" : \"text\"", "\"type\" : \"txt\"");
    assertThat(schema.validate(new ObjectMapper().readTree(broken))).isNotEmpty();
  }

  @Test
  void examplesCoverTheRequiredShapes() throws Exception {
    Model blog = ProjectFiles.load(ProjectRoot.example("blog"));
    assertThat(blog.schema().entities())
        .extracting(e -> e.name())
        .contains("User", "Post", "Comment", "Tag");
    assertThat(blog.schema().relationships())
        .anyMatch(r -> r.kind() == RelationshipKind.MANY_TO_MANY);

    Model shop = ProjectFiles.load(ProjectRoot.example("shop"));
    assertThat(shop.schema().entities())
        .extracting(e -> e.name())
        .contains("Customer", "Order", "OrderItem", "Product");
    var attrs = shop.schema().entities().stream().flatMap(e -> e.attributes().stream()).toList();
    assertThat(attrs).anyMatch(a -> a.type() == io.schemaforge.model.LogicalType.DECIMAL);
    assertThat(attrs).anyMatch(a -> a.type() == io.schemaforge.model.LogicalType.ENUM);
    assertThat(attrs).anyMatch(a -> a.sensitive());

    Model org = ProjectFiles.load(ProjectRoot.example("org-chart"));
    assertThat(org.schema().relationships()).filteredOn(r -> r.isSelfReferencing()).hasSize(2);
  }
}
