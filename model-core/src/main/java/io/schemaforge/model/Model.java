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

  public Schema schema() {
    return schema;
  }

  public Layout layout() {
    return layout;
  }
}
