package io.schemaforge.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.validation.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
  private final MainWindowViewModel window =
      new MainWindowViewModel(Runnable::run, RuleRegistry.builtIn());

  @Test
  void startsWithAnEmptyUntitledModel() {
    window.openAtStartup(null);

    assertThat(window.title().get()).isEqualTo("Untitled — Schemaforge");
    assertThat(window.entitiesText().get()).isEqualTo("0 entities");
    assertThat(window.messageProperty().get()).isNull();
  }

  @Test
  void opensAModelAndDescribesItInTheStatusTexts() {
    assertThat(window.open(Examples.path("blog"))).isTrue();

    assertThat(window.title().get()).isEqualTo("blog.schemaforge.json — Schemaforge");
    assertThat(window.entitiesText().get()).isEqualTo("4 entities");
    assertThat(window.errorsText().get()).isEqualTo("0 errors");
    assertThat(window.activityProperty().get()).isEqualTo("Opened blog.schemaforge.json");
  }

  @Test
  void aDamagedFileIsToldInTheWindowAndTheEmptyModelStays(@TempDir Path dir) throws Exception {
    Path broken =
        Files.writeString(dir.resolve("broken.schemaforge.json"), "{ \"formatVersion\": ");

    window.openAtStartup(broken);

    assertThat(window.messageProperty().get())
        .startsWith("Could not open the model.")
        .contains("broken.schemaforge.json")
        .doesNotContain("Exception");
    assertThat(window.document().entityCountProperty().get()).isZero();
    assertThat(window.document().fileProperty().get()).isNull();
  }

  @Test
  void aFailedOpenKeepsTheCurrentDocument(@TempDir Path dir) {
    window.open(Examples.path("blog"));

    assertThat(window.open(dir.resolve("missing.schemaforge.json"))).isFalse();

    assertThat(window.document().entityCountProperty().get()).isEqualTo(4);
    assertThat(window.messageProperty().get()).contains("no such file");
    window.dismissMessage();
    assertThat(window.messageProperty().get()).isNull();
  }
}
