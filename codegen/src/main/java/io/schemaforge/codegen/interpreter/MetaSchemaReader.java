package io.schemaforge.codegen.interpreter;

import io.schemaforge.codegen.catalog.DatabaseTypeMapper;
import io.schemaforge.codegen.catalog.EnumCheckParser;
import io.schemaforge.codegen.catalog.EnumColumns;
import io.schemaforge.codegen.catalog.RawColumnType;
import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Check;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Index;
import org.jooq.Meta;
import org.jooq.SQLDialect;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Reads an interpreted jOOQ {@link Meta} into a {@link DbSchema} shaped like a live catalog read by
 * {@link io.schemaforge.codegen.catalog.CatalogReader}: ids {@code name:<table>} and {@code
 * name:<table>.<column>}, types through the dialect's {@link DatabaseTypeMapper}, a string column
 * whose check is an {@code IN} list read as an enum.
 *
 * <p>What the interpreter does not know stays empty: ON DELETE actions (every foreign key reads NO
 * ACTION). jOOQ's parser reads MySQL {@code datetime} and {@code timestamp} both as its TIMESTAMP,
 * so both read as TIMESTAMP here (the comparison treats the two as one family on MySQL anyway).
 */
final class MetaSchemaReader {
  private final DSLContext render =
      DSL.using(
          SQLDialect.MYSQL,
          new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER).withRenderFormatted(false));
  private static final int MYSQL_TEXT_LENGTH = 65535;
  private final Dialect dialect;
  private final DatabaseTypeMapper types;

  MetaSchemaReader(Dialect dialect) {
    this.dialect = dialect;
    this.types = DatabaseTypeMapper.of(dialect);
  }

  DbSchema read(Meta meta) {
    List<DbTable> tables = new ArrayList<>();
    for (Table<?> t : meta.getTables()) {
      tables.add(table(t));
    }
    return new DbSchema(tables);
  }

  private DbTable table(Table<?> t) {
    String name = t.getName();
    List<DbColumn> columns = new ArrayList<>();
    for (Field<?> f : t.fields()) {
      columns.add(column(name, f));
    }
    DbPrimaryKey pk =
        t.getPrimaryKey() == null
            ? null
            : new DbPrimaryKey(t.getPrimaryKey().getName(), ids(name, t.getPrimaryKey()));
    List<DbForeignKey> fks = new ArrayList<>();
    for (ForeignKey<?, ?> fk : t.getReferences()) {
      String target = fk.getKey().getTable().getName();
      fks.add(
          new DbForeignKey(
              "name:" + name + ".fk." + fk.getName(),
              fk.getName(),
              columnIds(name, fk.getFields()),
              "name:" + target,
              columnIds(target, fk.getKeyFields()),
              null));
    }
    List<DbUnique> uniques = new ArrayList<>();
    for (UniqueKey<?> uk : t.getUniqueKeys()) {
      if (!uk.isPrimary()) {
        uniques.add(
            new DbUnique("name:" + name + ".uq." + uk.getName(), uk.getName(), ids(name, uk)));
      }
    }
    List<DbIndex> indexes = new ArrayList<>();
    for (Index ix : t.getIndexes()) {
      List<String> cols = new ArrayList<>();
      for (SortField<?> sf : ix.getFields()) {
        cols.add(columnId(name, sf.getName()));
      }
      indexes.add(
          new DbIndex("name:" + name + ".ix." + ix.getName(), ix.getName(), cols, ix.getUnique()));
    }
    List<DbCheck> checks = new ArrayList<>();
    int unnamed = 0;
    for (Check<?> ck : t.getChecks()) {
      String n = ck.getName() == null || ck.getName().isBlank() ? null : ck.getName();
      String id = "name:" + name + ".ck." + (n != null ? n : "#" + ++unnamed);
      String expression = render.renderInlined(ck.condition());
      checks.add(check(id, n, expression, name, columns));
    }
    columns = EnumColumns.withEnums(columns, checks, dialect);
    return new DbTable(
        "name:" + name,
        name,
        blankToNull(t.getComment()),
        columns,
        pk,
        fks,
        uniques,
        indexes,
        checks);
  }

  private DbColumn column(String table, Field<?> f) {
    DataType<?> d = f.getDataType();
    return new DbColumn(
        columnId(table, f.getName()),
        f.getName(),
        type(d),
        d.nullable(),
        d.defaulted() ? render.renderInlined(d.defaultValue()) : null,
        d.identity(),
        blankToNull(f.getComment()));
  }

  private ColumnType type(DataType<?> d) {
    int sqlType = d.getSQLType();
    if (sqlType == Types.TIMESTAMP) {
      return ColumnType.of(LogicalType.TIMESTAMP);
    }
    // jOOQ's parser reads MySQL TEXT as VARCHAR(65535), a length no MySQL varchar can have in a
    // row.
    boolean mysql = dialect == Dialect.MYSQL || dialect == Dialect.MARIADB;
    if (mysql && sqlType == Types.VARCHAR && d.hasLength() && d.length() >= MYSQL_TEXT_LENGTH) {
      return ColumnType.of(LogicalType.TEXT);
    }
    Integer size =
        d.hasLength() ? Integer.valueOf(d.length()) : d.hasPrecision() ? d.precision() : null;
    Integer digits = d.hasScale() ? d.scale() : null;
    return types.map(new RawColumnType(d.getTypeName(), sqlType, size, digits));
  }

  private static DbCheck check(
      String id, String name, String expression, String table, List<DbColumn> columns) {
    Optional<EnumCheckParser.EnumCheck> parsed = EnumCheckParser.parse(expression);
    if (parsed.isPresent()) {
      Optional<DbColumn> col =
          columns.stream()
              .filter(c -> c.name().equalsIgnoreCase(parsed.get().column()))
              .findFirst();
      if (col.isPresent()) {
        return DbCheck.enumValues(id, name, col.get().id(), parsed.get().values());
      }
    }
    return DbCheck.expression(id, name, expression);
  }

  private static List<String> ids(String table, UniqueKey<?> key) {
    return columnIds(table, key.getFields());
  }

  private static List<String> columnIds(String table, List<? extends TableField<?, ?>> fields) {
    return fields.stream().map(f -> columnId(table, f.getName())).toList();
  }

  private static String columnId(String table, String column) {
    return "name:" + table + "." + column;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
