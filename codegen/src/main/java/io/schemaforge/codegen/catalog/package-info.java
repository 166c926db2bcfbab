/**
 * Reading a live database's catalog back into a {@link io.schemaforge.codegen.physical.DbSchema}
 * ({@link io.schemaforge.codegen.catalog.CatalogReader}) and comparing it with the schema a model
 * produces ({@link io.schemaforge.codegen.catalog.CatalogComparison}): the proof the migration
 * export runs after replaying its migrations, and the base of the JDBC importer.
 *
 * <p>What the engines report through JDBC, and how the reader copes (checked with PostgreSQL 15 and
 * 16 / pgjdbc 42.7, MariaDB 10.11 / mariadb-java-client 3.5, H2 2.3, sqlite-jdbc 3.50):
 *
 * <ul>
 *   <li>MariaDB: a null catalog in any metadata call means every database on the server, so the
 *       current database is always passed; metadata name lookups are case-insensitive (rows are
 *       filtered by exact name); {@code COLUMN_DEF} is the text {@code NULL} for a nullable column
 *       without default; remarks are {@code ""} when there is no comment; the primary key is always
 *       named {@code PRIMARY}; {@code json} is reported as {@code LONGTEXT} and recognised by its
 *       column check {@code json_valid(col)}; {@code boolean} comes back as {@code BOOLEAN};
 *       unspecified ON DELETE is reported as RESTRICT.
 *   <li>PostgreSQL: {@code getTables} with no type filter also returns indexes and sequences;
 *       identity and serial columns report {@code IS_AUTOINCREMENT = YES}; checks come from {@code
 *       pg_constraint}, where an IN list reads back as {@code (col)::text = ANY (ARRAY[...])}.
 *   <li>H2 2.x: tables are of type {@code BASE TABLE}; unquoted names are upper case (read back as
 *       lower case, see {@link io.schemaforge.codegen.catalog.CatalogNames}); every primary key,
 *       unique constraint and foreign key gets its own generated index ({@code PRIMARY_KEY_4},
 *       {@code FK_X_INDEX_4}, even when an explicit index covers the columns), hidden through
 *       {@code INFORMATION_SCHEMA.INDEXES.IS_GENERATED}.
 *   <li>SQLite: no comments; the types are whatever the DDL declared (compared by affinity only);
 *       the name of an inline (column) constraint and every check exist only in {@code
 *       sqlite_master.sql}, parsed by {@code SqliteTableParser}; unique constraints are indexes
 *       named {@code sqlite_autoindex_<table>_N} ({@code PRAGMA index_list} origin {@code u}); a
 *       single {@code INTEGER PRIMARY KEY} is the rowid and counts as identity.
 * </ul>
 */
package io.schemaforge.codegen.catalog;
