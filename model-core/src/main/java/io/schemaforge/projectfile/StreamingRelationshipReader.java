package io.schemaforge.projectfile;

import io.schemaforge.model.Entity;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import java.io.IOException;
import java.util.List;

/**
 * Reads one relationship of {@code schema.relationships} from the token stream. The relationships
 * may come before the entities they connect (fields are in any order), so {@link #requireEnds}
 * checks the references once the whole schema has been read. Every known field has a number (the
 * argument of {@link TokenCursor#once}) to notice a field that appears twice.
 */
final class StreamingRelationshipReader {
  private final TokenCursor in;
  private final UniqueIds ids;

  StreamingRelationshipReader(TokenCursor in, UniqueIds ids) {
    this.in = in;
    this.ids = ids;
  }

  /** Reads the relationship whose object starts under the parser, up to and including its end. */
  Relationship read() throws IOException, StreamingGaveUp {
    String id = null;
    RelationshipKind kind = null;
    String source = null;
    String target = null;
    List<String> foreignKeys = List.of();
    JoinTable joinTable = null;
    String sourceNavigation = null;
    String targetNavigation = null;
    boolean required = false;
    OnDelete onDelete = OnDelete.NO_ACTION;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "kind" -> kind = in.once(1).enumValue(RelationshipKind.class);
        case "source" -> source = in.once(2).text();
        case "target" -> target = in.once(3).text();
        case "foreignKeys" -> foreignKeys = in.once(4).texts();
        case "joinTable" -> joinTable = in.once(5).startObject() ? readJoinTable() : null;
        case "sourceNavigation" -> sourceNavigation = in.once(6).optionalText();
        case "targetNavigation" -> targetNavigation = in.once(7).optionalText();
        case "required" -> required = in.once(8).bool(false);
        case "onDelete" ->
            onDelete = in.once(9).isNull() ? OnDelete.NO_ACTION : in.enumValue(OnDelete.class);
        default -> in.skipValue();
      }
    }
    if (id == null || kind == null || source == null || target == null) {
      throw new StreamingGaveUp("a relationship misses its id, kind, source or target");
    }
    return new Relationship(
        id,
        kind,
        source,
        target,
        foreignKeys,
        joinTable,
        sourceNavigation,
        targetNavigation,
        required,
        onDelete);
  }

  private JoinTable readJoinTable() throws IOException, StreamingGaveUp {
    String table = null;
    String sourceColumn = null;
    String targetColumn = null;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "table" -> table = in.once(0).text();
        case "sourceColumn" -> sourceColumn = in.once(1).text();
        case "targetColumn" -> targetColumn = in.once(2).text();
        default -> in.skipValue();
      }
    }
    if (table == null || sourceColumn == null || targetColumn == null) {
      throw new StreamingGaveUp("a join table misses its table or a column");
    }
    return new JoinTable(table, sourceColumn, targetColumn);
  }

  /**
   * Checks what the tree reader checks once the entities are known: both ends exist and the foreign
   * keys are attributes of the target.
   */
  static void requireEnds(Relationship r, Schema schema) throws StreamingGaveUp {
    if (schema.entity(r.sourceEntityId()).isEmpty()) {
      throw new StreamingGaveUp("a relationship from an entity that is not there");
    }
    Entity target =
        schema
            .entity(r.targetEntityId())
            .orElseThrow(() -> new StreamingGaveUp("a relationship to an entity not there"));
    for (String fk : r.foreignKeyAttributeIds()) {
      if (target.attribute(fk).isEmpty()) {
        throw new StreamingGaveUp("a foreign key that is not an attribute of the target");
      }
    }
  }
}
