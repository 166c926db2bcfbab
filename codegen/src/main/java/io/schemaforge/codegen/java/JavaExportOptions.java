package io.schemaforge.codegen.java;

import java.util.Objects;

/**
 * What the Java export writes besides the always-generated entities, DTOs and mappers.
 *
 * @param basePackage the package the generated packages hang under; null to take the model's
 * @param withRepositories whether to write a Spring Data {@code JpaRepository} per entity
 * @param sourceRoot the source folder relative to the target project's root, normally {@code
 *     src/main/java}
 * @param naming how classes, fields and packages are named
 */
public record JavaExportOptions(
    String basePackage, boolean withRepositories, String sourceRoot, JavaNamingStrategy naming) {

  /** Maven's and Gradle's main source folder. */
  public static final String MAIN_SOURCE_ROOT = "src/main/java";

  public JavaExportOptions {
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    Objects.requireNonNull(naming, "naming");
  }

  /** The model's base package, no repositories, {@code src/main/java}, the default naming. */
  public static JavaExportOptions defaults() {
    return new JavaExportOptions(null, false, MAIN_SOURCE_ROOT, new DefaultJavaNamingStrategy());
  }

  public JavaExportOptions withRepositories(boolean on) {
    return new JavaExportOptions(basePackage, on, sourceRoot, naming);
  }

  public JavaExportOptions withBasePackage(String pkg) {
    return new JavaExportOptions(pkg, withRepositories, sourceRoot, naming);
  }

  public JavaExportOptions withNaming(JavaNamingStrategy strategy) {
    return new JavaExportOptions(basePackage, withRepositories, sourceRoot, strategy);
  }
}
