package io.schemaforge.validation.rules;

import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Model;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.EntityRule;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import io.schemaforge.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Length, precision and scale must be in the range the target dialect accepts, and given only where
 * the type has them: {@code string(0)}, {@code decimal(80,2)} on MySQL, {@code decimal(5,7)}, or a
 * length on an {@code int} would fail (or be silently ignored) in the generated DDL.
 */
public final class TypeParameterRangeRule implements EntityRule {
  public static final String ID = "type-parameter-range";

  /** What one dialect accepts for varchar(n) and numeric(p,s). */
  record Limits(int maxLength, String lengthNote, int maxPrecision, int maxScale) {}

  static Limits limits(Dialect d) {
    return switch (d) {
      case POSTGRES -> new Limits(10_485_760, "", 1000, 1000);
      case MYSQL -> new Limits(16_383, " (65,535 bytes in utf8mb4)", 65, 30);
      case MARIADB -> new Limits(16_383, " (65,535 bytes in utf8mb4)", 65, 38);
      case H2 -> new Limits(1_000_000_000, "", 100_000, 100_000);
      case SQLITE -> new Limits(1_000_000_000, "", 1000, 1000);
    };
  }

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
    return "Length, precision and scale must be within the dialect's range, and only where the"
        + " type has them.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    Dialect dialect = context.dialect().dialect();
    for (Attribute a : entity.attributes()) {
      List<String> problems = problems(a, dialect);
      if (!problems.isEmpty()) {
        out.accept(
            diagnostic(
                a.id(),
                entity.id(),
                DiagnosticText.path(entity, a),
                DiagnosticText.field(entity, a)
                    + " ("
                    + a.type().name().toLowerCase(java.util.Locale.ROOT)
                    + "): "
                    + String.join("; ", problems)
                    + "."));
      }
    }
  }

  static List<String> problems(Attribute a, Dialect dialect) {
    Limits l = limits(dialect);
    String d = dialect.cliName();
    LogicalType t = a.type();
    List<String> p = new ArrayList<>(0);
    Integer length = a.length();
    if (length != null) {
      if (!t.hasLength()) {
        p.add("a length (" + length + ") does not apply to this type");
      } else if (length < 1) {
        p.add("length " + length + " is below 1");
      } else if (length > l.maxLength()) {
        p.add(
            "length "
                + length
                + " exceeds the "
                + l.maxLength()
                + " characters"
                + l.lengthNote()
                + " a "
                + d
                + " varchar holds; use text for longer values");
      }
    }
    Integer precision = a.precision();
    Integer scale = a.scale();
    if (!t.hasPrecision()) {
      if (precision != null || scale != null) {
        p.add("precision and scale do not apply to this type");
      }
      return p;
    }
    if (precision != null && precision < 1) {
      p.add("precision " + precision + " is below 1");
    } else if (precision != null && precision > l.maxPrecision()) {
      p.add(
          "precision "
              + precision
              + " exceeds the "
              + l.maxPrecision()
              + " digits "
              + d
              + " allows");
    }
    if (scale != null) {
      if (precision == null) {
        p.add("a scale (" + scale + ") is given without a precision");
      } else if (scale < 0) {
        p.add("scale " + scale + " is below 0");
      } else if (scale > precision) {
        p.add("scale " + scale + " exceeds the precision " + precision);
      } else if (scale > l.maxScale()) {
        p.add("scale " + scale + " exceeds the " + l.maxScale() + " digits " + d + " allows");
      }
    }
    return p;
  }

  /** Clamps length, precision and scale into range and drops those the type does not take. */
  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    Dialect dialect = model.schema().dialect();
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .map(a -> clamp(a, limits(dialect)))
                    .filter(a -> problems(a, dialect).isEmpty())
                    .map(
                        a ->
                            new QuickFix(
                                "Change " + a.name() + " to " + a.typeDisplay(),
                                new ChangeAttributeCommand(e.id(), a))));
  }

  static Attribute clamp(Attribute a, Limits l) {
    LogicalType t = a.type();
    Integer length =
        t.hasLength() && a.length() != null ? clamp(a.length(), 1, l.maxLength()) : null;
    Integer precision = null;
    Integer scale = null;
    if (t.hasPrecision() && a.precision() != null) {
      precision = clamp(a.precision(), 1, l.maxPrecision());
      if (a.scale() != null) {
        scale = clamp(a.scale(), 0, Math.min(precision, l.maxScale()));
      }
    }
    return a.toBuilder().length(length).precision(precision).scale(scale).build();
  }

  private static int clamp(int v, int min, int max) {
    return Math.max(min, Math.min(max, v));
  }
}
