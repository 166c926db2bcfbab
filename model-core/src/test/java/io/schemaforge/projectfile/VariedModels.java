package io.schemaforge.projectfile;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Index;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.Layout;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Note;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.model.Trait;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.model.ValidationHints;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random models, seeded, that use every part of the project file at least now and then: every
 * optional field both set and absent, every enum value, odd texts (quotes, backslashes, control
 * characters, non-ASCII), numbers at the edges of their range, fractional and negative positions,
 * notes, groups, import issues. Built directly, not through commands: only the file matters here.
 */
final class VariedModels {
  private VariedModels() {}

  private static final String[] ODD_TEXTS = {
    "plain", "with \"quotes\"", "back\\slash", "tab\tand\nnewline", "ünïcödé 日本 😀", "", " "
  };

  static Model generate(int entities, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    Dialect[] dialects = Dialect.values();
    Schema schema =
        new Schema(
            "sch_" + seed,
            "varied-" + seed,
            dialects[rnd.nextInt(dialects.length)],
            rnd.nextBoolean() ? "com.example.v" + seed : null);
    NamingConvention.TableNumber[] numbers = NamingConvention.TableNumber.values();
    schema.setNaming(
        new NamingConvention(
            numbers[rnd.nextInt(numbers.length)], rnd.nextBoolean(), rnd.nextBoolean()));
    schema.setGenerateRepositories(rnd.nextInt(3) == 0);
    schema.setGenerateJooq(rnd.nextInt(3) == 0);
    for (int i = 0; i < entities; i++) {
      schema.insertEntity(i, entity(rnd, "e" + seed + "_" + i, i));
    }
    for (int i = 0; i < entities * 3 / 2 && entities > 0; i++) {
      schema.putRelationship(i, relationship(rnd, schema, "r" + seed + "_" + i));
    }
    for (int i = 0; i < rnd.nextInt(4); i++) {
      schema.insertImportIssue(
          i,
          new ImportIssue(
              "imp" + seed + "_" + i,
              rnd.nextBoolean() ? "table_" + i + ".column" : null,
              rnd.nextBoolean() ? "src/File" + i + ".java" : null,
              rnd.nextBoolean() ? rnd.nextInt(1, 5000) : 0,
              odd(rnd)));
    }
    return new Model(schema, layout(rnd, schema, "l" + seed));
  }

  private static String odd(SplittableRandom rnd) {
    return ODD_TEXTS[rnd.nextInt(ODD_TEXTS.length)];
  }

  private static String maybe(SplittableRandom rnd, String value) {
    return rnd.nextInt(3) == 0 ? value : null;
  }

  private static Entity entity(SplittableRandom rnd, String id, int i) {
    Entity e = new Entity(id, "Entity" + i, "entity_" + i);
    e.setSourceName(maybe(rnd, "SourceEntity" + i));
    e.setComment(maybe(rnd, odd(rnd)));
    for (Trait t : Trait.values()) {
      e.setTrait(t, rnd.nextInt(3) == 0);
    }
    int count = rnd.nextInt(1, 8);
    for (int a = 0; a < count; a++) {
      e.insertAttribute(a, attribute(rnd, id + "_a" + a, a));
    }
    for (int k = 0; k < rnd.nextInt(3); k++) {
      e.putIndex(
          k,
          new Index(
              id + "_ix" + k, maybe(rnd, "ix_" + i + "_" + k), someOf(rnd, e), rnd.nextBoolean()));
    }
    for (int k = 0; k < rnd.nextInt(3); k++) {
      e.putUniqueConstraint(
          k, new UniqueConstraint(id + "_uq" + k, maybe(rnd, "uq_" + i + "_" + k), someOf(rnd, e)));
    }
    for (int k = 0; k < rnd.nextInt(3); k++) {
      e.putCheckConstraint(
          k, new CheckConstraint(id + "_ck" + k, "ck_" + i + "_" + k, "value > " + k));
    }
    return e;
  }

  private static List<String> someOf(SplittableRandom rnd, Entity e) {
    List<String> ids = new ArrayList<>();
    for (Attribute a : e.attributes()) {
      if (ids.isEmpty() || rnd.nextInt(3) == 0) {
        ids.add(a.id());
      }
    }
    return ids;
  }

  private static Attribute attribute(SplittableRandom rnd, String id, int a) {
    LogicalType[] types = LogicalType.values();
    Long[] longs = {null, 0L, -1L, 42L, Long.MAX_VALUE, Long.MIN_VALUE, 3_000_000_000L};
    return Attribute.builder(id, "field" + a, "field_" + a, types[rnd.nextInt(types.length)])
        .sourceName(maybe(rnd, "SOURCE_" + a))
        .length(rnd.nextBoolean() ? rnd.nextInt(1, Integer.MAX_VALUE) : null)
        .precision(rnd.nextBoolean() ? rnd.nextInt(1, 40) : null)
        .scale(rnd.nextBoolean() ? rnd.nextInt(-5, 10) : null)
        .primaryKey(a == 0)
        .identity(rnd.nextInt(4) == 0)
        .nullable(rnd.nextBoolean())
        .unique(rnd.nextInt(4) == 0)
        .defaultValue(maybe(rnd, odd(rnd)))
        .sensitive(rnd.nextInt(5) == 0)
        .comment(maybe(rnd, odd(rnd)))
        .enumValues(rnd.nextInt(4) == 0 ? List.of("A", "B b", odd(rnd)) : List.of())
        .hints(
            new ValidationHints(
                rnd.nextInt(4) == 0,
                maybe(rnd, "^[a-z]+\\d*$"),
                longs[rnd.nextInt(longs.length)],
                longs[rnd.nextInt(longs.length)]))
        .build();
  }

  private static Relationship relationship(SplittableRandom rnd, Schema schema, String id) {
    List<Entity> entities = schema.entities();
    Entity source = entities.get(rnd.nextInt(entities.size()));
    Entity target = entities.get(rnd.nextInt(entities.size()));
    RelationshipKind[] kinds = RelationshipKind.values();
    RelationshipKind kind = kinds[rnd.nextInt(kinds.length)];
    OnDelete[] onDeletes = OnDelete.values();
    boolean join = kind == RelationshipKind.MANY_TO_MANY;
    return new Relationship(
        id,
        kind,
        source.id(),
        target.id(),
        join ? List.of() : List.of(target.attributes().get(0).id()),
        join ? new JoinTable(id + "_join", "source_id", "target_id") : null,
        maybe(rnd, "toTarget"),
        maybe(rnd, "toSource"),
        rnd.nextBoolean(),
        onDeletes[rnd.nextInt(onDeletes.length)]);
  }

  private static Layout layout(SplittableRandom rnd, Schema schema, String prefix) {
    Layout layout = new Layout();
    for (Entity e : schema.entities()) {
      if (rnd.nextInt(5) > 0) {
        layout.setBounds(e.id(), bounds(rnd));
        layout.setColor(e.id(), maybe(rnd, "#dbeafe"));
      }
    }
    for (int i = 0; i < rnd.nextInt(3); i++) {
      layout.putNote(i, new Note(prefix + "_note" + i, odd(rnd), bounds(rnd)));
    }
    for (int i = 0; i < rnd.nextInt(3); i++) {
      List<String> members = new ArrayList<>();
      for (Entity e : schema.entities()) {
        if (rnd.nextInt(4) == 0) {
          members.add(e.id());
        }
      }
      layout.putGroup(
          i,
          new Group(
              prefix + "_group" + i, "Area " + i, maybe(rnd, "#fef3c7"), members, bounds(rnd)));
    }
    return layout;
  }

  /** Whole, fractional, negative and huge coordinates: the writer writes each kind its own way. */
  private static Bounds bounds(SplittableRandom rnd) {
    double[] xs = {0, 40, -120.5, 1e-3, 12345.678, 3e15, -7.25e20};
    return new Bounds(
        xs[rnd.nextInt(xs.length)],
        xs[rnd.nextInt(xs.length)],
        rnd.nextBoolean() ? 220 : 0.5 + rnd.nextDouble() * 400,
        rnd.nextBoolean() ? 120 : 1e-9 + rnd.nextDouble() * 300);
  }
}
