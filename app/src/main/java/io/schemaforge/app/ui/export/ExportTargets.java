package io.schemaforge.app.ui.export;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The last export target of each model, kept in {@code export-targets.properties} of the settings
 * folder. Keyed by the schema's id, which survives renames and "Save As", so a model keeps its
 * target wherever its file goes.
 */
public final class ExportTargets {
  private static final System.Logger LOG = System.getLogger(ExportTargets.class.getName());

  private final Path store;

  public ExportTargets(Path settingsFolder) {
    this.store = settingsFolder.resolve("export-targets.properties");
  }

  public Optional<Path> last(String schemaId) {
    String v = load().getProperty(schemaId);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(Path.of(v));
  }

  public void remember(String schemaId, Path target) {
    Properties p = load();
    p.setProperty(schemaId, target.toAbsolutePath().normalize().toString());
    try {
      Files.createDirectories(store.getParent());
      try (Writer w = Files.newBufferedWriter(store, StandardCharsets.UTF_8)) {
        p.store(w, "Schemaforge: last export target per model (schema id)");
      }
    } catch (IOException e) {
      // Forgetting a target only costs the user a retype; never fail an export for it.
      LOG.log(System.Logger.Level.WARNING, "cannot write " + store, e);
    }
  }

  private Properties load() {
    Properties p = new Properties();
    if (Files.isRegularFile(store)) {
      try (Reader r = Files.newBufferedReader(store, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException | IllegalArgumentException e) {
        LOG.log(System.Logger.Level.WARNING, "cannot read " + store, e);
      }
    }
    return p;
  }
}
