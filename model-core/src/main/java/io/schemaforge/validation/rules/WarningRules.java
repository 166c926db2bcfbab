package io.schemaforge.validation.rules;

import io.schemaforge.validation.Rule;
import java.util.List;

/** The built-in rules of severity warning, in the order {@code schemaforge rules} lists them. */
public final class WarningRules {
  private WarningRules() {}

  public static List<Rule> all() {
    return List.of(
        new UnindexedForeignKeyRule(),
        new StringWithoutLengthRule(),
        new OneSidedNavigationRule(),
        new NamingConventionRule(),
        new UnmarkedSensitiveRule(),
        new FloatingPointMoneyRule(),
        new TimestampWithoutTimeZoneRule(),
        new CascadeChainRule(),
        new NullableBooleanRule(),
        new NullableUniqueColumnRule(),
        new SystemTableNameRule(),
        new ImportIssueRule());
  }
}
