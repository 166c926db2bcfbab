package io.schemaforge.app.ui.export;

import java.nio.file.Path;

/**
 * One row of the export preview: a file the export would write (or leaves alone, or no longer
 * generates), with what is on disk now, so the dialog can show its content or a diff.
 *
 * @param path relative to the target project's root
 * @param onDisk the file's current content, or null when it does not exist
 * @param generated what the export generates, or null for an orphan
 * @param note why it has its state, in a sentence
 */
public record PreviewFile(
    Kind kind, Path path, State state, String note, String onDisk, String generated) {

  /** What the file is. */
  public enum Kind {
    MIGRATION,
    MIGRATION_CONFIG,
    EXPORT_STATE,
    JAVA,
    ORPHAN
  }

  /** What the export does with it; the label is what the preview shows. */
  public enum State {
    NEW("NEW"),
    CHANGED("CHANGED"),
    UNCHANGED("UNCHANGED"),
    CONFLICT("CONFLICT"),
    ORPHAN("ORPHAN");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    /** The style class of its badge: {@code file-state-new}, ... */
    public String styleClass() {
      return "file-state-" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Whether the preview shows a diff rather than the plain content. */
  public boolean hasDiff() {
    return onDisk != null && generated != null && !onDisk.equals(generated);
  }
}
