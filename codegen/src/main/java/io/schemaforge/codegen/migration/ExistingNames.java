package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.dialect.DialectFacts;
import io.schemaforge.model.Dialect;
import io.schemaforge.naming.ConstraintNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps what a project's existing database already has where the model has no opinion of its own. A
 * project Schemaforge did not create names its constraints its own way ({@code qrtz_triggers_pkey},
 * {@code FK_xyz}) and may leave foreign keys without an index; renaming every constraint and adding
 * every index on the first export would be a migration nobody asked for.
 *
 * <p>So, for an element that exists in the base (same id) under a name the naming convention would
 * not have produced for it, the target keeps the base's name; a Schemaforge-named element follows
 * the convention (renaming a table still renames its {@code pk_} and {@code fk_}). The index the
 * model adds for a foreign key (or a join table's second column) is left out when the base has that
 * key but no such index. New elements always get the convention's names and indexes.
 */
final class ExistingNames {
  private final ConstraintNames names;

  ExistingNames(Dialect dialect) {
    this.names = new ConstraintNames(DialectFacts.of(dialect));
  }

  DbSchema carryOver(DbSchema target, DbSchema base) {
    if (base.tables().isEmpty()) {
      return target;
    }
    return new DbSchema(
        target.tables().stream()
            .map(t -> base.table(t.id()).map(b -> carryOver(t, b, base)).orElse(t))
            .toList());
  }

  private DbTable carryOver(DbTable t, DbTable b, DbSchema base) {
    DbPrimaryKey pk = t.primaryKey();
    if (pk != null
        && b.primaryKey() != null
        && foreign(b.primaryKey().name(), names.primaryKey(b.name()))) {
      pk = new DbPrimaryKey(b.primaryKey().name(), pk.columnIds());
    }
    List<DbForeignKey> fks = new ArrayList<>();
    for (DbForeignKey fk : t.foreignKeys()) {
      Optional<DbForeignKey> was =
          b.foreignKeys().stream().filter(x -> x.id().equals(fk.id())).findFirst();
      String name = fk.name();
      if (was.isPresent()) {
        String convention =
            names.foreignKey(
                b.name(),
                b.columnNames(was.get().columnIds()).get(0),
                base.table(was.get().referencedTableId()).map(DbTable::name).orElse(""));
        if (foreign(was.get().name(), convention)) {
          name = was.get().name();
        }
      }
      fks.add(
          new DbForeignKey(
              fk.id(),
              name,
              fk.columnIds(),
              fk.referencedTableId(),
              fk.referencedColumnIds(),
              fk.onDelete()));
    }
    List<DbUnique> uniques =
        t.uniques().stream()
            .map(
                u ->
                    b.uniques().stream()
                        .filter(x -> x.id().equals(u.id()))
                        .findFirst()
                        .filter(
                            x ->
                                foreign(
                                    x.name(), names.unique(b.name(), b.columnNames(x.columnIds()))))
                        .map(x -> new DbUnique(u.id(), x.name(), u.columnIds()))
                        .orElse(u))
            .toList();
    List<DbIndex> indexes = new ArrayList<>();
    for (DbIndex ix : t.indexes()) {
      Optional<DbIndex> was = b.indexes().stream().filter(x -> x.id().equals(ix.id())).findFirst();
      if (was.isEmpty() && keyIndexTheBaseDoesWithout(ix, b)) {
        continue;
      }
      indexes.add(
          was.filter(x -> foreign(x.name(), names.index(b.name(), b.columnNames(x.columnIds()))))
              .map(x -> new DbIndex(ix.id(), x.name(), ix.columnIds(), ix.unique()))
              .orElse(ix));
    }
    String checkPrefix = ("ck_" + b.name() + "_").toLowerCase(Locale.ROOT);
    List<DbCheck> checks =
        t.checks().stream()
            .map(
                ck ->
                    b.checks().stream()
                        .filter(x -> x.id().equals(ck.id()) && x.name() != null)
                        .findFirst()
                        .filter(x -> !x.name().toLowerCase(Locale.ROOT).startsWith(checkPrefix))
                        .map(
                            x ->
                                new DbCheck(
                                    ck.id(),
                                    x.name(),
                                    ck.expression(),
                                    ck.enumColumnId(),
                                    ck.enumValues()))
                        .orElse(ck))
            .toList();
    return new DbTable(
        t.id(), t.name(), t.comment(), t.columns(), pk, fks, uniques, indexes, checks);
  }

  /**
   * Whether {@code ix} is the index the model adds for a foreign key (ids {@code <fk>:index}) or a
   * join table's second column ({@code <relationship>:target-index}), on a key the base already has
   * without it.
   */
  private static boolean keyIndexTheBaseDoesWithout(DbIndex ix, DbTable b) {
    String id = ix.id();
    if (id.endsWith(":target-index")) {
      return true; // the base has the join table (same id), just not this index
    }
    if (id.endsWith(":index")) {
      String fkId = id.substring(0, id.length() - ":index".length());
      return b.foreignKeys().stream().anyMatch(fk -> fk.id().equals(fkId));
    }
    return false;
  }

  /** A name someone other than the naming convention chose. */
  private static boolean foreign(String existing, String convention) {
    return existing != null
        && !Objects.equals(existing.toLowerCase(Locale.ROOT), convention.toLowerCase(Locale.ROOT));
  }
}
