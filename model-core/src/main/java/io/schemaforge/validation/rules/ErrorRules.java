package io.schemaforge.validation.rules;

import io.schemaforge.validation.Rule;
import java.util.List;

/** The built-in rules of severity error, in the order {@code schemaforge rules} lists them. */
public final class ErrorRules {
  private ErrorRules() {}

  public static List<Rule> all() {
    return List.of(
        new DuplicateTableNameRule(),
        new DuplicateEntityNameRule(),
        new DuplicateAttributeNameRule(),
        new MissingPrimaryKeyRule(),
        new InvalidIdentifierRule(),
        new IdentifierTooLongRule(),
        new ReservedWordRule(),
        new JavaNameRule(),
        new ForeignKeyTypeMismatchRule(),
        new DanglingRelationshipRule(),
        new JoinTableRule(),
        new InvalidDefaultRule(),
        new TypeParameterRangeRule(),
        new EnumValuesRule(),
        new RequiredForeignKeyCycleRule(),
        new DuplicateIndexRule(),
        new NavigationCollisionRule(),
        new ConstraintNameCollisionRule());
  }
}
