package io.schemaforge.projectfile;

import io.schemaforge.model.Model;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Loads and saves model files. Saving is atomic: the new content goes to a temporary file in the
 * same folder, is flushed to disk, and then renamed over the old file, so a crash leaves either the
 * old file or the new one, never a mix. The previous version is kept as {@code <name>.bak}.
 */
public final class ProjectFiles {
  /** The extension of model files. */
  public static final String EXTENSION = ".schemaforge.json";

  private ProjectFiles() {}

  public static Model load(Path file) throws ProjectFileException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ProjectFileException(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new ProjectFileException(file + ": permission denied");
    } catch (IOException e) {
      if (Files.isDirectory(file)) {
        throw new ProjectFileException(file + ": is a folder, not a model file");
      }
      throw new ProjectFileException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
    String text = utf8Text(bytes, file);
    if (text.isBlank()) {
      throw new ProjectFileException(file + ": the file is empty");
    }
    return ProjectFileReader.fromUtf8(bytes, text, file.toString());
  }

  /**
   * The bytes as text, refusing what is not UTF-8. Decoding leniently is several times cheaper for
   * a large file than a strict decoder (the JDK copies plain ASCII at once), and a malformed byte
   * always becomes U+FFFD there: only a text with one needs the strict decoder's verdict.
   */
  private static String utf8Text(byte[] bytes, Path file) throws ProjectFileException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ProjectFileException(file + ": not a text file in UTF-8 (damaged or not a model)");
    }
  }

  /** Writes the model atomically and keeps the previous file as {@code <file>.bak}. */
  public static void save(Model model, Path file) throws IOException {
    byte[] content = ProjectFileWriter.toJson(model).getBytes(StandardCharsets.UTF_8);
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
    try {
      try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
        out.write(content);
        out.flush();
        ch.force(true);
      }
      if (Files.exists(target)) {
        Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      syncDirectory(dir);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  public static Path backupOf(Path file) {
    return file.resolveSibling(file.getFileName() + ".bak");
  }

  /** Makes the rename itself durable where the platform allows opening a folder (Linux). */
  private static void syncDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not possible on every platform (Windows); the file itself is already on disk.
    }
  }
}
