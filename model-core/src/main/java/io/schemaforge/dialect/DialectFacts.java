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

/**
 * What a database allows in names: its reserved words (from its documentation, kept as data in
 * {@code reserved-<dialect>.txt}), its identifier limit, and how it compares names. Shared by
 * validation and generation.
 */
public final class DialectFacts {
  private static final Map<Dialect, DialectFacts> CACHE = new EnumMap<>(Dialect.class);

  private final Dialect dialect;
  private final int maxIdentifierBytes;
  private final Set<String> reservedWords;

  private DialectFacts(Dialect dialect, int maxIdentifierBytes, Set<String> reservedWords) {
    this.dialect = dialect;
    this.maxIdentifierBytes = maxIdentifierBytes;
    this.reservedWords = reservedWords;
  }

  /** The facts of one dialect, loaded once. */
  public static synchronized DialectFacts of(Dialect dialect) {
    return CACHE.computeIfAbsent(
        dialect, d -> new DialectFacts(d, identifierLimit(d), loadReservedWords(d)));
  }

  public Dialect dialect() {
    return dialect;
  }

  /**
   * The longest identifier, in bytes of UTF-8: PostgreSQL truncates past 63 (NAMEDATALEN - 1),
   * MySQL and MariaDB refuse past 64 characters, H2 and SQLite have no practical limit (we use 128
   * for H2's documented default limit of {@code MAX_IDENTIFIER_LENGTH} and 1024 for SQLite so
   * generated names stay readable).
   */
  public int maxIdentifierBytes() {
    return maxIdentifierBytes;
  }

  public boolean isReserved(String identifier) {
    return reservedWords.contains(identifier.toUpperCase(Locale.ROOT));
  }

  /** Every reserved word, upper case. */
  public Set<String> reservedWords() {
    return Collections.unmodifiableSet(reservedWords);
  }

  /** Whether a name exceeds the identifier limit. */
  public boolean isTooLong(String identifier) {
    return identifier.getBytes(StandardCharsets.UTF_8).length > maxIdentifierBytes;
  }

  /**
   * The form two names are compared in: all five fold unquoted identifiers (PostgreSQL to lower
   * case, the others case-insensitively for columns), so {@code Users} and {@code users} clash.
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
        return 128;
      case SQLITE:
      default:
        return 1024;
    }
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
      while ((line = reader.readLine()) != null) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) {
          words.add(w.toUpperCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
