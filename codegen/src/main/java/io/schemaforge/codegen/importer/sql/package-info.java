/**
 * SQL sources → {@link io.schemaforge.codegen.physical.DbSchema}: finding a project's migration
 * history and ordering it as Flyway does ({@link
 * io.schemaforge.codegen.importer.sql.HistoryFiles}), cutting scripts into statements with their
 * lines ({@link io.schemaforge.codegen.importer.sql.SqlSplitter}), guessing their dialect,
 * replaying them one by one on a real engine and reading the catalog back ({@link
 * io.schemaforge.codegen.importer.sql.SqlHistoryReader}), or reading a live database ({@link
 * io.schemaforge.codegen.importer.sql.LiveDatabaseReader}).
 *
 * <p>No jOOQ-interpreter fallback yet: MySQL and MariaDB scripts need {@code --jdbc} (see {@link
 * io.schemaforge.codegen.importer.sql.ImportEngine#NONE}).
 */
package io.schemaforge.codegen.importer.sql;
