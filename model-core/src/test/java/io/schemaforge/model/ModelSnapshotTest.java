package io.schemaforge.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.command.MoveEntitiesCommand;
import io.schemaforge.command.PutGroupCommand;
import io.schemaforge.command.PutNoteCommand;
import io.schemaforge.command.RenameEntityCommand;
import io.schemaforge.command.SetEntityColorCommand;
import io.schemaforge.projectfile.ProjectFileWriter;
import io.schemaforge.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A snapshot (what autosave writes on another thread) is the model now, untouched by later edits.
 */
class ModelSnapshotTest {
  private static ModelFixture richModel() {
    ModelFixture f = ModelFixture.postgres();
    String author = f.entity("Author");
    String book = f.entity("Book");
    f.attribute(book, "title", LogicalType.STRING);
    f.relate(author, book, RelationshipKind.ONE_TO_MANY);
    f.run(new SetEntityColorCommand(author, "#ffcc00"));
    f.run(new PutNoteCommand(new Note("n1", "check the ISBN rules", new Bounds(10, 20, 200, 80))));
    f.run(
        new PutGroupCommand(
            new Group(
                "g1", "Catalogue", "#ddeeff", List.of(author, book), new Bounds(0, 0, 600, 400))));
    return f;
  }

  @Test
  void aSnapshotWritesExactlyWhatTheModelWrites() {
    Model model = richModel().model();

    assertThat(ProjectFileWriter.toJson(model.snapshot()))
        .isEqualTo(ProjectFileWriter.toJson(model));
  }

  @Test
  void editsAndUndoAfterTheSnapshotDoNotReachIt() {
    ModelFixture f = richModel();
    Model snapshot = f.model().snapshot();
    String taken = ProjectFileWriter.toJson(snapshot);
    String book = f.model().schema().entityByName("Book").orElseThrow().id();

    f.run(new RenameEntityCommand(book, "Book", "Title"));
    f.attribute(book, "isbn", LogicalType.STRING);
    f.run(MoveEntitiesCommand.single(book, 900, 900));
    f.run(new SetEntityColorCommand(book, "#00ff00"));
    f.run(new PutNoteCommand(new Note("n2", "later", new Bounds(0, 0, 100, 50))));
    f.relate(book, f.entity("Publisher"), RelationshipKind.ONE_TO_MANY);
    f.stack().undo();
    f.stack().undo();

    assertThat(ProjectFileWriter.toJson(snapshot)).isEqualTo(taken);
    assertThat(ProjectFileWriter.toJson(f.model())).isNotEqualTo(taken);
  }
}
