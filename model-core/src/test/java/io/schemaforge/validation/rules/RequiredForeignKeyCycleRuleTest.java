package io.schemaforge.validation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.ChangeSet;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.LiveValidator;
import io.schemaforge.validation.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequiredForeignKeyCycleRuleTest {
  private final RequiredForeignKeyCycleRule rule = new RequiredForeignKeyCycleRule();

  @Test
  void requiredForeignKeysWithoutACyclePass() {
    ModelFixture f = ModelFixture.postgres();
    String user = f.entity("User");
    String post = f.entity("Post");
    String comment = f.entity("Comment");
    required(f, f.relate(user, post, RelationshipKind.ONE_TO_MANY));
    required(f, f.relate(post, comment, RelationshipKind.ONE_TO_MANY));
    required(f, f.relate(user, comment, RelationshipKind.ONE_TO_MANY));
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void anOptionalLinkBreaksTheCycle() {
    ModelFixture f = ModelFixture.postgres();
    String customer = f.entity("Customer");
    String order = f.entity("Order");
    required(f, f.relate(customer, order, RelationshipKind.ONE_TO_MANY));
    f.relate(order, customer, RelationshipKind.ONE_TO_ONE);
    assertThat(RuleTesting.check(rule, f.model())).isEmpty();
  }

  @Test
  void twoEntitiesNeedingEachOtherAreOneCycleNamingBoth() {
    ModelFixture f = ModelFixture.postgres();
    String customer = f.entity("Customer");
    String order = f.entity("Order");
    String placed = f.relate(customer, order, RelationshipKind.ONE_TO_MANY);
    required(f, placed);
    required(f, f.relate(order, customer, RelationshipKind.ONE_TO_ONE));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.ruleId()).isEqualTo("required-foreign-key-cycle");
              assertThat(d.elementId()).isEqualTo(placed);
              assertThat(d.entityId()).isEqualTo(order);
              assertThat(d.path()).isEqualTo("orders");
              assertThat(d.message()).contains("Customer \u2192 Order \u2192 Customer");
            });
  }

  @Test
  void requiredSelfReferenceIsACycleOfOne() {
    ModelFixture f = ModelFixture.postgres();
    String category = f.entity("Category");
    required(f, f.relate(category, category, RelationshipKind.ONE_TO_MANY));
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("Category \u2192 Category"));
  }

  @Test
  void eachComponentIsReportedOnceAndMentionsEntitiesOnLinkedCycles() {
    ModelFixture f = ModelFixture.postgres();
    String a = f.entity("Alpha");
    String b = f.entity("Beta");
    String c = f.entity("Gamma");
    required(f, f.relate(a, b, RelationshipKind.ONE_TO_MANY)); // Beta needs Alpha
    required(f, f.relate(b, a, RelationshipKind.ONE_TO_MANY)); // Alpha needs Beta
    required(f, f.relate(c, b, RelationshipKind.ONE_TO_MANY)); // Beta needs Gamma
    required(f, f.relate(b, c, RelationshipKind.ONE_TO_MANY)); // Gamma needs Beta
    assertThat(RuleTesting.check(rule, f.model()))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .contains(
                        "Alpha \u2192 Beta \u2192 Alpha", "1 more entity is on linked cycles"));
  }

  @Test
  void onlyRelationshipChangesAffectTheRule() {
    ModelFixture f = ModelFixture.postgres();
    var context = new LiveValidator(f.model(), new RuleRegistry(List.of(rule))).context();
    Set<String> none = Set.of();
    Set<String> one = Set.of("rel_x");
    assertThat(rule.affectedBy(ChangeSet.entity("ent_x"), context)).isFalse();
    assertThat(rule.affectedBy(new ChangeSet(none, one, none, false, false), context)).isTrue();
    assertThat(rule.affectedBy(new ChangeSet(none, none, one, false, false), context)).isTrue();
  }

  @Test
  void quickFixMakesTheClosingRelationshipOptionalAndUndoRestoresTheCycle() {
    ModelFixture f = ModelFixture.postgres();
    String customer = f.entity("Customer");
    String order = f.entity("Order");
    String placed = f.relate(customer, order, RelationshipKind.ONE_TO_MANY);
    required(f, placed);
    required(f, f.relate(order, customer, RelationshipKind.ONE_TO_ONE));
    LiveValidator live = LiveValidator.attach(f.stack(), new RuleRegistry(List.of(rule)));
    var fix = RuleTesting.applyFirstFix(rule, f);
    assertThat(fix.label()).startsWith("Make relationship Customer.orders 1:N Order.customer");
    assertThat(f.relationship(placed).required()).isFalse();
    assertThat(live.diagnostics()).isEmpty();
    f.stack().undo();
    assertThat(live.diagnostics()).hasSize(1);
  }

  @Test
  void aCycleThroughFiveThousandEntitiesNeedsNoDeepRecursion() {
    ModelFixture f = ModelFixture.postgres();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      ids.add(f.entity("E" + i));
    }
    for (int i = 0; i < ids.size(); i++) {
      String rel =
          f.relate(ids.get((i + 1) % ids.size()), ids.get(i), RelationshipKind.ONE_TO_MANY);
      f.changeRelationship(rel, r -> r.withRequired(true));
    }
    List<Diagnostic> found = RuleTesting.check(rule, f.model());
    assertThat(found)
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.message())
                    .isEqualTo(
                        "Required foreign keys form a cycle: E0 \u2192 E1 \u2192 E2 \u2192 E3"
                            + " \u2192 E4 \u2192 E5 \u2192 E6 \u2192 \u2026 \u2192 E4999"
                            + " \u2192 E0 (5000 entities) (each needs a row of the next), so no"
                            + " row can be inserted first."));
  }

  private static void required(ModelFixture f, String relationshipId) {
    f.changeRelationship(relationshipId, r -> r.withRequired(true));
  }
}
