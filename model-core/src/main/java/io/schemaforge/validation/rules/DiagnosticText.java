package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.Schema;

/** How the rules name elements in paths and messages, so they all read alike. */
final class DiagnosticText {
  private DiagnosticText() {}

  /** The path of an attribute: {@code posts.author_id}. */
  static String path(Entity entity, Attribute attribute) {
    return entity.tableName() + "." + attribute.columnName();
  }

  /** An attribute as a developer reads it: {@code Post.authorId}. */
  static String field(Entity entity, Attribute attribute) {
    return entity.name() + "." + attribute.name();
  }

  /**
   * A relationship with its ends, cardinality and navigation names, so two relationships between
   * the same entities read apart: {@code User.posts 1:N Post.author}.
   */
  static String relationship(Schema schema, Relationship r) {
    String kind =
        switch (r.kind()) {
          case ONE_TO_ONE -> "1:1";
          case ONE_TO_MANY -> "1:N";
          case MANY_TO_MANY -> "N:M";
        };
    return end(schema, r.sourceEntityId(), r.sourceNavigation())
        + " "
        + kind
        + " "
        + end(schema, r.targetEntityId(), r.targetNavigation());
  }

  private static String end(Schema schema, String entityId, String navigation) {
    String name = entityName(schema, entityId);
    return isBlank(navigation) ? name : name + "." + navigation;
  }

  static String entityName(Schema schema, String entityId) {
    return schema.entity(entityId).map(Entity::name).orElse("<missing " + entityId + ">");
  }

  static String tableOf(Schema schema, String entityId) {
    return schema.entity(entityId).map(Entity::tableName).orElse("?");
  }

  /** {@code an index}, {@code a foreign key}. */
  static String withArticle(String noun) {
    return ("aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an " : "a ") + noun;
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
