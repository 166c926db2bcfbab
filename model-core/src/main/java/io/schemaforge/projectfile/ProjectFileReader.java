package io.schemaforge.projectfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.CheckConstraint;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.ImportIssue;
import io.schemaforge.model.Index;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.Layout;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Note;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.model.Trait;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.model.ValidationHints;
import io.schemaforge.projectfile.JsonField.BadField;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the project file's JSON into a new model. Anything wrong (broken JSON, a missing or
 * mistyped field, an id that points nowhere, a newer format) becomes a {@link ProjectFileException}
 * that names the field and the line; nothing is half-read.
 *
 * <p>A valid file is read by {@link StreamingModelReader}, which builds the model without Jackson's
 * tree of the whole file. It gives up on anything it does not expect, and then the file is read
 * again here, through the tree, which is what finds the field and line to name: every message comes
 * from this class.
 */
public final class ProjectFileReader {
  /**
   * Made when a file first needs the tree reader, not when this class loads: a valid file never
   * does, and creating an ObjectMapper costs a cold start a tenth of a second or more.
   */
  private static final class Tree {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final String json;
  // The same text as UTF-8 bytes when the caller has them: Jackson parses those faster.
  private final byte[] utf8;
  private final String source;
  private final Set<String> ids;

  private ProjectFileReader(String json, byte[] utf8, String source) {
    this.json = json;
    this.utf8 = utf8;
    this.source = source;
    // sized for the file (an id per ~100 characters of JSON), so it never rehashes while reading
    this.ids = new HashSet<>(Math.max(16, json.length() / 64));
  }

  /**
   * @param source how to name the file in messages (its path)
   */
  public static Model fromJson(String json, String source) throws ProjectFileException {
    Model fast = readFast(null, json);
    return fast != null ? fast : new ProjectFileReader(json, null, source).read();
  }

  /**
   * Like {@link #fromJson(String, String)}, for a file's content: {@code utf8} are its bytes and
   * {@code json} the same bytes decoded. Reads the bytes (about twice as fast as the text for a
   * cold reader of a large file) and says what is wrong exactly as the text would.
   */
  static Model fromUtf8(byte[] utf8, String json, String source) throws ProjectFileException {
    byte[] plain = plainUtf8(utf8) ? utf8 : null;
    Model fast = readFast(plain, json);
    return fast != null ? fast : new ProjectFileReader(json, plain, source).read();
  }

  /**
   * The model of a valid file, read by {@link StreamingModelReader} without Jackson's tree (which
   * made most of a cold load's time and garbage); null when that reader gives up, which it does on
   * anything wrong: this class then reads the file again and says what is wrong, as it always did.
   */
  private static Model readFast(byte[] utf8, String json) {
    try {
      return StreamingModelReader.read(utf8, json);
    } catch (StreamingGaveUp e) {
      return null;
    }
  }

  /** The tree reader alone, without trying the streaming one first: for tests comparing the two. */
  static Model fromJsonByTree(String json, String source) throws ProjectFileException {
    return new ProjectFileReader(json, null, source).read();
  }

  /**
   * Whether Jackson's byte reader takes these bytes for UTF-8 as they are: no byte-order mark and
   * no zero byte among the first four, from which it would guess UTF-16 or UTF-32.
   */
  private static boolean plainUtf8(byte[] b) {
    if (b.length < 4 || (b[0] & 0xff) == 0xef) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (b[i] == 0) {
        return false;
      }
    }
    return true;
  }

  private JsonNode parse() throws JsonProcessingException {
    if (utf8 != null) {
      try {
        return Tree.MAPPER.readTree(utf8);
      } catch (java.io.IOException e) {
        // Reading the text again gives the message (and column) users have always seen.
      }
    }
    return Tree.MAPPER.readTree(json);
  }

  private Model read() throws ProjectFileException {
    JsonNode root;
    try {
      root = parse();
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where =
          loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new ProjectFileException(
          source
              + ": not valid JSON"
              + where
              + ": "
              + plain(e.getOriginalMessage())
              + (e.getOriginalMessage().contains("end-of-input")
                  ? " (is the file truncated?)"
                  : ""),
          e);
    }
    if (root == null || !root.isObject()) {
      throw new ProjectFileException(source + ": not a Schemaforge model (expected a JSON object)");
    }
    try {
      JsonField top = new JsonField(root, "");
      checkVersion(top);
      Schema schema = readSchema(top.object("schema"));
      Layout layout = top.has("layout") ? readLayout(top.object("layout"), schema) : new Layout();
      return new Model(schema, layout);
    } catch (BadField e) {
      int line = LineFinder.lineOf(json, e.pointer);
      throw new ProjectFileException(
          source
              + ": field "
              + LineFinder.readable(e.pointer)
              + (line > 0 ? " (line " + line + ")" : "")
              + " "
              + e.getMessage());
    }
  }

  /**
   * Jackson's message without its parser-internal source description, which means nothing to users.
   */
  static String plain(String message) {
    String m = message == null ? "unreadable" : message;
    for (String cut : new String[] {"\n", " (for ", " (start marker", " at [Source", "[Source"}) {
      int i = m.indexOf(cut);
      if (i > 0) {
        m = m.substring(0, i);
      }
    }
    return m.strip();
  }

  private void checkVersion(JsonField top) throws BadField {
    Integer version = top.optionalInt("formatVersion");
    if (version == null) {
      throw new BadField("", "misses 'formatVersion': is this a Schemaforge model?");
    }
    if (version > ProjectFileWriter.FORMAT_VERSION) {
      throw new BadField(
          "/formatVersion",
          "is "
              + version
              + ": the file was written by a newer Schemaforge; this version reads format "
              + ProjectFileWriter.FORMAT_VERSION
              + ". Update Schemaforge to open it.");
    }
    if (version < 1) {
      throw new BadField("/formatVersion", "is " + version + ", which no Schemaforge wrote");
    }
  }

  private Schema readSchema(JsonField s) throws BadField {
    Dialect dialect;
    try {
      dialect = Dialect.parse(s.string("dialect"));
    } catch (IllegalArgumentException e) {
      throw new BadField(s.pointer() + "/dialect", e.getMessage());
    }
    Schema schema = new Schema(id(s), s.string("name"), dialect, s.optionalString("basePackage"));
    if (s.has("naming")) {
      JsonField n = s.object("naming");
      schema.setNaming(
          new NamingConvention(
              n.has("tableNumber")
                  ? n.enumValue("tableNumber", NamingConvention.TableNumber.class)
                  : NamingConvention.TableNumber.EITHER,
              n.bool("timestampsWithTimeZone", true),
              n.bool("quoteIdentifiers", false)));
    }
    if (s.has("generate")) {
      JsonField g = s.object("generate");
      schema.setGenerateRepositories(g.bool("repositories", false));
      schema.setGenerateJooq(g.bool("jooq", false));
    }
    for (JsonField e : s.array("entities")) {
      schema.insertEntity(schema.entities().size(), readEntity(e));
    }
    for (JsonField r : s.array("relationships")) {
      schema.putRelationship(schema.relationships().size(), readRelationship(r, schema));
    }
    if (s.has("importIssues")) {
      for (JsonField i : s.array("importIssues")) {
        Integer line = i.optionalInt("line");
        schema.insertImportIssue(
            schema.importIssues().size(),
            new ImportIssue(
                id(i),
                i.optionalString("element"),
                i.optionalString("file"),
                line == null ? 0 : line,
                i.string("message")));
      }
    }
    return schema;
  }

  private Entity readEntity(JsonField f) throws BadField {
    Entity e = new Entity(id(f), f.string("name"), f.string("table"));
    e.setSourceName(f.optionalString("sourceName"));
    e.setComment(f.optionalString("comment"));
    for (JsonField t : f.array("traits")) {
      try {
        e.setTrait(FormatNames.read(Trait.class, t.node().asText()), true);
      } catch (IllegalArgumentException x) {
        throw new BadField(
            t.pointer(),
            "'" + t.node().asText() + "' is not one of " + FormatNames.choices(Trait.class));
      }
    }
    for (JsonField a : f.array("attributes")) {
      e.insertAttribute(e.attributes().size(), readAttribute(a));
    }
    for (JsonField ix : f.array("indexes")) {
      e.putIndex(
          e.indexes().size(),
          new Index(
              id(ix), ix.optionalString("name"), attributeRefs(ix, e), ix.bool("unique", false)));
    }
    for (JsonField uq : f.array("uniqueConstraints")) {
      e.putUniqueConstraint(
          e.uniqueConstraints().size(),
          new UniqueConstraint(id(uq), uq.optionalString("name"), attributeRefs(uq, e)));
    }
    for (JsonField ck : f.array("checkConstraints")) {
      e.putCheckConstraint(
          e.checkConstraints().size(),
          new CheckConstraint(id(ck), ck.string("name"), ck.string("expression")));
    }
    return e;
  }

  private java.util.List<String> attributeRefs(JsonField f, Entity e) throws BadField {
    java.util.List<String> refs = f.strings("attributes");
    for (int i = 0; i < refs.size(); i++) {
      if (e.attribute(refs.get(i)).isEmpty()) {
        throw new BadField(
            f.pointer() + "/attributes/" + i,
            "refers to attribute '"
                + refs.get(i)
                + "', which entity "
                + e.name()
                + " does not have");
      }
    }
    return refs;
  }

  private Attribute readAttribute(JsonField f) throws BadField {
    return Attribute.builder(
            id(f), f.string("name"), f.string("column"), f.enumValue("type", LogicalType.class))
        .sourceName(f.optionalString("sourceName"))
        .length(f.optionalInt("length"))
        .precision(f.optionalInt("precision"))
        .scale(f.optionalInt("scale"))
        .primaryKey(f.bool("primaryKey", false))
        .identity(f.bool("identity", false))
        .nullable(f.bool("nullable", true))
        .unique(f.bool("unique", false))
        .defaultValue(f.optionalString("default"))
        .sensitive(f.bool("sensitive", false))
        .comment(f.optionalString("comment"))
        .enumValues(f.strings("enumValues"))
        .hints(
            new ValidationHints(
                f.bool("email", false),
                f.optionalString("pattern"),
                f.optionalLong("min"),
                f.optionalLong("max")))
        .build();
  }

  private Relationship readRelationship(JsonField f, Schema schema) throws BadField {
    String source = entityRef(f, "source", schema);
    String target = entityRef(f, "target", schema);
    java.util.List<String> fks = f.strings("foreignKeys");
    Entity t = schema.requireEntity(target);
    for (int i = 0; i < fks.size(); i++) {
      if (t.attribute(fks.get(i)).isEmpty()) {
        throw new BadField(
            f.pointer() + "/foreignKeys/" + i,
            "refers to attribute '"
                + fks.get(i)
                + "', which entity "
                + t.name()
                + " does not have");
      }
    }
    JoinTable jt = null;
    if (f.has("joinTable")) {
      JsonField j = f.object("joinTable");
      jt = new JoinTable(j.string("table"), j.string("sourceColumn"), j.string("targetColumn"));
    }
    return new Relationship(
        id(f),
        f.enumValue("kind", RelationshipKind.class),
        source,
        target,
        fks,
        jt,
        f.optionalString("sourceNavigation"),
        f.optionalString("targetNavigation"),
        f.bool("required", false),
        f.has("onDelete") ? f.enumValue("onDelete", OnDelete.class) : OnDelete.NO_ACTION);
  }

  private String entityRef(JsonField f, String name, Schema schema) throws BadField {
    String ref = f.string(name);
    if (schema.entity(ref).isEmpty()) {
      throw new BadField(
          f.pointer() + "/" + name, "refers to entity '" + ref + "', which does not exist");
    }
    return ref;
  }

  private Layout readLayout(JsonField f, Schema schema) throws BadField {
    Layout layout = new Layout();
    if (f.has("entities")) {
      JsonField entities = f.object("entities");
      var names = entities.node().fieldNames();
      while (names.hasNext()) {
        String entityId = names.next();
        JsonField b = entities.object(entityId);
        // A position for an entity that is gone is harmless: dropped, not an error.
        if (schema.entity(entityId).isPresent()) {
          layout.setBounds(entityId, bounds(b));
          layout.setColor(entityId, b.optionalString("color"));
        }
      }
    }
    for (JsonField n : f.array("notes")) {
      layout.putNote(layout.notes().size(), new Note(id(n), n.string("text"), bounds(n)));
    }
    for (JsonField g : f.array("groups")) {
      java.util.List<String> members = new java.util.ArrayList<>();
      for (String m : g.strings("entities")) {
        if (schema.entity(m).isPresent()) {
          members.add(m);
        }
      }
      layout.putGroup(
          layout.groups().size(),
          new Group(id(g), g.string("name"), g.optionalString("color"), members, bounds(g)));
    }
    return layout;
  }

  private static Bounds bounds(JsonField f) throws BadField {
    double w = f.number("width");
    double h = f.number("height");
    if (w <= 0 || h <= 0) {
      throw new BadField(f.pointer(), "has a width or height that is not positive");
    }
    return new Bounds(f.number("x"), f.number("y"), w, h);
  }

  /** Reads an element's id and refuses a second element with the same one. */
  private String id(JsonField f) throws BadField {
    String id = f.string("id");
    if (id.isBlank()) {
      throw new BadField(f.pointer() + "/id", "is empty");
    }
    if (!ids.add(id)) {
      throw new BadField(f.pointer() + "/id", "'" + id + "' is used by another element too");
    }
    return id;
  }
}
