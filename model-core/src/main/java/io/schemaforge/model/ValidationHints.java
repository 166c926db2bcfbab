package io.schemaforge.model;

/**
 * Extra checks a value must pass, carried into Bean Validation annotations of the DTOs.
 *
 * @param email the value must be an e-mail address
 * @param pattern a regular expression the value must match, or null
 * @param min the smallest allowed number, or null
 * @param max the largest allowed number, or null
 */
public record ValidationHints(boolean email, String pattern, Long min, Long max) {
  public static final ValidationHints NONE = new ValidationHints(false, null, null, null);

  public boolean isEmpty() {
    return !email && pattern == null && min == null && max == null;
  }
}
