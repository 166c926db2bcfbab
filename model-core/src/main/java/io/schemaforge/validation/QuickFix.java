package io.schemaforge.validation;

import io.schemaforge.command.Command;

/**
 * A repair a rule offers for one of its diagnostics; it is a command, so applying it can be undone
 * like any edit.
 *
 * @param label the words on the button ("Rename table to users")
 */
public record QuickFix(String label, Command command) {}
