package io.schemaforge.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.AddAttributeCommand;
import io.schemaforge.command.AddEntityCommand;
import io.schemaforge.command.AddRelationshipCommand;
import io.schemaforge.command.ChangeAttributeCommand;
import io.schemaforge.command.ChangeRelationshipCommand;
import io.schemaforge.command.Command;
import io.schemaforge.command.DeleteAttributeCommand;
import io.schemaforge.command.DeleteEntityCommand;
import io.schemaforge.command.DeleteRelationshipCommand;
import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Ids;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.OnDelete;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The live validator, which re-checks only what an edit can affect, must always agree with a
 * validation from scratch. Random edit sequences (renames into clashes and reserved words, type
 * changes, relationships, deletions, undo and redo) hunt for a dependency it forgot.
 */
class IncrementalValidationTest {
  private static final String[] NAMES = {
    "User", "Post", "Order", "Tag", "Item", "Group", "Users", "Posts"
  };
  private static final String[] TABLES = {
    "users", "user", "posts", "order", "tags", "items", "group", "flyway_schema_history"
  };
  private static final String[] COLUMNS = {
    "name", "title", "order", "user_id", "price", "password", "Title", "created"
  };

  @Test
  void incrementalMatchesFullOnExamples() {
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), RuleRegistry.builtIn());
    String user = f.entity("User");
    String post = f.entity("Post");
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.run(new RenameEntityCommand(post, "Post", "users"));
    assertSame(live, f);
    f.stack().undo();
    assertSame(live, f);
  }

  @RepeatedTest(150)
  void incrementalMatchesFullAfterRandomEdits(RepetitionInfo info) {
    Random random = new Random(info.getCurrentRepetition() * 7919L);
    ModelFixture f = ModelFixture.postgres();
    LiveValidator live = LiveValidator.attach(f.stack(), RuleRegistry.builtIn());
    for (int i = 0; i < 4; i++) {
      f.entity(NAMES[i]);
    }
    for (int step = 0; step < 60; step++) {
      Command c = randomEdit(f, random);
      if (c != null) {
        try {
          f.stack().execute(c);
        } catch (IllegalArgumentException | IllegalStateException refused) {
          // An edit the model refuses (an invariant) changes nothing; carry on.
        }
      }
      if (random.nextInt(5) == 0) {
        f.stack().undo();
      }
      if (random.nextInt(9) == 0) {
        f.stack().redo();
      }
      assertSame(live, f);
    }
  }

  private static void assertSame(LiveValidator live, ModelFixture f) {
    List<Diagnostic> full = LiveValidator.validate(f.model(), RuleRegistry.builtIn());
    assertThat(live.diagnostics()).containsExactlyInAnyOrderElementsOf(full);
    long errors = full.stream().filter(d -> d.severity() == Severity.ERROR).count();
    assertThat(live.errorCount()).isEqualTo(errors);
    assertThat(live.warningCount()).isEqualTo(full.size() - errors);
  }

  private static Command randomEdit(ModelFixture f, Random r) {
    List<Entity> entities = f.model().schema().entities();
    List<Relationship> rels = f.model().schema().relationships();
    if (entities.isEmpty()) {
      return AddEntityCommand.withIdKey(pick(NAMES, r), 0, 0);
    }
    Entity e = entities.get(r.nextInt(entities.size()));
    switch (r.nextInt(12)) {
      case 0:
        return AddEntityCommand.withIdKey(pick(NAMES, r), r.nextInt(500), r.nextInt(500));
      case 1:
        return new RenameEntityCommand(e.id(), pick(NAMES, r), pick(TABLES, r));
      case 2:
        return new AddAttributeCommand(
            e.id(),
            -1,
            Attribute.builder(
                    Ids.newId("att"),
                    "f" + r.nextInt(5),
                    pick(COLUMNS, r),
                    pick(LogicalType.values(), r))
                .nullable(r.nextBoolean())
                .unique(r.nextInt(4) == 0)
                .build());
      case 3:
        {
          Attribute a =
              e.attributes().isEmpty()
                  ? null
                  : e.attributes().get(r.nextInt(e.attributes().size()));
          return a == null
              ? null
              : new ChangeAttributeCommand(
                  e.id(),
                  a.toBuilder()
                      .type(pick(LogicalType.values(), r))
                      .columnName(pick(COLUMNS, r))
                      .nullable(r.nextBoolean())
                      .build());
        }
      case 4:
        {
          Attribute a =
              e.attributes().isEmpty()
                  ? null
                  : e.attributes().get(r.nextInt(e.attributes().size()));
          return a == null ? null : new DeleteAttributeCommand(e.id(), a.id());
        }
      case 5:
      case 6:
        {
          Entity other = entities.get(r.nextInt(entities.size()));
          return AddRelationshipCommand.between(
              f.model(), pick(RelationshipKind.values(), r), e.id(), other.id());
        }
      case 7:
        return rels.isEmpty()
            ? null
            : new ChangeRelationshipCommand(
                rels.get(r.nextInt(rels.size()))
                    .withRequired(r.nextBoolean())
                    .withOnDelete(pick(OnDelete.values(), r)));
      case 8:
        return rels.isEmpty()
            ? null
            : new DeleteRelationshipCommand(rels.get(r.nextInt(rels.size())).id());
      case 9:
        return entities.size() > 2 ? new DeleteEntityCommand(e.id()) : null;
      case 10:
        return rels.isEmpty()
            ? null
            : new ChangeRelationshipCommand(
                rels.get(r.nextInt(rels.size()))
                    .withKind(pick(RelationshipKind.values(), r))
                    .withNavigation(r.nextBoolean() ? "items" : null, "owner"));
      default:
        return MoveEntitiesCommand.single(e.id(), r.nextInt(900), r.nextInt(900));
    }
  }

  private static <T> T pick(T[] values, Random r) {
    return values[r.nextInt(values.length)];
  }
}
