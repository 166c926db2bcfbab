package io.schemaforge.projectfile;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.Trait;
import io.schemaforge.model.UniqueConstraint;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads one entity of {@code schema.entities} from the token stream, with its attributes, indexes
 * and constraints, into the same {@link Entity} the tree reader builds. Fields may come in any
 * order: an index may name attributes listed after it, so references are checked when the entity's
 * object has ended. Every known field has a number (the argument of {@link TokenCursor#once}) to
 * notice a field that appears twice.
 */
final class StreamingEntityReader {
  private final TokenCursor in;
  private final UniqueIds ids;
  private final StreamingAttributeReader attributeReader;

  StreamingEntityReader(TokenCursor in, UniqueIds ids) {
    this.in = in;
    this.ids = ids;
    this.attributeReader = new StreamingAttributeReader(in, ids);
  }

  /** Reads the entity whose object starts under the parser, up to and including its end. */
  Entity read() throws IOException, StreamingGaveUp {
    String id = null;
    String name = null;
    String table = null;
    String sourceName = null;
    String comment = null;
    EnumSet<Trait> traits = EnumSet.noneOf(Trait.class);
    List<Attribute> attributes = List.of();
    List<Index> indexes = List.of();
    List<UniqueConstraint> uniques = List.of();
    List<CheckConstraint> checks = List.of();
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "name" -> name = in.once(1).text();
        case "table" -> table = in.once(2).text();
        case "sourceName" -> sourceName = in.once(3).optionalText();
        case "comment" -> comment = in.once(4).optionalText();
        case "traits" -> {
          in.once(5);
          // The tree reader takes any value's text here; only texts are taken without doubt.
          for (String t : in.texts()) {
            traits.add(FormatNames.read(Trait.class, t));
          }
        }
        case "attributes" -> attributes = in.once(6).objects(attributeReader::read);
        case "indexes" -> indexes = in.once(7).objects(this::readIndex);
        case "uniqueConstraints" -> uniques = in.once(8).objects(this::readUniqueConstraint);
        case "checkConstraints" -> checks = in.once(9).objects(this::readCheckConstraint);
        default -> in.skipValue();
      }
    }
    if (id == null || name == null || table == null) {
      throw new StreamingGaveUp("an entity misses its id, name or table");
    }
    // Built in the tree reader's order, so the entity is the same object for the same file.
    Entity e = new Entity(id, name, table);
    e.setSourceName(sourceName);
    e.setComment(comment);
    for (Trait t : traits) {
      e.setTrait(t, true);
    }
    for (Attribute a : attributes) {
      e.insertAttribute(e.attributes().size(), a);
    }
    for (Index ix : indexes) {
      requireAttributes(e, ix.attributeIds());
      e.putIndex(e.indexes().size(), ix);
    }
    for (UniqueConstraint uq : uniques) {
      requireAttributes(e, uq.attributeIds());
      e.putUniqueConstraint(e.uniqueConstraints().size(), uq);
    }
    for (CheckConstraint ck : checks) {
      e.putCheckConstraint(e.checkConstraints().size(), ck);
    }
    return e;
  }

  private static void requireAttributes(Entity e, List<String> refs) throws StreamingGaveUp {
    for (String ref : refs) {
      if (e.attribute(ref).isEmpty()) {
        throw new StreamingGaveUp("a reference to attribute " + ref + " that is not there");
      }
    }
  }

  private Index readIndex() throws IOException, StreamingGaveUp {
    String id = null;
    String name = null;
    List<String> attributes = List.of();
    boolean unique = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "name" -> name = in.once(1).optionalText();
        case "attributes" -> attributes = in.once(2).texts();
        case "unique" -> unique = in.once(3).bool(false);
        default -> in.skipValue();
      }
    }
    if (id == null) {
      throw new StreamingGaveUp("an index misses its id");
    }
    return new Index(id, name, attributes, unique);
  }

  private UniqueConstraint readUniqueConstraint() throws IOException, StreamingGaveUp {
    String id = null;
    String name = null;
    List<String> attributes = List.of();
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "name" -> name = in.once(1).optionalText();
        case "attributes" -> attributes = in.once(2).texts();
        default -> in.skipValue();
      }
    }
    if (id == null) {
      throw new StreamingGaveUp("a unique constraint misses its id");
    }
    return new UniqueConstraint(id, name, attributes);
  }

  private CheckConstraint readCheckConstraint() throws IOException, StreamingGaveUp {
    String id = null;
    String name = null;
    String expression = null;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "name" -> name = in.once(1).text();
        case "expression" -> expression = in.once(2).text();
        default -> in.skipValue();
      }
    }
    if (id == null || name == null || expression == null) {
      throw new StreamingGaveUp("a check constraint misses its id, name or expression");
    }
    return new CheckConstraint(id, name, expression);
  }
}
