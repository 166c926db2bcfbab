package io.schemaforge.app.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened or saved model files, newest first, kept in {@code recent-files.txt} of
 * the settings folder (one path a line). Files that no longer exist drop out when read.
 */
public final class RecentFiles {
  static final int LIMIT = 10;
  private static final System.Logger LOG = System.getLogger(RecentFiles.class.getName());

  private final Path store;
  private final ObservableList<Path> files = FXCollections.observableArrayList();

  public RecentFiles(Path folder) {
    this.store = folder.resolve("recent-files.txt");
    load();
  }

  private void load() {
    if (!Files.isRegularFile(store)) {
      return;
    }
    try {
      List<Path> read = new ArrayList<>();
      for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && Files.isRegularFile(Path.of(line.strip()))) {
          read.add(Path.of(line.strip()));
        }
      }
      files.setAll(read);
    } catch (IOException | RuntimeException e) {
      // A damaged list is not worth a failed start; it is rebuilt as files are opened.
      LOG.log(System.Logger.Level.WARNING, "cannot read " + store, e);
    }
  }

  /** Puts a file at the top of the list and stores the list. */
  public void add(Path file) {
    Path normal = file.toAbsolutePath().normalize();
    files.remove(normal);
    files.add(0, normal);
    while (files.size() > LIMIT) {
      files.remove(files.size() - 1);
    }
    save();
  }

  private void save() {
    try {
      Files.createDirectories(store.getParent());
      List<String> lines = files.stream().map(Path::toString).toList();
      Files.write(store, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot write " + store, e);
    }
  }

  /** Newest first. */
  public ObservableList<Path> files() {
    return FXCollections.unmodifiableObservableList(files);
  }
}
