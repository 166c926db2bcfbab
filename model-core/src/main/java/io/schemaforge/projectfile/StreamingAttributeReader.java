package io.schemaforge.projectfile;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.ValidationHints;
import java.io.IOException;
import java.util.List;

/**
 * Reads one attribute of an entity from the token stream into the same {@link Attribute} the tree
 * reader builds: the same defaults for absent fields (nullable unless it says otherwise, every
 * other flag off). Every known field has a number (the argument of {@link TokenCursor#once}) to
 * notice a field that appears twice.
 */
final class StreamingAttributeReader {
  private final TokenCursor in;
  private final UniqueIds ids;

  StreamingAttributeReader(TokenCursor in, UniqueIds ids) {
    this.in = in;
    this.ids = ids;
  }

  /** Reads the attribute whose object starts under the parser, up to and including its end. */
  Attribute read() throws IOException, StreamingGaveUp {
    String id = null;
    String name = null;
    String column = null;
    LogicalType type = null;
    String sourceName = null;
    Integer length = null;
    Integer precision = null;
    Integer scale = null;
    boolean primaryKey = false;
    boolean identity = false;
    boolean nullable = true;
    boolean unique = false;
    String defaultValue = null;
    boolean sensitive = false;
    String comment = null;
    List<String> enumValues = List.of();
    boolean email = false;
    String pattern = null;
    Long min = null;
    Long max = null;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "id" -> id = ids.claim(in.once(0).text());
        case "name" -> name = in.once(1).text();
        case "column" -> column = in.once(2).text();
        case "type" -> type = in.once(3).enumValue(LogicalType.class);
        case "sourceName" -> sourceName = in.once(4).optionalText();
        case "length" -> length = in.once(5).optionalInt();
        case "precision" -> precision = in.once(6).optionalInt();
        case "scale" -> scale = in.once(7).optionalInt();
        case "primaryKey" -> primaryKey = in.once(8).bool(false);
        case "identity" -> identity = in.once(9).bool(false);
        case "nullable" -> nullable = in.once(10).bool(true);
        case "unique" -> unique = in.once(11).bool(false);
        case "default" -> defaultValue = in.once(12).optionalText();
        case "sensitive" -> sensitive = in.once(13).bool(false);
        case "comment" -> comment = in.once(14).optionalText();
        case "enumValues" -> enumValues = in.once(15).texts();
        case "email" -> email = in.once(16).bool(false);
        case "pattern" -> pattern = in.once(17).optionalText();
        case "min" -> min = in.once(18).optionalLong();
        case "max" -> max = in.once(19).optionalLong();
        default -> in.skipValue();
      }
    }
    if (id == null || name == null || column == null || type == null) {
      throw new StreamingGaveUp("an attribute misses its id, name, column or type");
    }
    return Attribute.builder(id, name, column, type)
        .sourceName(sourceName)
        .length(length)
        .precision(precision)
        .scale(scale)
        .primaryKey(primaryKey)
        .identity(identity)
        .nullable(nullable)
        .unique(unique)
        .defaultValue(defaultValue)
        .sensitive(sensitive)
        .comment(comment)
        .enumValues(enumValues)
        .hints(new ValidationHints(email, pattern, min, max))
        .build();
  }
}
