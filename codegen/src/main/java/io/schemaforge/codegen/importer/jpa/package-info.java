/**
 * Reading a project's JPA {@code @Entity} sources (with JavaParser, without compiling them): {@link
 * io.schemaforge.codegen.importer.jpa.JpaSourceReader} gives a {@link
 * io.schemaforge.codegen.importer.jpa.JpaModel} of tables and columns as the provider would name
 * them; {@link io.schemaforge.codegen.importer.jpa.EntitiesToModel} turns it into a model when a
 * project has no migrations; {@link io.schemaforge.codegen.importer.jpa.EntityReconciler} merges it
 * into the model its migrations give, and {@link io.schemaforge.codegen.importer.jpa.EntityDrift}
 * says where the two disagree.
 */
package io.schemaforge.codegen.importer.jpa;
