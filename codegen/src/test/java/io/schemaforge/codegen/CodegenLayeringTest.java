package io.schemaforge.codegen;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.schemaforge.testing.arch.LayeringRules;

@AnalyzeClasses(packages = "io.schemaforge", importOptions = LayeringRules.MainClassesOnly.class)
class CodegenLayeringTest {
  @ArchTest static final ArchTests layering = ArchTests.in(LayeringRules.class);
}
