package io.schemaforge.app.ui.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Rectangle2D;

/**
 * The routes computed so far, with what each depends on: its two cards and the cards inside its
 * reach (the area where the router looked for obstacles). Reaches are filed in a grid, so a moved
 * card finds the routes it may affect without a scan over all lines.
 */
final class RouteCache {
  /** Reaches covering more cells than this are kept in one list instead of filed cell by cell. */
  private static final int MAX_CELLS = 64;

  /** What besides its two cards may change a route. */
  enum Dependence {
    /** Nothing (a self-reference's loop, cards too far apart to search around). */
    FIXED,
    /** The direct line crosses no card: only a card moving onto it changes it. */
    CLEAR,
    /** Any card entering or leaving its reach (a detour, or a direct line through cards). */
    AREA
  }

  private record Entry(
      EdgeRoute route,
      String sourceId,
      String targetId,
      Rectangle2D reach,
      Dependence dependence) {}

  private final Map<String, Entry> routes = new HashMap<>();
  private final Map<String, Set<String>> byEntity = new HashMap<>();
  private final Map<Long, Set<String>> byCell = new HashMap<>();
  private final Set<String> wide = new HashSet<>();

  EdgeRoute get(String relationshipId) {
    Entry e = routes.get(relationshipId);
    return e == null ? null : e.route();
  }

  int size() {
    return routes.size();
  }

  void put(
      String relationshipId,
      EdgeRoute route,
      String sourceId,
      String targetId,
      Rectangle2D reach,
      Dependence dependence) {
    remove(relationshipId);
    Entry e = new Entry(route, sourceId, targetId, reach, dependence);
    routes.put(relationshipId, e);
    byEntity.computeIfAbsent(sourceId, k -> new HashSet<>()).add(relationshipId);
    byEntity.computeIfAbsent(targetId, k -> new HashSet<>()).add(relationshipId);
    if (dependence == Dependence.FIXED) {
      return;
    }
    if (CardGrid.cellCount(reach) > MAX_CELLS) {
      wide.add(relationshipId);
    } else {
      CardGrid.forEachCell(
          reach, key -> byCell.computeIfAbsent(key, k -> new HashSet<>()).add(relationshipId));
    }
  }

  /** Forgets the routes attached to a card; returns them by relationship id. */
  Map<String, EdgeRoute> forgetEntity(String entityId) {
    Set<String> ids = byEntity.get(entityId);
    return ids == null ? Map.of() : removeAll(new ArrayList<>(ids));
  }

  /**
   * Forgets the routes whose reach intersects an area (a card there may change them); returns them
   * by relationship id.
   */
  Map<String, EdgeRoute> forgetArea(Rectangle2D area) {
    List<String> hit = new ArrayList<>();
    CardGrid.forEachCell(
        area,
        key -> {
          Set<String> ids = byCell.get(key);
          if (ids != null) {
            for (String id : ids) {
              if (affects(routes.get(id), area)) {
                hit.add(id);
              }
            }
          }
        });
    for (String id : wide) {
      if (affects(routes.get(id), area)) {
        hit.add(id);
      }
    }
    return removeAll(hit);
  }

  /** Whether a card in (or leaving) an area may change a route. */
  private static boolean affects(Entry e, Rectangle2D area) {
    if (!e.reach().intersects(area)) {
      return false;
    }
    if (e.dependence() == Dependence.AREA) {
      return true;
    }
    List<javafx.geometry.Point2D> pts = e.route().points();
    for (int i = 1; i < pts.size(); i++) {
      if (DetourRouter.crosses(pts.get(i - 1), pts.get(i), area, 0)) {
        return true;
      }
    }
    return false;
  }

  private Map<String, EdgeRoute> removeAll(List<String> ids) {
    Map<String, EdgeRoute> removed = new HashMap<>();
    for (String id : ids) {
      Entry e = routes.get(id);
      if (e != null) {
        removed.put(id, e.route());
        remove(id);
      }
    }
    return removed;
  }

  private void remove(String relationshipId) {
    Entry e = routes.remove(relationshipId);
    if (e == null) {
      return;
    }
    unlink(byEntity, e.sourceId(), relationshipId);
    unlink(byEntity, e.targetId(), relationshipId);
    if (!wide.remove(relationshipId) && e.dependence() != Dependence.FIXED) {
      CardGrid.forEachCell(e.reach(), key -> unlink(byCell, key, relationshipId));
    }
  }

  private static <K> void unlink(Map<K, Set<String>> index, K key, String id) {
    Set<String> ids = index.get(key);
    if (ids != null) {
      ids.remove(id);
      if (ids.isEmpty()) {
        index.remove(key);
      }
    }
  }
}
