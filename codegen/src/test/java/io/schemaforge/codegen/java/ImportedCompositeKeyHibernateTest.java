package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.catalog.CatalogReader;
import io.schemaforge.codegen.export.ExportOptions;
import io.schemaforge.codegen.export.ProjectExporter;
import io.schemaforge.codegen.importer.ModelFromCatalog;
import io.schemaforge.codegen.physical.DbSchema;
import io.schemaforge.codegen.proof.JdbcTarget;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.model.Attribute;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Model;
import io.schemaforge.model.Relationship;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Imported tables with composite primary keys get Java classes with an {@code @IdClass}: Quartz
 * (every table keyed by {@code sched_name} and one or two more columns, three-column foreign keys)
 * and Spring Session (its attributes table, keyed by the session's id and the attribute's name).
 * The real scripts (fetched by the build) are replayed on PostgreSQL and imported; the model's V1
 * migration is exported and applied with Flyway to a fresh database; the generated sources are
 * compiled; Hibernate validates them ({@code hbm2ddl.auto=validate}) and one row of every table is
 * persisted and loaded back by its key.
 */
class ImportedCompositeKeyHibernateTest {
  private static final Path CORPUS = Path.of("target", "corpus");

  @RegisterExtension final TestDatabases databases = new TestDatabases();
  @TempDir Path project;
  @TempDir Path classes;

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "quartz, quartz/org/quartz/impl/jdbcjobstore/tables_postgres.sql, 11",
    "spring-session, spring-session/org/springframework/session/jdbc/schema-postgresql.sql, 1"
  })
  void compositeKeysGetAnIdClassThatHibernateValidatesAndLoadsBy(
      String name, String script, int compositeTables) throws Exception {
    Model model = imported(name, CORPUS.resolve(script));
    Schema schema = model.schema();
    List<Entity> composite =
        schema.entities().stream().filter(e -> e.primaryKey().size() > 1).toList();
    assertThat(composite).hasSize(compositeTables);

    List<GeneratedFile> files =
        new JavaSourcesExporter()
            .export(schema, JavaExportOptions.defaults().withDialect(Dialect.POSTGRES));
    assertThat(new JavaSourcesExporter().skipped(schema, JavaExportOptions.defaults())).isEmpty();
    for (Entity e : composite) {
      String entity = source(files, e.name() + ".java");
      assertThat(entity).contains("@IdClass(" + e.name() + "Id.class)");
      assertThat(source(files, e.name() + "Id.java"))
          .contains("implements Serializable")
          .contains("public " + e.name() + "Id() {");
      assertThat(source(files, e.name() + "Create.java")).contains(e.primaryKey().get(1).name());
    }

    TestDatabase db = databases.create(TestEngine.POSTGRES);
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    ProjectExporter exporter = new ProjectExporter();
    exporter.write(
        exporter.plan(
            model,
            project,
            new ExportOptions(
                Dialect.POSTGRES,
                false,
                new JdbcTarget("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", ""))));
    Flyway.configure()
        .dataSource(db.dataSource())
        .locations(
            "filesystem:" + project.resolve("src/main/resources/db/migration").toAbsolutePath())
        .load()
        .migrate();

    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(files, classes);
    try (URLClassLoader loader = compiled.classLoader();
        SessionFactory sf = HibernateRoundTripTest.sessionFactory(schema, compiled, db)) {
      new RowPerTable(schema, compiled).persistAndLoad(sf);
    }
  }

  private Model imported(String name, Path script) throws Exception {
    TestDatabase source = databases.create(TestEngine.POSTGRES);
    try (Connection c = source.connect();
        Statement s = c.createStatement()) {
      s.execute(Files.readString(script));
    }
    DbSchema catalog;
    try (Connection c = source.connect()) {
      catalog = new CatalogReader().read(c, Dialect.POSTGRES);
    }
    return new ModelFromCatalog(Dialect.POSTGRES).build(catalog, name).model();
  }

  private static String source(List<GeneratedFile> files, String fileName) {
    return files.stream()
        .filter(f -> f.path().getFileName().toString().equals(fileName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no generated " + fileName))
        .content();
  }

  /**
   * One row per table, parents first; a foreign-key column takes the value of the parent row's key
   * column (these relationships stay plain columns: their keys have several columns, or sit inside
   * a composite key). Each row is loaded back in a cleared session by its key: the {@code @IdClass}
   * for a composite key, the id value otherwise.
   */
  private record RowPerTable(Schema schema, InMemoryCompiler.Result compiled) {
    void persistAndLoad(SessionFactory sf) {
      Map<String, Map<String, Object>> values = new LinkedHashMap<>();
      try (Session session = sf.openSession()) {
        var tx = session.beginTransaction();
        for (Entity e : parentsFirst()) {
          Object row = newInstance(entityClass(e));
          Map<String, Object> set = new LinkedHashMap<>();
          for (Attribute a : e.attributes()) {
            Method setter = setter(row.getClass(), a.name());
            Object v =
                parentValue(e, a, values)
                    .orElseGet(
                        () -> SampleValues.of(a, setter.getParameterTypes()[0], values.size()));
            invoke(setter, row, v);
            set.put(a.name(), v);
          }
          session.persist(row);
          values.put(e.id(), set);
        }
        session.flush();
        session.clear();
        for (Entity e : schema.entities()) {
          Map<String, Object> set = values.get(e.id());
          Object loaded = session.get(entityClass(e), key(e, set));
          assertThat(loaded).as("%s loaded back by its key", e.name()).isNotNull();
          set.forEach(
              (field, expected) -> {
                Object actual = invoke(getter(loaded.getClass(), field), loaded);
                if (expected instanceof BigDecimal d) {
                  assertThat((BigDecimal) actual)
                      .as(e.name() + "." + field)
                      .isEqualByComparingTo(d);
                } else {
                  assertThat(actual).as(e.name() + "." + field).isEqualTo(expected);
                }
              });
        }
        tx.commit();
      }
    }

    /** The value of the parent's key column that this foreign-key column points at, if any. */
    private Optional<Object> parentValue(
        Entity e, Attribute a, Map<String, Map<String, Object>> values) {
      for (Relationship r : schema.relationshipsOf(e.id())) {
        int i = r.foreignKeyAttributeIds().indexOf(a.id());
        if (r.targetEntityId().equals(e.id()) && i >= 0 && !r.isSelfReferencing()) {
          Entity parent = schema.requireEntity(r.sourceEntityId());
          return Optional.of(values.get(parent.id()).get(parent.primaryKey().get(i).name()));
        }
      }
      return Optional.empty();
    }

    private Object key(Entity e, Map<String, Object> set) {
      if (e.primaryKey().size() == 1) {
        return set.get(e.primaryKey().get(0).name());
      }
      Object id = newInstance(compiled.load(schema.basePackage() + ".domain." + e.name() + "Id"));
      for (Attribute a : e.primaryKey()) {
        invoke(setter(id.getClass(), a.name()), id, set.get(a.name()));
      }
      return id;
    }

    private List<Entity> parentsFirst() {
      List<Entity> order = new ArrayList<>();
      Map<String, Boolean> done = new HashMap<>();
      while (order.size() < schema.entities().size()) {
        int before = order.size();
        for (Entity e : schema.entities()) {
          boolean ready =
              schema.relationshipsOf(e.id()).stream()
                  .filter(r -> r.kind() != RelationshipKind.MANY_TO_MANY)
                  .filter(r -> r.targetEntityId().equals(e.id()) && !r.isSelfReferencing())
                  .allMatch(r -> done.containsKey(r.sourceEntityId()));
          if (!done.containsKey(e.id()) && ready) {
            order.add(e);
            done.put(e.id(), true);
          }
        }
        assertThat(order.size()).as("a cycle of references").isGreaterThan(before);
      }
      return order;
    }

    private Class<?> entityClass(Entity e) {
      return compiled.load(schema.basePackage() + ".domain." + e.name());
    }

    private static Object newInstance(Class<?> type) {
      try {
        return type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError(ex);
      }
    }

    private static Method setter(Class<?> type, String property) {
      return method(type, "set" + cap(property), 1);
    }

    private static Method getter(Class<?> type, String property) {
      for (Method m : type.getMethods()) {
        if (m.getName().equals("is" + cap(property)) && m.getParameterCount() == 0) {
          return m;
        }
      }
      return method(type, "get" + cap(property), 0);
    }

    private static Method method(Class<?> type, String name, int parameters) {
      for (Method m : type.getMethods()) {
        if (m.getName().equals(name) && m.getParameterCount() == parameters) {
          return m;
        }
      }
      throw new AssertionError("no " + name + " in " + type.getName());
    }

    private static Object invoke(Method m, Object target, Object... args) {
      try {
        return m.invoke(target, args);
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError(m.getName() + " failed", ex);
      }
    }

    private static String cap(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
