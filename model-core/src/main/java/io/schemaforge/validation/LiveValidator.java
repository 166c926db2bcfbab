package io.schemaforge.validation;

import io.schemaforge.command.ChangeSet;
import io.schemaforge.command.CommandStack;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps the diagnostics of a model current as it is edited. After a change it re-checks only what
 * the change can affect: the changed entities and relationships, the relationships touching a
 * changed entity, its neighbours across relationships when their view of it (names, traits, primary
 * key) changed, entities that share a name the change took or freed, and the schema-wide rules that
 * say the change concerns them. So an entity rule may read, of a related entity, only those facts;
 * anything else it needs belongs in a relationship rule.
 */
public final class LiveValidator {
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::severity)
          .thenComparing(d -> d.path() == null ? "" : d.path())
          .thenComparing(Diagnostic::ruleId)
          .thenComparing(Diagnostic::message);

  private final Model model;
  private final RuleRegistry rules;
  private final ValidationContext context;
  private final Map<String, List<Diagnostic>> byEntity = new HashMap<>();
  private final Map<String, List<Diagnostic>> byRelationship = new HashMap<>();
  private final Map<String, List<Diagnostic>> bySchemaRule = new HashMap<>();
  // rule id -> its diagnostics by the rule's own key, for rules that re-check around a change
  private final Map<String, Map<String, List<Diagnostic>>> byRuleKey = new HashMap<>();
  private final Map<String, IncrementalSchemaRule.Tracker> trackers = new HashMap<>();
  private final List<Consumer<LiveValidator>> listeners = new CopyOnWriteArrayList<>();
  private int errorCount;
  private int warningCount;

  public LiveValidator(Model model, RuleRegistry rules) {
    this.model = model;
    this.rules = rules;
    this.context = new ValidationContext(model);
    validateAll();
  }

  /** A validator that follows every change made through the stack. */
  public static LiveValidator attach(CommandStack stack, RuleRegistry rules) {
    LiveValidator v = new LiveValidator(stack.model(), rules);
    stack.addListener(e -> v.update(e.changes()));
    return v;
  }

  /** Validates a model once, without following it: what {@code schemaforge validate} does. */
  public static List<Diagnostic> validate(Model model, RuleRegistry rules) {
    return new LiveValidator(model, rules).diagnostics();
  }

  public ValidationContext context() {
    return context;
  }

  public RuleRegistry rules() {
    return rules;
  }

  /** Re-checks everything from scratch. */
  public void validateAll() {
    context.refreshDialect();
    context.clearIndexes();
    byEntity.clear();
    byRelationship.clear();
    bySchemaRule.clear();
    byRuleKey.clear();
    trackers.clear();
    errorCount = 0;
    warningCount = 0;
    for (Entity e : model.schema().entities()) {
      context.reindex(e.id(), e);
    }
    for (Entity e : model.schema().entities()) {
      checkEntity(e);
    }
    for (Relationship r : model.schema().relationships()) {
      checkRelationship(r);
    }
    for (SchemaRule rule : rules.schemaRules()) {
      if (rule instanceof IncrementalSchemaRule incremental) {
        IncrementalSchemaRule.Tracker tracker = incremental.tracker(context);
        trackers.put(rule.id(), tracker);
        tracker.checkAll(keyed(rule));
      } else {
        checkSchemaRule(rule);
      }
    }
    notifyListeners();
  }

  /** Re-checks what a change can affect. */
  public void update(ChangeSet changes) {
    if (changes.schemaSettings()) {
      validateAll();
      return;
    }
    if (changes.isLayoutOnly()) {
      return;
    }
    Boolean majorityBefore = context.pluralMajority();
    Set<String> entities = new HashSet<>();
    Set<String> relationships = new HashSet<>(changes.relationships());
    for (String id : changes.removed()) {
      if (drop(byEntity, id) != null || model.schema().entity(id).isEmpty()) {
        entities.addAll(context.reindex(id, null));
      }
      drop(byRelationship, id);
    }
    for (String id : changes.entities()) {
      model.schema().entity(id).ifPresent(e -> entities.add(id));
    }
    for (String id : changes.relationships()) {
      model
          .schema()
          .relationship(id)
          .ifPresent(
              r -> {
                entities.add(r.sourceEntityId());
                entities.add(r.targetEntityId());
              });
    }
    // The relationships of a changed entity are re-checked (their rules read both ends). Its
    // neighbours only when what they see of it changed: its names, traits or primary key, which
    // their foreign-key names and type checks use. Re-checking every neighbour after any edit
    // made an edit of a much-referenced entity (a User, a Tenant) cost O(its relationships)
    // entity re-checks and re-indexes, which grows with the model.
    for (String id : List.copyOf(entities)) {
      List<Relationship> touching = model.schema().relationshipsOf(id);
      if (touching.isEmpty()) {
        continue;
      }
      boolean neighboursToo =
          context.referencedFactsChanged(id, model.schema().entity(id).orElse(null));
      for (Relationship r : touching) {
        relationships.add(r.id());
        if (neighboursToo) {
          entities.add(r.sourceEntityId());
          entities.add(r.targetEntityId());
        }
      }
    }
    for (String id : List.copyOf(entities)) {
      model.schema().entity(id).ifPresent(e -> entities.addAll(context.reindex(id, e)));
    }
    if (!java.util.Objects.equals(majorityBefore, context.pluralMajority())) {
      model.schema().entities().forEach(e -> entities.add(e.id()));
    }
    for (String id : entities) {
      model.schema().entity(id).ifPresentOrElse(this::checkEntity, () -> drop(byEntity, id));
    }
    for (String id : relationships) {
      model
          .schema()
          .relationship(id)
          .ifPresentOrElse(this::checkRelationship, () -> drop(byRelationship, id));
    }
    for (SchemaRule rule : rules.schemaRules()) {
      if (!rule.affectedBy(changes, context)) {
        continue;
      }
      IncrementalSchemaRule.Tracker tracker = trackers.get(rule.id());
      if (tracker != null) {
        tracker.update(changes, keyed(rule));
      } else {
        checkSchemaRule(rule);
      }
    }
    notifyListeners();
  }

  /** Every current diagnostic: errors first, then by path. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(errorCount + warningCount);
    byEntity.values().forEach(all::addAll);
    byRelationship.values().forEach(all::addAll);
    bySchemaRule.values().forEach(all::addAll);
    byRuleKey.values().forEach(keyed -> keyed.values().forEach(all::addAll));
    all.sort(ORDER);
    return all;
  }

  /** Diagnostics of one entity (its own and those of relationships it holds), for badges. */
  public List<Diagnostic> diagnosticsOf(String entityId) {
    List<Diagnostic> list = new ArrayList<>(byEntity.getOrDefault(entityId, List.of()));
    for (Relationship r : model.schema().relationshipsOf(entityId)) {
      for (Diagnostic d : byRelationship.getOrDefault(r.id(), List.of())) {
        if (entityId.equals(d.entityId())) {
          list.add(d);
        }
      }
    }
    bySchemaRule.values().stream()
        .flatMap(List::stream)
        .filter(d -> entityId.equals(d.entityId()))
        .forEach(list::add);
    byRuleKey.values().stream()
        .flatMap(keyed -> keyed.values().stream())
        .flatMap(List::stream)
        .filter(d -> entityId.equals(d.entityId()))
        .forEach(list::add);
    return list;
  }

  public int errorCount() {
    return errorCount;
  }

  public int warningCount() {
    return warningCount;
  }

  public void addListener(Consumer<LiveValidator> listener) {
    listeners.add(listener);
  }

  private void checkEntity(Entity e) {
    List<Diagnostic> found = new ArrayList<>(0);
    for (EntityRule rule : rules.entityRules()) {
      rule.check(e, context, found::add);
    }
    store(byEntity, e.id(), found);
  }

  private void checkRelationship(Relationship r) {
    List<Diagnostic> found = new ArrayList<>(0);
    for (RelationshipRule rule : rules.relationshipRules()) {
      rule.check(r, context, found::add);
    }
    store(byRelationship, r.id(), found);
  }

  private void checkSchemaRule(SchemaRule rule) {
    List<Diagnostic> found = new ArrayList<>(0);
    rule.check(context, found::add);
    store(bySchemaRule, rule.id(), found);
  }

  private IncrementalSchemaRule.Results keyed(SchemaRule rule) {
    Map<String, List<Diagnostic>> map = byRuleKey.computeIfAbsent(rule.id(), k -> new HashMap<>());
    return (key, found) -> store(map, key, found.isEmpty() ? List.of() : List.copyOf(found));
  }

  // Counts are kept up to date here, so an edit costs what it re-checks, not the model's size.
  private void store(Map<String, List<Diagnostic>> map, String key, List<Diagnostic> found) {
    List<Diagnostic> old = found.isEmpty() ? map.remove(key) : map.put(key, found);
    count(old, -1);
    count(found, +1);
  }

  private List<Diagnostic> drop(Map<String, List<Diagnostic>> map, String key) {
    List<Diagnostic> old = map.remove(key);
    count(old, -1);
    return old;
  }

  private void count(List<Diagnostic> list, int sign) {
    if (list == null) {
      return;
    }
    for (Diagnostic d : list) {
      if (d.severity() == Severity.ERROR) {
        errorCount += sign;
      } else {
        warningCount += sign;
      }
    }
  }

  private void notifyListeners() {
    for (Consumer<LiveValidator> l : listeners) {
      l.accept(this);
    }
  }
}
