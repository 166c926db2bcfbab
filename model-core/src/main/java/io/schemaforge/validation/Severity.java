package io.schemaforge.validation;

/** How bad a problem is: errors stop an export (unless forced), warnings are told. */
public enum Severity {
  ERROR,
  WARNING
}
