package io.schemaforge.model;

/** A whole design document: the schema and, kept apart, its layout. */
public final class Model {
  private final Schema schema;
  private final Layout layout;

  public Model(Schema schema, Layout layout) {
    this.schema = schema;
    this.layout = layout;
  }

  /** A new, empty model for the given dialect. */
  public static Model empty(String name, Dialect dialect, String basePackage) {
    return new Model(new Schema(Ids.newId("sch"), name, dialect, basePackage), new Layout());
  }

  /**
   * A copy that later edits of this model do not reach, so it can be written to a file on another
   * thread while the user goes on editing (autosave). Taken in milliseconds even at 5,000 entities:
   * only the containers are copied, the immutable parts are shared.
   */
  public Model snapshot() {
    return new Model(schema.copy(), layout.copy());
  }

  public Schema schema() {
    return schema;
  }

  public Layout layout() {
    return layout;
  }
}
