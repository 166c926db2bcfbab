package io.schemaforge.testing.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.schemaforge.testing.arch.sample.SneakyEditor;
import io.schemaforge.validation.LiveValidator;
import org.junit.jupiter.api.Test;

/** The layering rules really catch what they promise to catch. */
class LayeringRulesTest {
  @Test
  void mutatingTheModelOutsideACommandIsAViolation() {
    JavaClasses classes = new ClassFileImporter().importClasses(SneakyEditor.class);
    var result = LayeringRules.onlyCommandsMutateTheModel.evaluate(classes);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("Entity.setName");
  }

  @Test
  void readingTheModelIsAllowedAnywhere() {
    JavaClasses classes = new ClassFileImporter().importClasses(LiveValidator.class);
    assertThat(LayeringRules.onlyCommandsMutateTheModel.evaluate(classes).hasViolation()).isFalse();
  }
}
