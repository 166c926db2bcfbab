/**
 * Opening an existing project: reading its migration history, its JPA sources or a live database
 * into a model.
 *
 * <p>Every path goes through a {@link io.schemaforge.codegen.physical.DbSchema}: SQL is replayed in
 * a real engine (or interpreted) and the catalog read back; the catalog is then turned into a
 * model. Findings are returned, never thrown, unless nothing usable could be read.
 */
package io.schemaforge.codegen.importer;
