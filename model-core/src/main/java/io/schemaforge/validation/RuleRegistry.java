package io.schemaforge.validation;

import io.schemaforge.validation.rules.ErrorRules;
import io.schemaforge.validation.rules.WarningRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a validator applies, listed explicitly (no classpath scanning), so the set is visible
 * in one place and {@code schemaforge rules} can print it.
 */
public final class RuleRegistry {
  private final Map<String, Rule> byId = new LinkedHashMap<>();
  private final List<EntityRule> entityRules = new ArrayList<>();
  private final List<RelationshipRule> relationshipRules = new ArrayList<>();
  private final List<SchemaRule> schemaRules = new ArrayList<>();

  public RuleRegistry(List<? extends Rule> rules) {
    for (Rule r : rules) {
      if (byId.put(r.id(), r) != null) {
        throw new IllegalArgumentException("two rules with id " + r.id());
      }
      if (r instanceof EntityRule er) {
        entityRules.add(er);
      }
      if (r instanceof RelationshipRule rr) {
        relationshipRules.add(rr);
      }
      if (r instanceof SchemaRule sr) {
        schemaRules.add(sr);
      }
    }
  }

  /** Every built-in rule: errors, then warnings. */
  public static RuleRegistry builtIn() {
    List<Rule> all = new ArrayList<>(ErrorRules.all());
    all.addAll(WarningRules.all());
    return new RuleRegistry(all);
  }

  public List<Rule> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Rule> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<EntityRule> entityRules() {
    return entityRules;
  }

  List<RelationshipRule> relationshipRules() {
    return relationshipRules;
  }

  List<SchemaRule> schemaRules() {
    return schemaRules;
  }
}
