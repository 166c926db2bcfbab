package io.schemaforge.codegen.importer.sql;

import io.schemaforge.codegen.importer.ImportFinding;
import io.schemaforge.codegen.importer.ImportFinding.Severity;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flyway's {@code ${name}} placeholders. The ones Flyway defines itself ({@code
 * ${flyway:defaultSchema}}, {@code ${flyway:user}}, ...) are expanded with the replay database's
 * values; any other is the project's own configuration, which an import cannot know: it is reported
 * with its file and line and left as it is (the statement then usually fails, and says so too).
 */
final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\s]+)}");

  private final Map<String, String> known;

  /**
   * @param known values for Flyway's own placeholders, by name without {@code ${}}
   */
  Placeholders(Map<String, String> known) {
    this.known = Map.copyOf(known);
  }

  /** Flyway's built-in placeholders for a replay into {@code schema} as {@code user}. */
  static Placeholders flywayDefaults(String schema, String user, String database, String file) {
    return new Placeholders(
        Map.of(
            "flyway:defaultSchema",
            schema == null ? "" : schema,
            "flyway:user",
            user == null ? "" : user,
            "flyway:database",
            database == null ? "" : database,
            "flyway:timestamp",
            java.time.Instant.now().toString(),
            "flyway:filename",
            file,
            "flyway:workingDirectory",
            System.getProperty("user.dir"),
            "flyway:table",
            "flyway_schema_history",
            "flyway:environment",
            "default"));
  }

  /** The statement with known placeholders expanded; unknown ones are added to {@code findings}. */
  String expand(SqlStatement s, List<ImportFinding> findings) {
    Matcher m = PLACEHOLDER.matcher(s.sql());
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = known.get(m.group(1));
      if (value == null) {
        findings.add(
            new ImportFinding(
                Severity.WARNING,
                s.file(),
                s.lineAt(m.start()),
                null,
                "placeholder ${"
                    + m.group(1)
                    + "} is set by the project's Flyway configuration, which the import does not"
                    + " read; left as it is"));
        value = m.group();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
