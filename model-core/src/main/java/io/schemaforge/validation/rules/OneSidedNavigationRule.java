package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.naming.Names;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.RelationshipRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A relationship navigable from one side only: the other entity has no property for it, which is
 * legal but often an oversight (relationships are symmetric by default). The diagnostic points at
 * the entity that lacks the property.
 */
public final class OneSidedNavigationRule implements RelationshipRule {
  public static final String ID = "one-sided-navigation";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "Relationships should be navigable from both sides.";
  }

  @Override
  public void check(Relationship r, ValidationContext context, Consumer<Diagnostic> out) {
    boolean noSource = blank(r.sourceNavigation());
    boolean noTarget = blank(r.targetNavigation());
    if (noSource == noTarget) {
      return;
    }
    Optional<Entity> source = context.schema().entity(r.sourceEntityId());
    Optional<Entity> target = context.schema().entity(r.targetEntityId());
    if (source.isEmpty() || target.isEmpty()) {
      return; // a dangling relationship is another rule's error
    }
    Entity lacking = noSource ? source.get() : target.get();
    Entity navigable = noSource ? target.get() : source.get();
    String property = noSource ? r.targetNavigation() : r.sourceNavigation();
    out.accept(
        diagnostic(
            r.id(),
            lacking.id(),
            lacking.tableName(),
            "Relationship "
                + source.get().name()
                + " → "
                + target.get().name()
                + " can be navigated only from "
                + navigable.name()
                + "."
                + property
                + "; "
                + lacking.name()
                + " has no property for it."));
  }

  /** Adds the missing property with the name a new relationship would get ({@code posts}). */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Schema schema = model.schema();
    Optional<Relationship> found = schema.relationship(d.elementId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Relationship r = found.get();
    boolean noSource = blank(r.sourceNavigation());
    if (noSource == blank(r.targetNavigation())) {
      return Optional.empty();
    }
    Optional<Entity> source = schema.entity(r.sourceEntityId());
    Optional<Entity> target = schema.entity(r.targetEntityId());
    if (source.isEmpty() || target.isEmpty()) {
      return Optional.empty();
    }
    Entity lacking = noSource ? source.get() : target.get();
    String name =
        unused(schema, lacking, defaultName(r.kind(), source.get(), target.get(), noSource));
    Relationship after =
        noSource
            ? r.withNavigation(name, r.targetNavigation())
            : r.withNavigation(r.sourceNavigation(), name);
    return Optional.of(
        new QuickFix(
            "Add property " + lacking.name() + "." + name, new ChangeRelationshipCommand(after)));
  }

  /** The names {@code AddRelationshipCommand.between} gives: user.posts and post.user. */
  private static String defaultName(
      RelationshipKind kind, Entity source, Entity target, boolean sourceSide) {
    if (source.id().equals(target.id())) {
      switch (kind) {
        case ONE_TO_ONE:
          return sourceSide ? "next" : "previous";
        case MANY_TO_MANY:
          return sourceSide ? "related" : "relatedBy";
        default:
          return sourceSide ? "children" : "parent";
      }
    }
    if (sourceSide) {
      String t = Names.lowerCamel(target.name());
      return kind == RelationshipKind.ONE_TO_ONE ? t : Names.plural(t);
    }
    String s = Names.lowerCamel(source.name());
    return kind == RelationshipKind.MANY_TO_MANY ? Names.plural(s) : s;
  }

  /** {@code name}, or with a number appended when the entity already has a member so named. */
  private static String unused(Schema schema, Entity e, String name) {
    Set<String> taken = new HashSet<>();
    for (Attribute a : e.attributes()) {
      taken.add(a.name());
    }
    for (Relationship other : schema.relationshipsOf(e.id())) {
      if (other.sourceEntityId().equals(e.id()) && !blank(other.sourceNavigation())) {
        taken.add(other.sourceNavigation());
      }
      if (other.targetEntityId().equals(e.id()) && !blank(other.targetNavigation())) {
        taken.add(other.targetNavigation());
      }
    }
    String candidate = name;
    for (int n = 2; taken.contains(candidate); n++) {
      candidate = name + n;
    }
    return candidate;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
