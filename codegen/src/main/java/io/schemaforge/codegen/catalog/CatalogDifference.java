package io.schemaforge.codegen.catalog;

/**
 * One way a database's catalog differs from what the model produces.
 *
 * @param table the table concerned, by name
 * @param element what differs: {@code table}, {@code column title}, {@code foreign key fk_x}, ...
 * @param message a sentence for the user, naming the table and element
 */
public record CatalogDifference(String table, String element, String message) {
  @Override
  public String toString() {
    return message;
  }
}
