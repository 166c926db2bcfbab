package io.schemaforge.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.testing.ModelFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What an edit makes the live validator re-check: enough to stay right, not the whole model. */
class LiveValidatorScopeTest {
  private final List<String> entitiesChecked = new ArrayList<>();
  private final List<String> relationshipsChecked = new ArrayList<>();

  /** Records every entity it is run on; reports nothing. */
  private final EntityRule countingEntities =
      new TestEntityRule("counting-entities") {
        @Override
        public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
          entitiesChecked.add(entity.name());
        }
      };

  /** Records every relationship it is run on; reports nothing. */
  private final RelationshipRule countingRelationships =
      new RelationshipRule() {
        @Override
        public String id() {
          return "counting-relationships";
        }

        @Override
        public Severity severity() {
          return Severity.WARNING;
        }

        @Override
        public String description() {
          return "counts";
        }

        @Override
        public void check(Relationship r, ValidationContext context, Consumer<Diagnostic> out) {
          relationshipsChecked.add(r.id());
        }
      };

  /**
   * Reads the table name of every entity that a foreign key of the checked entity refers to, as a
   * foreign-key naming rule would.
   */
  private final EntityRule namingReferredTables =
      new TestEntityRule("names-referred-tables") {
        @Override
        public void check(Entity entity, ValidationContext context, Consumer<Diagnostic> out) {
          for (Relationship r : context.schema().relationshipsOf(entity.id())) {
            if (r.targetEntityId().equals(entity.id())) {
              String referred = context.schema().requireEntity(r.sourceEntityId()).tableName();
              String key =
                  context
                      .schema()
                      .requireEntity(r.sourceEntityId())
                      .primaryKey()
                      .get(0)
                      .typeDisplay();
              out.accept(
                  diagnostic(
                      r.id(),
                      entity.id(),
                      entity.tableName(),
                      entity.name() + " refers to " + referred + " by " + key));
            }
          }
        }
      };

  private ModelFixture f;
  private LiveValidator validator;
  private String user;
  private String nickname;
  private String post;
  private String comment;
  private String like;

  @BeforeEach
  void hubWithThreeNeighbours() {
    f = ModelFixture.postgres();
    user = f.entity("User");
    nickname = f.attribute(user, "nickname", LogicalType.STRING, b -> b.length(40));
    post = f.entity("Post");
    comment = f.entity("Comment");
    like = f.entity("Like");
    f.relate(user, post, RelationshipKind.ONE_TO_MANY);
    f.relate(user, comment, RelationshipKind.ONE_TO_MANY);
    f.relate(user, like, RelationshipKind.ONE_TO_MANY);
    f.relate(post, comment, RelationshipKind.ONE_TO_MANY);
    validator =
        LiveValidator.attach(
            f.stack(),
            new RuleRegistry(
                List.of(countingEntities, countingRelationships, namingReferredTables)));
    entitiesChecked.clear();
    relationshipsChecked.clear();
  }

  @Test
  void anEditInsideAnEntityRechecksItAndItsRelationshipsButNotItsNeighbours() {
    f.change(user, nickname, b -> b.name("handle").columnName("handle"));

    assertThat(entitiesChecked).containsExactly("User");
    assertThat(relationshipsChecked)
        .containsExactlyInAnyOrderElementsOf(
            f.model().schema().relationshipsOf(user).stream().map(Relationship::id).toList());
    assertSameAsFullValidation();
  }

  @Test
  void aNewTableNameRechecksTheNeighboursThatReferToIt() {
    f.run(new RenameEntityCommand(user, "Account", "accounts"));

    assertThat(entitiesChecked).containsExactlyInAnyOrder("Account", "Post", "Comment", "Like");
    assertThat(validator.diagnosticsOf(post))
        .extracting(Diagnostic::message)
        .contains("Post refers to accounts by bigint");
    assertSameAsFullValidation();
  }

  @Test
  void aPrimaryKeyChangeRechecksTheNeighbours() {
    String key = f.get(user).primaryKey().get(0).id();
    f.change(user, key, b -> b.type(LogicalType.UUID).identity(false));

    assertThat(entitiesChecked).contains("User", "Post", "Comment", "Like");
    assertThat(validator.diagnosticsOf(like))
        .extracting(Diagnostic::message)
        .contains("Like refers to users by uuid");
    assertSameAsFullValidation();
  }

  @Test
  void undoingTheEditsLeavesWhatAFullValidationFinds() {
    f.change(user, nickname, b -> b.name("handle").columnName("handle"));
    f.run(new RenameEntityCommand(user, "Account", "accounts"));
    f.relate(like, post, RelationshipKind.MANY_TO_MANY);
    while (f.stack().undo()) {
      assertSameAsFullValidation();
    }
  }

  private void assertSameAsFullValidation() {
    assertThat(validator.diagnostics())
        .containsExactlyInAnyOrderElementsOf(LiveValidator.validate(f.model(), validator.rules()));
  }

  /** An entity rule with a fixed id, severity warning. */
  private abstract static class TestEntityRule implements EntityRule {
    private final String id;

    TestEntityRule(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public Severity severity() {
      return Severity.WARNING;
    }

    @Override
    public String description() {
      return id;
    }
  }
}
