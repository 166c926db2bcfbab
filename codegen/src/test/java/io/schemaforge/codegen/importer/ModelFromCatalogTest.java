package io.schemaforge.codegen.importer;

import static io.schemaforge.codegen.importer.TestTable.keyedOnAll;
import static io.schemaforge.codegen.importer.TestTable.keyedOnFirst;
import static io.schemaforge.codegen.importer.TestTable.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.Model;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inference rules of the catalog import, on small hand-written catalogs. */
class ModelFromCatalogTest {

  @Test
  void linkTableOfTwoCascadingKeysBecomesManyToMany() {
    DbSchema s =
        schema(
            keyedOnFirst("author", "id"), keyedOnFirst("book", "id"), linkTable(OnDelete.CASCADE));
    Model m = build(s);
    assertThat(m.schema().entities())
        .extracting(Entity::tableName)
        .containsExactly("author", "book");
    Relationship r = single(m);
    assertThat(r.kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
    assertThat(r.joinTable()).isEqualTo(new JoinTable("author_book", "author_id", "book_id"));
    assertThat(entity(m, r.sourceEntityId()).tableName()).isEqualTo("author");
    assertThat(r.sourceNavigation()).isEqualTo("books");
    assertThat(r.targetNavigation()).isEqualTo("authors");
  }

  @Test
  void linkTableWithoutCascadeStaysAnEntityAndSaysWhy() {
    DbSchema s =
        schema(
            keyedOnFirst("author", "id"),
            keyedOnFirst("book", "id"),
            linkTable(OnDelete.NO_ACTION));
    ImportedModel imported = new ModelFromCatalog(Dialect.POSTGRES).build(s, "t");
    assertThat(imported.model().schema().entities()).hasSize(3);
    assertThat(imported.model().schema().relationships())
        .extracting(Relationship::kind)
        .containsExactly(RelationshipKind.ONE_TO_MANY, RelationshipKind.ONE_TO_MANY);
    assertThat(imported.findings())
        .anySatisfy(
            f -> {
              assertThat(f.element()).isEqualTo("author_book");
              assertThat(f.message()).contains("ON DELETE CASCADE");
            });
  }

  @Test
  void foreignKeyThatIsThePrimaryKeyIsOneToOne() {
    DbSchema s =
        schema(
            keyedOnFirst("users", "id"),
            table("profile")
                .notNull("user_id")
                .nullable("bio")
                .key("user_id")
                .references("user_id", "users", OnDelete.CASCADE)
                .build());
    Relationship r = single(build(s));
    assertThat(r.kind()).isEqualTo(RelationshipKind.ONE_TO_ONE);
    assertThat(r.onDelete()).isEqualTo(OnDelete.CASCADE);
    assertThat(r.required()).isTrue();
    assertThat(r.sourceNavigation()).isEqualTo("profile");
    assertThat(r.targetNavigation()).isEqualTo("user");
  }

  @Test
  void uniqueForeignKeyIsOneToOneAndPlainOneIsOneToMany() {
    DbSchema s =
        schema(
            keyedOnFirst("users", "id"),
            table("posts")
                .notNull("id")
                .nullable("author_id", "editor_id", "cover_id")
                .key("id")
                .references("author_id", "users", OnDelete.NO_ACTION)
                .references("editor_id", "users", OnDelete.SET_NULL)
                .references("cover_id", "users", OnDelete.NO_ACTION)
                .unique("cover_id")
                .build());
    Model m = build(s);
    List<Relationship> rs = m.schema().relationships();
    assertThat(rs)
        .extracting(Relationship::kind)
        .containsExactly(
            RelationshipKind.ONE_TO_MANY,
            RelationshipKind.ONE_TO_MANY,
            RelationshipKind.ONE_TO_ONE);
    assertThat(rs)
        .extracting(Relationship::targetNavigation)
        .containsExactly("author", "editor", "cover");
    // Two keys onto the same table: the second collection is qualified, never a clash.
    assertThat(rs)
        .extracting(Relationship::sourceNavigation)
        .containsExactly("posts", "postsAsEditor", "post");
    assertThat(rs.get(1).onDelete()).isEqualTo(OnDelete.SET_NULL);
    Entity post = m.schema().entities().get(1);
    assertThat(post.name()).isEqualTo("Post");
    assertThat(post.attributes())
        .extracting(Attribute::name)
        .containsExactly("id", "authorId", "editorId", "coverId");
  }

  @Test
  void selfReferenceIsParentAndChildren() {
    DbSchema s =
        schema(
            table("category")
                .notNull("id")
                .nullable("parent_id")
                .key("id")
                .references("parent_id", "category", OnDelete.NO_ACTION)
                .build());
    Relationship r = single(build(s));
    assertThat(r.isSelfReferencing()).isTrue();
    assertThat(r.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
    assertThat(r.sourceNavigation()).isEqualTo("children");
    assertThat(r.targetNavigation()).isEqualTo("parent");
  }

  @Test
  void compositeKeyKeepsEveryColumnInTheReferencedKeysOrder() {
    DbSchema s =
        schema(
            keyedOnAll("job", "sched", "name"),
            table("trig")
                .notNull("sched", "tname", "job_name")
                .key("sched", "tname")
                // declared in the other order: (job_name, sched) -> job(name, sched)
                .references(List.of("job_name", "sched"), "job", List.of("name", "sched"))
                .build());
    Model m = build(s);
    Relationship r = single(m);
    Entity trig = entity(m, r.targetEntityId());
    assertThat(r.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
    assertThat(r.foreignKeyAttributeIds())
        .map(id -> trig.attribute(id).orElseThrow().columnName())
        .containsExactly("sched", "job_name");
    assertThat(r.targetNavigation()).isEqualTo("job");
    assertThat(trig.primaryKey())
        .extracting(Attribute::columnName)
        .containsExactly("sched", "tname");
  }

  @Test
  void schemaWithoutForeignKeysGetsNoRelationships() {
    Model m =
        build(
            schema(keyedOnFirst("queue", "id"), keyedOnFirst("queue_message", "id", "queue_name")));
    assertThat(m.schema().entities()).hasSize(2);
    assertThat(m.schema().relationships()).isEmpty();
  }

  @Test
  void namesAreJavaNamesAndSqlNamesAreKept() {
    Model m =
        build(
            schema(
                keyedOnFirst("qrtz_job_details", "sched_name"),
                keyedOnFirst("ACL_CLASS", "ID", "class"),
                keyedOnFirst("categories", "id")));
    assertThat(m.schema().entities())
        .extracting(Entity::name)
        .containsExactly("QrtzJobDetail", "AclClass", "Category");
    Entity acl = m.schema().entities().get(1);
    assertThat(acl.tableName()).isEqualTo("ACL_CLASS");
    assertThat(acl.sourceName()).isEqualTo("ACL_CLASS");
    assertThat(acl.attributes()).extracting(Attribute::name).containsExactly("id", "classValue");
    assertThat(acl.attributes()).extracting(Attribute::columnName).containsExactly("ID", "class");
    assertThat(m.layout().bounds(acl.id())).isPresent();
  }

  private static Model build(DbSchema s) {
    return new ModelFromCatalog(Dialect.POSTGRES).build(s, "test").model();
  }

  private static Relationship single(Model m) {
    assertThat(m.schema().relationships()).hasSize(1);
    return m.schema().relationships().get(0);
  }

  private static Entity entity(Model m, String id) {
    return m.schema().requireEntity(id);
  }

  private static DbSchema schema(DbTable... tables) {
    return new DbSchema(Arrays.asList(tables));
  }

  /** author_book(author_id, book_id), keyed on both, each a foreign key with the given action. */
  private static DbTable linkTable(OnDelete onDelete) {
    return table("author_book")
        .notNull("author_id", "book_id")
        .key("author_id", "book_id")
        .references("author_id", "author", onDelete)
        .references("book_id", "book", onDelete)
        .build();
  }
}
