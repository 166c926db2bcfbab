package io.schemaforge.app.cli;

/**
 * Whether one kind of optional generated code (repositories, jOOQ classes) is written, and why, so
 * the report can tell a user who never typed the flag that the model asked for it.
 *
 * @param on whether the code is written
 * @param reason where the choice came from, e.g. {@code --with-jooq} or {@code model setting}
 */
record OptionalCodeChoice(boolean on, String reason) {

  /**
   * The flag or the model's setting switches the code on; {@code --migrations-only} wins over both
   * because it promises no Java at all.
   */
  static OptionalCodeChoice of(
      String flagName, boolean flag, boolean modelSetting, boolean migrationsOnly) {
    if (migrationsOnly) {
      return new OptionalCodeChoice(false, "--migrations-only");
    }
    if (flag) {
      return new OptionalCodeChoice(true, flagName);
    }
    if (modelSetting) {
      return new OptionalCodeChoice(true, "model setting");
    }
    return new OptionalCodeChoice(false, "default");
  }

  /** The report line, or null when there is nothing worth saying (off and nobody asked). */
  String reportLine(String what, boolean modelSetting) {
    if (on) {
      return what + ": yes (" + reason + ")";
    }
    // the model asked for it but --migrations-only overrode it: say so rather than stay silent
    return modelSetting ? what + ": no (" + reason + " overrides the model setting)" : null;
  }
}
