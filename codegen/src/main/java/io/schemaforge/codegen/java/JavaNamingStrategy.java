package io.schemaforge.codegen.java;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Trait;
import java.util.Set;

/**
 * Names of everything the Java export generates. Class and field names come from the model (an
 * entity's {@link Entity#name()}, an attribute's {@link Attribute#name()}); this strategy derives
 * the rest from them, so a project with other habits can plug in its own, as jOOQ's {@code
 * GeneratorStrategy} allows.
 */
public interface JavaNamingStrategy {

  /** The package of entities, trait base classes and generated enums. */
  String domainPackage(String basePackage);

  /** The package of the Create / Update / Response records. */
  String dtoPackage(String basePackage);

  /** The package of the mappers. */
  String mapperPackage(String basePackage);

  /** The package of the Spring Data repositories. */
  String repositoryPackage(String basePackage);

  /** The entity's class name. */
  String entityClass(Entity entity);

  /** The generated enum of an ENUM attribute. */
  String enumClass(Entity entity, Attribute attribute);

  /**
   * The {@code @MappedSuperclass} for a set of traits that base classes carry (never empty). One
   * trait gives one class per trait; Java's single inheritance makes a combination its own class.
   */
  String traitSuperclass(Set<Trait> traits);

  /**
   * The {@code @IdClass} of an entity with a composite primary key: {@code <Entity>Id} unless a
   * strategy says otherwise.
   */
  default String idClass(Entity entity) {
    return entityClass(entity) + "Id";
  }

  String createDto(Entity entity);

  String updateDto(Entity entity);

  String responseDto(Entity entity);

  String mapper(Entity entity);

  String repository(Entity entity);

  /**
   * The singular of a collection property, for {@code add...} / {@code remove...}: posts → post.
   */
  String singular(String collectionProperty);
}
