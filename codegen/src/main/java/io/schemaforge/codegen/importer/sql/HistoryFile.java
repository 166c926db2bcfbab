package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.project.MigrationFolder;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;

/**
 * One SQL file of what is imported, in the order it is applied.
 *
 * @param path where it was read from
 * @param name how findings name it: relative to the folder or project given, else as given
 * @param kind Flyway's name for it, or LOOSE for a plain script
 * @param version the version of a VERSIONED file, empty otherwise
 * @param description the part after {@code __}, or the file name of a LOOSE script
 * @param content the text, as read (UTF-8)
 */
public record HistoryFile(
    Path path,
    String name,
    Kind kind,
    List<BigInteger> version,
    String description,
    String content) {

  public enum Kind {
    /** {@code V<version>__<description>.sql}. */
    VERSIONED,
    /** {@code R__<description>.sql}, applied after every versioned file. */
    REPEATABLE,
    /** Any other {@code .sql} file given explicitly, applied in the order given. */
    LOOSE
  }

  public HistoryFile {
    version = List.copyOf(version);
  }

  public String fileName() {
    return path.getFileName().toString();
  }

  /**
   * The file as the export's migration history sees it, for VERSIONED files (the next export
   * continues after the highest of them).
   */
  public MigrationFolder.Migration asMigration() {
    if (kind != Kind.VERSIONED) {
      throw new IllegalStateException(name + " is not a versioned migration");
    }
    return new MigrationFolder.Migration(fileName(), version, content, null);
  }
}
