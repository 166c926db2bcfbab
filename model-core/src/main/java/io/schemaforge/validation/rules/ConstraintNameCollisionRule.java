package io.schemaforge.validation.rules;

import io.schemaforge.model.Entity;
import io.schemaforge.model.Index;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.UniqueConstraint;
import io.schemaforge.naming.ConstraintNames;
import io.schemaforge.naming.ConstraintNames.GeneratedName;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Two constraints or indexes with one name, after the naming convention and any shortening: an
 * explicit index name equal to a generated one, two long names cut to the same prefix, {@code
 * ix_a_b_c} from columns {@code (a_b, c)} and {@code (a, b_c)}. Index names share one namespace per
 * schema in PostgreSQL, and constraint names must be unique per schema in MySQL, so names are
 * compared schema-wide (across entities through the context's constraint-name index).
 *
 * <p>Clashes that other rules already report as their cause are left to them: two entities with one
 * table ({@link DuplicateTableNameRule}), two indexes over the same columns ({@link
 * DuplicateIndexRule}), two relationships writing one column ({@link NavigationCollisionRule}).
 */
public final class ConstraintNameCollisionRule implements EntityRule {
  public static final String ID = "constraint-name-collision";

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
    return "Generated and explicit constraint and index names must be unique in the schema.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    List<GeneratedName> names = context.constraintNames().all(context.schema(), entity);
    Map<String, GeneratedName> firstByName = new HashMap<>();
    for (GeneratedName g : names) {
      String key = context.dialect().normalize(g.name());
      GeneratedName first = firstByName.putIfAbsent(key, g);
      if (first == null) {
        across(entity, g, context, out);
      } else if (!reportedElsewhere(entity, first, g, context)) {
        out.accept(
            new NamedElement.Constraint(entity, g)
                .diagnostic(
                    this,
                    " is also the name of its "
                        + first.kind()
                        + (first.kind().equals(g.kind()) ? " on other columns" : "")
                        + "."));
      }
    }
  }

  private void across(
      Entity entity, GeneratedName g, ValidationContext context, Consumer<Diagnostic> out) {
    Set<String> owners = context.entitiesWithConstraintName(g.name());
    if (owners.size() < 2) {
      return;
    }
    Set<String> sameTable = context.entitiesWithTable(entity.tableName());
    Set<String> others = new HashSet<>();
    for (String id : owners) {
      if (!id.equals(entity.id()) && !sameTable.contains(id)) {
        others.add(id);
      }
    }
    if (others.isEmpty()) {
      return;
    }
    out.accept(
        new NamedElement.Constraint(entity, g)
            .diagnostic(
                this,
                " is also generated for "
                    + OtherEntities.names(context, others, entity.id())
                    + "."));
  }

  /** Whether two equal names within one entity are the symptom of a clash another rule reports. */
  private static boolean reportedElsewhere(
      Entity e, GeneratedName a, GeneratedName b, ValidationContext context) {
    if (!a.kind().equals(b.kind())) {
      return false;
    }
    // Equal columns: two indexes over one column list (duplicate-index), or over two attributes
    // with one column name (duplicate-attribute-name, navigation-collision for foreign keys).
    Optional<List<String>> ca = covered(e, a.elementId(), context);
    Optional<List<String>> cb = covered(e, b.elementId(), context);
    if (ca.isPresent() && cb.isPresent()) {
      return ca.get().equals(cb.get());
    }
    if (a.kind().equals("foreign key") && !a.elementId().equals(b.elementId())) {
      Set<String> columns = foreignKeyColumns(e, a.elementId(), context);
      return foreignKeyColumns(e, b.elementId(), context).stream().anyMatch(columns::contains);
    }
    return false;
  }

  /** The column names an index, unique constraint or unique attribute covers, as compared. */
  private static Optional<List<String>> covered(
      Entity e, String elementId, ValidationContext context) {
    List<String> ids = null;
    if (e.attribute(elementId).isPresent()) {
      ids = List.of(elementId);
    }
    for (UniqueConstraint uq : e.uniqueConstraints()) {
      if (uq.id().equals(elementId)) {
        ids = uq.attributeIds();
      }
    }
    for (Index ix : e.indexes()) {
      if (ix.id().equals(elementId)) {
        ids = ix.attributeIds();
      }
    }
    return Optional.ofNullable(ids)
        .map(
            list ->
                ConstraintNames.columns(e, list).stream()
                    .map(c -> context.dialect().normalize(c))
                    .toList());
  }

  private static Set<String> foreignKeyColumns(
      Entity e, String relationshipId, ValidationContext context) {
    Set<String> columns = new HashSet<>();
    context
        .schema()
        .relationship(relationshipId)
        .map(Relationship::foreignKeyAttributeIds)
        .orElse(List.of())
        .forEach(
            id ->
                e.attribute(id)
                    .ifPresent(a -> columns.add(context.dialect().normalize(a.columnName()))));
    return columns;
  }
}
