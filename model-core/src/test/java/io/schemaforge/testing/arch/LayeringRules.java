package io.schemaforge.testing.arch;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.schemaforge.model.Mutator;

/**
 * The layering of ARCHITECTURE.md as rules, shared by every module (each has a one-line test class
 * that includes them): app uses codegen uses model-core, never the other way; nothing below app
 * touches JavaFX; only commands change the model.
 */
public final class LayeringRules {
  static final String[] CORE = {
    "io.schemaforge.model..",
    "io.schemaforge.command..",
    "io.schemaforge.validation..",
    "io.schemaforge.dialect..",
    "io.schemaforge.naming..",
    "io.schemaforge.projectfile.."
  };

  @ArchTest
  public static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .optionalLayer("App")
          .definedBy("io.schemaforge.app..")
          .optionalLayer("Codegen")
          .definedBy("io.schemaforge.codegen..")
          .layer("Core")
          .definedBy(CORE)
          .whereLayer("App")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Codegen")
          .mayOnlyBeAccessedByLayers("App")
          .whereLayer("Core")
          .mayOnlyBeAccessedByLayers("Codegen", "App");

  @ArchTest
  public static final ArchRule noJavaFxBelowApp =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.schemaforge.app..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javafx..", "com.sun.javafx..")
          .because("model-core and codegen run headless (ARCHITECTURE.md)");

  @ArchTest
  public static final ArchRule onlyCommandsMutateTheModel =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "io.schemaforge.model..", "io.schemaforge.command..", "io.schemaforge.projectfile..")
          .should()
          .callMethodWhere(target(annotatedWith(Mutator.class)))
          .because(
              "every edit goes through a command so it can be undone; the project-file reader"
                  + " only builds new models");

  private LayeringRules() {}

  /** Main classes only: test fixtures may build models any way they like. */
  public static final class MainClassesOnly implements ImportOption {
    @Override
    public boolean includes(Location location) {
      return !location.contains("/test-classes/") && !location.contains("-tests.jar");
    }
  }
}
