package io.schemaforge.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import org.junit.jupiter.api.Test;

/** Relationships create and maintain their foreign keys, indexes and join tables. */
class RelationshipCommandsTest {
  private final ModelFixture f = ModelFixture.postgres();
  private final String user = f.entity("User");
  private final String post = f.entity("Post");

  @Test
  void oneToManyAddsANamedForeignKeyWithAnIndexToTheManySide() {
    Relationship r = f.relationship(f.relate(user, post, RelationshipKind.ONE_TO_MANY));
    assertThat(r.sourceNavigation()).isEqualTo("posts");
    assertThat(r.targetNavigation()).isEqualTo("user");
    Attribute fk = f.attr(post, r.foreignKeyAttributeIds().get(0));
    assertThat(fk.name()).isEqualTo("userId");
    assertThat(fk.columnName()).isEqualTo("user_id");
    assertThat(fk.type()).isEqualTo(LogicalType.BIGINT);
    assertThat(fk.nullable()).isTrue();
    assertThat(f.get(post).indexes())
        .singleElement()
        .satisfies(ix -> assertThat(ix.attributeIds()).containsExactly(fk.id()));
  }

  @Test
  void oneToOneForeignKeyIsUniqueAndRequiredMakesItNotNull() {
    String rid = f.relate(user, post, RelationshipKind.ONE_TO_ONE);
    f.changeRelationship(rid, r -> r.withRequired(true));
    Attribute fk = f.attr(post, f.relationship(rid).foreignKeyAttributeIds().get(0));
    assertThat(fk.unique()).isTrue();
    assertThat(fk.nullable()).isFalse();
  }

  @Test
  void manyToManyUsesAJoinTableAndNoForeignKeyAttributes() {
    String tag = f.entity("Tag");
    Relationship r = f.relationship(f.relate(post, tag, RelationshipKind.MANY_TO_MANY));
    assertThat(r.foreignKeyAttributeIds()).isEmpty();
    assertThat(r.joinTable().tableName()).isEqualTo("posts_tags");
    assertThat(r.joinTable().sourceColumn()).isEqualTo("post_id");
    assertThat(r.joinTable().targetColumn()).isEqualTo("tag_id");
    assertThat(f.get(tag).attributes()).hasSize(1);
  }

  @Test
  void selfReferenceGetsParentAndChildren() {
    String category = f.entity("Category");
    Relationship r = f.relationship(f.relate(category, category, RelationshipKind.ONE_TO_MANY));
    assertThat(r.isSelfReferencing()).isTrue();
    assertThat(r.targetNavigation()).isEqualTo("parent");
    assertThat(r.sourceNavigation()).isEqualTo("children");
    assertThat(f.attr(category, r.foreignKeyAttributeIds().get(0)).columnName())
        .isEqualTo("parent_id");
  }

  @Test
  void changingTheKeyTypeChangesTheForeignKeysThatReferToIt() {
    String rid = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    String key = f.get(user).primaryKey().get(0).id();
    f.change(user, key, b -> b.type(LogicalType.UUID).identity(false));
    String fk = f.relationship(rid).foreignKeyAttributeIds().get(0);
    assertThat(f.attr(post, fk).type()).isEqualTo(LogicalType.UUID);
    f.stack().undo();
    assertThat(f.attr(post, fk).type()).isEqualTo(LogicalType.BIGINT);
  }

  @Test
  void switchingOneToManyToManyToManyReplacesTheKeyByAJoinTableAndBack() {
    String rid = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(rid, r -> r.withKind(RelationshipKind.MANY_TO_MANY));
    assertThat(f.get(post).attributes()).hasSize(1);
    assertThat(f.get(post).indexes()).isEmpty();
    assertThat(f.relationship(rid).joinTable()).isNotNull();
    f.changeRelationship(rid, r -> r.withKind(RelationshipKind.ONE_TO_MANY));
    assertThat(f.get(post).attributes()).hasSize(2);
    assertThat(f.relationship(rid).joinTable()).isNull();
  }

  @Test
  void deletingAnEntityRemovesTheForeignKeysItsRelationshipsPutElsewhere() {
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    assertThat(DeleteEntityCommand.dependents(f.model(), user)).hasSize(1);
    f.run(new DeleteEntityCommand(user));
    assertThat(f.get(post).attributes()).extracting(Attribute::name).containsExactly("id");
    assertThat(f.model().schema().relationships()).isEmpty();
  }
}
