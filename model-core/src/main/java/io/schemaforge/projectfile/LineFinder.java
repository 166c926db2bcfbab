package io.schemaforge.projectfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Finds the line of a JSON pointer by streaming the text once more. Only called when reading
 * failed, so the happy path pays nothing for good error messages.
 */
final class LineFinder {
  private LineFinder() {}

  /** The 1-based line where the value at {@code pointer} starts, or -1 if it cannot be found. */
  static int lineOf(String json, String pointer) {
    JsonPointer target = JsonPointer.compile(pointer.isEmpty() ? "" : pointer);
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME) {
          continue;
        }
        if (p.getParsingContext().pathAsPointer().equals(target)
            || (t.isStructStart()
                && p.getParsingContext().getParent() != null
                && p.getParsingContext().getParent().pathAsPointer().equals(target))) {
          return p.currentTokenLocation().getLineNr();
        }
      }
    } catch (IOException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Renders a pointer as a readable path: /schema/entities/2/type becomes schema.entities[2].type.
   */
  static String readable(String pointer) {
    StringBuilder sb = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        sb.append('[').append(part).append(']');
      } else {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(part.replace("~1", "/").replace("~0", "~"));
      }
    }
    return sb.length() == 0 ? "(top level)" : sb.toString();
  }
}
