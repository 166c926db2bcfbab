package io.schemaforge.app.ui;

import io.schemaforge.app.ui.files.RecoveryStore;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/**
 * The two bars under the tool bar that ask for attention: a message (a save or an export that
 * failed) and the offer to recover unsaved changes found from an earlier session. Each takes no
 * room while it has nothing to say.
 */
final class WindowBanners {
  private WindowBanners() {}

  static void bind(WindowFrame frame, MainWindowViewModel viewModel, FileDialogs files) {
    HBox message = frame.part("messageBanner", HBox.class);
    frame.part("messageText", Label.class).textProperty().bind(viewModel.messageProperty());
    showWhile(message, viewModel.messageProperty().isNotNull());
    frame.part("dismissButton", Button.class).setOnAction(e -> viewModel.dismissMessage());

    HBox recovery = frame.part("recoveryBanner", HBox.class);
    Label recoveryText = frame.part("recoveryText", Label.class);
    showWhile(recovery, viewModel.recoveryOfferProperty().isNotNull());
    // A binding, not a listener: a copy read before the window was built (the read may finish
    // before its callback is attached, which then runs at once) must be worded too.
    recoveryText
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> offer(viewModel.recoveryOfferProperty().get()),
                viewModel.recoveryOfferProperty()));
    frame
        .part("recoverButton", Button.class)
        .setOnAction(e -> files.whenChangesAreSafe("recovering", viewModel::recover));
    frame.part("discardButton", Button.class).setOnAction(e -> viewModel.discardRecovery());
  }

  private static void showWhile(HBox banner, ObservableBooleanValue shown) {
    banner.visibleProperty().bind(shown);
    // An invisible banner must not keep its height above the canvas.
    banner.managedProperty().bind(banner.visibleProperty());
  }

  private static String offer(RecoveryStore.Recovered r) {
    if (r == null) {
      return "";
    }
    String when =
        DateTimeFormatter.ofPattern("d MMM HH:mm")
            .withZone(ZoneId.systemDefault())
            .format(r.savedAt());
    String of =
        r.originalFile() == null ? "an untitled model" : r.originalFile().getFileName().toString();
    return "Unsaved changes to " + of + " from " + when + " were found. Recover them?";
  }
}
