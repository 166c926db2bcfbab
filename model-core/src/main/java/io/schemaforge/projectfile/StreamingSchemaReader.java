package io.schemaforge.projectfile;

import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.Schema;
import java.io.IOException;
import java.util.List;

/**
 * Reads the {@code schema} object from the token stream: its settings, entities, relationships and
 * import issues. Its fields may come in any order, so the parts are collected first and put
 * together, in the tree reader's order, when the object has ended. Every known field has a number
 * (the argument of {@link TokenCursor#once}) to notice a field that appears twice.
 */
final class StreamingSchemaReader {
  private final TokenCursor in;
  private final UniqueIds ids;
  private final StreamingEntityReader entityReader;
  private final StreamingRelationshipReader relationshipReader;

  StreamingSchemaReader(TokenCursor in, UniqueIds ids) {
    this.in = in;
    this.ids = ids;
    this.entityReader = new StreamingEntityReader(in, ids);
    this.relationshipReader = new StreamingRelationshipReader(in, ids);
  }

  /** Reads the schema whose object starts under the parser, up to and including its end. */
  Schema read() throws IOException, StreamingGaveUp {
    String id = null;
    String name = null;
    Dialect dialect = null;
    String basePackage = null;
    NamingConvention naming = null;
    GenerateSwitches generate = null;
    List<Entity> entities = List.of();
    List<Relationship> relationships = List.of();
    List<ImportIssue> importIssues = List.of();
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "name" -> name = in.once(1).text();
        case "dialect" -> dialect = Dialect.parse(in.once(2).text());
        case "basePackage" -> basePackage = in.once(3).optionalText();
        case "naming" -> naming = in.once(4).startObject() ? readNaming() : null;
        case "generate" -> generate = in.once(5).startObject() ? readGenerate() : null;
        case "entities" -> entities = in.once(6).objects(entityReader::read);
        case "relationships" -> relationships = in.once(7).objects(relationshipReader::read);
        case "importIssues" -> importIssues = in.once(8).objects(this::readImportIssue);
        default -> in.skipValue();
      }
    }
    if (id == null || name == null || dialect == null) {
      throw new StreamingGaveUp("the schema misses its id, name or dialect");
    }
    // Put together in the tree reader's order: settings, entities, relationships, import issues.
    Schema schema = new Schema(id, name, dialect, basePackage);
    if (naming != null) {
      schema.setNaming(naming);
    }
    if (generate != null) {
      schema.setGenerateRepositories(generate.repositories());
      schema.setGenerateJooq(generate.jooq());
    }
    for (Entity e : entities) {
      schema.insertEntity(schema.entities().size(), e);
    }
    for (Relationship r : relationships) {
      StreamingRelationshipReader.requireEnds(r, schema);
      schema.putRelationship(schema.relationships().size(), r);
    }
    for (ImportIssue issue : importIssues) {
      schema.insertImportIssue(schema.importIssues().size(), issue);
    }
    return schema;
  }

  private NamingConvention readNaming() throws IOException, StreamingGaveUp {
    NamingConvention.TableNumber tableNumber = NamingConvention.TableNumber.EITHER;
    boolean timestampsWithTimeZone = true;
    boolean quoteIdentifiers = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "tableNumber" -> {
          in.once(0);
          tableNumber =
              in.isNull()
                  ? NamingConvention.TableNumber.EITHER
                  : in.enumValue(NamingConvention.TableNumber.class);
        }
        case "timestampsWithTimeZone" -> timestampsWithTimeZone = in.once(1).bool(true);
        case "quoteIdentifiers" -> quoteIdentifiers = in.once(2).bool(false);
        default -> in.skipValue();
      }
    }
    return new NamingConvention(tableNumber, timestampsWithTimeZone, quoteIdentifiers);
  }

  /** What {@code generate} switches on; both are set when the object is there at all. */
  private record GenerateSwitches(boolean repositories, boolean jooq) {}

  private GenerateSwitches readGenerate() throws IOException, StreamingGaveUp {
    boolean repositories = false;
    boolean jooq = false;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "repositories" -> repositories = in.once(0).bool(false);
        case "jooq" -> jooq = in.once(1).bool(false);
        default -> in.skipValue();
      }
    }
    return new GenerateSwitches(repositories, jooq);
  }

  private ImportIssue readImportIssue() throws IOException, StreamingGaveUp {
    String id = null;
    String element = null;
    String file = null;
    Integer line = null;
    String message = null;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "element" -> element = in.once(1).optionalText();
        case "file" -> file = in.once(2).optionalText();
        case "line" -> line = in.once(3).optionalInt();
        case "message" -> message = in.once(4).text();
        default -> in.skipValue();
      }
    }
    if (id == null || message == null) {
      throw new StreamingGaveUp("an import issue misses its id or message");
    }
    return new ImportIssue(id, element, file, line == null ? 0 : line, message);
  }
}
