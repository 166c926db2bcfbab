package io.schemaforge.app.ui.image;

import io.schemaforge.app.ui.Theme;
import io.schemaforge.app.ui.canvas.CanvasTheme;
import io.schemaforge.app.ui.canvas.DiagramPicture;
import io.schemaforge.app.ui.canvas.DiagramPngPainter;
import io.schemaforge.app.ui.canvas.DiagramSvgWriter;
import io.schemaforge.app.ui.canvas.StylesheetTheme;
import io.schemaforge.model.Model;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Diagram images as the render command and File ▸ Export Image… make them: what to draw, in which
 * format, and writing the file so that a failure never leaves half an image behind.
 */
public final class DiagramImages {
  private DiagramImages() {}

  /** The image formats, chosen by the file's extension. */
  public enum Format {
    PNG(".png"),
    SVG(".svg");

    private final String extension;

    Format(String extension) {
      this.extension = extension;
    }

    public String extension() {
      return extension;
    }

    /** The format a file name asks for, or empty for any other extension. */
    public static Optional<Format> of(Path file) {
      Path name = file.getFileName();
      String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
      for (Format f : values()) {
        if (n.endsWith(f.extension) && n.length() > f.extension.length()) {
          return Optional.of(f);
        }
      }
      return Optional.empty();
    }
  }

  /** One image to make. */
  public record Request(DiagramPicture picture, Format format, double scale, Theme theme) {}

  /** What was written, for the message that says so. */
  public record Written(int width, int height, int entities, int relationships) {
    /** "Wrote FILE (W x H, …)", as the command line says it. */
    public String summary(Path file) {
      return "Wrote " + describe(file);
    }

    /** "FILE (W x H, N entities, M relationships)". */
    public String describe(Path file) {
      return String.format(
          "%s (%d x %d, %d entit%s, %d relationship%s)",
          file,
          width,
          height,
          entities,
          entities == 1 ? "y" : "ies",
          relationships,
          relationships == 1 ? "" : "s");
    }
  }

  /**
   * A request for the whole model, or for the elements named in {@code selection} (ids of entities,
   * notes or groups, or entity class names) when it is not empty.
   *
   * @throws IllegalArgumentException naming what the model does not have
   */
  public static Request request(
      Model model, Collection<String> selection, Format format, double scale, Theme theme) {
    DiagramPicture picture =
        selection == null || selection.isEmpty()
            ? DiagramPicture.whole(model)
            : DiagramPicture.selection(model, resolve(model, selection));
    return new Request(picture, format, scale, theme);
  }

  /** Ids stay ids; an entity class name becomes that entity's id. */
  private static List<String> resolve(Model model, Collection<String> names) {
    List<String> ids = new ArrayList<>();
    for (String n : names) {
      String trimmed = n.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      boolean known =
          model.schema().entity(trimmed).isPresent()
              || model.layout().notes().stream().anyMatch(x -> x.id().equals(trimmed))
              || model.layout().groups().stream().anyMatch(x -> x.id().equals(trimmed));
      ids.add(
          known ? trimmed : model.schema().entityByName(trimmed).map(e -> e.id()).orElse(trimmed));
    }
    return ids;
  }

  /** The theme's diagram colours, read from the same stylesheet the window uses. */
  public static CanvasTheme colours(Theme theme) {
    return StylesheetTheme.read(theme.stylesheets().get(theme.stylesheets().size() - 1));
  }

  /**
   * Draws the image and writes it to {@code file} through a temporary file beside it, so an
   * existing image is replaced only by a complete one. Call on the JavaFX application thread.
   */
  public static Written write(Request request, Path file) throws IOException {
    byte[] bytes =
        request.format() == Format.PNG
            ? png(
                DiagramPngPainter.paint(
                    request.picture(), colours(request.theme()), request.scale()))
            : svg(request);
    writeAtomically(bytes, file);
    return written(request);
  }

  /** What {@code request} writes, for the message that says so. */
  public static Written written(Request request) {
    DiagramPicture p = request.picture();
    int[] size = DiagramPngPainter.pixelSize(p, request.scale());
    return new Written(size[0], size[1], p.entities().size(), p.relationships().size());
  }

  /** A painted image as PNG bytes; safe off the FX thread. */
  public static byte[] png(BufferedImage image) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ImageIO.write(image, "png", buffer);
    return buffer.toByteArray();
  }

  /** The request's SVG document; safe off the FX thread (the picture is not the live model's). */
  public static byte[] svg(Request request) {
    return DiagramSvgWriter.write(request.picture(), colours(request.theme()), request.scale())
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code bytes} to {@code file} through a temporary file beside it, so an existing image
   * is replaced only by a complete one.
   */
  public static void writeAtomically(byte[] bytes, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IOException("the folder " + dir + " does not exist");
    }
    // Not Files.createTempFile: its owner-only permissions would stay on the image.
    Path temp = dir.resolve("." + target.getFileName() + "." + System.nanoTime() + ".tmp");
    try {
      Files.write(temp, bytes, StandardOpenOption.CREATE_NEW);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
