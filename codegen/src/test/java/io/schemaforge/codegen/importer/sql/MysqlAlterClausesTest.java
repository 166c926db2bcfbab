package io.schemaforge.codegen.importer.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MysqlAlterClausesTest {

  @Test
  void changeWithANewNameBecomesRenameThenModify() {
    assertThat(
            MysqlAlterClauses.split(
                "ALTER TABLE sp_target_info\nCHANGE ip_address address VARCHAR(512);"))
        .containsExactly(
            "ALTER TABLE sp_target_info RENAME COLUMN ip_address TO address",
            "ALTER TABLE sp_target_info MODIFY address VARCHAR(512)");
  }

  @Test
  void changeKeepingTheNameIsAModify() {
    assertThat(
            MysqlAlterClauses.split(
                "ALTER TABLE sp_action CHANGE COLUMN `status` status integer not null"))
        .containsExactly("ALTER TABLE sp_action MODIFY status integer not null");
  }

  @Test
  void severalClausesBecomeOneStatementEachWithCommasInsideParenthesesKept() {
    assertThat(
            MysqlAlterClauses.split(
                "ALTER TABLE sp_action MODIFY created_by VARCHAR(64), MODIFY last_modified_by"
                    + " VARCHAR(64), ADD CONSTRAINT uk UNIQUE (tenant, name), ADD c decimal(10,2)"
                    + " DEFAULT ',';"))
        .containsExactly(
            "ALTER TABLE sp_action MODIFY created_by VARCHAR(64)",
            "ALTER TABLE sp_action MODIFY last_modified_by VARCHAR(64)",
            "ALTER TABLE sp_action ADD CONSTRAINT uk UNIQUE (tenant, name)",
            "ALTER TABLE sp_action ADD c decimal(10,2) DEFAULT ','");
  }

  @Test
  void anythingElseIsLeftAsItIs() {
    String fk =
        "alter table sp_action add constraint fk foreign key (target) references sp_target (id)"
            + " on delete cascade;";
    assertThat(MysqlAlterClauses.split(fk)).containsExactly(fk);
    assertThat(MysqlAlterClauses.split("CREATE TABLE t (a int, b int)"))
        .containsExactly("CREATE TABLE t (a int, b int)");
  }
}
