package io.schemaforge.app.ui.image;

import io.schemaforge.app.ui.MainWindowViewModel;
import io.schemaforge.app.ui.canvas.CanvasSelection;
import io.schemaforge.app.ui.canvas.CanvasView;
import io.schemaforge.app.ui.canvas.DiagramPngPainter;
import io.schemaforge.app.ui.canvas.ProgressOverlay;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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
 * The outcome is reported in the window's message banner.
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
    if (current != null) {
      viewModel.showMessage("An image is being exported; wait for it or cancel it (Esc)");
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
    if (current != null) {
      viewModel.showMessage("An image is being exported; wait for it or cancel it (Esc)");
      return CompletableFuture.completedFuture(Optional.empty());
    }
    List<String> selection = selectedIds();
    DiagramImages.Request request;
    DiagramPngPainter.Tiles tiles = null;
    try {
      request =
          DiagramImages.request(
              viewModel.document().model().snapshot(),
              selection,
              format.get(),
              format.get() == DiagramImages.Format.PNG ? PNG_SCALE : 1,
              viewModel.themeProperty().get());
      if (format.get() == DiagramImages.Format.PNG) {
        tiles =
            DiagramPngPainter.tiles(
                request.picture(), DiagramImages.colours(request.theme()), request.scale());
      }
    } catch (RuntimeException e) {
      viewModel.showMessage("Could not export " + file + ": " + e.getMessage());
      return CompletableFuture.completedFuture(Optional.empty());
    }
    String what = selection.isEmpty() ? "the diagram" : "the selection";
    Export export = new Export(file, request, tiles, what);
    current = export;
    export.overlay =
        ProgressOverlay.show(
            canvasView, "Exporting " + what + " as " + format.get().name() + "…", this::cancel);
    viewModel.showActivity("Exporting " + what + " to " + file.getFileName() + "…");
    if (tiles != null) {
      fxThread.execute(export::paintNextTile);
    } else {
      export.inBackground(() -> DiagramImages.svg(request));
    }
    return export.result;
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

  /** One export: its tiles painted on the FX thread, then its bytes made and written off it. */
  private final class Export {
    private final Path file;
    private final DiagramImages.Request request;
    private final DiagramPngPainter.Tiles tiles;
    private final String what;
    private final CompletableFuture<Optional<DiagramImages.Written>> result =
        new CompletableFuture<>();
    private ProgressOverlay overlay;
    // RUNNING until cancelled or until the file is being written, whichever comes first.
    private final AtomicInteger state = new AtomicInteger(RUNNING);

    Export(Path file, DiagramImages.Request request, DiagramPngPainter.Tiles tiles, String what) {
      this.file = file;
      this.request = request;
      this.tiles = tiles;
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
        inBackground(() -> DiagramImages.png(tiles.image()));
      } else {
        fxThread.execute(this::paintNextTile);
      }
    }

    /** Makes the bytes and writes them on a thread of their own, unless cancelled meanwhile. */
    void inBackground(Callable<byte[]> bytes) {
      Thread worker =
          new Thread(
              () -> {
                Throwable failure = null;
                try {
                  byte[] b = bytes.call();
                  if (state.compareAndSet(RUNNING, WRITING)) {
                    DiagramImages.writeAtomically(b, file);
                  }
                } catch (Exception | OutOfMemoryError e) {
                  failure = e;
                }
                Throwable f = failure;
                fxThread.execute(() -> finish(DiagramImages.written(request), f));
              },
              "export-image");
      worker.setDaemon(true);
      worker.start();
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
        viewModel.showActivity("Exported " + what + " to " + file.getFileName());
        viewModel.showMessage(
            ("the diagram".equals(what) ? "Exported the diagram: " : "Exported the selection: ")
                + written.summary(file).replaceFirst("^Wrote ", ""));
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
