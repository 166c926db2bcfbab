package io.schemaforge.codegen.importer.sql;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Flyway reads from a script's name with its default prefixes: {@code V} (versioned), {@code
 * R} (repeatable) and {@code U} (undo, a Teams feature: never applied on migrate).
 */
record FlywayFileName(
    HistoryFile.Kind kind, boolean undo, List<BigInteger> version, String description) {
  private static final Pattern VERSIONED =
      Pattern.compile("([VU])([0-9]+(?:[._][0-9]+)*)__(.*)\\.sql");
  private static final Pattern REPEATABLE = Pattern.compile("R__(.+)\\.sql");

  /** Empty for a name Flyway does not recognise (a plain script). */
  static Optional<FlywayFileName> parse(String fileName) {
    Matcher v = VERSIONED.matcher(fileName);
    if (v.matches()) {
      List<BigInteger> parts = new ArrayList<>();
      for (String s : v.group(2).split("[._]")) {
        parts.add(new BigInteger(s));
      }
      return Optional.of(
          new FlywayFileName(
              HistoryFile.Kind.VERSIONED,
              v.group(1).equals("U"),
              parts,
              v.group(3).replace('_', ' ')));
    }
    Matcher r = REPEATABLE.matcher(fileName);
    if (r.matches()) {
      return Optional.of(
          new FlywayFileName(
              HistoryFile.Kind.REPEATABLE, false, List.of(), r.group(1).replace('_', ' ')));
    }
    return Optional.empty();
  }
}
