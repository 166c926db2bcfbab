package io.schemaforge.testing.arch.sample;

import io.schemaforge.model.Entity;

/** Breaks the rule on purpose: changes the model without a command. */
public final class SneakyEditor {
  private SneakyEditor() {}

  public static void rename(Entity e) {
    e.setName("Renamed");
  }
}
