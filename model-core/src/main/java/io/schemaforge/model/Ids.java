package io.schemaforge.model;

import java.security.SecureRandom;

/** Creates stable element ids: short, random, and never reused after a rename. */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

  private Ids() {}

  /** A new id such as {@code ent_k3x9q2m7a1b4}; the prefix tells the element kind when read. */
  public static String newId(String prefix) {
    char[] chars = new char[12];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return prefix + "_" + new String(chars);
  }
}
