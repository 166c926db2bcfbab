package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.model.Attribute;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.SessionFactory;

/**
 * Persists one instance of every entity of a model through the compiled entity classes, with every
 * navigable relationship set, then loads each back in a new session and compares. Reflection is the
 * test's, not the generated code's: it drives classes this test only knows at runtime.
 */
final class EntityRoundTrip {
  private final Schema schema;
  private final InMemoryCompiler.Result compiled;
  private final String domainPackage;
  private final Map<String, Object> instances = new LinkedHashMap<>();
  private final Map<String, Map<String, Object>> values = new LinkedHashMap<>();

  EntityRoundTrip(Schema schema, InMemoryCompiler.Result compiled) {
    this.schema = schema;
    this.compiled = compiled;
    this.domainPackage = schema.basePackage() + ".domain";
  }

  /** Persists everything in one transaction and checks it loads back the same. */
  void run(SessionFactory sf) {
    Map<String, Object> ids = new LinkedHashMap<>();
    sf.inTransaction(
        session -> {
          for (Entity e : insertionOrder()) {
            Object o = build(e);
            session.persist(o);
            instances.put(e.id(), o);
          }
          linkManyToMany();
        });
    for (Entity e : schema.entities()) {
      ids.put(e.id(), call(instances.get(e.id()), getter(e.primaryKey().get(0).name())));
      assertThat(ids.get(e.id())).as("id of %s after persist", e.name()).isNotNull();
    }
    sf.inTransaction(
        session -> {
          for (Entity e : schema.entities()) {
            Object loaded = session.get(entityClass(e), ids.get(e.id()));
            assertThat(loaded).as("%s loaded back", e.name()).isNotNull();
            checkColumns(e, loaded);
            checkRelationships(e, loaded, ids);
          }
        });
  }

  /**
   * The same round trip inside one transaction that is rolled back, for a database whose rows a
   * test keeps (the evolution scenarios): the session is flushed and cleared between persist and
   * load, so every entity is read back from the database, not from the session's cache.
   */
  void runAndRollBack(SessionFactory sf) {
    try (org.hibernate.Session session = sf.openSession()) {
      var tx = session.beginTransaction();
      try {
        for (Entity e : insertionOrder()) {
          Object o = build(e);
          session.persist(o);
          instances.put(e.id(), o);
        }
        linkManyToMany();
        session.flush();
        Map<String, Object> ids = new LinkedHashMap<>();
        for (Entity e : schema.entities()) {
          ids.put(e.id(), call(instances.get(e.id()), getter(e.primaryKey().get(0).name())));
          assertThat(ids.get(e.id())).as("id of %s after persist", e.name()).isNotNull();
        }
        session.clear();
        for (Entity e : schema.entities()) {
          Object loaded = session.get(entityClass(e), ids.get(e.id()));
          assertThat(loaded).as("%s loaded back", e.name()).isNotNull();
          checkColumns(e, loaded);
          checkRelationships(e, loaded, ids);
        }
      } finally {
        tx.rollback();
      }
    }
  }

  /** Entities after those their required references point at. */
  private List<Entity> insertionOrder() {
    List<Entity> order = new ArrayList<>();
    Set<String> done = new LinkedHashSet<>();
    while (order.size() < schema.entities().size()) {
      int before = order.size();
      for (Entity e : schema.entities()) {
        if (!done.contains(e.id()) && referencesDone(e, done)) {
          order.add(e);
          done.add(e.id());
        }
      }
      if (order.size() == before) {
        throw new IllegalStateException("cycle of references among " + schema.entities());
      }
    }
    return order;
  }

  private boolean referencesDone(Entity e, Set<String> done) {
    return references(e).stream()
        .allMatch(r -> r.isSelfReferencing() || done.contains(r.sourceEntityId()));
  }

  /** Relationships whose foreign key this entity holds. */
  private List<Relationship> references(Entity e) {
    return schema.relationshipsOf(e.id()).stream()
        .filter(r -> r.kind() != RelationshipKind.MANY_TO_MANY)
        .filter(r -> r.targetEntityId().equals(e.id()))
        .toList();
  }

  @SuppressWarnings("unchecked") // collections of classes only known at runtime
  private Object build(Entity e) {
    Class<?> type = entityClass(e);
    Object o;
    try {
      o = type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException ex) {
      throw new AssertionError(ex);
    }
    Map<String, Object> set = new LinkedHashMap<>();
    for (Attribute a : e.attributes()) {
      if (ColumnMappings.isGeneratedId(a)) {
        continue;
      }
      Optional<Relationship> ref = schema.relationshipManaging(e.id(), a.id());
      if (ref.isPresent() && ref.get().isSelfReferencing()) {
        continue; // the only instance cannot refer to itself
      }
      if (ref.isPresent() && ref.get().targetNavigation() == null) {
        // A plain id field: the referenced row's id (known after its persist, identity or not).
        Entity source = schema.requireEntity(ref.get().sourceEntityId());
        Object id = call(instances.get(source.id()), getter(source.primaryKey().get(0).name()));
        invoke(setter(type, a.name()), o, id);
        set.put(a.name(), id);
        continue;
      }
      if (ref.isPresent()) {
        Relationship r = ref.get();
        Object other = instances.get(r.sourceEntityId());
        call(o, "set" + cap(r.targetNavigation()), other);
        if (r.sourceNavigation() != null && r.kind() == RelationshipKind.ONE_TO_MANY) {
          // The other side in step too, as an application would through addX.
          ((Collection<Object>) call(other, getter(r.sourceNavigation()))).add(o);
        }
        continue;
      }
      Method setter = setter(type, a.name());
      Object v = SampleValues.of(a, setter.getParameterTypes()[0], instances.size());
      invoke(setter, o, v);
      set.put(a.name(), v);
    }
    values.put(e.id(), set);
    return o;
  }

  private void linkManyToMany() {
    for (Relationship r : schema.relationships()) {
      if (r.kind() == RelationshipKind.MANY_TO_MANY && r.sourceNavigation() != null) {
        Object source = instances.get(r.sourceEntityId());
        Object target = instances.get(r.targetEntityId());
        String one =
            AssociationMembers.elementName(new DefaultJavaNamingStrategy(), r.sourceNavigation());
        call(source, "add" + cap(one), target);
      }
    }
  }

  private void checkColumns(Entity e, Object loaded) {
    for (Map.Entry<String, Object> v : values.get(e.id()).entrySet()) {
      Object actual = call(loaded, getter(loaded.getClass(), v.getKey()));
      String what = e.name() + "." + v.getKey();
      if (v.getValue() instanceof BigDecimal d) {
        assertThat((BigDecimal) actual).as(what).isEqualByComparingTo(d);
      } else if (v.getValue() instanceof java.time.OffsetDateTime t) {
        assertThat(((java.time.OffsetDateTime) actual).toInstant())
            .as(what)
            .isEqualTo(t.toInstant());
      } else {
        assertThat(actual).as(what).isEqualTo(v.getValue());
      }
    }
    for (var tc : io.schemaforge.model.TraitColumns.of(e.traits())) {
      if (!tc.nullable()) {
        assertThat(call(loaded, getter(tc.field()))).as(e.name() + "." + tc.field()).isNotNull();
      }
    }
  }

  private void checkRelationships(Entity e, Object loaded, Map<String, Object> ids) {
    for (Relationship r : schema.relationshipsOf(e.id())) {
      boolean source = r.sourceEntityId().equals(e.id());
      boolean target = r.targetEntityId().equals(e.id());
      if (r.isSelfReferencing()) {
        continue;
      }
      if (r.kind() == RelationshipKind.MANY_TO_MANY) {
        String nav = source ? r.sourceNavigation() : r.targetNavigation();
        if (nav != null && r.sourceNavigation() != null) {
          assertThat((Collection<?>) call(loaded, getter(nav))).as(e.name() + "." + nav).hasSize(1);
        }
      } else if (target && r.targetNavigation() != null) {
        Object ref = call(loaded, getter(r.targetNavigation()));
        Entity other = schema.requireEntity(r.sourceEntityId());
        assertThat(call(ref, getter(other.primaryKey().get(0).name())))
            .as(e.name() + "." + r.targetNavigation())
            .isEqualTo(ids.get(other.id()));
      } else if (source && r.sourceNavigation() != null && r.targetNavigation() != null) {
        Object nav = call(loaded, getter(r.sourceNavigation()));
        if (r.kind() == RelationshipKind.ONE_TO_MANY) {
          assertThat((Collection<?>) nav).as(e.name() + "." + r.sourceNavigation()).hasSize(1);
        } else {
          assertThat(nav).as(e.name() + "." + r.sourceNavigation()).isNotNull();
        }
      }
    }
  }

  private Class<?> entityClass(Entity e) {
    return compiled.load(domainPackage + "." + e.name());
  }

  private static String getter(String property) {
    return "get" + cap(property);
  }

  private static String getter(Class<?> type, String property) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals("is" + cap(property)) && m.getParameterCount() == 0) {
        return m.getName();
      }
    }
    return getter(property);
  }

  private static Method setter(Class<?> type, String property) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals("set" + cap(property)) && m.getParameterCount() == 1) {
        return m;
      }
    }
    throw new AssertionError("no setter for " + property + " in " + type.getName());
  }

  private static Object call(Object target, String method, Object... args) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(method) && m.getParameterCount() == args.length) {
        return invoke(m, target, args);
      }
    }
    throw new AssertionError("no method " + method + " in " + target.getClass().getName());
  }

  private static Object invoke(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + " threw", e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
