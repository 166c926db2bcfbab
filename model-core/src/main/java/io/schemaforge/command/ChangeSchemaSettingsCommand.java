package io.schemaforge.command;

import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Schema;

/**
 * Changes schema-wide settings: name, target dialect, base package, naming convention and which
 * optional code (Spring Data repositories, jOOQ classes) exports make by default.
 */
public final class ChangeSchemaSettingsCommand implements Command {
  private final Settings after;
  private Settings before;

  /** The schema-wide settings as one value. */
  public record Settings(
      String name,
      Dialect dialect,
      String basePackage,
      NamingConvention naming,
      boolean generateRepositories,
      boolean generateJooq) {
    public static Settings of(Schema s) {
      return new Settings(
          s.name(),
          s.dialect(),
          s.basePackage(),
          s.naming(),
          s.generateRepositories(),
          s.generateJooq());
    }

    public Settings withDialect(Dialect d) {
      return new Settings(name, d, basePackage, naming, generateRepositories, generateJooq);
    }

    /** The same settings with the optional generated code switched on or off. */
    public Settings withGenerated(boolean repositories, boolean jooq) {
      return new Settings(name, dialect, basePackage, naming, repositories, jooq);
    }
  }

  public ChangeSchemaSettingsCommand(Settings after) {
    this.after = after;
  }

  /** Retargets the schema to another dialect, keeping every other setting. */
  public static ChangeSchemaSettingsCommand toDialect(Schema schema, Dialect dialect) {
    return new ChangeSchemaSettingsCommand(Settings.of(schema).withDialect(dialect));
  }

  /** Switches the optional generated code on or off, keeping every other setting. */
  public static ChangeSchemaSettingsCommand generating(
      Schema schema, boolean repositories, boolean jooq) {
    return new ChangeSchemaSettingsCommand(Settings.of(schema).withGenerated(repositories, jooq));
  }

  @Override
  public String description() {
    return "Change schema settings";
  }

  @Override
  public ChangeSet execute(Model model) {
    before = Settings.of(model.schema());
    apply(model.schema(), after);
    return new ChangeSet.Builder().schemaSettings().build();
  }

  @Override
  public ChangeSet undo(Model model) {
    apply(model.schema(), before);
    return new ChangeSet.Builder().schemaSettings().build();
  }

  private static void apply(Schema s, Settings v) {
    s.setName(v.name());
    s.setDialect(v.dialect());
    s.setBasePackage(v.basePackage());
    s.setNaming(v.naming());
    s.setGenerateRepositories(v.generateRepositories());
    s.setGenerateJooq(v.generateJooq());
  }
}
