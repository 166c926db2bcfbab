package io.schemaforge.app.ui.canvas;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * Colours and fonts the diagram is drawn with. The colours come from the stylesheet through {@link
 * CanvasView}'s styleable properties (a {@code Canvas} cannot be styled itself), so a theme is one
 * CSS file; the fonts are fixed sizes in model units, so they scale with the zoom.
 */
public record CanvasTheme(
    Color background,
    Color grid,
    Color gridMajor,
    Color cardFill,
    Color cardBorder,
    Color headerFill,
    Color headerAccent,
    Color text,
    Color mutedText,
    Color edge,
    Color selection,
    Color error,
    Color warning,
    Color primaryKey,
    Color foreignKey) {

  public static final String FONT_FAMILY = "System";
  public static final Font NAME_FONT = Font.font(FONT_FAMILY, FontWeight.BOLD, 13.5);
  public static final Font TABLE_FONT = Font.font(FONT_FAMILY, 12);
  public static final Font ROW_FONT = Font.font(FONT_FAMILY, 13);
  public static final Font KEY_ROW_FONT = Font.font(FONT_FAMILY, FontWeight.BOLD, 13);
  public static final Font TYPE_FONT = Font.font(FONT_FAMILY, 12);
  public static final Font PILL_FONT = Font.font(FONT_FAMILY, FontWeight.BOLD, 9);
  public static final Font TRAITS_FONT = Font.font(FONT_FAMILY, FontPosture.ITALIC, 11.5);
  public static final Font LABEL_FONT = Font.font(FONT_FAMILY, 11);
  public static final Font BADGE_FONT = Font.font(FONT_FAMILY, FontWeight.BOLD, 11);
  public static final Font NOTE_FONT = Font.font(FONT_FAMILY, 12);
  public static final Font GROUP_FONT = Font.font(FONT_FAMILY, FontWeight.BOLD, 12);

  /** The light theme's values; also the defaults before the stylesheet is applied. */
  public static final CanvasTheme LIGHT =
      new CanvasTheme(
          Color.web("#f6f7f9"),
          Color.web("#e9ecf1"),
          Color.web("#dde1e8"),
          Color.WHITE,
          Color.web("#cdd4de"),
          Color.web("#eef3fb"),
          Color.web("#3b82f6"),
          Color.web("#1f2937"),
          Color.web("#6b7280"),
          Color.web("#7b8794"),
          Color.web("#2563eb"),
          Color.web("#dc2626"),
          Color.web("#ea8a0c"),
          Color.web("#b7791f"),
          Color.web("#2b6cb0"));

  /** A readable text colour on a given background. */
  public Color textOn(Color background) {
    return background.getBrightness() < 0.55 ? Color.WHITE : text;
  }
}
