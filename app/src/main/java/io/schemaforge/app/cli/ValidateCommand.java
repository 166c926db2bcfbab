package io.schemaforge.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.projectfile.ProjectFileException;
import io.schemaforge.projectfile.ProjectFiles;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import io.schemaforge.validation.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code schemaforge validate MODEL}: exit 0 without errors, 1 with errors, 2 if unusable. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a model file with every rule; exit 1 when any error is found.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(paramLabel = "MODEL", description = "The model file (*.schemaforge.json).")
  Path model;

  @Option(
      names = "--dialect",
      paramLabel = "D",
      description =
          "Check against this dialect instead of the model's own: postgres, mysql, mariadb, h2, sqlite.")
  String dialect;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json.")
  OutputFormat format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Model m;
    try {
      m = ProjectFiles.load(model);
    } catch (ProjectFileException e) {
      err.println("schemaforge: " + e.getMessage());
      return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
    }
    if (dialect != null) {
      Dialect d;
      try {
        d = Dialect.parse(dialect);
      } catch (IllegalArgumentException e) {
        err.println("schemaforge: " + e.getMessage());
        return SchemaforgeCommand.EXIT_UNUSABLE_INPUT;
      }
      new CommandStack(m).execute(ChangeSchemaSettingsCommand.toDialect(m.schema(), d));
    }
    List<Diagnostic> found = LiveValidator.validate(m, RuleRegistry.builtIn());
    if (format == OutputFormat.json) {
      writeJson(found, out);
    } else {
      writeText(found, out);
    }
    return found.stream().anyMatch(d -> d.severity() == Severity.ERROR) ? 1 : 0;
  }

  private void writeText(List<Diagnostic> found, PrintWriter out) {
    long errors = found.stream().filter(d -> d.severity() == Severity.ERROR).count();
    for (Diagnostic d : found) {
      out.printf(
          "%-7s %-30s %s [%s]%n",
          d.severity().name().toLowerCase(Locale.ROOT),
          d.path() == null ? "" : d.path(),
          d.message(),
          d.ruleId());
    }
    out.printf(
        "%s: %d error%s, %d warning%s%n",
        model,
        errors,
        errors == 1 ? "" : "s",
        found.size() - errors,
        found.size() - errors == 1 ? "" : "s");
  }

  private static void writeJson(List<Diagnostic> found, PrintWriter out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (Diagnostic d : found) {
        g.writeStartObject();
        g.writeStringField("ruleId", d.ruleId());
        g.writeStringField("severity", d.severity().name().toLowerCase(Locale.ROOT));
        g.writeStringField("elementId", d.elementId());
        g.writeStringField("path", d.path());
        g.writeStringField("message", d.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    out.println();
  }
}
