package io.schemaforge.app.cli;

import io.schemaforge.app.ui.Theme;
import io.schemaforge.app.ui.image.DiagramImages;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schemaforge render MODEL --out FILE.png|FILE.svg}: the diagram as an image, headless. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Draw a model's diagram into a PNG or SVG image, as the window shows it, without a display.",
      "Exit 0: written; 2: unusable input (model, option or output file)."
    })
final class RenderCommand implements Callable<Integer> {
  @Parameters(paramLabel = "MODEL", description = "The model file (*.schemaforge.json).")
  Path model;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      required = true,
      description = "The image to write; its extension (.png or .svg) chooses the format.")
  Path out;

  @Option(
      names = "--selection",
      paramLabel = "ID",
      split = ",",
      description =
          "Only these elements: entity ids or class names, note ids, group ids (with their"
              + " entities); comma-separated or the option repeated. Relationships between chosen"
              + " entities are drawn too.")
  List<String> selection;

  @Option(
      names = "--scale",
      paramLabel = "N",
      defaultValue = "1",
      description = "Pixels per diagram unit, 0.1 to 8 (default: ${DEFAULT-VALUE}; 2 for HiDPI).")
  double scale;

  @Option(
      names = "--theme",
      paramLabel = "THEME",
      defaultValue = "light",
      description = "light (default) or dark.")
  Theme theme;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    DiagramImages.Format format = DiagramImages.Format.of(out).orElse(null);
    if (format == null) {
      err.println(
          "schemaforge: cannot tell the image format of "
              + out
              + ": use a file name ending in .png or .svg");
      return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
    }
    if (!(scale >= 0.1 && scale <= 8)) {
      err.println("schemaforge: --scale must be between 0.1 and 8, not " + scale);
      return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
    }
    Model m;
    try {
      m = ProjectFiles.load(model);
    } catch (ProjectFileException e) {
      err.println("schemaforge: " + e.getMessage());
      return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
    }
    // Measuring names (to leave room for them) needs the toolkit, as drawing does.
    HeadlessFx.start();
    DiagramImages.Request request;
    try {
      request = DiagramImages.request(m, selection, format, scale, theme);
    } catch (IllegalArgumentException e) {
      err.println("schemaforge: --selection: " + e.getMessage());
      return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
    }
    DiagramImages.Written written;
    try {
      written = HeadlessFx.call(() -> DiagramImages.write(request, out));
    } catch (IllegalArgumentException | java.io.IOException e) {
      err.println("schemaforge: cannot write " + out + ": " + e.getMessage());
      return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
    }
    spec.commandLine().getOut().println(written.summary(out));
    return 0;
  }
}
