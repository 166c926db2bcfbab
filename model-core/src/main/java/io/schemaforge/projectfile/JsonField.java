package io.schemaforge.projectfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON node together with where it sits in the file (a JSON pointer), so that every complaint can
 * say which field is wrong and, through {@link LineFinder}, on which line.
 */
final class JsonField {
  private final JsonNode node;
  // Where the field sits, kept as its parent and its name (or index) and spelt out as a pointer
  // only for a complaint: building a pointer string for every field read was a sixth of loading.
  private final JsonField parent;
  private final String name;
  private final int index;

  JsonField(JsonNode node, String pointer) {
    this(node, null, pointer, -1);
  }

  private JsonField(JsonNode node, JsonField parent, String name, int index) {
    this.node = node;
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  String pointer() {
    if (parent == null) {
      return name;
    }
    return parent.pointer() + "/" + (name != null ? name : String.valueOf(index));
  }

  JsonNode node() {
    return node;
  }

  boolean has(String name) {
    return present(name) != null;
  }

  /** The value of a field, or null when it is missing or null. */
  private JsonNode present(String name) {
    JsonNode n = node.get(name);
    return n == null || n.isNull() ? null : n;
  }

  JsonField object(String name) throws BadField {
    JsonField f = required(name);
    if (!f.node.isObject()) {
      throw new BadField(f.pointer(), "must be an object");
    }
    return f;
  }

  List<JsonField> array(String name) throws BadField {
    JsonNode n = present(name);
    if (n == null) {
      return List.of();
    }
    JsonField f = new JsonField(n, this, name, -1);
    if (!n.isArray()) {
      throw new BadField(f.pointer(), "must be a list");
    }
    List<JsonField> items = new ArrayList<>(n.size());
    for (int i = 0; i < n.size(); i++) {
      items.add(new JsonField(n.get(i), f, null, i));
    }
    return items;
  }

  List<String> strings(String name) throws BadField {
    List<String> values = new ArrayList<>();
    for (JsonField item : array(name)) {
      if (!item.node.isTextual()) {
        throw new BadField(item.pointer(), "must be text");
      }
      values.add(item.node.asText());
    }
    return values;
  }

  String string(String name) throws BadField {
    JsonField f = required(name);
    if (!f.node.isTextual()) {
      throw new BadField(f.pointer(), "must be text");
    }
    return f.node.asText();
  }

  String optionalString(String name) throws BadField {
    JsonNode n = present(name);
    if (n == null) {
      return null;
    }
    if (!n.isTextual()) {
      throw new BadField(child(name).pointer(), "must be text");
    }
    return n.asText();
  }

  boolean bool(String name, boolean fallback) throws BadField {
    JsonNode n = present(name);
    if (n == null) {
      return fallback;
    }
    if (!n.isBoolean()) {
      throw new BadField(child(name).pointer(), "must be true or false");
    }
    return n.asBoolean();
  }

  Integer optionalInt(String name) throws BadField {
    JsonNode n = present(name);
    if (n == null) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      throw new BadField(child(name).pointer(), "must be a whole number");
    }
    return n.asInt();
  }

  Long optionalLong(String name) throws BadField {
    JsonNode n = present(name);
    if (n == null) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToLong()) {
      throw new BadField(child(name).pointer(), "must be a whole number");
    }
    return n.asLong();
  }

  double number(String name) throws BadField {
    JsonField f = required(name);
    if (!f.node.isNumber()) {
      throw new BadField(f.pointer(), "must be a number");
    }
    return f.node.asDouble();
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) throws BadField {
    String text = string(name);
    try {
      return FormatNames.read(type, text);
    } catch (IllegalArgumentException e) {
      throw new BadField(
          child(name).pointer(), "'" + text + "' is not one of " + FormatNames.choices(type));
    }
  }

  private JsonField required(String name) throws BadField {
    JsonNode n = present(name);
    if (n == null) {
      throw new BadField(pointer(), "misses the required field '" + name + "'");
    }
    return new JsonField(n, this, name, -1);
  }

  private JsonField child(String name) {
    return new JsonField(node.get(name), this, name, -1);
  }

  /** A field that is missing or has the wrong kind of value. */
  static final class BadField extends Exception {
    private static final long serialVersionUID = 1L;
    final String pointer;

    BadField(String pointer, String problem) {
      super(problem);
      this.pointer = pointer;
    }
  }
}
