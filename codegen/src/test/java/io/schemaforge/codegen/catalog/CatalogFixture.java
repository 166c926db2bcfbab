package io.schemaforge.codegen.catalog;

import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.physical.PhysicalSchemaBuilder;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeEntityCommentCommand;
import io.schemaforge.command.PutCheckConstraintCommand;
import io.schemaforge.command.PutIndexCommand;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Ids;
import io.schemaforge.model.Index;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The model behind {@code src/test/resources/catalog/<engine>.sql}: authors, posts (a column of
 * every logical type), tags and the posts_tags join table, with identity keys, a composite key,
 * foreign keys with ON DELETE CASCADE and SET NULL, unique constraints, a two-column index, an
 * expression check, an enum check and comments. The scripts are written by hand to be what the
 * migrations render for this model, so reading one back must give {@link #expected()}.
 */
final class CatalogFixture {
  final ModelFixture f;
  final String author;
  final String post;
  final String tag;
  final String title;
  final String status;
  final String authorRelationship;

  CatalogFixture(TestEngine engine) {
    f = ModelFixture.of(engine.dialect());
    author = f.entity("Author");
    f.run(new ChangeEntityCommentCommand(author, "People who write posts"));
    f.attribute(author, "name", LogicalType.STRING, b -> b.length(100).nullable(false));
    f.attribute(
        author,
        "email",
        LogicalType.STRING,
        b -> b.length(200).nullable(false).unique(true).comment("Where replies go"));
    f.attribute(author, "active", LogicalType.BOOLEAN, b -> b.nullable(false).defaultValue("true"));

    tag = f.entity("Tag");
    f.attribute(tag, "name", LogicalType.STRING, b -> b.length(50).nullable(false).unique(true));

    post = f.entity("Post");
    title =
        f.attribute(
            post,
            "title",
            LogicalType.STRING,
            b -> b.length(200).nullable(false).comment("Headline"));
    f.attribute(post, "body", LogicalType.TEXT, b -> b.nullable(true));
    f.attribute(post, "rating", LogicalType.SMALLINT, b -> b.nullable(true));
    f.attribute(post, "views", LogicalType.INT, b -> b.nullable(false).defaultValue("0"));
    f.attribute(post, "price", LogicalType.DECIMAL, b -> b.precision(10).scale(2).nullable(true));
    f.attribute(post, "score", LogicalType.FLOAT, b -> b.nullable(true));
    f.attribute(post, "weight", LogicalType.DOUBLE, b -> b.nullable(true));
    f.attribute(post, "publicId", LogicalType.UUID, b -> b.nullable(false));
    String publishedOn = f.attribute(post, "publishedOn", LogicalType.DATE, b -> b.nullable(true));
    f.attribute(post, "publishTime", LogicalType.TIME, b -> b.nullable(true));
    f.attribute(post, "editedAt", LogicalType.TIMESTAMP, b -> b.nullable(true));
    f.attribute(post, "publishedAt", LogicalType.TIMESTAMPTZ, b -> b.nullable(true));
    f.attribute(post, "cover", LogicalType.BYTES, b -> b.nullable(true));
    f.attribute(post, "metadata", LogicalType.JSON, b -> b.nullable(true));
    status =
        f.attribute(
            post,
            "status",
            LogicalType.ENUM,
            b -> b.enumValues(List.of("draft", "published")).nullable(false).defaultValue("draft"));

    authorRelationship = f.relate(author, post, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(
        authorRelationship, r -> r.withRequired(true).withOnDelete(OnDelete.CASCADE));
    f.run(
        new AddRelationshipCommand(
            new Relationship(
                Ids.newId("rel"),
                RelationshipKind.ONE_TO_MANY,
                author,
                post,
                List.of(),
                null,
                "editedPosts",
                "editor",
                false,
                OnDelete.SET_NULL)));
    f.run(
        new PutIndexCommand(
            post, new Index(Ids.newId("idx"), null, List.of(status, publishedOn), false)));
    f.run(
        new PutCheckConstraintCommand(
            post, new CheckConstraint(Ids.newId("ck"), "positive_views", "views >= 0")));
    f.relate(post, tag, RelationshipKind.MANY_TO_MANY);
  }

  /** The tables the model produces in the engine's dialect. */
  DbSchema expected() {
    return new PhysicalSchemaBuilder(f.model().schema().dialect()).build(f.model().schema());
  }

  /** Runs the engine's hand-written DDL script. */
  static void createTables(TestDatabase db) throws SQLException, IOException {
    try (Connection c = db.connect()) {
      execute(c, script(db.engine()));
    }
  }

  static String script(TestEngine engine) throws IOException {
    String file =
        switch (engine) {
          case POSTGRES, EMBEDDED_POSTGRES -> "postgres";
          case MARIADB -> "mariadb";
          case H2 -> "h2";
          case SQLITE -> "sqlite";
        };
    try (InputStream in = CatalogFixture.class.getResourceAsStream("/catalog/" + file + ".sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Runs statements separated by ';' (the scripts have no ';' inside literals). */
  static void execute(Connection c, String script) throws SQLException {
    try (Statement s = c.createStatement()) {
      for (String statement : script.replaceAll("--[^\n]*", "").split(";")) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
  }
}
