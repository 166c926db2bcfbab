package io.schemaforge.projectfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Index;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import io.schemaforge.model.Note;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.Schema;
import io.schemaforge.model.Trait;
import io.schemaforge.model.UniqueConstraint;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a model as the project file's JSON. Deterministic: the same model gives the same bytes,
 * elements keep the model's order, properties a fixed order, and the layout sits in its own
 * section, so moving a card changes only layout lines and git diffs stay small.
 */
public final class ProjectFileWriter {
  public static final int FORMAT_VERSION = 1;

  private static final JsonFactory FACTORY = new JsonFactory();

  /** The file content for a model. */
  public static String toJson(Model model) {
    StringWriter out = new StringWriter(64 * 1024);
    write(model, out);
    return out.toString();
  }

  public static void write(Model model, Writer out) {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      // LF on every platform, so a file saved on Windows diffs cleanly against one from Linux.
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      g.setPrettyPrinter(
          new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
      g.writeStartObject();
      g.writeNumberField("formatVersion", FORMAT_VERSION);
      writeSchema(g, model.schema());
      writeLayout(g, model.schema(), model.layout());
      g.writeEndObject();
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeSchema(JsonGenerator g, Schema s) throws IOException {
    g.writeObjectFieldStart("schema");
    g.writeStringField("id", s.id());
    g.writeStringField("name", s.name());
    g.writeStringField("dialect", s.dialect().cliName());
    optional(g, "basePackage", s.basePackage());
    g.writeObjectFieldStart("naming");
    g.writeStringField("tableNumber", FormatNames.write(s.naming().tableNumber()));
    g.writeBooleanField("timestampsWithTimeZone", s.naming().timestampsWithTimeZone());
    g.writeBooleanField("quoteIdentifiers", s.naming().quoteIdentifiers());
    g.writeEndObject();
    // written only when something is switched on, so files from before this setting stay as they
    // were
    if (s.generateRepositories() || s.generateJooq()) {
      g.writeObjectFieldStart("generate");
      g.writeBooleanField("repositories", s.generateRepositories());
      g.writeBooleanField("jooq", s.generateJooq());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("entities");
    for (Entity e : s.entities()) {
      writeEntity(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("relationships");
    for (Relationship r : s.relationships()) {
      writeRelationship(g, r);
    }
    g.writeEndArray();
    // written only when there are some, so files without import findings stay as they were
    if (!s.importIssues().isEmpty()) {
      g.writeArrayFieldStart("importIssues");
      for (ImportIssue i : s.importIssues()) {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        optional(g, "element", i.element());
        optional(g, "file", i.file());
        if (i.line() > 0) {
          g.writeNumberField("line", i.line());
        }
        g.writeStringField("message", i.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeEntity(JsonGenerator g, Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("name", e.name());
    g.writeStringField("table", e.tableName());
    optional(g, "sourceName", e.sourceName());
    optional(g, "comment", e.comment());
    if (!e.traits().isEmpty()) {
      g.writeArrayFieldStart("traits");
      for (Trait t : Trait.values()) {
        if (e.traits().contains(t)) {
          g.writeString(FormatNames.write(t));
        }
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("attributes");
    for (Attribute a : e.attributes()) {
      writeAttribute(g, a);
    }
    g.writeEndArray();
    if (!e.indexes().isEmpty()) {
      g.writeArrayFieldStart("indexes");
      for (Index ix : e.indexes()) {
        g.writeStartObject();
        g.writeStringField("id", ix.id());
        optional(g, "name", ix.name());
        ids(g, "attributes", ix.attributeIds());
        flag(g, "unique", ix.unique());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!e.uniqueConstraints().isEmpty()) {
      g.writeArrayFieldStart("uniqueConstraints");
      for (UniqueConstraint uq : e.uniqueConstraints()) {
        g.writeStartObject();
        g.writeStringField("id", uq.id());
        optional(g, "name", uq.name());
        ids(g, "attributes", uq.attributeIds());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!e.checkConstraints().isEmpty()) {
      g.writeArrayFieldStart("checkConstraints");
      for (CheckConstraint ck : e.checkConstraints()) {
        g.writeStartObject();
        g.writeStringField("id", ck.id());
        g.writeStringField("name", ck.name());
        g.writeStringField("expression", ck.expression());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeAttribute(JsonGenerator g, Attribute a) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", a.id());
    g.writeStringField("name", a.name());
    g.writeStringField("column", a.columnName());
    optional(g, "sourceName", a.sourceName());
    g.writeStringField("type", FormatNames.write(a.type()));
    optionalNumber(g, "length", a.length());
    optionalNumber(g, "precision", a.precision());
    optionalNumber(g, "scale", a.scale());
    flag(g, "primaryKey", a.primaryKey());
    flag(g, "identity", a.identity());
    g.writeBooleanField("nullable", a.nullable());
    flag(g, "unique", a.unique());
    optional(g, "default", a.defaultValue());
    flag(g, "sensitive", a.sensitive());
    optional(g, "comment", a.comment());
    if (!a.enumValues().isEmpty()) {
      ids(g, "enumValues", a.enumValues());
    }
    flag(g, "email", a.hints().email());
    optional(g, "pattern", a.hints().pattern());
    if (a.hints().min() != null) {
      g.writeNumberField("min", a.hints().min());
    }
    if (a.hints().max() != null) {
      g.writeNumberField("max", a.hints().max());
    }
    g.writeEndObject();
  }

  private static void writeRelationship(JsonGenerator g, Relationship r) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id());
    g.writeStringField("kind", FormatNames.write(r.kind()));
    g.writeStringField("source", r.sourceEntityId());
    g.writeStringField("target", r.targetEntityId());
    if (!r.foreignKeyAttributeIds().isEmpty()) {
      ids(g, "foreignKeys", r.foreignKeyAttributeIds());
    }
    if (r.joinTable() != null) {
      g.writeObjectFieldStart("joinTable");
      g.writeStringField("table", r.joinTable().tableName());
      g.writeStringField("sourceColumn", r.joinTable().sourceColumn());
      g.writeStringField("targetColumn", r.joinTable().targetColumn());
      g.writeEndObject();
    }
    optional(g, "sourceNavigation", r.sourceNavigation());
    optional(g, "targetNavigation", r.targetNavigation());
    g.writeBooleanField("required", r.required());
    g.writeStringField("onDelete", FormatNames.write(r.onDelete()));
    g.writeEndObject();
  }

  private static void writeLayout(JsonGenerator g, Schema s, Layout layout) throws IOException {
    g.writeObjectFieldStart("layout");
    g.writeObjectFieldStart("entities");
    // Schema order, not hash order: the same model always gives the same lines.
    for (Entity e : s.entities()) {
      Bounds b = layout.bounds(e.id()).orElse(null);
      if (b == null) {
        continue;
      }
      g.writeFieldName(e.id());
      g.writeStartObject();
      bounds(g, b);
      optional(g, "color", layout.color(e.id()).orElse(null));
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("notes");
    for (Note n : layout.notes()) {
      g.writeStartObject();
      g.writeStringField("id", n.id());
      g.writeStringField("text", n.text());
      bounds(g, n.bounds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("groups");
    for (Group gr : layout.groups()) {
      g.writeStartObject();
      g.writeStringField("id", gr.id());
      g.writeStringField("name", gr.name());
      optional(g, "color", gr.color());
      ids(g, "entities", gr.entityIds());
      bounds(g, gr.bounds());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void bounds(JsonGenerator g, Bounds b) throws IOException {
    number(g, "x", b.x());
    number(g, "y", b.y());
    number(g, "width", b.width());
    number(g, "height", b.height());
  }

  /** Whole numbers without ".0", so hand-edited and generated files look alike. */
  private static void number(JsonGenerator g, String name, double v) throws IOException {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      g.writeNumberField(name, (long) v);
    } else {
      g.writeNumberField(name, v);
    }
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void optionalNumber(JsonGenerator g, String name, Integer value)
      throws IOException {
    if (value != null) {
      g.writeNumberField(name, value);
    }
  }

  private static void flag(JsonGenerator g, String name, boolean value) throws IOException {
    if (value) {
      g.writeBooleanField(name, true);
    }
  }

  private static void ids(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private ProjectFileWriter() {}
}
