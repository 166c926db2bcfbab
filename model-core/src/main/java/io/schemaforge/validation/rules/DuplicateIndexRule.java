package io.schemaforge.validation.rules;

import io.schemaforge.command.Command;
import io.schemaforge.command.DeleteIndexCommand;
import io.schemaforge.command.DeleteUniqueConstraintCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.Model;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.naming.ConstraintNames;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Two indexes, two unique constraints, or an index and a unique constraint over the same ordered
 * columns of one entity (a unique attribute counts as a unique constraint on its column): the
 * database would build the same index twice. The weaker or later one is reported - a plain index
 * before a unique one, an index before a constraint - and the fix deletes it.
 *
 * <p>A plain index on a unique attribute is not reported: a one-to-one foreign key is unique and
 * comes with the index every foreign key gets, by design of the relationship commands.
 */
public final class DuplicateIndexRule implements EntityRule {
  public static final String ID = "duplicate-index";

  /** An index-like element; a higher rank is kept when two cover the same columns. */
  private record Covering(
      String id, String label, List<String> attributeIds, int rank, int order) {}

  private static final int UNIQUE_ATTRIBUTE = 3;
  private static final int UNIQUE_CONSTRAINT = 2;
  private static final int UNIQUE_INDEX = 1;
  private static final int PLAIN_INDEX = 0;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String description() {
    return "No two indexes or unique constraints of an entity may cover the same columns.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    if (entity.indexes().isEmpty() && entity.uniqueConstraints().isEmpty()) {
      return; // unique attributes alone never duplicate each other
    }
    Map<List<String>, List<Covering>> byColumns = new LinkedHashMap<>();
    for (Covering c : coverings(entity, context.constraintNames())) {
      if (!c.attributeIds().isEmpty()) {
        byColumns.computeIfAbsent(c.attributeIds(), k -> new ArrayList<>()).add(c);
      }
    }
    for (List<Covering> group : byColumns.values()) {
      if (group.size() < 2) {
        continue;
      }
      group.sort(
          Comparator.comparingInt(Covering::rank).reversed().thenComparingInt(Covering::order));
      for (int i = 1; i < group.size(); i++) {
        Covering dup = group.get(i);
        for (int j = 0; j < i; j++) {
          Covering kept = group.get(j);
          if (kept.rank() == UNIQUE_ATTRIBUTE && dup.rank() == PLAIN_INDEX) {
            continue;
          }
          out.accept(
              diagnostic(
                  dup.id(),
                  entity.id(),
                  entity.tableName(),
                  capitalize(dup.label())
                      + " of "
                      + entity.name()
                      + " on ("
                      + String.join(", ", ConstraintNames.columns(entity, dup.attributeIds()))
                      + ") duplicates "
                      + kept.label()
                      + "."));
          break;
        }
      }
    }
  }

  /** Unique attributes, unique constraints and indexes, labelled with the names DDL will use. */
  private static List<Covering> coverings(Entity e, ConstraintNames names) {
    List<Covering> list = new ArrayList<>();
    int order = 0;
    for (Attribute a : e.attributes()) {
      if (a.unique()) {
        list.add(
            new Covering(
                a.id(),
                "the unique flag of " + a.name(),
                List.of(a.id()),
                UNIQUE_ATTRIBUTE,
                order++));
      }
    }
    for (UniqueConstraint uq : e.uniqueConstraints()) {
      List<String> ids = known(e, uq.attributeIds());
      String name =
          uq.name() != null ? uq.name() : names.unique(e, ConstraintNames.columns(e, ids));
      list.add(new Covering(uq.id(), "unique constraint " + name, ids, UNIQUE_CONSTRAINT, order++));
    }
    for (Index ix : e.indexes()) {
      List<String> ids = known(e, ix.attributeIds());
      String name = ix.name() != null ? ix.name() : names.index(e, ConstraintNames.columns(e, ids));
      list.add(
          new Covering(
              ix.id(),
              (ix.unique() ? "unique index " : "index ") + name,
              ids,
              ix.unique() ? UNIQUE_INDEX : PLAIN_INDEX,
              order++));
    }
    return list;
  }

  private static List<String> known(Entity e, List<String> ids) {
    return ids.stream().filter(id -> e.attribute(id).isPresent()).toList();
  }

  private static String capitalize(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** Deletes the redundant index or unique constraint. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e -> {
              Command delete = null;
              String what = null;
              if (e.indexes().stream().anyMatch(ix -> ix.id().equals(d.elementId()))) {
                delete = new DeleteIndexCommand(e.id(), d.elementId());
                what = "index";
              } else if (e.uniqueConstraints().stream()
                  .anyMatch(uq -> uq.id().equals(d.elementId()))) {
                delete = new DeleteUniqueConstraintCommand(e.id(), d.elementId());
                what = "unique constraint";
              }
              return delete == null
                  ? Optional.empty()
                  : Optional.of(new QuickFix("Delete the duplicate " + what, delete));
            });
  }
}
