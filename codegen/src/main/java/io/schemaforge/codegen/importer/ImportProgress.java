package io.schemaforge.codegen.importer;

/**
 * Told what an import is doing, step by step, so a window can show it (the app turns each step into
 * a progress bar and a line of text on its own thread). Called on the importing thread; an
 * implementation must return quickly and never throw.
 */
@FunctionalInterface
public interface ImportProgress {
  /** Tells nobody: the command line and the tests. */
  ImportProgress NONE = step -> {};

  void step(ImportStep step);
}
