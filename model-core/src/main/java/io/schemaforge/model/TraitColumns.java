package io.schemaforge.model;

import java.util.List;
import java.util.Set;

/**
 * The columns a trait adds to an entity's table. Validation, the migration export and the generated
 * base classes all read this one list, so a trait's column is named and typed the same everywhere.
 */
public final class TraitColumns {
  private TraitColumns() {}

  /**
   * One column a trait adds.
   *
   * @param field the Java field in the trait's generated {@code @MappedSuperclass}
   * @param column the column name
   * @param type the logical type; timestamps follow the schema's time-zone convention (see {@link
   *     #typeOf})
   * @param nullable whether the column accepts NULL
   * @param defaultValue the column default, so adding a trait to a table that has rows is safe
   */
  public record TraitColumn(
      Trait trait,
      String field,
      String column,
      LogicalType type,
      boolean nullable,
      String defaultValue) {

    /** The column's logical type under the schema's convention. */
    public LogicalType typeOf(NamingConvention naming) {
      if (type == LogicalType.TIMESTAMPTZ && !naming.timestampsWithTimeZone()) {
        return LogicalType.TIMESTAMP;
      }
      return type;
    }
  }

  /** Every trait column, in the order they follow an entity's own attributes. */
  public static final List<TraitColumn> ALL =
      List.of(
          new TraitColumn(
              Trait.TIMESTAMPS,
              "createdAt",
              "created_at",
              LogicalType.TIMESTAMPTZ,
              false,
              "CURRENT_TIMESTAMP"),
          new TraitColumn(
              Trait.TIMESTAMPS,
              "updatedAt",
              "updated_at",
              LogicalType.TIMESTAMPTZ,
              false,
              "CURRENT_TIMESTAMP"),
          new TraitColumn(
              Trait.SOFT_DELETE, "deletedAt", "deleted_at", LogicalType.TIMESTAMPTZ, true, null),
          new TraitColumn(Trait.VERSION, "version", "version", LogicalType.BIGINT, false, "0"));

  /** The trait columns an entity with these traits has, in {@link #ALL}'s order. */
  public static List<TraitColumn> of(Set<Trait> traits) {
    return ALL.stream().filter(t -> traits.contains(t.trait())).toList();
  }
}
