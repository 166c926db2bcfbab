package io.schemaforge.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.schemaforge.model.Dialect;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DialectFactsTest {

  /** Ordinary column names that none of the five databases reserves. */
  private static final List<String> ORDINARY_NAMES =
      List.of(
          "id",
          "name",
          "status",
          "title",
          "email",
          "description",
          "price",
          "amount",
          "user_id",
          "created_at",
          "updated_at",
          "comment",
          "position",
          "level",
          "data",
          "text",
          "date",
          "time",
          "timestamp",
          "type",
          "count",
          "total",
          "quantity",
          "address",
          "phone",
          "code",
          "note");

  private static DialectFacts postgres() {
    return DialectFacts.of(Dialect.POSTGRES);
  }

  private static DialectFacts mysql() {
    return DialectFacts.of(Dialect.MYSQL);
  }

  private static DialectFacts mariadb() {
    return DialectFacts.of(Dialect.MARIADB);
  }

  private static DialectFacts h2() {
    return DialectFacts.of(Dialect.H2);
  }

  private static DialectFacts sqlite() {
    return DialectFacts.of(Dialect.SQLITE);
  }

  @Nested
  class EveryDialect {
    @ParameterizedTest
    @EnumSource(Dialect.class)
    void isLoadedOnceAndKnowsItsDialect(Dialect d) {
      assertThat(DialectFacts.of(d)).isSameAs(DialectFacts.of(d));
      assertThat(DialectFacts.of(d).dialect()).isEqualTo(d);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void reservesTheCoreSqlWords(Dialect d) {
      DialectFacts facts = DialectFacts.of(d);
      for (String w : List.of("ORDER", "GROUP", "TABLE", "SELECT", "WHERE", "FROM", "DEFAULT")) {
        assertThat(facts.isReserved(w)).as("%s in %s", w, d).isTrue();
      }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void doesNotReserveOrdinaryColumnNames(Dialect d) {
      DialectFacts facts = DialectFacts.of(d);
      assertThat(ORDINARY_NAMES).filteredOn(facts::isReserved).as("reserved in %s", d).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void keepsItsWordsUpperCaseAndUnmodifiable(Dialect d) {
      DialectFacts facts = DialectFacts.of(d);
      assertThat(facts.reservedWords()).allMatch(w -> w.matches("[A-Z_][A-Z0-9_]*"));
      assertThatThrownBy(() -> facts.reservedWords().add("NAME"))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void dataFileNamesTheDocumentItCameFrom(Dialect d) throws IOException {
      String resource = "reserved-" + d.cliName() + ".txt";
      try (InputStream in = DialectFacts.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("#").contains("# Source:");
      }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void matchesReservedWordsWhateverTheirCase(Dialect d) {
      DialectFacts facts = DialectFacts.of(d);
      assertThat(facts.isReserved("order")).isTrue();
      assertThat(facts.isReserved("Order")).isTrue();
      assertThat(facts.isReserved("ORDER")).isTrue();
      assertThat(facts.isReserved("orders")).isFalse();
      assertThat(facts.isReserved("")).isFalse();
    }
  }

  @Nested
  class PostgreSql {
    @Test
    void reservesAboutAHundredWords() {
      assertThat(postgres().reservedWords()).hasSizeBetween(95, 105);
    }

    @Test
    void reservesTheWordsItsAppendixMarksReserved() {
      assertThat(
              List.of(
                  "USER",
                  "ALL",
                  "ANALYSE",
                  "ANALYZE",
                  "ARRAY",
                  "ASYMMETRIC",
                  "COLUMN",
                  "CONSTRAINT",
                  "CURRENT_CATALOG",
                  "CURRENT_USER",
                  "DO",
                  "END",
                  "FETCH",
                  "LATERAL",
                  "LIMIT",
                  "OFFSET",
                  "ONLY",
                  "PLACING",
                  "RETURNING",
                  "SESSION_USER",
                  "SYSTEM_USER",
                  "VARIADIC",
                  "WINDOW",
                  "WITH"))
          .allMatch(postgres()::isReserved);
    }

    @Test
    void reservesTheWordsThatCanBeFunctionOrTypeNames() {
      assertThat(
              List.of(
                  "AUTHORIZATION",
                  "BINARY",
                  "COLLATION",
                  "CONCURRENTLY",
                  "CROSS",
                  "CURRENT_SCHEMA",
                  "FREEZE",
                  "FULL",
                  "ILIKE",
                  "INNER",
                  "IS",
                  "ISNULL",
                  "JOIN",
                  "LEFT",
                  "LIKE",
                  "NATURAL",
                  "NOTNULL",
                  "OUTER",
                  "OVERLAPS",
                  "RIGHT",
                  "SIMILAR",
                  "TABLESAMPLE",
                  "VERBOSE"))
          .allMatch(postgres()::isReserved);
    }

    @Test
    void doesNotReserveNonReservedKeyWords() {
      assertThat(
              List.of(
                  "KEY",
                  "VALUE",
                  "TYPE",
                  "NAME",
                  "ROW",
                  "ROWS",
                  "RANK",
                  "YEAR",
                  "MONTH",
                  "DAY",
                  "HOUR",
                  "INDEX",
                  "DATABASE",
                  "SCHEMA",
                  "POSITION",
                  "BETWEEN",
                  "EXISTS",
                  "VALUES",
                  "DELETE",
                  "INSERT",
                  "UPDATE"))
          .noneMatch(postgres()::isReserved);
    }
  }

  @Nested
  class MySql {
    @Test
    void reservesAboutTwoHundredSixtyWords() {
      assertThat(mysql().reservedWords()).hasSizeBetween(255, 275);
    }

    @Test
    void reservesTheWordsMarkedR() {
      assertThat(
              List.of(
                  "KEY",
                  "KEYS",
                  "RANK",
                  "ROW",
                  "ROWS",
                  "INDEX",
                  "DATABASE",
                  "SCHEMA",
                  "OPTION",
                  "CUBE",
                  "FUNCTION",
                  "SYSTEM",
                  "LEAD",
                  "LAG",
                  "GROUPS",
                  "DENSE_RANK",
                  "JSON_TABLE",
                  "INTERSECT",
                  "LATERAL",
                  "READ",
                  "WRITE",
                  "USAGE",
                  "INTERVAL",
                  "YEAR_MONTH",
                  "_FILENAME"))
          .allMatch(mysql()::isReserved);
    }

    @Test
    void reservesTheWordsAddedInEightFour() {
      assertThat(List.of("MANUAL", "PARALLEL", "QUALIFY", "TABLESAMPLE"))
          .allMatch(mysql()::isReserved);
    }

    @Test
    void doesNotReserveKeywordsThatAreNotMarkedR() {
      assertThat(
              List.of(
                  "USER", "VALUE", "YEAR", "MONTH", "DAY", "HOUR", "END", "BEGIN", "ACTION",
                  "ARRAY", "MEMBER", "OFFSET", "FIRST", "LAST", "ROLE", "JSON", "ENUM"))
          .noneMatch(mysql()::isReserved);
    }
  }

  @Nested
  class MariaDb {
    @Test
    void reservesAboutTwoHundredFortyWords() {
      assertThat(mariadb().reservedWords()).hasSizeBetween(230, 260);
    }

    @Test
    void reservesTheWordsOnItsReservedWordsPage() {
      assertThat(
              List.of(
                  "KEY",
                  "KEYS",
                  "ROWS",
                  "INDEX",
                  "DATABASE",
                  "OPTION",
                  "WINDOW",
                  "CURRENT_ROLE",
                  "GENERAL",
                  "SLOW",
                  "RETURNING",
                  "OFFSET",
                  "ROW_NUMBER",
                  "VECTOR",
                  "STATS_PERSISTENT",
                  "DELETE_DOMAIN_ID",
                  "PAGE_CHECKSUM"))
          .allMatch(mariadb()::isReserved);
    }

    @Test
    void doesNotReserveWordsOnlyMySqlOrOracleModeReserves() {
      assertThat(
              List.of(
                  "USER",
                  "ROW",
                  "RANK",
                  "CUBE",
                  "FUNCTION",
                  "SYSTEM",
                  "LEAD",
                  "GROUPS",
                  "MINUS",
                  "ROWNUM",
                  "BODY",
                  "PACKAGE",
                  "VALUE",
                  "YEAR",
                  "ACTION",
                  "BIT",
                  "ENUM"))
          .noneMatch(mariadb()::isReserved);
    }
  }

  @Nested
  class H2 {
    @Test
    void reservesAboutNinetyWords() {
      assertThat(h2().reservedWords()).hasSizeBetween(85, 95);
    }

    @Test
    void reservesItsKeywordsIncludingDateTimeFieldNames() {
      assertThat(
              List.of(
                  "USER",
                  "KEY",
                  "VALUE",
                  "YEAR",
                  "MONTH",
                  "DAY",
                  "HOUR",
                  "MINUTE",
                  "SECOND",
                  "ROW",
                  "ROWNUM",
                  "_ROWID_",
                  "QUALIFY",
                  "MINUS",
                  "LIMIT",
                  "IF",
                  "UESCAPE",
                  "UNKNOWN",
                  "CURRENT_PATH",
                  "INTERVAL"))
          .allMatch(h2()::isReserved);
    }

    @Test
    void doesNotReserveContextSensitiveKeywords() {
      assertThat(
              List.of(
                  "BOTH",
                  "FILTER",
                  "GROUPS",
                  "ILIKE",
                  "LEADING",
                  "OVER",
                  "PARTITION",
                  "RANGE",
                  "REGEXP",
                  "ROWS",
                  "TOP",
                  "TRAILING",
                  "INDEX",
                  "RANK"))
          .noneMatch(h2()::isReserved);
    }
  }

  @Nested
  class Sqlite {
    @Test
    void reservesAllOneHundredFortySevenKeywords() {
      assertThat(sqlite().reservedWords()).hasSize(147);
    }

    @Test
    void reservesItsKeywords() {
      assertThat(
              List.of(
                  "KEY",
                  "ROW",
                  "ROWS",
                  "ABORT",
                  "AUTOINCREMENT",
                  "GLOB",
                  "INDEXED",
                  "PRAGMA",
                  "VACUUM",
                  "RETURNING",
                  "MATERIALIZED",
                  "NOTHING",
                  "TEMP",
                  "WITHOUT",
                  "ISNULL"))
          .allMatch(sqlite()::isReserved);
    }

    @Test
    void doesNotReserveWordsOutsideItsKeywordList() {
      assertThat(List.of("USER", "VALUE", "YEAR", "RANK", "WITHIN", "TOP", "MINUS"))
          .noneMatch(sqlite()::isReserved);
    }
  }

  @Nested
  class IdentifierLength {
    @Test
    void postgresTakesSixtyThreeBytesAndNotSixtyFour() {
      assertThat(postgres().maxIdentifierBytes()).isEqualTo(63);
      assertThat(postgres().isTooLong("a".repeat(63))).isFalse();
      assertThat(postgres().isTooLong("a".repeat(64))).isTrue();
    }

    @Test
    void postgresCountsUtf8BytesNotCharacters() {
      // é is two bytes in UTF-8: 31 of them and one ASCII letter make 63 bytes.
      assertThat(postgres().identifierLength("é".repeat(31) + "a")).isEqualTo(63);
      assertThat(postgres().isTooLong("é".repeat(31) + "a")).isFalse();
      // 32 characters, but 64 bytes.
      assertThat(postgres().isTooLong("é".repeat(32))).isTrue();
      // Three bytes each: 21 make 63 bytes, 22 make 66.
      assertThat(postgres().isTooLong("日".repeat(21))).isFalse();
      assertThat(postgres().isTooLong("日".repeat(22))).isTrue();
      // Four bytes (a surrogate pair in Java): 15 make 60, plus three letters 63.
      assertThat(postgres().isTooLong("😀".repeat(15) + "abc")).isFalse();
      assertThat(postgres().isTooLong("😀".repeat(16))).isTrue();
    }

    @Test
    void mysqlAndMariaDbTakeSixtyFourCharactersWhateverTheirBytes() {
      for (DialectFacts facts : List.of(mysql(), mariadb())) {
        assertThat(facts.maxIdentifierBytes()).isEqualTo(64);
        assertThat(facts.isTooLong("a".repeat(64))).isFalse();
        assertThat(facts.isTooLong("a".repeat(65))).isTrue();
        assertThat(facts.isTooLong("é".repeat(64))).isFalse();
        assertThat(facts.isTooLong("é".repeat(65))).isTrue();
        assertThat(facts.identifierLength("日".repeat(64))).isEqualTo(64);
      }
    }

    @Test
    void h2TakesTwoHundredFiftySixCharacters() {
      assertThat(h2().maxIdentifierBytes()).isEqualTo(256);
      assertThat(h2().isTooLong("a".repeat(256))).isFalse();
      assertThat(h2().isTooLong("a".repeat(257))).isTrue();
      assertThat(h2().isTooLong("é".repeat(256))).isFalse();
    }

    @Test
    void sqliteIsCappedAtAThousandTwentyFourBytes() {
      assertThat(sqlite().maxIdentifierBytes()).isEqualTo(1024);
      assertThat(sqlite().isTooLong("a".repeat(1024))).isFalse();
      assertThat(sqlite().isTooLong("a".repeat(1025))).isTrue();
      assertThat(sqlite().isTooLong("é".repeat(513))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aNameOfTheLimitInBytesAlwaysFits(Dialect d) {
      DialectFacts facts = DialectFacts.of(d);
      assertThat(facts.isTooLong("x".repeat(facts.maxIdentifierBytes()))).isFalse();
      assertThat(facts.isTooLong("x".repeat(facts.maxIdentifierBytes() + 1))).isTrue();
    }
  }

  @Nested
  class Normalize {
    private final Locale saved = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
      Locale.setDefault(saved);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void foldsCaseSoNamesDifferingOnlyInCaseClash(Dialect d) {
      DialectFacts facts = DialectFacts.of(d);
      assertThat(facts.normalize("Users")).isEqualTo("users");
      assertThat(facts.normalize("ORDER_LINES")).isEqualTo(facts.normalize("order_lines"));
      assertThat(facts.normalize("users")).isNotEqualTo(facts.normalize("user"));
    }

    @Test
    void ignoresTheDefaultLocale() {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      // In Turkish, "I".toLowerCase() is a dotless ı and "i".toUpperCase() a dotted İ.
      assertThat(postgres().normalize("TITLE")).isEqualTo("title");
      assertThat(postgres().isReserved("distinct")).isTrue();
      assertThat(mysql().isReserved("limit")).isTrue();
    }
  }
}
