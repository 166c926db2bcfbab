package io.schemaforge.validation;

import io.schemaforge.command.ChangeSet;
import java.util.List;

/**
 * A schema rule that can re-check only around a change instead of the whole schema. Its diagnostics
 * are grouped under keys (a relationship, a cycle's component); after a change its {@link Tracker}
 * names the keys whose diagnostics may have changed, with their diagnostics now. What it remembers
 * between changes lives in the tracker, one per validator, so the rule itself stays stateless and
 * shared like every other rule.
 *
 * <p>{@link #check} must give exactly the diagnostics of a fresh tracker's {@link
 * Tracker#checkAll}: the live validator is compared with a validation from scratch.
 */
public interface IncrementalSchemaRule extends SchemaRule {
  /** Fresh state for one validator, knowing nothing yet; {@link Tracker#checkAll} comes first. */
  Tracker tracker(ValidationContext context);

  @Override
  default void check(ValidationContext context, java.util.function.Consumer<Diagnostic> out) {
    tracker(context).checkAll((key, found) -> found.forEach(out));
  }

  /** Where a tracker puts the diagnostics of one key (an empty list: the key has none now). */
  @FunctionalInterface
  interface Results {
    void put(String key, List<Diagnostic> diagnostics);
  }

  /** What a rule remembers of the schema between changes. */
  interface Tracker {
    /** Checks the whole schema, forgetting what was known: every key that has diagnostics. */
    void checkAll(Results out);

    /**
     * Re-checks around a change (one the rule said it is {@link #affectedBy}): every key whose
     * diagnostics may have changed, including keys that have none any more.
     */
    void update(ChangeSet changes, Results out);
  }
}
