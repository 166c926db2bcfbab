package io.schemaforge.app.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * File ▸ Open Recent, kept equal to the recent-files list: rebuilt whenever the list changes, and
 * greyed out while it is empty.
 */
final class RecentFilesMenu {
  private RecentFilesMenu() {}

  static void bind(Menu menu, ObservableList<Path> files, Consumer<Path> open) {
    files.addListener((ListChangeListener<Path>) c -> fill(menu, files, open));
    fill(menu, files, open);
  }

  private static void fill(Menu menu, ObservableList<Path> files, Consumer<Path> open) {
    menu.getItems().clear();
    for (Path p : files) {
      MenuItem item = new MenuItem(p.getFileName() + "  —  " + p.getParent());
      // A file name may hold an underscore, which is not a mnemonic here.
      item.setMnemonicParsing(false);
      item.setOnAction(e -> open.accept(p));
      menu.getItems().add(item);
    }
    menu.setDisable(menu.getItems().isEmpty());
  }
}
