package io.schemaforge.codegen.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inference rules of the catalog import, on small hand-written catalogs. */
class ModelFromCatalogTest {

  @Test
  void linkTableOfTwoCascadingKeysBecomesManyToMany() {
    DbSchema s =
        schema(
            table("author", "id"),
            table("book", "id"),
            new DbTable(
                "t:author_book",
                "author_book",
                null,
                List.of(
                    col("author_book", "author_id", false), col("author_book", "book_id", false)),
                pk("author_book", "author_id", "book_id"),
                List.of(
                    fk("author_book", "author", OnDelete.CASCADE, "author_id"),
                    fk("author_book", "book", OnDelete.CASCADE, "book_id")),
                List.of(),
                List.of(),
                List.of()));
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
            table("author", "id"),
            table("book", "id"),
            new DbTable(
                "t:author_book",
                "author_book",
                null,
                List.of(
                    col("author_book", "author_id", false), col("author_book", "book_id", false)),
                pk("author_book", "author_id", "book_id"),
                List.of(
                    fk("author_book", "author", OnDelete.NO_ACTION, "author_id"),
                    fk("author_book", "book", OnDelete.NO_ACTION, "book_id")),
                List.of(),
                List.of(),
                List.of()));
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
            table("users", "id"),
            new DbTable(
                "t:profile",
                "profile",
                null,
                List.of(col("profile", "user_id", false), col("profile", "bio", true)),
                pk("profile", "user_id"),
                List.of(fk("profile", "users", OnDelete.CASCADE, "user_id")),
                List.of(),
                List.of(),
                List.of()));
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
            table("users", "id"),
            new DbTable(
                "t:posts",
                "posts",
                null,
                List.of(
                    col("posts", "id", false),
                    col("posts", "author_id", true),
                    col("posts", "editor_id", true),
                    col("posts", "cover_id", true)),
                pk("posts", "id"),
                List.of(
                    fk("posts", "users", OnDelete.NO_ACTION, "author_id"),
                    fk("posts", "users", OnDelete.SET_NULL, "editor_id"),
                    fk("posts", "users", OnDelete.NO_ACTION, "cover_id")),
                List.of(new DbUnique("u", "posts_cover_uk", List.of("t:posts.cover_id"))),
                List.of(),
                List.of()));
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
            new DbTable(
                "t:category",
                "category",
                null,
                List.of(col("category", "id", false), col("category", "parent_id", true)),
                pk("category", "id"),
                List.of(fk("category", "category", OnDelete.NO_ACTION, "parent_id")),
                List.of(),
                List.of(),
                List.of()));
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
            keyedTable("job", "sched", "name"),
            new DbTable(
                "t:trig",
                "trig",
                null,
                List.of(
                    col("trig", "sched", false),
                    col("trig", "tname", false),
                    col("trig", "job_name", false)),
                pk("trig", "sched", "tname"),
                // declared in the other order: (job_name, sched) -> job(name, sched)
                List.of(
                    new DbForeignKey(
                        "fk",
                        "trig_fk",
                        List.of("t:trig.job_name", "t:trig.sched"),
                        "t:job",
                        List.of("t:job.name", "t:job.sched"),
                        OnDelete.NO_ACTION)),
                List.of(),
                List.of(),
                List.of()));
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
    Model m = build(schema(table("queue", "id"), table("queue_message", "id", "queue_name")));
    assertThat(m.schema().entities()).hasSize(2);
    assertThat(m.schema().relationships()).isEmpty();
  }

  @Test
  void namesAreJavaNamesAndSqlNamesAreKept() {
    Model m =
        build(
            schema(
                table("qrtz_job_details", "sched_name"),
                table("ACL_CLASS", "ID", "class"),
                table("categories", "id")));
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

  // --- a tiny catalog builder: ids follow CatalogReader's "t:<table>.<column>" shape ---

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

  /** A table whose first column is its primary key. */
  private static DbTable table(String name, String... columns) {
    return withKey(name, columns, columns[0]);
  }

  /** A table whose columns together are its primary key. */
  private static DbTable keyedTable(String name, String... columns) {
    return withKey(name, columns, columns);
  }

  private static DbTable withKey(String name, String[] columns, String... key) {
    List<DbColumn> cols = new ArrayList<>();
    for (String c : columns) {
      cols.add(col(name, c, false));
    }
    return new DbTable(
        "t:" + name, name, null, cols, pk(name, key), List.of(), List.of(), List.of(), List.of());
  }

  private static DbColumn col(String table, String name, boolean nullable) {
    return new DbColumn(
        "t:" + table + "." + name,
        name,
        ColumnType.of(LogicalType.BIGINT),
        nullable,
        null,
        false,
        null);
  }

  private static DbPrimaryKey pk(String table, String... columns) {
    return new DbPrimaryKey(
        table + "_pkey", Arrays.stream(columns).map(c -> "t:" + table + "." + c).toList());
  }

  private static DbForeignKey fk(String table, String refTable, OnDelete onDelete, String column) {
    return new DbForeignKey(
        "fk:" + table + "." + column,
        table + "_" + column + "_fkey",
        List.of("t:" + table + "." + column),
        "t:" + refTable,
        List.of("t:" + refTable + ".id"),
        onDelete);
  }
}
