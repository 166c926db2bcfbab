package io.schemaforge.validation.rules;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Schema;
import io.schemaforge.validation.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A FLOAT or DOUBLE attribute named like money ({@code price}, {@code order_total}): binary
 * floating point cannot hold 0.10 exactly, so sums drift by cents. Names are matched on whole
 * words; a money word followed by a measure ({@code total_weight}, {@code tax_rate}) is not money.
 */
public final class FloatingPointMoneyRule extends AttributeRule {
  public static final String ID = "floating-point-money";

  /** The type the quick fix gives: DECIMAL(19,2). */
  public static final int PRECISION = 19;

  public static final int SCALE = 2;

  private static final NameWords.Terms MONEY =
      NameWords.Terms.of(
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
              List.of("refund")));

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

  public FloatingPointMoneyRule() {
    super(ID, Severity.WARNING, "Money-like attributes should be DECIMAL, not floating point.");
  }

  @Override
  protected boolean applies(Attribute a, Schema schema) {
    return a.type().isFloatingPoint() && NameWords.isNamedFor(a, MONEY, MEASURES);
  }

  @Override
  protected String message(Entity e, Attribute a) {
    return "Attribute "
        + DiagnosticText.field(e, a)
        + " looks like money but is "
        + a.typeDisplay()
        + ": floating point cannot hold cents exactly; use decimal.";
  }

  @Override
  protected Optional<Repair> repair(Attribute a) {
    return Optional.of(
        new Repair(
            "Change type to decimal(" + PRECISION + "," + SCALE + ")",
            a.toBuilder()
                .type(LogicalType.DECIMAL)
                .length(null)
                .precision(PRECISION)
                .scale(SCALE)
                .build()));
  }
}
