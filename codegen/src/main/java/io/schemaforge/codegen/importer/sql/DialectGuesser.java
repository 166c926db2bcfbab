package io.schemaforge.codegen.importer.sql;

import io.schemaforge.model.Dialect;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses what database scripts are written for when {@code --dialect} does not say: first from
 * file and folder names ({@code tables_postgres.sql}, {@code db/migration/mysql}), then from syntax
 * only one family accepts ({@code AUTO_INCREMENT}, {@code ENGINE=}, backticks for MySQL; {@code
 * SERIAL}, {@code BIGSERIAL}, {@code $$}, {@code ::} casts for PostgreSQL; {@code AUTOINCREMENT}
 * for SQLite). With no hint at all PostgreSQL is assumed, the engine that is always at hand.
 */
public final class DialectGuesser {
  private record Hint(Dialect dialect, String what, Pattern pattern) {}

  private static final List<Hint> HINTS =
      List.of(
          new Hint(Dialect.MYSQL, "AUTO_INCREMENT", Pattern.compile("(?i)\\bAUTO_INCREMENT\\b")),
          new Hint(Dialect.MYSQL, "ENGINE=", Pattern.compile("(?i)\\bENGINE\\s*=")),
          new Hint(Dialect.MYSQL, "backtick quotes", Pattern.compile("`\\w+`")),
          new Hint(Dialect.MYSQL, "CHANGE COLUMN", Pattern.compile("(?i)\\bCHANGE\\s+COLUMN\\b")),
          new Hint(
              Dialect.MYSQL,
              "MODIFY",
              Pattern.compile("(?i)\\bMODIFY\\s+(?:COLUMN\\s+)?\\w+\\s+\\w")),
          new Hint(Dialect.MYSQL, "UNSIGNED", Pattern.compile("(?i)\\bUNSIGNED\\b")),
          new Hint(Dialect.POSTGRES, "SERIAL", Pattern.compile("(?i)\\b(?:BIG|SMALL)?SERIAL\\b")),
          new Hint(Dialect.POSTGRES, "$$ quoting", Pattern.compile("\\$(?:[A-Za-z_]\\w*)?\\$")),
          new Hint(Dialect.POSTGRES, ":: casts", Pattern.compile("\\w::\\w")),
          new Hint(Dialect.POSTGRES, "JSONB", Pattern.compile("(?i)\\bJSONB\\b")),
          new Hint(Dialect.POSTGRES, "BYTEA", Pattern.compile("(?i)\\bBYTEA\\b")),
          new Hint(
              Dialect.POSTGRES,
              "TIMESTAMPTZ",
              Pattern.compile("(?i)\\bTIMESTAMPTZ\\b|\\bWITH\\s+TIME\\s+ZONE\\b")),
          new Hint(Dialect.SQLITE, "AUTOINCREMENT", Pattern.compile("(?i)\\bAUTOINCREMENT\\b")),
          new Hint(Dialect.SQLITE, "WITHOUT ROWID", Pattern.compile("(?i)\\bWITHOUT\\s+ROWID\\b")));

  private DialectGuesser() {}

  /**
   * @param vendor the vendor key the files' names point to ({@link HistoryFiles.Collected#vendor})
   */
  public static DialectGuess guess(List<HistoryFile> files, Optional<String> vendor) {
    if (vendor.isPresent()) {
      Optional<Dialect> d = VendorNames.dialect(vendor.get());
      if (d.isPresent()) {
        return new DialectGuess(
            d.get(), "assumed " + d.get().cliName() + " from the file and folder names");
      }
    }
    return fromSyntax(files)
        .orElse(
            new DialectGuess(
                Dialect.POSTGRES,
                "nothing in the names or the syntax points to a database; assumed postgres"
                    + " (pass --dialect to choose another)"));
  }

  /** The family whose syntax the files use most, if any of the hints occurs. */
  public static Optional<DialectGuess> fromSyntax(List<HistoryFile> files) {
    Map<Dialect, Integer> score = new EnumMap<>(Dialect.class);
    Map<Dialect, String> example = new EnumMap<>(Dialect.class);
    for (HistoryFile f : files) {
      for (Hint h : HINTS) {
        Matcher m = h.pattern().matcher(f.content());
        while (m.find()) {
          score.merge(h.dialect(), 1, Integer::sum);
          example.putIfAbsent(
              h.dialect(), h.what() + " in " + f.name() + ":" + lineOf(f.content(), m.start()));
        }
      }
    }
    Optional<Map.Entry<Dialect, Integer>> best =
        score.entrySet().stream().max(Map.Entry.comparingByValue());
    if (best.isPresent()) {
      Dialect d = best.get().getKey();
      return Optional.of(
          new DialectGuess(
              d,
              "assumed "
                  + d.cliName()
                  + " from the syntax ("
                  + example.get(d)
                  + "); pass --dialect to choose another"));
    }
    return Optional.empty();
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
