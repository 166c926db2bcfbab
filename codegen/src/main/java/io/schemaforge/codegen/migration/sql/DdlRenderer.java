package io.schemaforge.codegen.migration.sql;

import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Constraint;
import org.jooq.ConstraintForeignKeyOnStep;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.conf.StatementType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * Renders single DDL statements for one dialect with jOOQ, plus our own handling where jOOQ is
 * wrong or silent (STACK.md): MySQL column changes restate the whole column (type, nullability,
 * default and comment, which {@code MODIFY} would otherwise drop), MySQL comments are inline, H2
 * type changes use {@code SET DATA TYPE}, PostgreSQL type changes get a {@code USING} cast, and
 * indexes are renamed with each dialect's own statement. Statements carry no trailing semicolon.
 */
public final class DdlRenderer {
  private final Dialect dialect;
  private final boolean quote;
  private final DSLContext ctx;
  private final DSLContext plainCtx;

  public DdlRenderer(Dialect dialect, boolean quoteIdentifiers) {
    this.dialect = dialect;
    this.quote = quoteIdentifiers;
    Settings settings =
        new Settings()
            .withStatementType(StatementType.STATIC_STATEMENT)
            .withRenderFormatted(true)
            .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED);
    this.ctx = DSL.using(SqlTypes.jooq(dialect), settings);
    this.plainCtx =
        DSL.using(
            SqlTypes.jooq(dialect),
            new Settings()
                .withStatementType(StatementType.STATIC_STATEMENT)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED));
  }

  public Dialect dialect() {
    return dialect;
  }

  private boolean isMySql() {
    return dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
  }

  public Name name(String identifier) {
    return quote ? DSL.quotedName(identifier) : DSL.unquotedName(identifier);
  }

  private List<Name> names(List<String> identifiers) {
    return identifiers.stream().map(this::name).toList();
  }

  private Field<Object> column(String identifier) {
    return DSL.field(name(identifier));
  }

  /** A column's type with nullability, default and identity, as jOOQ declares it. */
  DataType<?> declaredType(DbColumn c) {
    DataType<?> type = SqlTypes.of(c.type(), dialect);
    if (c.identity() && dialect == Dialect.SQLITE) {
      // SQLite's rowid alias must be spelled INTEGER PRIMARY KEY AUTOINCREMENT; jOOQ does that.
      type = SQLDataType.BIGINT;
    }
    type = type.nullable(c.nullable());
    if (c.identity()) {
      type = type.identity(true);
    }
    Field<?> def = SqlDefaults.of(c, dialect);
    if (def != null && !c.identity()) {
      type = withDefault(type, def);
    }
    return type;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static DataType<?> withDefault(DataType<?> type, Field<?> def) {
    return ((DataType) type).default_((Field) def);
  }

  /**
   * {@code CREATE TABLE} with columns, primary key, unique and check constraints, and the given
   * foreign keys of the table declared inline (the planner chooses which: SQLite's all, as it
   * cannot add them later; PostgreSQL's whose referenced table already exists). The others are
   * added once every table exists.
   */
  public String createTable(DbTable t, DbSchema schema, List<DbForeignKey> inlineForeignKeys) {
    CreateTableElementListStep step = ctx.createTable(name(t.name()));
    for (DbColumn c : t.columns()) {
      if (isMySql() && c.comment() != null) {
        step = step.column(DSL.field(name(c.name()), declaredType(c), DSL.comment(c.comment())));
      } else {
        step = step.column(DSL.field(name(c.name()), declaredType(c)));
      }
    }
    List<Constraint> constraints = new ArrayList<>();
    if (t.primaryKey() != null) {
      constraints.add(primaryKey(t.primaryKey().name(), t.columnNames(t.primaryKey().columnIds())));
    }
    for (DbUnique u : t.uniques()) {
      constraints.add(DSL.constraint(name(u.name())).unique(fields(t.columnNames(u.columnIds()))));
    }
    for (DbCheck ck : t.checks()) {
      constraints.add(DSL.constraint(name(ck.name())).check(condition(ck, t)));
    }
    for (DbForeignKey fk : inlineForeignKeys) {
      constraints.add(foreignKey(t, fk, schema));
    }
    String sql = constraints.isEmpty() ? step.getSQL() : step.constraints(constraints).getSQL();
    if (isMySql() && t.comment() != null) {
      sql = sql + "\ncomment = " + literal(t.comment());
    }
    return sql;
  }

  private Constraint primaryKey(String pkName, List<String> columns) {
    return DSL.constraint(name(pkName)).primaryKey(fields(columns));
  }

  private Field<?>[] fields(List<String> columns) {
    return columns.stream().map(this::column).toArray(Field[]::new);
  }

  private Condition condition(DbCheck ck, DbTable t) {
    if (ck.isEnum()) {
      String col = t.column(ck.enumColumnId()).map(DbColumn::name).orElse(ck.enumColumnId());
      return column(col).in(ck.enumValues().stream().map(DSL::inline).toArray(Field[]::new));
    }
    return DSL.condition(ck.expression());
  }

  private Constraint foreignKey(DbTable t, DbForeignKey fk, DbSchema schema) {
    DbTable referenced = schema.table(fk.referencedTableId()).orElseThrow();
    ConstraintForeignKeyOnStep step =
        DSL.constraint(name(fk.name()))
            .foreignKey(fields(t.columnNames(fk.columnIds())))
            .references(
                name(referenced.name()),
                names(referenced.columnNames(fk.referencedColumnIds())).toArray(Name[]::new));
    return switch (fk.onDelete()) {
      case CASCADE -> step.onDeleteCascade();
      case SET_NULL -> step.onDeleteSetNull();
      case SET_DEFAULT -> step.onDeleteSetDefault();
      case RESTRICT -> step.onDeleteRestrict();
      case NO_ACTION -> step;
    };
  }

  public String dropTable(String table) {
    return ctx.dropTable(name(table)).getSQL();
  }

  public String renameTable(String from, String to) {
    return ctx.alterTable(name(from)).renameTo(name(to)).getSQL();
  }

  public String renameColumn(String table, String from, String to) {
    return ctx.alterTable(name(table)).renameColumn(name(from)).to(name(to)).getSQL();
  }

  public String addColumn(String table, DbColumn c) {
    if (isMySql()) {
      return "alter table " + render(table) + " add column " + mySqlColumnDefinition(c);
    }
    return ctx.alterTable(name(table)).add(DSL.field(name(c.name()), declaredType(c))).getSQL();
  }

  public String dropColumn(String table, String column) {
    return ctx.alterTable(name(table)).dropColumn(name(column)).getSQL();
  }

  /** Changes type, nullability and default of a column from {@code before} to {@code after}. */
  public List<String> alterColumn(String table, DbColumn before, DbColumn after) {
    if (isMySql()) {
      return List.of(
          "alter table " + render(table) + " modify column " + mySqlColumnDefinition(after));
    }
    List<String> out = new ArrayList<>();
    DataType<?> type = SqlTypes.of(after.type(), dialect);
    boolean typeChanged = !before.type().storage().equals(after.type().storage());
    boolean defaultChanged = !java.util.Objects.equals(before.defaultValue(), after.defaultValue());
    String t = render(table);
    String c = render(after.name());
    if (defaultChanged && before.defaultValue() != null) {
      out.add("alter table " + t + " alter column " + c + " drop default");
    }
    if (typeChanged) {
      if (dialect == Dialect.POSTGRES) {
        out.add(
            "alter table "
                + t
                + " alter column "
                + c
                + " type "
                + typeSql(type)
                + " using "
                + ctx.render(DSL.cast(column(after.name()), type)));
      } else {
        out.add("alter table " + t + " alter column " + c + " set data type " + typeSql(type));
      }
    }
    if (defaultChanged && after.defaultValue() != null) {
      out.add(
          "alter table "
              + t
              + " alter column "
              + c
              + " set default "
              + ctx.render(SqlDefaults.of(after, dialect)));
    }
    if (before.nullable() != after.nullable()) {
      out.add(
          "alter table "
              + t
              + " alter column "
              + c
              + (after.nullable() ? " drop not null" : " set not null"));
    }
    return out;
  }

  /**
   * A type as a column declaration spells it ({@code varchar(200)}). jOOQ renders a bare data type
   * with placeholders for its length, so the type is taken from a rendered one-column table.
   */
  String typeSql(DataType<?> type) {
    String sql =
        plainCtx.createTable(DSL.unquotedName("t")).column(DSL.unquotedName("c"), type).getSQL();
    String prefix = "create table t (c ";
    if (!sql.startsWith(prefix) || !sql.endsWith(")")) {
      throw new IllegalStateException("unexpected rendering of a column type: " + sql);
    }
    return sql.substring(prefix.length(), sql.length() - 1);
  }

  /** MySQL's full column definition: {@code MODIFY} replaces everything it does not restate. */
  String mySqlColumnDefinition(DbColumn c) {
    StringBuilder sb = new StringBuilder();
    sb.append(render(c.name())).append(' ').append(typeSql(SqlTypes.of(c.type(), dialect)));
    if (c.identity()) {
      sb.append(" auto_increment");
    }
    sb.append(c.nullable() ? " null" : " not null");
    Field<?> def = SqlDefaults.of(c, dialect);
    if (def != null && !c.identity()) {
      sb.append(" default ").append(ctx.render(def));
    }
    if (c.comment() != null) {
      sb.append(" comment ").append(literal(c.comment()));
    }
    return sb.toString();
  }

  public String addForeignKey(DbTable t, DbForeignKey fk, DbSchema schema) {
    return ctx.alterTable(name(t.name())).add(foreignKey(t, fk, schema)).getSQL();
  }

  public String dropForeignKey(String table, String fkName) {
    return ctx.alterTable(name(table)).dropForeignKey(name(fkName)).getSQL();
  }

  public String addUnique(DbTable t, DbUnique u) {
    return ctx.alterTable(name(t.name()))
        .add(DSL.constraint(name(u.name())).unique(fields(t.columnNames(u.columnIds()))))
        .getSQL();
  }

  public String dropUnique(String table, String uniqueName) {
    if (isMySql()) {
      // A MySQL unique constraint is a unique index.
      return ctx.dropIndex(name(uniqueName)).on(name(table)).getSQL();
    }
    return ctx.alterTable(name(table)).dropConstraint(name(uniqueName)).getSQL();
  }

  public String addCheck(DbTable t, DbCheck ck) {
    return ctx.alterTable(name(t.name()))
        .add(DSL.constraint(name(ck.name())).check(condition(ck, t)))
        .getSQL();
  }

  public String dropCheck(String table, String checkName) {
    return ctx.alterTable(name(table)).dropConstraint(name(checkName)).getSQL();
  }

  public String addPrimaryKey(DbTable t) {
    return ctx.alterTable(name(t.name()))
        .add(primaryKey(t.primaryKey().name(), t.columnNames(t.primaryKey().columnIds())))
        .getSQL();
  }

  public String dropPrimaryKey(String table, String pkName) {
    return ctx.alterTable(name(table)).dropPrimaryKey(name(pkName)).getSQL();
  }

  public String createIndex(DbTable t, DbIndex ix) {
    var step =
        ix.unique() ? ctx.createUniqueIndex(name(ix.name())) : ctx.createIndex(name(ix.name()));
    return step.on(DSL.table(name(t.name())), fields(t.columnNames(ix.columnIds()))).getSQL();
  }

  public String dropIndex(String table, String indexName) {
    if (isMySql()) {
      return ctx.dropIndex(name(indexName)).on(name(table)).getSQL();
    }
    return ctx.dropIndex(name(indexName)).getSQL();
  }

  /** Whether {@link #renameConstraint} works here (PostgreSQL, H2). */
  public boolean canRenameConstraints() {
    return dialect == Dialect.POSTGRES || dialect == Dialect.H2;
  }

  /** Whether {@link #renameIndex} works here (all but SQLite). */
  public boolean canRenameIndexes() {
    return dialect != Dialect.SQLITE;
  }

  /** Renames an index, or returns null where the dialect cannot (SQLite: drop and create). */
  public String renameIndex(String table, String from, String to) {
    return switch (dialect) {
      case MYSQL, MARIADB ->
          ctx.alterTable(name(table)).renameIndex(name(from)).to(name(to)).getSQL();
      case POSTGRES, H2 -> ctx.alterIndex(name(from)).renameTo(name(to)).getSQL();
      case SQLITE -> null;
    };
  }

  /** Renames a constraint, or returns null where the dialect cannot (MySQL, SQLite). */
  public String renameConstraint(String table, String from, String to) {
    return switch (dialect) {
      case POSTGRES, H2 ->
          ctx.alterTable(name(table)).renameConstraint(name(from)).to(name(to)).getSQL();
      default -> null;
    };
  }

  /** Statements that set (or clear) a table's comment; none on SQLite, which has no comments. */
  public List<String> tableComment(String table, String comment) {
    return switch (dialect) {
      case SQLITE -> List.of();
      case MYSQL, MARIADB ->
          List.of("alter table " + render(table) + " comment = " + literal(nullToEmpty(comment)));
      default -> List.of(ctx.commentOnTable(name(table)).is(nullToEmpty(comment)).getSQL());
    };
  }

  /** Statements that set (or clear) a column's comment; MySQL restates the column. */
  public List<String> columnComment(String table, DbColumn c) {
    return switch (dialect) {
      case SQLITE -> List.of();
      case MYSQL, MARIADB ->
          List.of("alter table " + render(table) + " modify column " + mySqlColumnDefinition(c));
      default ->
          List.of(
              ctx.commentOnColumn(DSL.name(name(table), name(c.name())))
                  .is(nullToEmpty(c.comment()))
                  .getSQL());
    };
  }

  /**
   * {@code UPDATE table SET column = <default> WHERE column IS NULL}: the backfill before NOT NULL.
   */
  public String backfill(String table, DbColumn c) {
    return ctx.update(DSL.table(name(table)))
        .set(java.util.Map.of(column(c.name()), SqlDefaults.of(c, dialect)))
        .where(column(c.name()).isNull())
        .getSQL();
  }

  /** {@code UPDATE table SET column = 'new' WHERE column = 'old'}: an enum value renamed. */
  public String renameValue(String table, String columnName, String from, String to) {
    return ctx.update(DSL.table(name(table)))
        .set(DSL.field(name(columnName), String.class), DSL.inline(to))
        .where(column(columnName).eq(DSL.inline(from)))
        .getSQL();
  }

  /**
   * {@code INSERT INTO target (cols) SELECT cols FROM source}: the copy step of a SQLite rebuild. A
   * column whose enum values were renamed is copied through a {@code CASE} that maps them.
   */
  public String copyRows(
      String source,
      String target,
      List<String> columns,
      Map<String, List<String[]>> valueRenames) {
    List<Field<?>> selected = new ArrayList<>();
    for (String c : columns) {
      List<String[]> renames = valueRenames.getOrDefault(c, List.of());
      if (renames.isEmpty()) {
        selected.add(column(c));
      } else {
        Field<String> f = DSL.field(name(c), String.class);
        var choose =
            DSL.choose(f).when(DSL.inline(renames.get(0)[0]), DSL.inline(renames.get(0)[1]));
        for (String[] r : renames.subList(1, renames.size())) {
          choose = choose.when(DSL.inline(r[0]), DSL.inline(r[1]));
        }
        selected.add(choose.otherwise(f));
      }
    }
    return ctx.insertInto(DSL.table(name(target)), fields(columns))
        .select(DSL.select(selected).from(DSL.table(name(source))))
        .getSQL();
  }

  /** An identifier as this dialect writes it (quoted when the schema asks for it). */
  public String render(String identifier) {
    return ctx.render(name(identifier));
  }

  private String literal(String text) {
    return ctx.render(DSL.inline(text));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
