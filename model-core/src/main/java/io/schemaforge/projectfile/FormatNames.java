package io.schemaforge.projectfile;

import java.util.Locale;

/** How enum constants are spelled in the file: lower-case words with dashes (one-to-many). */
final class FormatNames {
  private FormatNames() {}

  static String write(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E read(Class<E> type, String text) {
    return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  static <E extends Enum<E>> String choices(Class<E> type) {
    StringBuilder sb = new StringBuilder();
    for (E e : type.getEnumConstants()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(write(e));
    }
    return sb.toString();
  }
}
