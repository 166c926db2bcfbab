package io.schemaforge.codegen.project;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What the last export left in a target project: the tables its migrations produce (with the
 * model's ids, so the next export tells renames from drops) and the migration files it wrote with
 * their checksums (so a hand-edited or foreign migration is noticed). Kept in the project, next to
 * the migrations it describes, and written in the same atomic step as they are.
 */
public record ExportState(
    int format, String model, Dialect dialect, List<WrittenMigration> migrations, DbSchema tables) {

  public static final Path FILE = Path.of(".schemaforge/export-state.json");
  public static final int FORMAT = 1;

  /** A migration file an export wrote, with the SHA-256 of its content. */
  public record WrittenMigration(String file, String sha256) {}

  public ExportState {
    migrations = List.copyOf(migrations);
  }

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // Records are read and written through their components only, not helpers like isEnum().
          .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this).replace("\r\n", "\n") + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ExportState fromJson(String json) throws IOException {
    ExportState s = JSON.readValue(json, ExportState.class);
    if (s.format() > FORMAT) {
      throw new IOException(
          "the export state was written by a newer Schemaforge (format " + s.format() + ")");
    }
    return s;
  }

  /** Reads the project's state, if it has one; a damaged file is an error that names it. */
  public static Optional<ExportState> read(Path projectRoot) throws IOException {
    Path p = projectRoot.resolve(FILE);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try {
      return Optional.of(fromJson(Files.readString(p)));
    } catch (IOException e) {
      throw new IOException(
          p
              + " is damaged ("
              + e.getMessage()
              + "); restore it from version control or delete it to rebuild it from the migrations",
          e);
    }
  }
}
