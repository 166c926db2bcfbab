package io.schemaforge.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.schemaforge.validation.Rule;
import io.schemaforge.validation.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schemaforge rules}: every rule with its id, severity and what it checks. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "List every validation rule with its id, severity and a one-line description.")
final class RulesCommand implements Callable<Integer> {
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
    var rules = RuleRegistry.builtIn().all();
    if (format == OutputFormat.json) {
      try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (Rule r : rules) {
          g.writeStartObject();
          g.writeStringField("id", r.id());
          g.writeStringField("severity", r.severity().name().toLowerCase(Locale.ROOT));
          g.writeStringField("description", r.description());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      out.println();
    } else {
      int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
      for (Rule r : rules) {
        out.printf(
            "%-" + width + "s  %-7s  %s%n",
            r.id(),
            r.severity().name().toLowerCase(Locale.ROOT),
            r.description());
      }
    }
    return 0;
  }
}
