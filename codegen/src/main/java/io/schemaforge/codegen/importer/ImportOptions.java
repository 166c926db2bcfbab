package io.schemaforge.codegen.importer;

import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.model.Dialect;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code schemaforge import} was asked to read.
 *
 * @param paths project folders, folders of SQL scripts or single files; empty to read {@code jdbc}
 *     itself
 * @param dialect what the scripts are written for, or null to guess
 * @param jdbc with paths: the server to replay them on (a scratch database there); without: the
 *     live database to read. Null for neither
 * @param modelName the new model's name
 */
public record ImportOptions(List<Path> paths, Dialect dialect, JdbcTarget jdbc, String modelName) {
  public ImportOptions {
    paths = List.copyOf(paths);
  }
}
