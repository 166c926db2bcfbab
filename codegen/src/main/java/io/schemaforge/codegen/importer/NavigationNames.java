package io.schemaforge.codegen.importer;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.naming.Names;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Navigation property names a developer would pick, never clashing with an attribute or another
 * navigation of the same entity: {@code post.author} from the column {@code author_id} and {@code
 * user.posts} back; a self reference {@code parent} / {@code children}; a second key between the
 * same two tables {@code user.postsAsEditor}.
 */
final class NavigationNames {
  private final Map<String, Set<String>> taken = new HashMap<>();

  NavigationNames(Collection<EntityDraft> drafts) {
    for (EntityDraft d : drafts) {
      Set<String> names = new HashSet<>();
      d.attributes().stream().map(Attribute::name).forEach(names::add);
      taken.put(d.entityId(), names);
    }
  }

  /**
   * {source navigation, target navigation} for a foreign key of {@code target} onto {@code source}.
   */
  String[] forKey(
      EntityDraft source, EntityDraft target, RelationshipKind kind, List<String> keyColumns) {
    boolean self = source.entityId().equals(target.entityId());
    String fromKey = keyColumns.size() == 1 ? stripId(keyColumns.get(0)) : null;
    String sourceName = Names.lowerCamel(source.name());
    String targetName = Names.lowerCamel(target.name());
    // The many side, pointing at the one: the key column's name without _id reads best.
    String toOne =
        self
            ? (fromKey != null && !fromKey.equals(sourceName) ? fromKey : "parent")
            : fromKey != null ? fromKey : sourceName;
    String targetNav = claim(target, toOne, self ? "parent" : sourceName);
    String back;
    if (self) {
      back = kind == RelationshipKind.ONE_TO_ONE ? "next" : "children";
    } else {
      back = kind == RelationshipKind.ONE_TO_ONE ? targetName : Names.plural(targetName);
    }
    String qualified = back + "As" + Names.upperCamel(targetNav);
    String sourceNav = claim(source, back, qualified);
    return new String[] {sourceNav, targetNav};
  }

  /** {source navigation, target navigation} for a many-to-many. */
  String[] forManyToMany(EntityDraft source, EntityDraft target) {
    if (source.entityId().equals(target.entityId())) {
      return new String[] {
        claim(source, "related", "relatedItems"), claim(target, "relatedBy", "relatedByItems")
      };
    }
    String s = claim(source, Names.plural(Names.lowerCamel(target.name())), null);
    String t = claim(target, Names.plural(Names.lowerCamel(source.name())), null);
    return new String[] {s, t};
  }

  private String claim(EntityDraft on, String preferred, String fallback) {
    Set<String> names = taken.get(on.entityId());
    String name = preferred;
    if (names.contains(name) && fallback != null) {
      name = fallback;
    }
    if (names.contains(name) && !names.contains(preferred + "Ref")) {
      name = preferred + "Ref";
    }
    name = ImportedNames.unique(name, names);
    names.add(name);
    return name;
  }

  /** {@code author_id} to {@code author}; a column without an id suffix keeps its name. */
  private static String stripId(String column) {
    String c = column.toLowerCase(Locale.ROOT);
    for (String suffix : List.of("_id", "_key", "_fk")) {
      if (c.endsWith(suffix) && c.length() > suffix.length()) {
        return ImportedNames.fieldName(column.substring(0, column.length() - suffix.length()));
      }
    }
    return ImportedNames.fieldName(column);
  }
}
