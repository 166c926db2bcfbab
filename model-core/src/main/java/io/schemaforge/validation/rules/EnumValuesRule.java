package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * An ENUM attribute needs values, none blank and none twice. Each value becomes a constant of the
 * generated Java enum and is stored as its name ({@code @Enumerated(STRING)}), so a value must also
 * be a Java identifier that is not a keyword.
 */
public final class EnumValuesRule implements EntityRule {
  public static final String ID = "enum-values";

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
    return "An enum needs values, none blank, duplicated, or unusable as a Java enum constant.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (Attribute a : entity.attributes()) {
      if (a.type() != LogicalType.ENUM) {
        continue;
      }
      List<String> problems = problems(a.enumValues());
      if (!problems.isEmpty()) {
        out.accept(
            diagnostic(
                a.id(),
                entity.id(),
                DiagnosticText.path(entity, a),
                "Enum "
                    + DiagnosticText.field(entity, a)
                    + " "
                    + String.join("; ", problems)
                    + "."));
      }
    }
  }

  static List<String> problems(List<String> values) {
    if (values.isEmpty()) {
      return List.of("has no values");
    }
    List<String> p = new ArrayList<>(0);
    Set<String> seen = new LinkedHashSet<>();
    Set<String> duplicates = new TreeSet<>();
    Set<String> notJava = new TreeSet<>();
    boolean blank = false;
    for (String v : values) {
      if (v == null || v.isBlank()) {
        blank = true;
      } else if (!seen.add(v)) {
        duplicates.add(v);
      } else if (JavaNameRule.memberProblem(v).isPresent()) {
        notJava.add(v);
      }
    }
    if (blank) {
      p.add("has a blank value");
    }
    if (!duplicates.isEmpty()) {
      p.add("lists " + quoted(duplicates) + " more than once");
    }
    if (!notJava.isEmpty()) {
      p.add("has " + quoted(notJava) + ", which cannot be the name of a Java enum constant");
    }
    return p;
  }

  private static String quoted(Set<String> values) {
    return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
  }

  /** Removes blank and repeated values, keeping the first of each. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .flatMap(
                        a -> {
                          List<String> kept = cleaned(a.enumValues());
                          if (kept.isEmpty() || kept.equals(a.enumValues())) {
                            return Optional.empty();
                          }
                          return Optional.of(
                              new QuickFix(
                                  "Remove blank and duplicate values of " + a.name(),
                                  new ChangeAttributeCommand(
                                      e.id(), a.toBuilder().enumValues(kept).build())));
                        }));
  }

  static List<String> cleaned(List<String> values) {
    Set<String> kept = new LinkedHashSet<>();
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        kept.add(v);
      }
    }
    return List.copyOf(kept);
  }
}
