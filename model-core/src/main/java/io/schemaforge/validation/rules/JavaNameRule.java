package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.naming.Names;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.RelationshipRule;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.SourceVersion;

/**
 * Class names, field names and navigation property names become Java identifiers in the generated
 * code, so each must be one: not a keyword or literal ({@code class}, {@code int}, {@code null}),
 * made of Java identifier characters, and - for class names - not a restricted type name such as
 * {@code record} or {@code var}. Checked against Java 17, the release the generated code targets.
 */
public final class JavaNameRule implements EntityRule, RelationshipRule {
  public static final String ID = "java-name";

  private static final SourceVersion RELEASE = SourceVersion.RELEASE_17;
  // Contextual keywords that Java 17 refuses as the name of a type (JLS 3.9).
  private static final Set<String> RESTRICTED_TYPE_NAMES =
      Set.of("var", "yield", "record", "sealed", "permits");

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
    return "Class, field and navigation names must be Java identifiers and not Java keywords.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    classProblem(entity.name())
        .ifPresent(
            p ->
                out.accept(
                    diagnostic(
                        entity.id(),
                        entity.id(),
                        entity.tableName(),
                        "Class name '"
                            + nullToEmpty(entity.name())
                            + "' of table '"
                            + entity.tableName()
                            + "' "
                            + p
                            + ".")));
    for (Attribute a : entity.attributes()) {
      memberProblem(a.name())
          .ifPresent(
              p ->
                  out.accept(
                      diagnostic(
                          a.id(),
                          entity.id(),
                          DiagnosticText.path(entity, a),
                          "Field name '"
                              + a.name()
                              + "' of "
                              + entity.name()
                              + " (column '"
                              + a.columnName()
                              + "') "
                              + p
                              + ".")));
    }
  }

  @Override
  public void check(Relationship r, ValidationContext context, Consumer<Diagnostic> out) {
    navigation(r, r.sourceNavigation(), r.sourceEntityId(), context, out);
    navigation(r, r.targetNavigation(), r.targetEntityId(), context, out);
  }

  private void navigation(
      Relationship r,
      String name,
      String ownerId,
      ValidationContext context,
      Consumer<Diagnostic> out) {
    if (name == null) {
      return; // not navigable from this side
    }
    memberProblem(name)
        .ifPresent(
            p ->
                out.accept(
                    diagnostic(
                        r.id(),
                        ownerId,
                        DiagnosticText.tableOf(context.schema(), ownerId),
                        "Navigation property '"
                            + name
                            + "' of "
                            + DiagnosticText.entityName(context.schema(), ownerId)
                            + " (relationship "
                            + DiagnosticText.relationship(context.schema(), r)
                            + ") "
                            + p
                            + ".")));
  }

  static Optional<String> classProblem(String name) {
    Optional<String> p = memberProblem(name);
    if (p.isPresent()) {
      return p;
    }
    if (RESTRICTED_TYPE_NAMES.contains(name)) {
      return Optional.of("is a restricted identifier that Java does not allow as a class name");
    }
    return Optional.empty();
  }

  static Optional<String> memberProblem(String name) {
    if (name == null || name.isEmpty()) {
      return Optional.of("is empty");
    }
    if (SourceVersion.isKeyword(name, RELEASE)) {
      boolean literal = name.equals("true") || name.equals("false") || name.equals("null");
      return Optional.of(literal ? "is a Java literal" : "is a Java keyword");
    }
    if (!SourceVersion.isIdentifier(name)) {
      return Optional.of(
          Character.isJavaIdentifierStart(name.codePointAt(0))
              ? "contains characters not allowed in a Java identifier"
              : "does not start with a letter, '_' or '$' as a Java identifier must");
    }
    return Optional.empty();
  }

  /** Renames to a Java name made from the bad one: {@code order-item} to {@code orderItem}. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Optional<Entity> owner = model.schema().entity(d.entityId());
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    Entity e = owner.get();
    if (d.elementId().equals(e.id())) {
      String name = className(e.name(), e.tableName());
      return classProblem(name).isPresent() || name.equals(e.name())
          ? Optional.empty()
          : Optional.of(
              new QuickFix("Rename class to " + name, new RenameEntityCommand(e.id(), name, null)));
    }
    Optional<Attribute> attribute = e.attribute(d.elementId());
    if (attribute.isPresent()) {
      Attribute a = attribute.get();
      String name = memberName(a.name(), a.columnName(), "field");
      return memberProblem(name).isPresent() || name.equals(a.name())
          ? Optional.empty()
          : Optional.of(
              new QuickFix(
                  "Rename field to " + name,
                  new ChangeAttributeCommand(e.id(), a.toBuilder().name(name).build())));
    }
    return model
        .schema()
        .relationship(d.elementId())
        .flatMap(
            r -> {
              String s = fixNavigation(r.sourceNavigation());
              String t = fixNavigation(r.targetNavigation());
              if (java.util.Objects.equals(s, r.sourceNavigation())
                  && java.util.Objects.equals(t, r.targetNavigation())) {
                return Optional.empty();
              }
              String shown = !java.util.Objects.equals(s, r.sourceNavigation()) ? s : t;
              return Optional.of(
                  new QuickFix(
                      "Rename navigation property to " + shown,
                      new ChangeRelationshipCommand(r.withNavigation(s, t))));
            });
  }

  private static String fixNavigation(String name) {
    if (name == null || memberProblem(name).isEmpty()) {
      return name;
    }
    String fixed = memberName(name, null, "related");
    return memberProblem(fixed).isEmpty() ? fixed : name;
  }

  /** A class name in UpperCamelCase; keywords are lower case, so capitalizing clears them too. */
  static String className(String name, String table) {
    String camel = Names.upperCamel(identifierWords(name));
    if (camel.isEmpty()) {
      camel = Names.upperCamel(identifierWords(table));
    }
    if (camel.isEmpty()) {
      return "Entity";
    }
    return Character.isJavaIdentifierStart(camel.codePointAt(0)) ? camel : "Entity" + camel;
  }

  /** A field or property name in lowerCamelCase; a keyword gets a {@code Value} suffix. */
  static String memberName(String name, String column, String fallback) {
    String camel = Names.lowerCamel(identifierWords(name));
    if (camel.isEmpty()) {
      camel = Names.lowerCamel(identifierWords(column));
    }
    if (camel.isEmpty()) {
      return fallback;
    }
    if (!Character.isJavaIdentifierStart(camel.codePointAt(0))) {
      camel = fallback + Names.upperCamel(camel);
    }
    return SourceVersion.isKeyword(camel, RELEASE) ? camel + "Value" : camel;
  }

  /** Keeps Java identifier characters and turns every other run into a word break ('_'). */
  private static String identifierWords(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (Character.isJavaIdentifierPart(c) && !Character.isIdentifierIgnorable(c) && c != '$') {
        sb.appendCodePoint(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '_') {
        sb.append('_');
      }
      i += Character.charCount(c);
    }
    return sb.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
