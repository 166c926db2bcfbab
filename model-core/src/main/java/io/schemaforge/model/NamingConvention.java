package io.schemaforge.model;

/**
 * The schema's naming rules, checked by validation and used by generation.
 *
 * @param tableNumber whether table names are singular ({@code post}) or plural ({@code posts});
 *     {@link TableNumber#EITHER} only asks for consistency
 * @param timestampsWithTimeZone whether timestamps should carry a time zone
 * @param quoteIdentifiers whether generated SQL quotes every identifier, which makes reserved words
 *     usable as names
 */
public record NamingConvention(
    TableNumber tableNumber, boolean timestampsWithTimeZone, boolean quoteIdentifiers) {

  public static final NamingConvention DEFAULT =
      new NamingConvention(TableNumber.EITHER, true, false);

  /** Singular or plural table names. */
  public enum TableNumber {
    SINGULAR,
    PLURAL,
    EITHER
  }
}
