package io.schemaforge.codegen.importer.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.schemaforge.model.Dialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {
  private static List<SqlStatement> split(Dialect d, String text) {
    return new SqlSplitter(d).split(text, "f.sql");
  }

  @Test
  void statementsStartOnTheLineOfTheirFirstCharacterNotTheirComments() {
    String sql =
        """
        -- header comment
        create table a (id int);

        /* a block
           comment */
        create table b (
          id int -- trailing; comment
        );
        insert into a values (1); insert into a values (2)
        """;
    assertThat(split(Dialect.POSTGRES, sql))
        .extracting(SqlStatement::line, SqlStatement::sql)
        .containsExactly(
            tuple(2, "create table a (id int)"),
            tuple(6, "create table b (\n  id int -- trailing; comment\n)"),
            tuple(9, "insert into a values (1)"),
            tuple(9, "insert into a values (2)"));
  }

  @Test
  void semicolonsInsideQuotesDoNotEndAStatement() {
    String sql =
        "insert into t values ('a;b', 'it''s; ok');\n"
            + "create table \"we;ird\" (x int);\n"
            + "select 1";
    assertThat(split(Dialect.POSTGRES, sql))
        .extracting(SqlStatement::line)
        .containsExactly(1, 2, 3);
    assertThat(split(Dialect.POSTGRES, sql).get(0).sql()).endsWith("'it''s; ok')");
  }

  @Test
  void dollarQuotedBodiesKeepTheirSemicolonsAndNewlines() {
    String sql =
        """
        create function f() returns int as $$
        begin
          return 1;
        end;
        $$ language plpgsql;
        do $body$ begin perform 1; end $body$;
        select $1;
        create table after_them (id int);
        """;
    List<SqlStatement> s = split(Dialect.POSTGRES, sql);
    assertThat(s).extracting(SqlStatement::line).containsExactly(1, 6, 7, 8);
    assertThat(s.get(0).sql()).endsWith("$$ language plpgsql");
    assertThat(s.get(3).sql()).isEqualTo("create table after_them (id int)");
  }

  @Test
  void nestedBlockCommentsInPostgres() {
    String sql = "/* outer /* inner; */ still comment; */\ncreate table x (id int);";
    assertThat(split(Dialect.POSTGRES, sql))
        .extracting(SqlStatement::line, SqlStatement::sql)
        .containsExactly(tuple(2, "create table x (id int)"));
  }

  @Test
  void mysqlDelimiterLinesBacktickAndBackslashEscapes() {
    String sql =
        """
        create table `a;b` (id int);
        insert into `a;b` values ('don\\'t; stop');
        # a hash comment; with a semicolon
        DELIMITER //
        create trigger t before insert on `a;b` for each row
        begin
          set new.id = 1;
        end//
        DELIMITER ;
        create table c (id int);
        """;
    List<SqlStatement> s = split(Dialect.MYSQL, sql);
    assertThat(s).extracting(SqlStatement::line).containsExactly(1, 2, 5, 10);
    assertThat(s.get(2).sql()).startsWith("create trigger").endsWith("end");
    assertThat(s.get(3).sql()).isEqualTo("create table c (id int)");
  }

  @Test
  void sqliteTriggerBodyIsOneStatement() {
    String sql =
        """
        create table a (id integer, n integer);
        create trigger t after insert on a begin
          update a set n = case when n is null then 0 else n end;
          update a set n = n + 1;
        end;
        create table b (id integer);
        """;
    assertThat(split(Dialect.SQLITE, sql)).extracting(SqlStatement::line).containsExactly(1, 2, 6);
  }

  @Test
  void lastStatementWithoutDelimiterAndEmptyStatementsAreHandled() {
    assertThat(split(Dialect.H2, ";;\n\ncreate table x (id int)\n"))
        .extracting(SqlStatement::line, SqlStatement::sql)
        .containsExactly(tuple(3, "create table x (id int)"));
  }

  @Test
  void lineAtCountsIntoTheStatement() {
    SqlStatement s = split(Dialect.POSTGRES, "\n\nselect\n  ${x}").get(0);
    assertThat(s.line()).isEqualTo(3);
    assertThat(s.lineAt(s.sql().indexOf("${x}"))).isEqualTo(4);
  }
}
