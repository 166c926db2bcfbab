package io.schemaforge.codegen.java;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Trait;
import java.util.Locale;
import java.util.Set;

/**
 * The naming of PRODUCT.md: {@code <base>.domain}, {@code .dto}, {@code .mapper}, {@code
 * .repository}; {@code <Entity>Create} / {@code Update} / {@code Response}, {@code <Entity>Mapper},
 * {@code <Entity>Repository}; an enum named after its entity and field ({@code OrderStatus}).
 */
public class DefaultJavaNamingStrategy implements JavaNamingStrategy {

  @Override
  public String domainPackage(String basePackage) {
    return basePackage + ".domain";
  }

  @Override
  public String dtoPackage(String basePackage) {
    return basePackage + ".dto";
  }

  @Override
  public String mapperPackage(String basePackage) {
    return basePackage + ".mapper";
  }

  @Override
  public String repositoryPackage(String basePackage) {
    return basePackage + ".repository";
  }

  @Override
  public String entityClass(Entity entity) {
    return entity.name();
  }

  @Override
  public String enumClass(Entity entity, Attribute attribute) {
    return entityClass(entity) + capitalize(attribute.name());
  }

  @Override
  public String traitSuperclass(Set<Trait> traits) {
    StringBuilder sb = new StringBuilder();
    // Enum order, so a combination always gets the same name.
    for (Trait t : Trait.values()) {
      if (traits.contains(t)) {
        sb.append(adjective(t));
      }
    }
    return sb.toString();
  }

  /** What an entity with the trait is: {@code Timestamped}, {@code SoftDeletable}. */
  protected String adjective(Trait trait) {
    switch (trait) {
      case TIMESTAMPS:
        return "Timestamped";
      case SOFT_DELETE:
        return "SoftDeletable";
      case VERSION:
        return "Versioned";
      default:
        throw new IllegalArgumentException("unknown trait " + trait);
    }
  }

  @Override
  public String createDto(Entity entity) {
    return entityClass(entity) + "Create";
  }

  @Override
  public String updateDto(Entity entity) {
    return entityClass(entity) + "Update";
  }

  @Override
  public String responseDto(Entity entity) {
    return entityClass(entity) + "Response";
  }

  @Override
  public String mapper(Entity entity) {
    return entityClass(entity) + "Mapper";
  }

  @Override
  public String repository(Entity entity) {
    return entityClass(entity) + "Repository";
  }

  @Override
  public String singular(String plural) {
    String lower = plural.toLowerCase(Locale.ROOT);
    if (lower.endsWith("children")) {
      return plural.substring(0, plural.length() - 3);
    }
    if (lower.endsWith("people")) {
      return plural.substring(0, plural.length() - 6)
          + plural.charAt(plural.length() - 6)
          + "erson";
    }
    if (lower.endsWith("ies") && plural.length() > 3) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    if (lower.endsWith("sses")
        || lower.endsWith("xes")
        || lower.endsWith("zes")
        || lower.endsWith("ches")
        || lower.endsWith("shes")) {
      return plural.substring(0, plural.length() - 2);
    }
    if (lower.endsWith("s") && !lower.endsWith("ss") && plural.length() > 1) {
      return plural.substring(0, plural.length() - 1);
    }
    return plural;
  }

  static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
