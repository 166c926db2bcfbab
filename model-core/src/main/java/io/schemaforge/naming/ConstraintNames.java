package io.schemaforge.naming;

import io.schemaforge.dialect.DialectFacts;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.Schema;
import io.schemaforge.model.UniqueConstraint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The naming convention for constraints and indexes of PRODUCT.md: {@code pk_<table>}, {@code
 * fk_<table>_<column>_<referred_table>}, {@code uq_<table>_<column>}, {@code ix_<table>_<column>},
 * {@code ck_<table>_<name>}. A name past the dialect's limit is cut and given a stable hash suffix
 * of the full name, so it stays unique and the same on every export.
 */
public final class ConstraintNames {
  private final DialectFacts dialect;

  public ConstraintNames(DialectFacts dialect) {
    this.dialect = dialect;
  }

  /** A generated name and the element it belongs to (for diagnostics). */
  public record GeneratedName(String name, String elementId, String kind) {}

  public String primaryKey(Entity e) {
    return primaryKey(e.tableName());
  }

  public String primaryKey(String table) {
    return fit("pk_" + table);
  }

  public String foreignKey(Entity e, String column, String referredTable) {
    return foreignKey(e.tableName(), column, referredTable);
  }

  public String foreignKey(String table, String column, String referredTable) {
    return fit("fk_" + table + "_" + column + "_" + referredTable);
  }

  public String unique(Entity e, List<String> columns) {
    return unique(e.tableName(), columns);
  }

  public String unique(String table, List<String> columns) {
    return fit("uq_" + table + "_" + String.join("_", columns));
  }

  public String index(Entity e, List<String> columns) {
    return index(e.tableName(), columns);
  }

  public String index(String table, List<String> columns) {
    return fit("ix_" + table + "_" + String.join("_", columns));
  }

  public String check(Entity e, String name) {
    return check(e.tableName(), name);
  }

  public String check(String table, String name) {
    return fit("ck_" + table + "_" + name);
  }

  /**
   * Every constraint and index name the export will generate for an entity, including foreign keys
   * of relationships it holds. Explicit names are returned as given (they are not shortened: an
   * explicit name that is too long is the user's to fix).
   */
  public List<GeneratedName> all(Schema schema, Entity e) {
    List<GeneratedName> names = new ArrayList<>();
    if (!e.primaryKey().isEmpty()) {
      names.add(new GeneratedName(primaryKey(e), e.id(), "primary key"));
    }
    for (Attribute a : e.attributes()) {
      if (a.unique()) {
        names.add(
            new GeneratedName(unique(e, List.of(a.columnName())), a.id(), "unique constraint"));
      }
    }
    for (UniqueConstraint uq : e.uniqueConstraints()) {
      String n = uq.name() != null ? uq.name() : unique(e, columns(e, uq.attributeIds()));
      names.add(new GeneratedName(n, uq.id(), "unique constraint"));
    }
    for (Index ix : e.indexes()) {
      String n = ix.name() != null ? ix.name() : index(e, columns(e, ix.attributeIds()));
      names.add(new GeneratedName(n, ix.id(), "index"));
    }
    for (CheckConstraint ck : e.checkConstraints()) {
      names.add(new GeneratedName(check(e, ck.name()), ck.id(), "check constraint"));
    }
    schema.relationshipsOf(e.id()).stream()
        .filter(r -> r.targetEntityId().equals(e.id()))
        .forEach(
            r -> {
              Optional<Entity> source = schema.entity(r.sourceEntityId());
              for (String fkId : r.foreignKeyAttributeIds()) {
                e.attribute(fkId)
                    .ifPresent(
                        fk ->
                            names.add(
                                new GeneratedName(
                                    foreignKey(
                                        e,
                                        fk.columnName(),
                                        source.map(Entity::tableName).orElse("?")),
                                    r.id(),
                                    "foreign key")));
              }
            });
    return names;
  }

  /** Column names of the given attributes, in order; unknown ids are skipped. */
  public static List<String> columns(Entity e, List<String> attributeIds) {
    List<String> cols = new ArrayList<>(attributeIds.size());
    for (String id : attributeIds) {
      e.attribute(id).ifPresent(a -> cols.add(a.columnName()));
    }
    return cols;
  }

  /** Shortens a name to the dialect's limit: a prefix, '_' and 8 hex digits of its SHA-256. */
  public String fit(String name) {
    if (!dialect.isTooLong(name)) {
      return name;
    }
    String hash = hash(name);
    int keep = dialect.maxIdentifierBytes() - hash.length() - 1;
    String prefix = name;
    if (isAscii(name)) {
      // one byte per character: cut once instead of re-encoding after every dropped character
      prefix = name.substring(0, Math.max(0, Math.min(keep, name.length())));
    }
    while (prefix.getBytes(StandardCharsets.UTF_8).length > keep) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return prefix + "_" + hash;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  // Looking up the algorithm cost more than hashing: validation names every foreign key, and long
  // table names make most of them too long. A digest is not thread-safe, hence one per thread.
  private static final ThreadLocal<MessageDigest> SHA_256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException(e);
            }
          });

  private static String hash(String s) {
    byte[] d = SHA_256.get().digest(s.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(d, 0, 4);
  }
}
