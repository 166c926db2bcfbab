package io.schemaforge.app.ui.canvas;

import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;

/** What a relationship line's end shows, in crow's-foot notation. */
public enum EndMark {
  /** Exactly one: two bars. */
  ONE_MANDATORY,
  /** Zero or one: a bar and a circle. */
  ONE_OPTIONAL,
  /** Many: a crow's foot. */
  MANY;

  /** The mark at the source ("one") end: mandatory when the target must reference a source. */
  public static EndMark atSource(Relationship r) {
    if (r.kind() == RelationshipKind.MANY_TO_MANY) {
      return MANY;
    }
    return r.required() ? ONE_MANDATORY : ONE_OPTIONAL;
  }

  /** The mark at the target end, which holds the foreign key. */
  public static EndMark atTarget(Relationship r) {
    return r.kind() == RelationshipKind.ONE_TO_ONE ? ONE_OPTIONAL : MANY;
  }
}
