package io.schemaforge.app.ui.image;

import io.schemaforge.app.ui.MainWindowViewModel;
import io.schemaforge.app.ui.Theme;
import io.schemaforge.app.ui.canvas.CanvasSelection;
import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.canvas.DiagramPngPainter;
import io.schemaforge.app.ui.canvas.ProgressOverlay;
import io.schemaforge.model.Model;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File ▸ Export Image…: the whole diagram, or the selection when something is selected, as PNG
 * (twice the diagram's size, sharp on HiDPI screens) or SVG, in the window's theme. The picture is
 * taken from a snapshot of the model, so editing may go on meanwhile; a PNG is painted a tile per
 * turn of the FX thread and encoded in the background, an SVG is written in the background; a panel
 * over the canvas shows the step, with Cancel (or Esc): a cancelled export writes nothing. A PNG of
 * a 500-entity model is 186 million pixels, half a minute of work that used to freeze the window.
 * Success is reported in the status bar, failure in the window's message banner.
 */
public final class ExportImageAction {
  /** PNGs from the window are drawn at twice the diagram's size, so they stay sharp when zoomed. */
  static final double PNG_SCALE = 2;

  private final Window owner;
  private final MainWindowViewModel viewModel;
  private final CanvasView canvasView;
  private final Executor fxThread;
  private Export current;

  public ExportImageAction(Window owner, MainWindowViewModel viewModel, CanvasView canvasView) {
    this(owner, viewModel, canvasView, Platform::runLater);
  }

  /** With {@code fxThread} for the export's turns of the FX thread (tests queue them). */
  ExportImageAction(
      Window owner, MainWindowViewModel viewModel, CanvasView canvasView, Executor fxThread) {
    this.owner = owner;
    this.viewModel = viewModel;
    this.canvasView = canvasView;
    this.fxThread = fxThread;
  }

  /** Asks for a file, then exports into it. */
  public void run() {
    if (busy()) {
      return;
    }
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
   * Starts writing the image into {@code file} (format from its extension); call on the FX thread.
   * The result is what was written, or empty when it failed or was cancelled (the banner says
   * which); it completes on the FX thread.
   */
  public CompletableFuture<Optional<DiagramImages.Written>> export(Path file) {
    Optional<DiagramImages.Format> format = DiagramImages.Format.of(file);
    if (format.isEmpty()) {
      viewModel.showMessage("Cannot export " + file.getFileName() + ": use .png or .svg");
      return CompletableFuture.completedFuture(Optional.empty());
    }
    if (busy()) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    List<String> selection = selectedIds();
    String what = selection.isEmpty() ? "the diagram" : "the selection";
    // A copy of the model (a few ms at 5,000 entities): the picture, its routes and the file are
    // made from it off the FX thread while editing goes on.
    Model snapshot = viewModel.document().model().snapshot();
    DiagramImages.Format f = format.get();
    Theme theme = viewModel.themeProperty().get();
    Export export = new Export(file, what);
    current = export;
    export.overlay =
        ProgressOverlay.show(
            canvasView, "Exporting " + what + " as " + f.name() + "…", this::cancel);
    export.overlay.step("laying out the picture");
    viewModel.showActivity("Exporting " + what + " to " + file.getFileName() + "…");
    export.inBackground(
        () -> {
          DiagramImages.Request request =
              DiagramImages.request(
                  snapshot, selection, f, f == DiagramImages.Format.PNG ? PNG_SCALE : 1, theme);
          export.request = request;
          if (f == DiagramImages.Format.SVG) {
            export.write(DiagramImages.svg(request));
          } else {
            // A bitmap is painted on the FX thread, a tile per turn; then encoded off it again.
            export.tiles =
                DiagramPngPainter.tiles(
                    request.picture(),
                    DiagramImages.colours(request.theme()),
                    request.scale(),
                    DiagramPngPainter.TILE_PER_FRAME);
            fxThread.execute(export::paintNextTile);
          }
        });
    return export.result;
  }

  /** Whether an export is under way, which the user is then told. */
  private boolean busy() {
    if (current != null) {
      viewModel.showMessage("An image is being exported; wait for it or cancel it (Esc)");
    }
    return current != null;
  }

  /** Background work of an export, which may fail. */
  @FunctionalInterface
  private interface Work {
    void run() throws Exception;
  }

  /**
   * Stops the export under way, if any: nothing is written. Once the file is being written it is
   * too late, and the export ends as it would have.
   */
  public void cancel() {
    if (current != null && current.state.compareAndSet(RUNNING, CANCELLED)) {
      current.finish(null, null);
    }
  }

  private static final int RUNNING = 0;
  private static final int CANCELLED = 1;
  private static final int WRITING = 2;

  /** Whether an image is being exported. */
  public boolean running() {
    return current != null;
  }

  /** One export: its picture laid out, its tiles painted, its bytes made and written. */
  private final class Export {
    private final Path file;
    private final String what;
    private final CompletableFuture<Optional<DiagramImages.Written>> result =
        new CompletableFuture<>();
    private ProgressOverlay overlay;
    // Set on the background thread before the FX thread is asked to paint or to finish.
    private volatile DiagramImages.Request request;
    private volatile DiagramPngPainter.Tiles tiles;
    // RUNNING until cancelled or until the file is being written, whichever comes first.
    private final AtomicInteger state = new AtomicInteger(RUNNING);

    Export(Path file, String what) {
      this.file = file;
      this.what = what;
    }

    /** One tile per turn, so input and drawing go on between tiles. */
    void paintNextTile() {
      if (state.get() != RUNNING) {
        return;
      }
      try {
        tiles.paintNext();
      } catch (RuntimeException | OutOfMemoryError e) {
        finish(null, e);
        return;
      }
      overlay.step("tile " + tiles.painted() + " of " + tiles.count());
      // Painting is most of the work; encoding and writing the file follow.
      overlay.progress(0.9 * tiles.painted() / tiles.count());
      if (tiles.done()) {
        overlay.step("writing " + file.getFileName());
        inBackground(() -> write(DiagramImages.png(tiles.image())));
      } else {
        fxThread.execute(this::paintNextTile);
      }
    }

    /** Runs {@code work} on a thread of its own; a failure ends the export with its reason. */
    void inBackground(Work work) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  work.run();
                } catch (Exception | OutOfMemoryError e) {
                  fxThread.execute(() -> finish(null, e));
                }
              },
              "export-image");
      worker.setDaemon(true);
      worker.start();
    }

    /**
     * Writes the image's bytes unless cancelled meanwhile, then ends the export; off the FX thread.
     */
    void write(byte[] bytes) throws IOException {
      if (state.compareAndSet(RUNNING, WRITING)) {
        DiagramImages.writeAtomically(bytes, file);
      }
      fxThread.execute(() -> finish(DiagramImages.written(request), null));
    }

    /** The FX half of the end: the banner, the panel, the result; only once. */
    void finish(DiagramImages.Written written, Throwable failure) {
      if (result.isDone()) {
        return;
      }
      overlay.close();
      current = null;
      if (state.get() == CANCELLED) {
        viewModel.showActivity("Image export cancelled; nothing was written");
        result.complete(Optional.empty());
      } else if (failure != null) {
        String why =
            failure instanceof OutOfMemoryError
                ? "not enough memory for an image this large; use SVG"
                : failure.getMessage();
        viewModel.showMessage("Could not export " + file + ": " + why);
        result.complete(Optional.empty());
      } else {
        // The status bar, as for a save: the banner is for what went wrong.
        viewModel.showActivity("Exported " + what + ": " + written.describe(file));
        result.complete(Optional.of(written));
      }
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
