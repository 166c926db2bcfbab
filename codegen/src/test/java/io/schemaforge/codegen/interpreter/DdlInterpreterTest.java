package io.schemaforge.codegen.interpreter;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import java.util.List;
import org.junit.jupiter.api.Test;

class DdlInterpreterTest {
  private final DdlInterpreter interpreter = new DdlInterpreter(Dialect.MYSQL);

  @Test
  void readsTablesColumnsKeysIndexesAndEnumChecks() {
    InterpretedSchema r =
        interpret(
            """
            create table authors (
              id bigint not null auto_increment,
              name varchar(100) not null,
              bio text null,
              constraint pk_authors primary key (id),
              constraint uq_authors_name unique (name)
            );
            create table books (
              id bigint not null auto_increment,
              price decimal(12, 2) not null,
              status varchar(16) not null default 'DRAFT',
              published_at datetime(6) null,
              author_id bigint not null,
              constraint pk_books primary key (id),
              constraint ck_books_status check (status in ('DRAFT', 'OUT'))
            );
            create index ix_books_author_id on books(author_id);
            alter table books add constraint fk_books_author_id_authors
              foreign key (author_id) references authors (id) on delete cascade;
            """);

    assertThat(r.complete()).isTrue();
    assertThat(r.applied()).isEqualTo(4);
    DbTable books = r.schema().tableNamed("books").orElseThrow();
    assertThat(books.primaryKey().columnIds()).containsExactly("name:books.id");
    assertThat(books.column("name:books.id").orElseThrow().identity()).isTrue();
    DbColumn price = books.columnNamed("price").orElseThrow();
    assertThat(price.type().logical()).isEqualTo(LogicalType.DECIMAL);
    assertThat(price.type().precision()).isEqualTo(12);
    assertThat(price.type().scale()).isEqualTo(2);
    DbColumn status = books.columnNamed("status").orElseThrow();
    assertThat(status.type().logical()).isEqualTo(LogicalType.ENUM);
    assertThat(status.type().enumValues()).containsExactly("DRAFT", "OUT");
    assertThat(status.defaultValue()).isNotNull();
    assertThat(books.columnNamed("published_at").orElseThrow().type().logical())
        .isEqualTo(LogicalType.TIMESTAMP);
    assertThat(books.foreignKeys())
        .singleElement()
        .satisfies(
            fk -> {
              assertThat(fk.name()).isEqualTo("fk_books_author_id_authors");
              assertThat(fk.referencedTableId()).isEqualTo("name:authors");
            });
    assertThat(books.indexes()).extracting(i -> i.name()).containsExactly("ix_books_author_id");
    DbTable authors = r.schema().tableNamed("authors").orElseThrow();
    assertThat(authors.uniques()).extracting(u -> u.name()).containsExactly("uq_authors_name");
    assertThat(authors.columnNamed("bio").orElseThrow().type().logical())
        .isEqualTo(LogicalType.TEXT);
    assertThat(authors.columnNamed("bio").orElseThrow().nullable()).isTrue();
  }

  @Test
  void appliesRenamesAndModifiesInOrder() {
    InterpretedSchema r =
        interpret(
            """
            create table tags (id int not null, title varchar(50) not null);
            alter table tags rename column title to name;
            alter table tags rename to labels;
            alter table labels modify column name varchar(80) not null;
            alter table labels add column extra int null;
            alter table labels drop column extra;
            """);
    assertThat(r.skipped()).isEmpty();
    assertThat(r.schema().tables()).extracting(DbTable::name).containsExactly("labels");
    DbColumn name = r.schema().tables().get(0).columnNamed("name").orElseThrow();
    assertThat(name.type().length()).isEqualTo(80);
    assertThat(r.schema().tables().get(0).columns()).hasSize(2);
  }

  @Test
  void aStatementItCannotApplyIsListedWithFileAndLineAndTheRestCarriesOn() {
    InterpretedSchema r =
        interpret(
            """
            create table a (id int not null, b int null);

            alter table a change column b c int null;
            alter table missing add column x int;
            create table d (id int not null);
            update a set b = 1;
            """);
    assertThat(r.skipped()).hasSize(2);
    assertThat(r.skipped().get(0).statement().line()).isEqualTo(3);
    assertThat(r.skipped().get(0).toString())
        .startsWith("V7__hand_written.sql line 3: alter table a change column b c int null: ");
    assertThat(r.skipped().get(1).statement().line()).isEqualTo(4);
    assertThat(r.schema().tables()).extracting(DbTable::name).containsExactly("a", "d");
    assertThat(r.dataStatements()).isEqualTo(1);
  }

  private InterpretedSchema interpret(String script) {
    return interpreter.interpretScripts(
        List.of(new DdlInterpreter.Script("V7__hand_written.sql", script)));
  }
}
