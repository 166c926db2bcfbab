package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.TraitColumns;
import io.schemaforge.model.TraitColumns.TraitColumn;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Two attributes of one entity with the same Java field name, or the same column name as the
 * dialect compares them; also an attribute that takes a column or field a trait adds ({@code
 * created_at} with timestamps on). The later attribute gets the diagnostic. Two foreign keys of
 * different relationships that share a column are left to {@link NavigationCollisionRule}, which
 * names the relationships.
 */
public final class DuplicateAttributeNameRule implements EntityRule {
  public static final String ID = "duplicate-attribute-name";

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
    return "No two attributes of an entity (or a trait's columns) may share a field or column name.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    Map<String, String> foreignKeyOwner = foreignKeyOwners(entity, context);
    Map<String, Attribute> byField = new HashMap<>();
    Map<String, Attribute> byColumn = new HashMap<>();
    for (Attribute a : entity.attributes()) {
      Attribute sameField =
          DiagnosticText.isBlank(a.name()) ? null : byField.putIfAbsent(a.name(), a);
      Attribute sameColumn =
          DiagnosticText.isBlank(a.columnName())
              ? null
              : byColumn.putIfAbsent(context.dialect().normalize(a.columnName()), a);
      if (sameField != null && !betweenRelationships(foreignKeyOwner, sameField, a)) {
        report(entity, a, sameField, sameField == sameColumn, out);
      } else if (sameColumn != null && !betweenRelationships(foreignKeyOwner, sameColumn, a)) {
        report(entity, a, sameColumn, false, out);
      } else {
        traitClash(entity, a, context, out);
      }
    }
  }

  private void report(
      Entity e, Attribute a, Attribute first, boolean fieldAndColumn, Consumer<Diagnostic> out) {
    String message;
    if (fieldAndColumn) {
      message =
          e.name()
              + " has two attributes named "
              + a.name()
              + " with column '"
              + a.columnName()
              + "'.";
    } else if (a.name().equals(first.name())) {
      message =
          e.name()
              + " has two attributes named "
              + a.name()
              + " (columns '"
              + first.columnName()
              + "' and '"
              + a.columnName()
              + "').";
    } else {
      message =
          DiagnosticText.field(e, a)
              + " maps to column '"
              + a.columnName()
              + "', which "
              + DiagnosticText.field(e, first)
              + " already uses.";
    }
    out.accept(diagnostic(a.id(), e.id(), DiagnosticText.path(e, a), message));
  }

  private void traitClash(
      Entity e, Attribute a, ValidationContext context, Consumer<Diagnostic> out) {
    for (TraitColumn t : TraitColumns.ALL) {
      if (!e.traits().contains(t.trait())) {
        continue;
      }
      boolean column =
          !DiagnosticText.isBlank(a.columnName())
              && context.dialect().normalize(a.columnName()).equals(t.column());
      if (column || t.field().equals(a.name())) {
        out.accept(
            diagnostic(
                a.id(),
                e.id(),
                DiagnosticText.path(e, a),
                DiagnosticText.field(e, a)
                    + " (column '"
                    + a.columnName()
                    + "') clashes with "
                    + t.field()
                    + " / '"
                    + t.column()
                    + "', which the "
                    + t.trait().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + " trait of "
                    + e.name()
                    + " adds."));
        return;
      }
    }
  }

  /** Foreign-key attribute id to the relationship managing it, for this entity as a target. */
  private static Map<String, String> foreignKeyOwners(Entity e, ValidationContext context) {
    Map<String, String> owners = new HashMap<>();
    for (Relationship r : context.schema().relationshipsOf(e.id())) {
      if (r.targetEntityId().equals(e.id())) {
        r.foreignKeyAttributeIds().forEach(id -> owners.putIfAbsent(id, r.id()));
      }
    }
    return owners;
  }

  private static boolean betweenRelationships(
      Map<String, String> owners, Attribute a, Attribute b) {
    String ra = owners.get(a.id());
    String rb = owners.get(b.id());
    return ra != null && rb != null && !ra.equals(rb);
  }
}
