package io.schemaforge.codegen.importer.jpa;

import java.util.Locale;

/**
 * Spring Boot's default physical naming ({@code CamelCaseToUnderscoresNamingStrategy}): dots become
 * underscores, an underscore goes before an upper-case letter that sits between lower-case letters
 * or digits, and everything is lower-cased unless the name was quoted. Applied to explicit names
 * too, as Spring Boot does.
 */
final class SpringPhysicalNaming {
  private SpringPhysicalNaming() {}

  static String apply(String name) {
    if (name == null || name.isEmpty()) {
      return name;
    }
    StringBuilder b = new StringBuilder(name.replace('.', '_'));
    for (int i = 1; i < b.length() - 1; i++) {
      if (underscoreRequired(b.charAt(i - 1), b.charAt(i), b.charAt(i + 1))) {
        b.insert(i++, '_');
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean underscoreRequired(char before, char current, char after) {
    return (Character.isLowerCase(before) || Character.isDigit(before))
        && Character.isUpperCase(current)
        && (Character.isLowerCase(after) || Character.isDigit(after));
  }
}
