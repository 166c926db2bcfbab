package io.schemaforge.projectfile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The streaming reader's view of a {@link JsonParser}: reads the value under the parser as the kind
 * the tree reader ({@link JsonField}) expects there, or gives up. Each check mirrors one of {@link
 * JsonField}'s, so a value accepted here is exactly the value the tree reader would read, and JSON
 * null counts as an absent field as it does there. Where matching the tree reader exactly would
 * take guessing (a number that is not a plain int or long), it gives up: the tree reader decides.
 */
final class TokenCursor {
  /**
   * Each enum's names as the writer spells them, mapped to what {@link FormatNames#read} makes of
   * them: the same answer without upper-casing a text for every attribute's type.
   */
  private static final ClassValue<Map<String, Object>> WRITTEN_NAMES =
      new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
          Map<String, Object> names = new HashMap<>();
          for (Object constant : type.getEnumConstants()) {
            String written = FormatNames.write((Enum<?>) constant);
            names.put(written, readAs(type, written));
          }
          return names;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private Object readAs(Class<?> type, String text) {
          return FormatNames.read((Class) type, text);
        }
      };

  private final JsonParser p;
  // The known fields read so far of the object at each nesting depth, one bit each (see once).
  private final int[] seen = new int[16];
  // The nesting depth of the object whose field nextField named last.
  private int depth;

  TokenCursor(JsonParser p) {
    this.p = p;
  }

  /** The next token, which must exist: a file that ends early is not for the streaming reader. */
  JsonToken next() throws IOException, StreamingGaveUp {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new StreamingGaveUp("the file ends early");
    }
    return t;
  }

  /** Whether there is anything after the root object (the tree reader would not look). */
  boolean atEnd() throws IOException {
    return p.nextToken() == null;
  }

  /**
   * The name of the current object's next field, with the parser moved onto its value; null after
   * the object's last field.
   */
  String nextField() throws IOException, StreamingGaveUp {
    String name = p.nextFieldName();
    if (name == null) {
      expect(JsonToken.END_OBJECT);
      return null;
    }
    JsonStreamContext object = p.getParsingContext();
    depth = object.getNestingDepth();
    if (depth >= seen.length) {
      throw new StreamingGaveUp("deeper than any project file");
    }
    if (object.getCurrentIndex() == 0) {
      seen[depth] = 0; // the first field of an object
    }
    next();
    return name;
  }

  /**
   * Marks the field just named by {@link #nextField} as read. Jackson's tree keeps the last of two
   * fields with the same name; rather than copy that rule (a list read twice would be read into
   * one), the streaming reader gives up on a repeated field. Each reader numbers the fields it
   * knows in an object 0, 1, 2, ... in the order of its cases.
   *
   * @param field the field's number, below 32
   * @return this cursor, to read the field's value
   */
  TokenCursor once(int field) throws StreamingGaveUp {
    int bit = 1 << field;
    if ((seen[depth] & bit) != 0) {
      throw new StreamingGaveUp("a field appears twice in one object");
    }
    seen[depth] |= bit;
    return this;
  }

  /** Whether the value is JSON null, which the tree reader treats as an absent field. */
  boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  /** A required text ({@link JsonField#string}). */
  String text() throws IOException, StreamingGaveUp {
    expect(JsonToken.VALUE_STRING);
    return p.getText();
  }

  /** {@link JsonField#optionalString}. */
  String optionalText() throws IOException, StreamingGaveUp {
    return isNull() ? null : text();
  }

  /** {@link JsonField#bool}. */
  boolean bool(boolean fallback) throws StreamingGaveUp {
    return switch (p.currentToken()) {
      case VALUE_NULL -> fallback;
      case VALUE_TRUE -> true;
      case VALUE_FALSE -> false;
      default -> throw unexpected();
    };
  }

  /** {@link JsonField#optionalInt}: a whole number in int range. */
  Integer optionalInt() throws IOException, StreamingGaveUp {
    if (isNull()) {
      return null;
    }
    expect(JsonToken.VALUE_NUMBER_INT);
    if (p.getNumberType() != NumberType.INT) {
      throw unexpected();
    }
    return p.getIntValue();
  }

  /** {@link JsonField#optionalLong}: a whole number in long range. */
  Long optionalLong() throws IOException, StreamingGaveUp {
    if (isNull()) {
      return null;
    }
    expect(JsonToken.VALUE_NUMBER_INT);
    NumberType type = p.getNumberType();
    if (type != NumberType.INT && type != NumberType.LONG) {
      throw unexpected();
    }
    return p.getLongValue();
  }

  /**
   * A required number ({@link JsonField#number}). The tree holds a whole number as an int or long
   * node and a fraction as a double node read with {@link JsonParser#getDoubleValue}; the values
   * here are converted to double the same way. Bigger whole numbers are left to the tree reader.
   */
  double number() throws IOException, StreamingGaveUp {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDoubleValue();
    }
    expect(JsonToken.VALUE_NUMBER_INT);
    return switch (p.getNumberType()) {
      case INT -> p.getIntValue();
      case LONG -> p.getLongValue();
      default -> throw unexpected();
    };
  }

  /** {@link JsonField#enumValue}: an unknown name throws, and the caller gives up. */
  <E extends Enum<E>> E enumValue(Class<E> type) throws IOException, StreamingGaveUp {
    String text = text();
    Object written = WRITTEN_NAMES.get(type).get(text);
    return written != null ? type.cast(written) : FormatNames.read(type, text);
  }

  /** {@link JsonField#strings}: a list of texts; absent (null) is empty. */
  List<String> texts() throws IOException, StreamingGaveUp {
    List<String> values = new ArrayList<>();
    if (startArray()) {
      while (next() != JsonToken.END_ARRAY) {
        values.add(text());
      }
    }
    return values;
  }

  /** Whether an optional object starts here (false for null); anything else gives up. */
  boolean startObject() throws StreamingGaveUp {
    if (isNull()) {
      return false;
    }
    expect(JsonToken.START_OBJECT);
    return true;
  }

  /** Whether an optional list starts here (false for null); anything else gives up. */
  boolean startArray() throws StreamingGaveUp {
    if (isNull()) {
      return false;
    }
    expect(JsonToken.START_ARRAY);
    return true;
  }

  /** Reads one object whose start is under the parser, up to and including its end. */
  @FunctionalInterface
  interface ObjectReader<T> {
    T read() throws IOException, StreamingGaveUp;
  }

  /**
   * A list of objects (every list element the tree reader reads as an element is an object), each
   * read by {@code reader}; absent (null) is empty.
   */
  <T> List<T> objects(ObjectReader<T> reader) throws IOException, StreamingGaveUp {
    List<T> items = new ArrayList<>();
    if (startArray()) {
      while (nextObjectInArray()) {
        items.add(reader.read());
      }
    }
    return items;
  }

  /**
   * Moves to the next element of a list of objects (every element the tree reader reads is an
   * object): true on the element's start, false at the end of the list.
   */
  private boolean nextObjectInArray() throws IOException, StreamingGaveUp {
    if (next() == JsonToken.END_ARRAY) {
      return false;
    }
    expect(JsonToken.START_OBJECT);
    return true;
  }

  /**
   * Passes over the value of a field the reader does not know. Jackson's tree builds a node for it,
   * decoding every text and number on the way, so this decodes them too: whatever would make the
   * tree fail makes this fail.
   */
  void skipValue() throws IOException, StreamingGaveUp {
    int depth = 0;
    JsonToken t = p.currentToken();
    while (true) {
      switch (t) {
        case START_OBJECT, START_ARRAY -> depth++;
        case END_OBJECT, END_ARRAY -> depth--;
        case VALUE_STRING -> p.getText();
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getNumberValue();
        default -> {
          // field names, true, false and null need no decoding
        }
      }
      if (depth == 0) {
        return;
      }
      t = next();
    }
  }

  private void expect(JsonToken wanted) throws StreamingGaveUp {
    if (p.currentToken() != wanted) {
      throw unexpected();
    }
  }

  private StreamingGaveUp unexpected() {
    return new StreamingGaveUp(
        "unexpected " + p.currentToken() + " at " + p.getParsingContext().pathAsPointer());
  }
}
