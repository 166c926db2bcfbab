package io.schemaforge.app.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.util.WaitForAsyncUtils;

/** Saves snapshots of a scene as PNG files in the {@code screenshot.dir} folder, for review. */
public final class Screenshots {
  private Screenshots() {}

  public static Path save(Scene scene, String fileName) {
    WaitForAsyncUtils.waitForFxEvents();
    try {
      WritableImage image =
          WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
      BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
      Path dir = Path.of(System.getProperty("screenshot.dir", "target/screenshots"));
      Files.createDirectories(dir);
      Path file = dir.resolve(fileName);
      ImageIO.write(buffered, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      throw new IllegalStateException("snapshot of " + fileName + " failed", e);
    }
  }
}
