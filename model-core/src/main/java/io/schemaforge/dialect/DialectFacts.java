package io.schemaforge.dialect;

import io.schemaforge.model.Dialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a database allows in names: its reserved words (from its documentation, kept as data in
 * {@code reserved-<dialect>.txt}, each file naming its source), its identifier limit, and how it
 * compares names. Shared by validation and generation.
 */
public final class DialectFacts {
  private static final Map<Dialect, DialectFacts> CACHE = new EnumMap<>(Dialect.class);
  private static final Pattern WORD = Pattern.compile("[A-Z_][A-Z0-9_]*");

  private final Dialect dialect;
  private final int maxIdentifierBytes;
  private final boolean limitInBytes;
  private final Set<String> reservedWords;

  private DialectFacts(
      Dialect dialect, int maxIdentifierBytes, boolean limitInBytes, Set<String> reservedWords) {
    this.dialect = dialect;
    this.maxIdentifierBytes = maxIdentifierBytes;
    this.limitInBytes = limitInBytes;
    this.reservedWords = Collections.unmodifiableSet(reservedWords);
  }

  /** The facts of one dialect, loaded once. */
  public static synchronized DialectFacts of(Dialect dialect) {
    return CACHE.computeIfAbsent(
        dialect,
        d -> new DialectFacts(d, identifierLimit(d), limitInBytes(d), loadReservedWords(d)));
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * The longest identifier the dialect takes, counted as {@link #identifierLength} counts it:
   *
   * <ul>
   *   <li>PostgreSQL: 63 bytes of UTF-8 ({@code NAMEDATALEN - 1}); longer names are truncated;
   *   <li>MySQL and MariaDB: 64 characters (multi-byte characters count once); longer names are
   *       refused;
   *   <li>H2 2.x: 256 characters ({@code Constants.MAX_IDENTIFIER_LENGTH});
   *   <li>SQLite: no limit of its own; we use 1024 bytes so generated names stay readable.
   * </ul>
   *
   * <p>The name is kept for compatibility: for MySQL, MariaDB and H2 the number is characters, and
   * a name of this many bytes always fits.
   */
  public int maxIdentifierBytes() {
    return maxIdentifierBytes;
  }

  /**
   * The length of a name in the unit the dialect limits: UTF-8 bytes for PostgreSQL and SQLite,
   * characters (code points) for MySQL, MariaDB and H2.
   */
  public int identifierLength(String identifier) {
    return limitInBytes
        ? identifier.getBytes(StandardCharsets.UTF_8).length
        : identifier.codePointCount(0, identifier.length());
  }

  /** Whether a name, unquoted, is one of the dialect's reserved words (case-insensitive). */
  public boolean isReserved(String identifier) {
    return reservedWords.contains(identifier.toUpperCase(Locale.ROOT));
  }

  /** Every reserved word, upper case; unmodifiable. */
  public Set<String> reservedWords() {
    return reservedWords;
  }

  /** Whether a name exceeds the identifier limit. */
  public boolean isTooLong(String identifier) {
    return identifierLength(identifier) > maxIdentifierBytes;
  }

  /**
   * The form two names are compared in: all five fold unquoted identifiers (PostgreSQL to lower
   * case, the others case-insensitively for columns), so {@code Users} and {@code users} clash.
   * Folding uses {@link Locale#ROOT}, never the user's locale.
   */
  public String normalize(String identifier) {
    return identifier.toLowerCase(Locale.ROOT);
  }

  private static int identifierLimit(Dialect d) {
    switch (d) {
      case POSTGRES:
        return 63;
      case MYSQL:
      case MARIADB:
        return 64;
      case H2:
        return 256;
      case SQLITE:
      default:
        return 1024;
    }
  }

  private static boolean limitInBytes(Dialect d) {
    return d == Dialect.POSTGRES || d == Dialect.SQLITE;
  }

  private static Set<String> loadReservedWords(Dialect d) {
    String resource = "reserved-" + d.cliName() + ".txt";
    Set<String> words = new HashSet<>();
    try (InputStream in = DialectFacts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing dialect data " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String w = line.strip();
        if (w.isEmpty() || w.startsWith("#")) {
          continue;
        }
        String word = w.toUpperCase(Locale.ROOT);
        if (!WORD.matcher(word).matches()) {
          throw new IllegalStateException(
              resource + ":" + number + ": not a single word: '" + line + "'");
        }
        words.add(word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
