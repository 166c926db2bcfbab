package io.schemaforge.app.cli;

import picocli.CommandLine;

/** The version from the jar's manifest (set by Maven), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = SchemaforgeCommand.class.getPackage().getImplementationVersion();
    return new String[] {"schemaforge " + (v == null ? "development build" : v)};
  }
}
