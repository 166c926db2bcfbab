package io.schemaforge.projectfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.schemaforge.model.Layout;
import io.schemaforge.model.Model;
import io.schemaforge.model.Schema;
import java.io.IOException;

/**
 * The fast way to read a project file: token by token with Jackson's streaming parser, building the
 * model directly, without Jackson's tree of the whole file. For a large model that tree is most of
 * a cold load's garbage and a good part of its time.
 *
 * <p>It reads valid files only, and for those makes the very model the tree reader ({@link
 * ProjectFileReader}) makes. On anything else (broken JSON, a missing or mistyped field, a
 * duplicate key or id, a reference that points nowhere, another format version, trailing content)
 * it gives up with {@link StreamingGaveUp} and says nothing more: the tree reader then reads the
 * file and names what is wrong, so the messages are the tree reader's alone. Where it is unsure
 * that it would read a file as the tree reader does, it gives up too.
 */
final class StreamingModelReader {
  /**
   * A plain factory with Jackson's defaults, which are those of the tree reader's ObjectMapper, so
   * both see the same tokens in the same text; the test compares the two. A plain one, because
   * creating an ObjectMapper costs a cold start a tenth of a second or more.
   */
  static final JsonFactory FACTORY = new JsonFactory();

  private StreamingModelReader() {}

  /**
   * @param utf8 the file's bytes when the tree reader reads those (plain UTF-8), else null
   * @param json the file's text, read when {@code utf8} is null
   */
  static Model read(byte[] utf8, String json) throws StreamingGaveUp {
    try (JsonParser p = utf8 != null ? FACTORY.createParser(utf8) : FACTORY.createParser(json)) {
      // an id per 64 characters at most, as the tree reader reckons, so the set never rehashes
      return readRoot(new TokenCursor(p), new UniqueIds(json.length() / 64));
    } catch (IOException | RuntimeException e) {
      // Broken JSON, and also what the model refuses or an unknown enum name: the tree reader
      // reads the file again and says what is wrong.
      throw new StreamingGaveUp(e);
    }
  }

  private static Model readRoot(TokenCursor in, UniqueIds ids) throws IOException, StreamingGaveUp {
    if (in.next() != JsonToken.START_OBJECT) {
      throw new StreamingGaveUp("not a JSON object");
    }
    Integer version = null;
    Schema schema = null;
    StreamingLayoutReader.Pending layout = null;
    String field;
    while ((field = in.nextField()) != null) {
      switch (field) {
        case "formatVersion" -> version = in.once(0).optionalInt();
        case "schema" -> {
          in.once(1);
          if (!in.startObject()) {
            throw new StreamingGaveUp("no schema");
          }
          schema = new StreamingSchemaReader(in, ids).read();
        }
        case "layout" -> {
          in.once(2);
          layout = in.startObject() ? new StreamingLayoutReader(in, ids).read() : null;
        }
        default -> in.skipValue();
      }
    }
    // The tree reader ignores what follows the root object; giving up costs nothing here.
    if (!in.atEnd()) {
      throw new StreamingGaveUp("something after the root object");
    }
    if (version == null || version < 1 || version > ProjectFileWriter.FORMAT_VERSION) {
      throw new StreamingGaveUp("no format version, or one this reader does not read");
    }
    if (schema == null) {
      throw new StreamingGaveUp("no schema");
    }
    // The layout may have come before the schema: only now can it be put together.
    return new Model(schema, layout == null ? new Layout() : layout.toLayout(schema));
  }
}
