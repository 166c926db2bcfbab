package io.schemaforge.codegen.layout;

/**
 * How a long layout reports where it is and learns that it is no longer wanted. ELK looks at {@link
 * #isCancelled} between its phases, so a cancel takes effect within one phase.
 */
public interface LayoutProgress {
  /** Nothing to report and never cancelled. */
  LayoutProgress NONE =
      new LayoutProgress() {
        @Override
        public boolean isCancelled() {
          return false;
        }

        @Override
        public void phase(String name) {}
      };

  boolean isCancelled();

  /** ELK began a phase ("Layered layout", "Crossing minimization", ...); called on its thread. */
  void phase(String name);
}
