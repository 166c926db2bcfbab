package io.schemaforge.codegen.importer.sql;

import io.schemaforge.model.Dialect;

/** The dialect scripts are written for, and why it was assumed: said to the user as a finding. */
public record DialectGuess(Dialect dialect, String reason) {}
