package io.schemaforge.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.schemaforge.codegen.GeneratedFile;
import io.schemaforge.codegen.migration.MigrationSql;
import io.schemaforge.codegen.testing.TestDatabase;
import io.schemaforge.codegen.testing.TestDatabases;
import io.schemaforge.codegen.testing.TestEngine;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.Entity;
import io.schemaforge.model.LogicalType;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.RelationshipKind;
import io.schemaforge.model.Schema;
import io.schemaforge.testing.ModelFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated entities against the schema the generated migration creates: Flyway applies the V1
 * script, Hibernate 6 with {@code hbm2ddl.auto=validate} must accept the compiled entities (tables,
 * columns, types), and one instance of every entity with its relationships must survive a persist
 * and a load.
 */
class HibernateRoundTripTest {
  @RegisterExtension final TestDatabases databases = new TestDatabases();
  @TempDir Path tmp;

  static Stream<Arguments> cases() {
    return ExampleModels.allNames()
        .flatMap(
            n ->
                Stream.of(TestEngine.H2, TestEngine.EMBEDDED_POSTGRES, TestEngine.MARIADB)
                    .map(engine -> Arguments.of(n, engine)));
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void hibernateAcceptsTheEntitiesAndRoundTripsEveryEntity(String example, TestEngine engine)
      throws IOException {
    Schema schema = ExampleModels.named(example);
    TestDatabase db = databases.create(engine);
    migrate(schema, db);
    List<GeneratedFile> files =
        new JavaSourcesExporter()
            .export(schema, JavaExportOptions.defaults().withDialect(db.dialect()));
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(files, tmp.resolve("classes"));

    try (java.net.URLClassLoader loader = compiled.classLoader();
        SessionFactory sf = sessionFactory(schema, compiled, db)) {
      new EntityRoundTrip(schema, compiled).run(sf);
    }
  }

  /**
   * Quoted identifiers (backticks in the mapping, the dialect's quotes in the migration) and a
   * relationship navigable from neither side, whose foreign key stays a plain id field.
   */
  @Test
  void quotedNamesAndAnUnnavigableForeignKeyPassOnH2() throws IOException {
    ModelFixture f = ModelFixture.of(Dialect.H2);
    String author = f.entity("Author");
    f.attribute(author, "name", LogicalType.STRING, b -> b.length(100).nullable(false));
    String book = f.entity("Book");
    f.attribute(book, "title", LogicalType.STRING, b -> b.length(200).nullable(false));
    String rel = f.relate(author, book, RelationshipKind.ONE_TO_MANY);
    f.changeRelationship(rel, r -> r.withNavigation(null, null));
    Schema schema = f.model().schema();
    f.run(
        new ChangeSchemaSettingsCommand(
            new ChangeSchemaSettingsCommand.Settings(
                schema.name(),
                schema.dialect(),
                schema.basePackage(),
                new NamingConvention(NamingConvention.TableNumber.PLURAL, true, true),
                schema.generateRepositories(),
                schema.generateJooq())));
    TestDatabase db = databases.create(TestEngine.H2);
    migrate(schema, db);
    List<GeneratedFile> files =
        new JavaSourcesExporter().export(schema, JavaExportOptions.defaults());
    InMemoryCompiler.Result compiled = InMemoryCompiler.compile(files, tmp.resolve("classes"));

    assertThat(files)
        .filteredOn(g -> g.path().endsWith("Book.java"))
        .singleElement()
        .satisfies(
            g ->
                assertThat(g.content())
                    .contains("@Table(name = \"`books`\"")
                    .contains("private Long authorId;"));
    try (java.net.URLClassLoader loader = compiled.classLoader();
        SessionFactory sf = sessionFactory(schema, compiled, db)) {
      new EntityRoundTrip(schema, compiled).run(sf);
    }
  }

  private void migrate(Schema schema, TestDatabase db) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("migration"));
    Files.writeString(dir.resolve("V1__init.sql"), MigrationSql.createAll(schema, db.dialect()));
    Flyway.configure()
        .dataSource(db.dataSource())
        .locations("filesystem:" + dir.toAbsolutePath())
        .load()
        .migrate();
  }

  /** Building it runs the schema validation: a mismatch throws here. */
  static SessionFactory sessionFactory(
      Schema schema, InMemoryCompiler.Result compiled, TestDatabase db) {
    BootstrapServiceRegistry boot =
        new BootstrapServiceRegistryBuilder().applyClassLoader(compiled.classLoader()).build();
    StandardServiceRegistryBuilder settings =
        new StandardServiceRegistryBuilder(boot)
            .applySetting(AvailableSettings.JAKARTA_JDBC_URL, db.url())
            .applySetting(AvailableSettings.JAKARTA_JDBC_PASSWORD, db.password())
            .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
            .applySetting(AvailableSettings.POOL_SIZE, "2");
    if (db.user() != null) {
      settings.applySetting(AvailableSettings.JAKARTA_JDBC_USER, db.user());
    }
    StandardServiceRegistry registry = settings.build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      for (Entity e : schema.entities()) {
        sources.addAnnotatedClass(compiled.load(schema.basePackage() + ".domain." + e.name()));
      }
      return sources.buildMetadata().buildSessionFactory();
    } catch (RuntimeException e) {
      StandardServiceRegistryBuilder.destroy(registry);
      throw e;
    }
  }
}
