package io.schemaforge.command;

/**
 * Published by the {@link CommandStack} after every change.
 *
 * @param description the command's description
 * @param revision the stack's revision after the change
 */
public record ModelChangeEvent(
    ChangeSet changes, Origin origin, String description, long revision) {}
