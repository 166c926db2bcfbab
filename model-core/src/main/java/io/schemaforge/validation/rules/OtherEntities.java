package io.schemaforge.validation.rules;

import io.schemaforge.model.Entity;
import io.schemaforge.validation.ValidationContext;
import java.util.List;
import java.util.Set;

/** Names the other entities found in one of the context's name indexes, for messages. */
final class OtherEntities {
  private static final int SHOWN = 3;

  private OtherEntities() {}

  /**
   * {@code entity Member} or {@code entities Member, Person} (at most three, then "and N more"),
   * sorted so the message does not depend on hash order.
   */
  static String names(ValidationContext context, Set<String> ids, String self) {
    List<String> names =
        ids.stream()
            .filter(id -> !id.equals(self))
            .map(id -> context.schema().entity(id).map(Entity::name).orElse(id))
            .sorted()
            .toList();
    StringBuilder sb = new StringBuilder(names.size() == 1 ? "entity " : "entities ");
    sb.append(String.join(", ", names.subList(0, Math.min(SHOWN, names.size()))));
    if (names.size() > SHOWN) {
      sb.append(" and ").append(names.size() - SHOWN).append(" more");
    }
    return sb.toString();
  }
}
