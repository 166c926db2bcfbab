package io.schemaforge.codegen.importer;

import io.schemaforge.naming.Names;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for what a database calls tables and columns: {@code qrtz_job_details} becomes the
 * class {@code QrtzJobDetail}, {@code JOB_INSTANCE_ID} the field {@code jobInstanceId}. The SQL
 * names themselves are kept as they are, so nothing changes on export.
 */
final class ImportedNames {
  private ImportedNames() {}

  /** A singular UpperCamelCase class name for a table. */
  static String className(String table) {
    String snake = words(table);
    String last = Names.lastWord(snake);
    String prefix = snake.substring(0, snake.length() - last.length());
    String name = Names.upperCamel(prefix + singular(last));
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? "T" + name : name;
  }

  /** A lowerCamelCase field name for a column; a Java keyword gets a {@code Value} suffix. */
  static String fieldName(String column) {
    String name = Names.lowerCamel(words(column));
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name = "c" + name;
    }
    // The same suffix as JavaNameRule's quick fix, so an import reads like a fixed design.
    return SourceVersion.isKeyword(name) ? name + "Value" : name;
  }

  /** {@code name}, or {@code name2}, {@code name3}, ... whichever {@code taken} does not hold. */
  static String unique(String name, Set<String> taken) {
    if (!taken.contains(name)) {
      return name;
    }
    int i = 2;
    while (taken.contains(name + i)) {
      i++;
    }
    return name + i;
  }

  /** English singular of one word: categories to category, boxes to box, posts to post. */
  static String singular(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (!Names.looksPlural(w) || w.length() < 3) {
      return word;
    }
    if (w.endsWith("ies") && w.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (w.endsWith("sses")
        || w.endsWith("xes")
        || w.endsWith("zes")
        || w.endsWith("ches")
        || w.endsWith("shes")) {
      return word.substring(0, word.length() - 2);
    }
    return word.substring(0, word.length() - 1);
  }

  /**
   * snake_case words of a name: an all-upper-case name ({@code BATCH_JOB}, as MariaDB keeps it) is
   * read as words, not as an acronym; camelCase names are split.
   */
  private static String words(String name) {
    String n = name.equals(name.toUpperCase(Locale.ROOT)) ? name.toLowerCase(Locale.ROOT) : name;
    return Names.snakeCase(n).replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
  }
}
