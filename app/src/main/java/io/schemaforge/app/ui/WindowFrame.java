package io.schemaforge.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * The main window's frame, {@code MainWindow.fxml}, and its parts by {@code fx:id}. The frame has
 * no controller: the menus, tool bar, banners and status bar are each wired by their own class,
 * which asks here for just the parts it needs instead of one class holding them all.
 */
final class WindowFrame {
  private final Parent root;
  private final Map<String, Object> parts;

  private WindowFrame(Parent root, Map<String, Object> parts) {
    this.root = root;
    this.parts = parts;
  }

  static WindowFrame load() {
    FXMLLoader loader = new FXMLLoader(WindowFrame.class.getResource("MainWindow.fxml"));
    try {
      Parent root = loader.load();
      return new WindowFrame(root, loader.getNamespace());
    } catch (IOException e) {
      throw new UncheckedIOException("MainWindow.fxml is missing from the build", e);
    }
  }

  Parent root() {
    return root;
  }

  /**
   * The part with this {@code fx:id}. A renamed or retyped part fails here, as the window is built,
   * rather than as a null the first time someone uses it.
   */
  <T> T part(String id, Class<T> type) {
    Object part = parts.get(id);
    if (!type.isInstance(part)) {
      throw new IllegalStateException(
          "MainWindow.fxml has no " + type.getSimpleName() + " with fx:id " + id + ": " + part);
    }
    return type.cast(part);
  }
}
