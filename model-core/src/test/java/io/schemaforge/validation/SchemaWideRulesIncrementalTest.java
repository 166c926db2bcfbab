package io.schemaforge.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.DeleteEntityCommand;
import io.schemaforge.command.DeleteRelationshipCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Entity;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import io.schemaforge.validation.rules.CascadeChainRule;
import io.schemaforge.validation.rules.RequiredForeignKeyCycleRule;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The two schema-wide rules (required foreign-key cycles, cascade chains) re-check only around a
 * change. Their diagnostics must still be exactly those of a validation from scratch: cycles that
 * form, grow, merge, split and break, far-away edits that must leave them alone, renames that
 * change their messages.
 */
class SchemaWideRulesIncrementalTest {
  private static final List<String> SCHEMA_WIDE =
      List.of(RequiredForeignKeyCycleRule.ID, CascadeChainRule.ID);

  @Test
  void creatingAndBreakingACycleAddsAndRemovesExactlyItsDiagnostic() {
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), RuleRegistry.builtIn());
    String a = f.entity("Alpha");
    String b = f.entity("Beta");
    String c = f.entity("Gamma");
    required(f, f.relate(a, b, RelationshipKind.ONE_TO_MANY)); // Beta needs Alpha
    required(f, f.relate(b, c, RelationshipKind.ONE_TO_MANY)); // Gamma needs Beta
    assertThat(cycles(live)).isEmpty();

    String closing = f.relate(c, a, RelationshipKind.ONE_TO_MANY); // Alpha needs Gamma
    required(f, closing);

    assertThat(cycles(live))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).contains("Alpha \u2192 Gamma \u2192 Beta \u2192 Alpha");
              assertThat(d.entityId()).isIn(a, b, c);
            });
    assertMatchesFullValidation(live, f);

    f.changeRelationship(closing, r -> r.withRequired(false));

    assertThat(cycles(live)).isEmpty();
    assertMatchesFullValidation(live, f);
  }

  @Test
  void anEditFarFromACycleLeavesItsDiagnosticAsItWas() {
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), RuleRegistry.builtIn());
    String customer = f.entity("Customer");
    String order = f.entity("Order");
    required(f, f.relate(customer, order, RelationshipKind.ONE_TO_MANY));
    required(f, f.relate(order, customer, RelationshipKind.ONE_TO_ONE));
    String user = f.entity("User");
    String post = f.entity("Post");
    List<Diagnostic> before = schemaWide(live);
    assertThat(before).hasSize(1);

    String far = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    required(f, far);
    f.changeRelationship(far, r -> r.withOnDelete(OnDelete.CASCADE));
    f.run(new RenameEntityCommand(post, "Article", "articles"));
    f.run(new DeleteRelationshipCommand(far));

    assertThat(schemaWide(live)).isEqualTo(before);
    assertMatchesFullValidation(live, f);
  }

  @Test
  void renamingAnEntityOnACycleRenamesItInTheMessage() {
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), RuleRegistry.builtIn());
    String customer = f.entity("Customer");
    String order = f.entity("Order");
    required(f, f.relate(customer, order, RelationshipKind.ONE_TO_MANY));
    required(f, f.relate(order, customer, RelationshipKind.ONE_TO_ONE));

    f.run(new RenameEntityCommand(customer, "Client", "clients"));

    assertThat(cycles(live))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("Client").doesNotContain("Customer"));
    assertMatchesFullValidation(live, f);
  }

  @Test
  void twoCyclesJoinedIntoOneAndSplitAgainAreReportedAsAFullCheckDoes() {
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), RuleRegistry.builtIn());
    String a = f.entity("Alpha");
    String b = f.entity("Beta");
    String c = f.entity("Gamma");
    String d = f.entity("Delta");
    required(f, f.relate(a, b, RelationshipKind.ONE_TO_MANY));
    required(f, f.relate(b, a, RelationshipKind.ONE_TO_MANY));
    required(f, f.relate(c, d, RelationshipKind.ONE_TO_MANY));
    required(f, f.relate(d, c, RelationshipKind.ONE_TO_MANY));
    assertThat(cycles(live)).hasSize(2);

    String there = f.relate(b, c, RelationshipKind.ONE_TO_MANY);
    required(f, there);
    String back = f.relate(d, a, RelationshipKind.ONE_TO_MANY);
    required(f, back);

    assertThat(cycles(live))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("2 more entities are on linked cycles"));
    assertMatchesFullValidation(live, f);

    f.run(new DeleteRelationshipCommand(back));

    assertThat(cycles(live)).hasSize(2);
    assertMatchesFullValidation(live, f);
    f.stack().undo();
    assertThat(cycles(live)).hasSize(1);
    assertMatchesFullValidation(live, f);
  }

  @Test
  void aCascadeChainFollowsTheFirstCascadeIntoItsSource() {
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), RuleRegistry.builtIn());
    String user = f.entity("User");
    String post = f.entity("Post");
    String comment = f.entity("Comment");
    String posts = f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    String comments = f.relate(post, comment, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(comments, r -> r.withOnDelete(OnDelete.CASCADE));
    assertThat(chains(live)).isEmpty();

    f.changeRelationship(posts, r -> r.withOnDelete(OnDelete.CASCADE));

    assertThat(chains(live))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("deleting a User deletes Post rows"));
    f.run(new RenameEntityCommand(user, "Member", "members"));
    assertThat(chains(live))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).contains("deleting a Member deletes Post rows"));
    assertMatchesFullValidation(live, f);
    f.run(new DeleteRelationshipCommand(posts));
    assertThat(chains(live)).isEmpty();
    assertMatchesFullValidation(live, f);
  }

  /**
   * Random edits of the relationships between a dozen entities (required or not, cascading or not,
   * added, re-pointed, deleted, with undo and redo): cycles and chains form and break all the time.
   */
  @RepeatedTest(40)
  void liveAgreesWithFullValidationAfterRandomRelationshipEdits(RepetitionInfo info) {
    Random random = new Random(104_729L * info.getCurrentRepetition());
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), RuleRegistry.builtIn());
    for (int i = 0; i < 12; i++) {
      f.entity("E" + i);
    }
    for (int step = 0; step < 80; step++) {
      Command c = randomEdit(f, random);
      if (c != null) {
        try {
          f.stack().execute(c);
        } catch (IllegalArgumentException | IllegalStateException refused) {
          // an edit the model refuses changes nothing
        }
      }
      if (random.nextInt(6) == 0) {
        f.stack().undo();
      }
      if (random.nextInt(10) == 0) {
        f.stack().redo();
      }
      assertMatchesFullValidation(live, f);
    }
  }

  private static Command randomEdit(ModelFixture f, Random r) {
    List<Entity> entities = f.model().schema().entities();
    List<Relationship> rels = f.model().schema().relationships();
    Entity e = entities.get(r.nextInt(entities.size()));
    Entity other = entities.get(r.nextInt(entities.size()));
    Relationship rel = rels.isEmpty() ? null : rels.get(r.nextInt(rels.size()));
    switch (r.nextInt(9)) {
      case 0, 1, 2:
        {
          RelationshipKind kind =
              r.nextInt(6) == 0 ? RelationshipKind.MANY_TO_MANY : RelationshipKind.ONE_TO_MANY;
          return AddRelationshipCommand.between(f.model(), kind, e.id(), other.id());
        }
      case 3, 4:
        return rel == null
            ? null
            : new ChangeRelationshipCommand(rel.withRequired(!rel.required()));
      case 5:
        return rel == null
            ? null
            : new ChangeRelationshipCommand(
                rel.withOnDelete(
                    rel.onDelete() == OnDelete.CASCADE ? OnDelete.RESTRICT : OnDelete.CASCADE));
      case 6:
        return rel == null ? null : new DeleteRelationshipCommand(rel.id());
      case 7:
        return new RenameEntityCommand(e.id(), e.name() + "X", e.tableName() + "_x");
      default:
        return entities.size() > 6 && r.nextInt(3) == 0 ? new DeleteEntityCommand(e.id()) : null;
    }
  }

  private static void required(ModelFixture f, String relationshipId) {
    f.changeRelationship(relationshipId, r -> r.withRequired(true));
  }

  private static List<Diagnostic> cycles(LiveValidator live) {
    return live.diagnostics().stream()
        .filter(d -> d.ruleId().equals(RequiredForeignKeyCycleRule.ID))
        .toList();
  }

  private static List<Diagnostic> chains(LiveValidator live) {
    return live.diagnostics().stream().filter(d -> d.ruleId().equals(CascadeChainRule.ID)).toList();
  }

  private static List<Diagnostic> schemaWide(LiveValidator live) {
    return live.diagnostics().stream().filter(d -> SCHEMA_WIDE.contains(d.ruleId())).toList();
  }

  private static void assertMatchesFullValidation(LiveValidator live, ModelFixture f) {
    List<Diagnostic> full = LiveValidator.validate(f.model(), RuleRegistry.builtIn());
    assertThat(live.diagnostics()).containsExactlyInAnyOrderElementsOf(full);
    long errors = full.stream().filter(d -> d.severity() == Severity.ERROR).count();
    assertThat(live.errorCount()).isEqualTo(errors);
    assertThat(live.warningCount()).isEqualTo(full.size() - errors);
  }
}
