package io.schemaforge.app.ui.image;

import io.schemaforge.app.ui.MainWindowViewModel;
import io.schemaforge.app.ui.canvas.CanvasSelection;
import io.schemaforge.model.Model;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Export Image…: the whole diagram, or the selection when something is selected, as PNG
 * (twice the diagram's size, sharp on HiDPI screens) or SVG, in the window's theme. The outcome is
 * reported in the window's message banner.
 */
public final class ExportImageAction {
  /** PNGs from the window are drawn at twice the diagram's size, so they stay sharp when zoomed. */
  static final double PNG_SCALE = 2;

  private final Window owner;
  private final MainWindowViewModel viewModel;

  public ExportImageAction(Window owner, MainWindowViewModel viewModel) {
    this.owner = owner;
    this.viewModel = viewModel;
  }

  /** Asks for a file, then exports into it. */
  public void run() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(selectedIds().isEmpty() ? "Export Diagram Image" : "Export Selection Image");
    FileChooser.ExtensionFilter png = new FileChooser.ExtensionFilter("PNG image", "*.png");
    FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG drawing", "*.svg");
    chooser.getExtensionFilters().addAll(png, svg);
    Path model = viewModel.document().fileProperty().get();
    String base = "diagram";
    if (model != null) {
      base = model.getFileName().toString().replaceFirst("\\.schemaforge\\.json$|\\.json$", "");
      if (model.toAbsolutePath().getParent() != null) {
        chooser.setInitialDirectory(model.toAbsolutePath().getParent().toFile());
      }
    }
    chooser.setInitialFileName(base + ".png");
    File chosen = chooser.showSaveDialog(owner);
    if (chosen == null) {
      return;
    }
    // Some platforms' dialogs return the name as typed, without the chosen filter's extension.
    Path file = chosen.toPath();
    if (DiagramImages.Format.of(file).isEmpty()) {
      String ext = chooser.getSelectedExtensionFilter() == svg ? ".svg" : ".png";
      file = file.resolveSibling(file.getFileName() + ext);
    }
    export(file);
  }

  /**
   * Writes the image into {@code file} (format from its extension) and says so in the banner;
   * returns what was written, or empty when it failed (the banner says why).
   */
  public Optional<DiagramImages.Written> export(Path file) {
    Optional<DiagramImages.Format> format = DiagramImages.Format.of(file);
    if (format.isEmpty()) {
      viewModel.showMessage("Cannot export " + file.getFileName() + ": use .png or .svg");
      return Optional.empty();
    }
    Model model = viewModel.document().model();
    List<String> selection = selectedIds();
    try {
      DiagramImages.Request request =
          DiagramImages.request(
              model,
              selection,
              format.get(),
              format.get() == DiagramImages.Format.PNG ? PNG_SCALE : 1,
              viewModel.themeProperty().get());
      DiagramImages.Written written = DiagramImages.write(request, file);
      viewModel.showMessage(
          (selection.isEmpty() ? "Exported the diagram: " : "Exported the selection: ")
              + written.summary(file).replaceFirst("^Wrote ", ""));
      return Optional.of(written);
    } catch (IOException | RuntimeException e) {
      viewModel.showMessage("Could not export " + file + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private List<String> selectedIds() {
    CanvasSelection s = viewModel.canvas().selection();
    List<String> ids = new ArrayList<>(s.entities());
    if (s.noteProperty().get() != null) {
      ids.add(s.noteProperty().get());
    }
    if (s.groupProperty().get() != null) {
      ids.add(s.groupProperty().get());
    }
    return ids;
  }
}
