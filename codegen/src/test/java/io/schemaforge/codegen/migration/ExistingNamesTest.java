package io.schemaforge.codegen.migration;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.codegen.physical.DbColumn;
import io.schemaforge.codegen.physical.DbForeignKey;
import io.schemaforge.codegen.physical.DbIndex;
import io.schemaforge.codegen.physical.DbPrimaryKey;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.DbTable;
import io.schemaforge.codegen.physical.DbUnique;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExistingNamesTest {
  private final ExistingNames existing = new ExistingNames(Dialect.POSTGRES);

  @Test
  void foreignNamesOfExistingConstraintsAreKept() {
    DbSchema base =
        new DbSchema(
            List.of(
                users("users_pkey"),
                posts("posts", "posts_pkey", "posts_author_id_fkey", "posts_slug_key", List.of())));
    DbSchema target =
        new DbSchema(
            List.of(
                users("pk_users"),
                posts(
                    "posts",
                    "pk_posts",
                    "fk_posts_author_id_users",
                    "uq_posts_slug",
                    List.of(autoIndex()))));

    DbSchema carried = existing.carryOver(target, base);
    DbTable posts = carried.table("t:posts").orElseThrow();
    assertThat(carried.table("t:users").orElseThrow().primaryKey().name()).isEqualTo("users_pkey");
    assertThat(posts.primaryKey().name()).isEqualTo("posts_pkey");
    assertThat(posts.foreignKeys().get(0).name()).isEqualTo("posts_author_id_fkey");
    assertThat(posts.uniques().get(0).name()).isEqualTo("posts_slug_key");
    // The project left this key without an index; the export does not add one on its own.
    assertThat(posts.indexes()).isEmpty();
    assertThat(new MigrationPlanner(Dialect.POSTGRES, false).plan(base, carried)).isEmpty();
  }

  @Test
  void conventionNamesFollowARenameAndNewKeysGetTheirIndex() {
    DbSchema base =
        new DbSchema(
            List.of(
                users("pk_users"),
                posts(
                    "posts",
                    "pk_posts",
                    "fk_posts_author_id_users",
                    "uq_posts_slug",
                    List.of(autoIndex()))));
    DbSchema target =
        new DbSchema(
            List.of(
                users("pk_users"),
                posts(
                    "articles",
                    "pk_articles",
                    "fk_articles_author_id_users",
                    "uq_articles_slug",
                    List.of(autoIndex()))));
    DbTable articles = existing.carryOver(target, base).table("t:posts").orElseThrow();
    assertThat(articles.primaryKey().name()).isEqualTo("pk_articles");
    assertThat(articles.foreignKeys().get(0).name()).isEqualTo("fk_articles_author_id_users");
    assertThat(articles.uniques().get(0).name()).isEqualTo("uq_articles_slug");
    assertThat(articles.indexes()).hasSize(1);

    // A foreign key the base does not have yet keeps the index the model adds for it.
    DbSchema noKeyYet =
        new DbSchema(
            List.of(
                users("users_pkey"),
                new DbTable(
                    "t:posts",
                    "posts",
                    null,
                    posts("posts", "posts_pkey", "x", "y", List.of()).columns(),
                    new DbPrimaryKey("posts_pkey", List.of("c:posts.id")),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of())));
    assertThat(existing.carryOver(target, noKeyYet).table("t:posts").orElseThrow().indexes())
        .hasSize(1);
  }

  private static DbIndex autoIndex() {
    return new DbIndex("rel_1:index", "ix_posts_author_id", List.of("c:posts.author"), false);
  }

  private static DbTable users(String pkName) {
    return new DbTable(
        "t:users",
        "users",
        null,
        List.of(column("c:users.id", "id", false)),
        new DbPrimaryKey(pkName, List.of("c:users.id")),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static DbTable posts(
      String table, String pkName, String fkName, String uniqueName, List<DbIndex> indexes) {
    return new DbTable(
        "t:posts",
        table,
        null,
        List.of(
            column("c:posts.id", "id", false),
            column("c:posts.author", "author_id", true),
            column("c:posts.slug", "slug", true)),
        new DbPrimaryKey(pkName, List.of("c:posts.id")),
        List.of(
            new DbForeignKey(
                "rel_1",
                fkName,
                List.of("c:posts.author"),
                "t:users",
                List.of("c:users.id"),
                OnDelete.NO_ACTION)),
        List.of(new DbUnique("c:posts.slug:unique", uniqueName, List.of("c:posts.slug"))),
        indexes,
        List.of());
  }

  private static DbColumn column(String id, String name, boolean nullable) {
    return new DbColumn(id, name, ColumnType.of(LogicalType.BIGINT), nullable, null, false, null);
  }
}
