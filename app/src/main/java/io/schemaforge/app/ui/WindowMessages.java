package io.schemaforge.app.ui;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.command.ModelChangeEvent;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the window tells the user in words: the banner for what went wrong and the status bar's last
 * activity. Opening, saving and editing all report here, so it is one place apart from them instead
 * of a field each of them reaches into.
 */
final class WindowMessages {
  // Said after "Opened <file>" until the model's first validation is done.
  private static final String CHECKING = ": checking the model…";

  private final DocumentViewModel document;
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
  private final ReadOnlyStringWrapper activity =
      new ReadOnlyStringWrapper(this, "activity", "Ready");

  WindowMessages(DocumentViewModel document) {
    this.document = document;
    document.lastChangeProperty().addListener((obs, old, change) -> describe(change));
    document
        .checkingProperty()
        .addListener(
            (obs, was, now) -> {
              String text = activity.get();
              if (!now && text != null && text.endsWith(CHECKING)) {
                activity.set(text.substring(0, text.length() - CHECKING.length()));
              }
            });
  }

  /** "Opened blog.schemaforge.json", with a note while its first validation still runs. */
  void showOpened(Path file) {
    activity.set(
        "Opened " + file.getFileName() + (document.checkingProperty().get() ? CHECKING : ""));
  }

  private void describe(ModelChangeEvent change) {
    if (change == null) {
      return;
    }
    switch (change.origin()) {
      case UNDO -> activity.set("Undone: " + change.description());
      case REDO -> activity.set("Redone: " + change.description());
      default -> activity.set(change.description());
    }
  }

  void showMessage(String text) {
    message.set(text);
  }

  void dismissMessage() {
    message.set(null);
  }

  void showActivity(String text) {
    activity.set(text);
  }

  ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  ReadOnlyStringProperty activityProperty() {
    return activity.getReadOnlyProperty();
  }
}
