package io.schemaforge.command;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.naming.Names;
import java.util.List;

/** How relationships create and keep their foreign-key attributes, indexes and join tables. */
final class ForeignKeys {
  private ForeignKeys() {}

  /** The key a relationship refers to: the source's (single) primary key attribute, if any. */
  static Attribute referencedKey(Entity source) {
    List<Attribute> pk = source.primaryKey();
    return pk.isEmpty() ? null : pk.get(0);
  }

  /** Adds the foreign-key attribute and its index to the target entity. */
  static void create(
      Entity source, Entity target, Relationship r, String attributeId, String indexId) {
    Attribute key = referencedKey(source);
    String base =
        r.targetNavigation() != null ? r.targetNavigation() : Names.lowerCamel(source.name());
    String keyField = key == null ? "id" : key.name();
    String keyColumn = key == null ? "id" : key.columnName();
    Attribute fk =
        Attribute.builder(
                attributeId,
                base + Names.upperCamel(keyField),
                Names.snakeCase(base) + "_" + keyColumn,
                key == null ? LogicalType.BIGINT : key.type())
            .length(key == null ? null : key.length())
            .precision(key == null ? null : key.precision())
            .scale(key == null ? null : key.scale())
            .nullable(!r.required())
            .unique(r.kind() == RelationshipKind.ONE_TO_ONE)
            .build();
    target.insertAttribute(target.attributes().size(), fk);
    target.putIndex(target.indexes().size(), new Index(indexId, null, List.of(attributeId), false));
  }

  /** Removes the relationship's foreign-key attributes (and their indexes) from the target. */
  static void remove(Entity target, Relationship r) {
    for (String fkId : r.foreignKeyAttributeIds()) {
      if (target.attribute(fkId).isPresent()) {
        target.removeAttribute(fkId);
        EntityEdits.dropAttributeReferences(target, fkId);
      }
    }
  }

  /** Keeps nullability and uniqueness of existing foreign keys in step with the relationship. */
  static void update(Entity target, Relationship r) {
    for (String fkId : r.foreignKeyAttributeIds()) {
      target
          .attribute(fkId)
          .ifPresent(
              fk ->
                  target.replaceAttribute(
                      fk.toBuilder()
                          .nullable(!r.required())
                          .unique(r.kind() == RelationshipKind.ONE_TO_ONE)
                          .build()));
    }
  }

  /** The join table a many-to-many gets by default: {@code posts_tags(post_id, tag_id)}. */
  static JoinTable defaultJoinTable(Entity source, Entity target) {
    String s = Names.snakeCase(source.name());
    String t = Names.snakeCase(target.name());
    if (source.id().equals(target.id())) {
      return new JoinTable(source.tableName() + "_links", s + "_id", "related_" + t + "_id");
    }
    return new JoinTable(source.tableName() + "_" + target.tableName(), s + "_id", t + "_id");
  }
}
