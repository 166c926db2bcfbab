package io.schemaforge.app.cli;

/** How a command prints its results. */
enum OutputFormat {
  text,
  json
}
