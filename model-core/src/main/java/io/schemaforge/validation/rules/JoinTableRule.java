package io.schemaforge.validation.rules;

import io.schemaforge.model.Entity;
import io.schemaforge.model.JoinTable;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.RelationshipRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A many-to-many needs a valid join table: one that exists, has identifier names for itself and its
 * two columns, two different columns, and a name no entity table or other join table uses.
 *
 * <p>The shape of the join table is the relationship's own business and is checked as a {@link
 * RelationshipRule}. A clash is checked as an {@link EntityRule} of the relationship's source
 * entity: the validator re-checks entities (not relationships) when another entity takes or frees a
 * name, and {@link ValidationContext#entitiesWithJoinTable} makes the source entity one of those.
 */
public final class JoinTableRule implements RelationshipRule, EntityRule {
  public static final String ID = "join-table";

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
    return "A many-to-many needs a join table with valid, distinct names that no other table uses.";
  }

  @Override
  public void check(Relationship r, ValidationContext context, Consumer<Diagnostic> out) {
    if (r.kind() != RelationshipKind.MANY_TO_MANY) {
      return;
    }
    String label = "relationship " + DiagnosticText.relationship(context.schema(), r);
    String sourceTable = DiagnosticText.tableOf(context.schema(), r.sourceEntityId());
    JoinTable jt = r.joinTable();
    if (jt == null) {
      out.accept(
          diagnostic(
              r.id(),
              r.sourceEntityId(),
              sourceTable,
              "Many-to-many " + label + " has no join table."));
      return;
    }
    String table = jt.tableName();
    InvalidIdentifierRule.problem(table)
        .ifPresent(
            p ->
                out.accept(
                    diagnostic(
                        r.id(),
                        r.sourceEntityId(),
                        sourceTable,
                        "Join table name '"
                            + nullToEmpty(table)
                            + "' of "
                            + label
                            + " "
                            + p
                            + ".")));
    String path = DiagnosticText.isBlank(table) ? sourceTable : table;
    column(r, "source", jt.sourceColumn(), path, label, out);
    column(r, "target", jt.targetColumn(), path, label, out);
    if (!DiagnosticText.isBlank(jt.sourceColumn())
        && !DiagnosticText.isBlank(jt.targetColumn())
        && context
            .dialect()
            .normalize(jt.sourceColumn())
            .equals(context.dialect().normalize(jt.targetColumn()))) {
      out.accept(
          diagnostic(
              r.id(),
              r.sourceEntityId(),
              path + "." + jt.targetColumn(),
              "Join table '"
                  + nullToEmpty(table)
                  + "' of "
                  + label
                  + " uses column '"
                  + jt.sourceColumn()
                  + "' for both ends."));
    }
  }

  private void column(
      Relationship r,
      String end,
      String column,
      String path,
      String label,
      Consumer<Diagnostic> out) {
    InvalidIdentifierRule.problem(column)
        .ifPresent(
            p ->
                out.accept(
                    diagnostic(
                        r.id(),
                        r.sourceEntityId(),
                        path + "." + nullToEmpty(column),
                        "The "
                            + end
                            + " column name '"
                            + nullToEmpty(column)
                            + "' of the join table of "
                            + label
                            + " "
                            + p
                            + ".")));
  }

  /** Clashes of the join tables of many-to-many relationships this entity is the source of. */
  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    List<Relationship> owned = owned(context, entity.id());
    for (Relationship r : owned) {
      String table = r.joinTable().tableName();
      String key = context.dialect().normalize(table);
      List<String> clashes = new ArrayList<>();
      Set<String> entities = context.entitiesWithTable(table);
      if (!entities.isEmpty()) {
        clashes.add("the table of " + OtherEntities.names(context, entities, null));
      }
      for (String ownerId : context.entitiesWithJoinTable(table)) {
        List<Relationship> theirs = ownerId.equals(entity.id()) ? owned : owned(context, ownerId);
        for (Relationship other : theirs) {
          if (!other.id().equals(r.id())
              && context.dialect().normalize(other.joinTable().tableName()).equals(key)) {
            clashes.add(
                "the join table of relationship "
                    + DiagnosticText.relationship(context.schema(), other));
          }
        }
      }
      if (!clashes.isEmpty()) {
        out.accept(
            diagnostic(
                r.id(),
                entity.id(),
                table,
                "Join table '"
                    + table
                    + "' of relationship "
                    + DiagnosticText.relationship(context.schema(), r)
                    + " collides with "
                    + String.join(" and ", clashes.stream().sorted().toList())
                    + "."));
      }
    }
  }

  /** Many-to-many relationships with a named join table whose source is this entity. */
  private static List<Relationship> owned(ValidationContext context, String entityId) {
    List<Relationship> owned = new ArrayList<>(0);
    for (Relationship r : context.schema().relationshipsOf(entityId)) {
      if (r.kind() == RelationshipKind.MANY_TO_MANY
          && r.sourceEntityId().equals(entityId)
          && r.joinTable() != null
          && !DiagnosticText.isBlank(r.joinTable().tableName())) {
        owned.add(r);
      }
    }
    return owned;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
