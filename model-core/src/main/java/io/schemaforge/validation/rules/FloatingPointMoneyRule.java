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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A FLOAT or DOUBLE attribute named like money ({@code price}, {@code order_total}): binary
 * floating point cannot hold 0.10 exactly, so sums drift by cents. Names are matched on whole
 * words; a money word followed by a measure ({@code total_weight}, {@code tax_rate}) is not money.
 */
public final class FloatingPointMoneyRule implements EntityRule {
  public static final String ID = "floating-point-money";

  /** The type the quick fix gives: DECIMAL(19,2). */
  public static final int PRECISION = 19;

  public static final int SCALE = 2;

  private static final Set<List<String>> MONEY =
      Set.of(
          List.of("price"),
          List.of("prices"),
          List.of("amount"),
          List.of("amounts"),
          List.of("total"),
          List.of("subtotal"),
          List.of("balance"),
          List.of("cost"),
          List.of("costs"),
          List.of("fee"),
          List.of("fees"),
          List.of("salary"),
          List.of("wage"),
          List.of("tax"),
          List.of("vat"),
          List.of("revenue"),
          List.of("refund"));

  /** Words that, after the money word, say the value measures something else. */
  private static final Set<String> MEASURES =
      Set.of(
          "rate",
          "ratio",
          "percent",
          "percentage",
          "pct",
          "count",
          "weight",
          "distance",
          "time",
          "duration",
          "seconds",
          "ms",
          "minutes",
          "hours",
          "days",
          "size",
          "length",
          "width",
          "height",
          "score",
          "points",
          "kg",
          "km",
          "bytes");

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
    return "Money-like attributes should be DECIMAL, not floating point.";
  }

  @Override
  public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
    for (Attribute a : entity.attributes()) {
      if (applies(a)) {
        out.accept(
            diagnostic(
                a.id(),
                entity.id(),
                entity.tableName() + "." + a.columnName(),
                "Attribute "
                    + entity.name()
                    + "."
                    + a.name()
                    + " looks like money but is "
                    + a.typeDisplay()
                    + ": floating point cannot hold cents exactly; use decimal."));
      }
    }
  }

  private static boolean applies(Attribute a) {
    if (!a.type().isFloatingPoint()) {
      return false;
    }
    for (List<String> words : NameWords.wordsOf(a)) {
      int end = NameWords.endOfLastMatch(words, MONEY);
      if (end >= 0 && !NameWords.anyFrom(words, end, MEASURES)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Optional<QuickFix> quickFix(Diagnostic d, Model model) {
    return model
        .schema()
        .entity(d.entityId())
        .flatMap(
            e ->
                e.attribute(d.elementId())
                    .filter(FloatingPointMoneyRule::applies)
                    .map(
                        a ->
                            new QuickFix(
                                "Change type to decimal(" + PRECISION + "," + SCALE + ")",
                                new ChangeAttributeCommand(
                                    e.id(),
                                    a.toBuilder()
                                        .type(LogicalType.DECIMAL)
                                        .length(null)
                                        .precision(PRECISION)
                                        .scale(SCALE)
                                        .build()))));
  }
}
