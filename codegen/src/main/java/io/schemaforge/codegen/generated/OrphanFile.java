package io.schemaforge.codegen.generated;

import java.nio.file.Path;

/**
 * A file a previous export generated that this export no longer produces (its entity left the
 * model, or was renamed). Reported; deleted only when the user asks.
 *
 * @param path relative to the target project's root
 * @param edited whether the user changed it since it was generated; deleting it would lose work
 */
public record OrphanFile(Path path, boolean edited) {}
