package io.schemaforge.codegen.java;

import java.util.Locale;

/** "a Post", "an Employee": for generated Javadoc that reads as English. */
final class Articles {
  private Articles() {}

  static String a(String noun) {
    return (startsWithVowel(noun) ? "an " : "a ") + noun;
  }

  static String capitalA(String noun) {
    return (startsWithVowel(noun) ? "An " : "A ") + noun;
  }

  private static boolean startsWithVowel(String noun) {
    return !noun.isEmpty() && "aeiou".indexOf(noun.toLowerCase(Locale.ROOT).charAt(0)) >= 0;
  }
}
