package io.schemaforge.app.ui.canvas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.paint.Color;

/**
 * Reads a {@link CanvasTheme} from a theme stylesheet's {@code -sf-*} colours without a scene, so
 * exported images (headless or from the window) use exactly the colours the window shows and a
 * theme stays one CSS file.
 */
public final class StylesheetTheme {
  private static final Pattern COLOUR =
      Pattern.compile("-sf-([a-z-]+)\\s*:\\s*(#[0-9a-fA-F]{3,8})");

  private StylesheetTheme() {}

  /** The theme in the stylesheet at {@code url}; colours it does not set keep the light values. */
  public static CanvasTheme read(String url) {
    String css;
    try (InputStream in = new URL(url).openStream()) {
      css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the theme stylesheet " + url, e);
    }
    Map<String, Color> c = new HashMap<>();
    Matcher m = COLOUR.matcher(css);
    while (m.find()) {
      c.put(m.group(1), Color.web(m.group(2)));
    }
    CanvasTheme d = CanvasTheme.LIGHT;
    return new CanvasTheme(
        c.getOrDefault("background", d.background()),
        c.getOrDefault("grid", d.grid()),
        c.getOrDefault("grid-major", d.gridMajor()),
        c.getOrDefault("card-fill", d.cardFill()),
        c.getOrDefault("card-border", d.cardBorder()),
        c.getOrDefault("header-fill", d.headerFill()),
        c.getOrDefault("header-accent", d.headerAccent()),
        c.getOrDefault("text", d.text()),
        c.getOrDefault("muted-text", d.mutedText()),
        c.getOrDefault("edge", d.edge()),
        c.getOrDefault("selection", d.selection()),
        c.getOrDefault("error", d.error()),
        c.getOrDefault("warning", d.warning()),
        c.getOrDefault("primary-key", d.primaryKey()),
        c.getOrDefault("foreign-key", d.foreignKey()));
  }
}
