package io.schemaforge.codegen.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSplitterTest {

  @Test
  void splitsAtSemicolonsAndRemembersTheLineEachStatementStartsOn() {
    String script =
        "-- SAFE: create table a\n"
            + "create table a (\n  id int\n);\n"
            + "\n"
            + "/* a block\n comment; with a semicolon */\n"
            + "alter table a add b int; alter table a add c int;\n";
    List<SqlStatement> s = ScriptSplitter.split("V1__a.sql", script);
    assertThat(s).extracting(SqlStatement::line).containsExactly(2, 8, 8);
    assertThat(s.get(0).sql()).isEqualTo("create table a (\n  id int\n)");
    assertThat(s.get(2).sql()).isEqualTo("alter table a add c int");
    assertThat(s.get(1).location()).isEqualTo("V1__a.sql line 8");
  }

  @Test
  void semicolonsInsideLiteralsQuotedNamesAndCommentsDoNotSplit() {
    String script =
        "insert into t values ('a;b', 'it''s; fine', 'back\\';x');\n"
            + "create table `we;ird` (\"c;d\" int) # trailing; comment\n;\n";
    List<SqlStatement> s = ScriptSplitter.split("V2__b.sql", script);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).sql())
        .isEqualTo("insert into t values ('a;b', 'it''s; fine', 'back\\';x')");
    assertThat(s.get(1).sql()).startsWith("create table `we;ird` (\"c;d\" int)");
    assertThat(s.get(1).line()).isEqualTo(2);
  }

  @Test
  void aScriptOfCommentsOnlyHasNoStatements() {
    assertThat(ScriptSplitter.split("V3__c.sql", "-- nothing\n/* still nothing */\n")).isEmpty();
  }
}
