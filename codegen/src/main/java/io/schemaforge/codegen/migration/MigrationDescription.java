package io.schemaforge.codegen.migration;

import io.schemaforge.model.Schema;
import java.util.List;
import java.util.Locale;

/**
 * The {@code <description>} part of {@code V<n>__<description>.sql}, from what the migration does.
 */
final class MigrationDescription {
  private static final int MAX = 60;

  private MigrationDescription() {}

  static String of(Schema schema, List<MigrationStatement> statements, boolean first) {
    if (first) {
      return slug("create " + schema.name());
    }
    String summary = statements.get(0).summary();
    // "rename column posts.title to headline (data kept)" ->
    // "rename_column_posts_title_to_headline"
    summary = summary.replaceAll("[(:].*$", "");
    String s = slug(summary);
    long distinct = statements.stream().map(MigrationStatement::summary).distinct().count();
    if (distinct > 1) {
      s = s.length() > MAX - 9 ? s.substring(0, MAX - 9) : s;
      return s.replaceAll("_+$", "") + "_and_more";
    }
    return s.length() > MAX ? s.substring(0, MAX).replaceAll("_+$", "") : s;
  }

  static String slug(String text) {
    String s =
        text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    return s.isEmpty() ? "schema" : s;
  }
}
