package io.schemaforge.app.ui.search;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Search over entity names, table names, attribute names and columns (Ctrl+F): whole names that
 * start with the query come first, then names that contain it.
 */
public final class SearchViewModel {
  static final int LIMIT = 20;

  private final DocumentViewModel document;

  public SearchViewModel(DocumentViewModel document) {
    this.document = document;
  }

  /**
   * One match.
   *
   * @param attributeId the matching attribute, or null when the entity itself matched
   * @param label what the result list shows ("Post", "Post.title : string(200)")
   */
  public record Hit(String entityId, String attributeId, String label) {}

  /** The matches of a query, best first, at most {@value #LIMIT}; none for a blank query. */
  public List<Hit> find(String query) {
    String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    if (q.isEmpty()) {
      return List.of();
    }
    List<Hit> prefix = new ArrayList<>();
    List<Hit> inside = new ArrayList<>();
    for (Entity e : document.model().schema().entities()) {
      add(
          e.name(),
          e.tableName(),
          q,
          new Hit(e.id(), null, e.name() + "  (" + e.tableName() + ")"),
          prefix,
          inside);
      for (Attribute a : e.attributes()) {
        add(
            a.name(),
            a.columnName(),
            q,
            new Hit(e.id(), a.id(), e.name() + "." + a.name() + " : " + a.typeDisplay()),
            prefix,
            inside);
      }
    }
    List<Hit> all = new ArrayList<>(prefix);
    all.addAll(inside);
    return all.size() > LIMIT ? all.subList(0, LIMIT) : all;
  }

  private static void add(
      String name, String column, String q, Hit hit, List<Hit> prefix, List<Hit> inside) {
    String n = name.toLowerCase(Locale.ROOT);
    String c = column.toLowerCase(Locale.ROOT);
    if (n.startsWith(q) || c.startsWith(q)) {
      prefix.add(hit);
    } else if (n.contains(q) || c.contains(q)) {
      inside.add(hit);
    }
  }
}
