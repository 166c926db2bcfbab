package io.schemaforge.app.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javafx.animation.PauseTransition;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * The outline and the inspector beside the canvas, in the main split pane. Either can be folded
 * away, giving its width to the canvas: the outline by the user (View ▸ Outline), the inspector
 * while nothing is selected (it has nothing to show then). Both keep the width the user dragged
 * them to, also across sessions ({@code panels.properties} in the settings folder).
 */
final class SidePanels {
  static final double DEFAULT_OUTLINE_WIDTH = 180;
  static final double DEFAULT_INSPECTOR_WIDTH = 320;

  private static final System.Logger LOG = System.getLogger(SidePanels.class.getName());

  private final SplitPane split;
  private final Region outline;
  private final Region centre;
  private final Region inspector;
  private final Path file;
  private final PauseTransition saveLater = new PauseTransition(Duration.millis(500));
  private double outlineWidth = DEFAULT_OUTLINE_WIDTH;
  private double inspectorWidth = DEFAULT_INSPECTOR_WIDTH;
  private boolean outlineShown = true;
  private boolean inspectorShown = true;

  SidePanels(SplitPane split, Region outline, Region centre, Region inspector, Path file) {
    this.split = split;
    this.outline = outline;
    this.centre = centre;
    this.inspector = inspector;
    this.file = file;
    load();
    SplitPane.setResizableWithParent(outline, false);
    SplitPane.setResizableWithParent(inspector, false);
    saveLater.setOnFinished(e -> save());
    // A divider drag ends with a release in the split pane; only then is a width the user's.
    split.addEventFilter(
        MouseEvent.MOUSE_RELEASED,
        e -> {
          dragged(outline, outline.getWidth());
          dragged(inspector, inspector.getWidth());
        });
    // The first real size: the fractions set before it were guesses.
    split
        .widthProperty()
        .addListener(
            (obs, old, w) -> {
              if (old.doubleValue() <= 0 && w.doubleValue() > 0) {
                arrange();
              }
            });
    arrange();
  }

  void showOutline(boolean show) {
    outlineShown = show;
    arrange();
  }

  void showInspector(boolean show) {
    if (show != inspectorShown) {
      inspectorShown = show;
      arrange();
    }
  }

  boolean inspectorShown() {
    return inspectorShown;
  }

  double inspectorWidth() {
    return inspectorWidth;
  }

  private void dragged(Region panel, double width) {
    if (split.getWidth() <= 0 || width <= 0 || !split.getItems().contains(panel)) {
      return;
    }
    if (panel == outline && Math.abs(width - outlineWidth) >= 1) {
      outlineWidth = width;
      saveLater.playFromStart();
    } else if (panel == inspector && Math.abs(width - inspectorWidth) >= 1) {
      inspectorWidth = width;
      saveLater.playFromStart();
    }
  }

  private void arrange() {
    List<Region> items = new ArrayList<>();
    if (outlineShown) {
      items.add(outline);
    }
    items.add(centre);
    if (inspectorShown) {
      items.add(inspector);
    }
    if (!split.getItems().equals(items)) {
      split.getItems().setAll(items);
    }
    double total = split.getWidth() > 0 ? split.getWidth() : split.getPrefWidth();
    if (total <= 0) {
      return;
    }
    List<Double> positions = new ArrayList<>();
    if (outlineShown) {
      positions.add(Math.min(0.4, outlineWidth / total));
    }
    if (inspectorShown) {
      positions.add(Math.max(0.5, 1 - inspectorWidth / total));
    }
    split.setDividerPositions(positions.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private void load() {
    if (!Files.isRegularFile(file)) {
      return;
    }
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      p.load(in);
      outlineWidth = width(p, "outline.width", DEFAULT_OUTLINE_WIDTH);
      inspectorWidth = width(p, "inspector.width", DEFAULT_INSPECTOR_WIDTH);
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot read the panel widths from " + file, e);
    }
  }

  private static double width(Properties p, String key, double fallback) {
    String v = p.getProperty(key);
    if (v == null) {
      return fallback;
    }
    double w = Double.parseDouble(v.strip());
    // A file edited by hand, or from a much bigger screen, must not hide the canvas.
    return w >= 100 && w <= 900 ? w : fallback;
  }

  private void save() {
    Properties p = new Properties();
    p.setProperty("outline.width", String.valueOf(Math.round(outlineWidth)));
    p.setProperty("inspector.width", String.valueOf(Math.round(inspectorWidth)));
    try {
      Files.createDirectories(file.getParent());
      try (Writer out = Files.newBufferedWriter(file)) {
        p.store(out, "Schemaforge: widths of the panels beside the canvas");
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot remember the panel widths in " + file, e);
    }
  }
}
