package io.schemaforge.app.ui.settings;

import io.schemaforge.app.ui.document.DocumentViewModel;
import io.schemaforge.command.ChangeSchemaSettingsCommand;
import io.schemaforge.command.ChangeSchemaSettingsCommand.Settings;
import io.schemaforge.model.Dialect;
import io.schemaforge.model.NamingConvention;
import io.schemaforge.model.NamingConvention.TableNumber;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javax.lang.model.SourceVersion;

/**
 * Model ▸ Schema Settings…: the schema-wide settings being edited, starting from the document's,
 * with the base package checked as it is typed. {@link #apply} changes them all as one undoable
 * command, or nothing when nothing changed.
 */
public final class SchemaSettingsViewModel {
  private final DocumentViewModel document;
  private final StringProperty name = new SimpleStringProperty(this, "name");
  private final StringProperty basePackage = new SimpleStringProperty(this, "basePackage");
  private final ObjectProperty<Dialect> dialect = new SimpleObjectProperty<>(this, "dialect");
  private final ObjectProperty<TableNumber> tableNumber =
      new SimpleObjectProperty<>(this, "tableNumber");
  private final BooleanProperty timestampsWithTimeZone =
      new SimpleBooleanProperty(this, "timestampsWithTimeZone");
  private final BooleanProperty quoteIdentifiers =
      new SimpleBooleanProperty(this, "quoteIdentifiers");
  private final BooleanProperty generateRepositories =
      new SimpleBooleanProperty(this, "generateRepositories");
  private final BooleanProperty generateJooq = new SimpleBooleanProperty(this, "generateJooq");
  private final StringBinding packageProblem;

  public SchemaSettingsViewModel(DocumentViewModel document) {
    this.document = document;
    Settings s = Settings.of(document.model().schema());
    name.set(s.name());
    basePackage.set(s.basePackage());
    dialect.set(s.dialect());
    tableNumber.set(s.naming().tableNumber());
    timestampsWithTimeZone.set(s.naming().timestampsWithTimeZone());
    quoteIdentifiers.set(s.naming().quoteIdentifiers());
    generateRepositories.set(s.generateRepositories());
    generateJooq.set(s.generateJooq());
    packageProblem =
        Bindings.createStringBinding(() -> packageProblem(basePackage.get()), basePackage);
  }

  /**
   * What is wrong with a base package, or {@code null} when it is a Java package name: dotted
   * identifiers, none of them a keyword (Java 17).
   */
  public static String packageProblem(String text) {
    String p = text == null ? "" : text.strip();
    if (p.isEmpty()) {
      return "The base package is empty: generated classes need one, such as com.example.shop.";
    }
    for (String part : p.split("\\.", -1)) {
      if (part.isEmpty()) {
        return "\"" + p + "\" is not a Java package name: it has an empty part between dots.";
      }
      if (SourceVersion.isKeyword(part, SourceVersion.RELEASE_17)) {
        return "\"" + part + "\" is a Java keyword and cannot be part of a package name.";
      }
      if (!SourceVersion.isIdentifier(part)) {
        return "\""
            + part
            + "\" is not a Java identifier: use letters, digits and _ (not first a digit).";
      }
    }
    return null;
  }

  /** The settings as edited; the base package without surrounding blanks. */
  public Settings settings() {
    return new Settings(
        name.get() == null || name.get().isBlank()
            ? document.model().schema().name()
            : name.get().strip(),
        dialect.get(),
        basePackage.get() == null ? "" : basePackage.get().strip(),
        new NamingConvention(
            tableNumber.get(), timestampsWithTimeZone.get(), quoteIdentifiers.get()),
        generateRepositories.get(),
        generateJooq.get());
  }

  /**
   * Changes the schema to the edited settings as one command; empty (and nothing done) when the
   * base package is not valid or nothing changed.
   */
  public Optional<ChangeSchemaSettingsCommand> apply() {
    if (packageProblem.get() != null) {
      return Optional.empty();
    }
    Settings edited = settings();
    if (edited.equals(Settings.of(document.model().schema()))) {
      return Optional.empty();
    }
    ChangeSchemaSettingsCommand command = new ChangeSchemaSettingsCommand(edited);
    document.execute(command);
    return Optional.of(command);
  }

  public StringProperty nameProperty() {
    return name;
  }

  public StringProperty basePackageProperty() {
    return basePackage;
  }

  public ObjectProperty<Dialect> dialectProperty() {
    return dialect;
  }

  public ObjectProperty<TableNumber> tableNumberProperty() {
    return tableNumber;
  }

  public BooleanProperty timestampsWithTimeZoneProperty() {
    return timestampsWithTimeZone;
  }

  public BooleanProperty quoteIdentifiersProperty() {
    return quoteIdentifiers;
  }

  public BooleanProperty generateRepositoriesProperty() {
    return generateRepositories;
  }

  public BooleanProperty generateJooqProperty() {
    return generateJooq;
  }

  /** The message under the base package field, {@code null} while it is valid. */
  public StringBinding packageProblemProperty() {
    return packageProblem;
  }
}
