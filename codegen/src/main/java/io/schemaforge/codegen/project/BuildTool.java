package io.schemaforge.codegen.project;

/** The build a target project uses, which fixes where sources and resources live. */
public enum BuildTool {
  MAVEN,
  GRADLE,
  /** No build file found: the standard Maven/Gradle folders are assumed. */
  NONE
}
