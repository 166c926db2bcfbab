package io.schemaforge.codegen.java;

import io.schemaforge.model.Dialect;
import java.util.Objects;

/**
 * What the Java export writes besides the always-generated entities, DTOs and mappers.
 *
 * @param basePackage the package the generated packages hang under; null to take the model's
 * @param dialect the database the migrations are written for (constraint names, which are cut to
 *     its identifier limit, must match them); null to take the model's
 * @param withRepositories whether to write a Spring Data {@code JpaRepository} per entity
 * @param sourceRoot the source folder relative to the target project's root, normally {@code
 *     src/main/java}
 * @param naming how classes, fields and packages are named
 */
public record JavaExportOptions(
    String basePackage,
    Dialect dialect,
    boolean withRepositories,
    String sourceRoot,
    JavaNamingStrategy naming) {

  /** Maven's and Gradle's main source folder. */
  public static final String MAIN_SOURCE_ROOT = "src/main/java";

  public JavaExportOptions {
    Objects.requireNonNull(sourceRoot, "sourceRoot");
    Objects.requireNonNull(naming, "naming");
  }

  /** The model's base package, no repositories, {@code src/main/java}, the default naming. */
  public static JavaExportOptions defaults() {
    return new JavaExportOptions(
        null, null, false, MAIN_SOURCE_ROOT, new DefaultJavaNamingStrategy());
  }

  public JavaExportOptions withRepositories(boolean on) {
    return new JavaExportOptions(basePackage, dialect, on, sourceRoot, naming);
  }

  public JavaExportOptions withBasePackage(String pkg) {
    return new JavaExportOptions(pkg, dialect, withRepositories, sourceRoot, naming);
  }

  public JavaExportOptions withDialect(Dialect d) {
    return new JavaExportOptions(basePackage, d, withRepositories, sourceRoot, naming);
  }

  public JavaExportOptions withSourceRoot(String root) {
    return new JavaExportOptions(basePackage, dialect, withRepositories, root, naming);
  }

  public JavaExportOptions withNaming(JavaNamingStrategy strategy) {
    return new JavaExportOptions(basePackage, dialect, withRepositories, sourceRoot, strategy);
  }
}
