package io.schemaforge.app.ui.problems;

import io.schemaforge.command.Command;
import io.schemaforge.validation.Diagnostic;
import io.schemaforge.validation.QuickFix;
import io.schemaforge.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Problems panel's state: the live diagnostics grouped by severity (errors, then warnings, each
 * under a header with its count), and what activating a problem does (reveal its entity).
 */
public final class ProblemsViewModel {
  private final ObservableList<Diagnostic> diagnostics;
  private final Consumer<String> revealEntity;
  private Function<Diagnostic, Optional<QuickFix>> fixes = d -> Optional.empty();
  private Consumer<Command> execute = c -> {};
  private java.util.function.Predicate<String> isRelationship = id -> false;
  private Consumer<String> selectRelationship = id -> {};
  private final ObservableList<ProblemRow> rows = FXCollections.observableArrayList();
  private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errors");
  private final ReadOnlyIntegerWrapper warningCount = new ReadOnlyIntegerWrapper(this, "warnings");
  private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking");
  private final BooleanProperty opening = new SimpleBooleanProperty(this, "opening");
  private final BooleanBinding countsUnknown = checking.or(opening);

  /**
   * @param diagnostics the live diagnostics (the document's list)
   * @param revealEntity selects and shows an entity on the canvas, given its id
   */
  public ProblemsViewModel(ObservableList<Diagnostic> diagnostics, Consumer<String> revealEntity) {
    this.diagnostics = diagnostics;
    this.revealEntity = revealEntity;
    diagnostics.addListener((ListChangeListener<Diagnostic>) c -> regroup());
    regroup();
  }

  private void regroup() {
    List<Diagnostic> errors = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      (d.severity() == Severity.ERROR ? errors : warnings).add(d);
    }
    List<ProblemRow> next = new ArrayList<>(diagnostics.size() + 2);
    addGroup(next, Severity.ERROR, errors);
    addGroup(next, Severity.WARNING, warnings);
    rows.setAll(next);
    errorCount.set(errors.size());
    warningCount.set(warnings.size());
  }

  private static void addGroup(List<ProblemRow> out, Severity severity, List<Diagnostic> group) {
    if (group.isEmpty()) {
      return;
    }
    out.add(new ProblemRow.GroupHeader(severity, group.size()));
    group.forEach(d -> out.add(new ProblemRow.Problem(d)));
  }

  /**
   * Lets the panel offer quick fixes.
   *
   * @param fixes the fix a rule offers for a diagnostic, if any
   * @param execute runs a fix's command on the document's stack (so it can be undone)
   */
  public void enableQuickFixes(
      Function<Diagnostic, Optional<QuickFix>> fixes, Consumer<Command> execute) {
    this.fixes = fixes;
    this.execute = execute;
  }

  /** The quick fix for a problem row, if its rule offers one. */
  public Optional<QuickFix> quickFix(ProblemRow row) {
    return row instanceof ProblemRow.Problem p ? fixes.apply(p.diagnostic()) : Optional.empty();
  }

  /** Applies a problem's quick fix as one undoable command; false when there is none. */
  public boolean applyQuickFix(ProblemRow row) {
    Optional<QuickFix> fix = quickFix(row);
    fix.ifPresent(f -> execute.accept(f.command()));
    return fix.isPresent();
  }

  /** Reveals the entity a problem is about; headers and schema-wide problems do nothing. */
  public void activate(ProblemRow row) {
    if (row instanceof ProblemRow.Problem p && p.diagnostic().entityId() != null) {
      revealEntity.accept(p.diagnostic().entityId());
      String element = p.diagnostic().elementId();
      if (element != null && isRelationship.test(element)) {
        selectRelationship.accept(element);
      }
    }
  }

  /**
   * Lets problems about a relationship select it after revealing its entity.
   *
   * @param isRelationship whether an element id is a relationship's
   * @param selectRelationship selects a relationship by id
   */
  public void revealRelationshipsWith(
      java.util.function.Predicate<String> isRelationship, Consumer<String> selectRelationship) {
    this.isRelationship = isRelationship;
    this.selectRelationship = selectRelationship;
  }

  public ObservableList<ProblemRow> rows() {
    return rows;
  }

  /** Whether another model is being read in: the problems shown are not yet its problems. */
  public BooleanProperty openingProperty() {
    return opening;
  }

  /**
   * True while the open model's first validation still runs (the list is empty because nothing is
   * known yet, not because the model is valid); the window binds it to the document's.
   */
  public BooleanProperty checkingProperty() {
    return checking;
  }

  /**
   * Whether the counts are not known yet (a model is being read or checked): the panel and the
   * status bar then show a dash instead of "0".
   */
  public ObservableBooleanValue countsUnknown() {
    return countsUnknown;
  }

  public ReadOnlyIntegerProperty errorCountProperty() {
    return errorCount.getReadOnlyProperty();
  }

  public ReadOnlyIntegerProperty warningCountProperty() {
    return warningCount.getReadOnlyProperty();
  }
}
