package io.schemaforge.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;

/**
 * The light and dark looks: an AtlantaFX user-agent stylesheet for the controls, the app's own
 * {@code app.css} (written against AtlantaFX's colour variables, so it serves both), and one small
 * stylesheet per theme with the diagram's colours.
 */
public enum Theme {
  LIGHT("light.css"),
  DARK("dark.css");

  private final String stylesheet;

  Theme(String stylesheet) {
    this.stylesheet = stylesheet;
  }

  /** Applies the theme to the whole application and to a scene. */
  public void apply(Scene scene) {
    Application.setUserAgentStylesheet(
        this == DARK
            ? new PrimerDark().getUserAgentStylesheet()
            : new PrimerLight().getUserAgentStylesheet());
    scene.getStylesheets().setAll(stylesheets());
  }

  /** The app's stylesheets for this theme, as URLs. */
  public List<String> stylesheets() {
    return List.of(url("app.css"), url(stylesheet));
  }

  private static String url(String name) {
    return Theme.class.getResource(name).toExternalForm();
  }
}
