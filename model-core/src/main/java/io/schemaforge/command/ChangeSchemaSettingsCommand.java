package io.schemaforge.command;

import io.schemaforge.model.Dialect;
import io.schemaforge.model.Model;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.Schema;

/** Changes schema-wide settings: name, target dialect, base package, naming convention. */
public final class ChangeSchemaSettingsCommand implements Command {
  private final Settings after;
  private Settings before;

  /** The schema-wide settings as one value. */
  public record Settings(
      String name, Dialect dialect, String basePackage, NamingConvention naming) {
    public static Settings of(Schema s) {
      return new Settings(s.name(), s.dialect(), s.basePackage(), s.naming());
    }
  }

  public ChangeSchemaSettingsCommand(Settings after) {
    this.after = after;
  }

  /** Retargets the schema to another dialect, keeping every other setting. */
  public static ChangeSchemaSettingsCommand toDialect(Schema schema, Dialect dialect) {
    Settings s = Settings.of(schema);
    return new ChangeSchemaSettingsCommand(
        new Settings(s.name(), dialect, s.basePackage(), s.naming()));
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
  }
}
