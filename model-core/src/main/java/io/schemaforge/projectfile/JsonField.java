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
  private final String pointer;

  JsonField(JsonNode node, String pointer) {
    this.node = node;
    this.pointer = pointer;
  }

  String pointer() {
    return pointer;
  }

  JsonNode node() {
    return node;
  }

  boolean has(String name) {
    JsonNode n = node.get(name);
    return n != null && !n.isNull();
  }

  JsonField object(String name) throws BadField {
    JsonField f = required(name);
    if (!f.node.isObject()) {
      throw new BadField(f.pointer, "must be an object");
    }
    return f;
  }

  List<JsonField> array(String name) throws BadField {
    if (!has(name)) {
      return List.of();
    }
    JsonField f = child(name);
    if (!f.node.isArray()) {
      throw new BadField(f.pointer, "must be a list");
    }
    List<JsonField> items = new ArrayList<>(f.node.size());
    for (int i = 0; i < f.node.size(); i++) {
      items.add(new JsonField(f.node.get(i), f.pointer + "/" + i));
    }
    return items;
  }

  List<String> strings(String name) throws BadField {
    List<String> values = new ArrayList<>();
    for (JsonField item : array(name)) {
      if (!item.node.isTextual()) {
        throw new BadField(item.pointer, "must be text");
      }
      values.add(item.node.asText());
    }
    return values;
  }

  String string(String name) throws BadField {
    JsonField f = required(name);
    if (!f.node.isTextual()) {
      throw new BadField(f.pointer, "must be text");
    }
    return f.node.asText();
  }

  String optionalString(String name) throws BadField {
    return has(name) ? string(name) : null;
  }

  boolean bool(String name, boolean fallback) throws BadField {
    if (!has(name)) {
      return fallback;
    }
    JsonField f = child(name);
    if (!f.node.isBoolean()) {
      throw new BadField(f.pointer, "must be true or false");
    }
    return f.node.asBoolean();
  }

  Integer optionalInt(String name) throws BadField {
    if (!has(name)) {
      return null;
    }
    JsonField f = child(name);
    if (!f.node.isIntegralNumber() || !f.node.canConvertToInt()) {
      throw new BadField(f.pointer, "must be a whole number");
    }
    return f.node.asInt();
  }

  Long optionalLong(String name) throws BadField {
    if (!has(name)) {
      return null;
    }
    JsonField f = child(name);
    if (!f.node.isIntegralNumber() || !f.node.canConvertToLong()) {
      throw new BadField(f.pointer, "must be a whole number");
    }
    return f.node.asLong();
  }

  double number(String name) throws BadField {
    JsonField f = required(name);
    if (!f.node.isNumber()) {
      throw new BadField(f.pointer, "must be a number");
    }
    return f.node.asDouble();
  }

  <E extends Enum<E>> E enumValue(String name, Class<E> type) throws BadField {
    String text = string(name);
    try {
      return FormatNames.read(type, text);
    } catch (IllegalArgumentException e) {
      throw new BadField(
          child(name).pointer, "'" + text + "' is not one of " + FormatNames.choices(type));
    }
  }

  private JsonField required(String name) throws BadField {
    if (!has(name)) {
      throw new BadField(pointer, "misses the required field '" + name + "'");
    }
    return child(name);
  }

  private JsonField child(String name) {
    return new JsonField(node.get(name), pointer + "/" + name);
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
