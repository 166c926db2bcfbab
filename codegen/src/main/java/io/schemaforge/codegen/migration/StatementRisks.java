package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.migration.TableDiff.ColumnPair;
import io.schemaforge.codegen.physical.DbCheck;
import io.schemaforge.codegen.physical.DbTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The risk class and the one-line summary of the statements that change columns and checks. */
final class StatementRisks {
  private StatementRisks() {}

  static Risk checkRisk(DbCheck was, DbCheck ck) {
    if (was != null && was.isEnum() && ck.isEnum()) {
      return EnumValueChanges.removed(was.enumValues(), ck.enumValues()).isEmpty()
          ? Risk.SAFE
          : Risk.DANGER;
    }
    return Risk.CAUTION;
  }

  static String checkSummary(DbCheck was, DbCheck ck, DbTable t) {
    String s = "add check constraint " + ck.name() + " of " + t.name();
    if (was != null && was.isEnum() && ck.isEnum()) {
      List<String> removed = EnumValueChanges.removed(was.enumValues(), ck.enumValues());
      if (!removed.isEmpty()) {
        return s + ": enum value(s) " + removed + " are dropped; rows holding them make it fail";
      }
    }
    return s + (was == null ? " (existing rows must pass)" : "");
  }

  static Risk alterRisk(ColumnPair p, boolean backfill) {
    Risk risk = Risk.SAFE;
    if (p.typeChanged()) {
      risk = TypeChanges.isWidening(p.before().type(), p.after().type()) ? Risk.SAFE : Risk.DANGER;
    }
    if (p.before().nullable() && !p.after().nullable()) {
      risk = backfill ? max(risk, Risk.CAUTION) : Risk.DANGER;
    }
    if (p.before().identity() != p.after().identity()) {
      risk = max(risk, Risk.CAUTION);
    }
    return risk;
  }

  static String describeAlter(String table, ColumnPair p) {
    List<String> what = new ArrayList<>();
    if (p.typeChanged()) {
      boolean widen = TypeChanges.isWidening(p.before().type(), p.after().type());
      what.add(
          (widen ? "widen " : "change type (may not keep every value) ")
              + p.before().type()
              + " to "
              + p.after().type());
    }
    if (p.before().nullable() != p.after().nullable()) {
      what.add(p.after().nullable() ? "allow NULL" : "NOT NULL");
    }
    if (!Objects.equals(p.before().defaultValue(), p.after().defaultValue())) {
      what.add(
          p.after().defaultValue() == null
              ? "drop default"
              : "default " + p.after().defaultValue());
    }
    return "alter column " + table + "." + p.after().name() + ": " + String.join(", ", what);
  }

  private static Risk max(Risk a, Risk b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
