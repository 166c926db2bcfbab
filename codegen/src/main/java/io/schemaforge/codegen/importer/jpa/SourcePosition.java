package io.schemaforge.codegen.importer.jpa;

/**
 * Where a mapping was declared, so a finding can name the file and line a user opens.
 *
 * @param file the source file as found under the source folder (relative when possible)
 * @param line 1-based, 0 when unknown
 */
public record SourcePosition(String file, int line) {}
