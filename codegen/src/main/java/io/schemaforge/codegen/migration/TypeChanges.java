package io.schemaforge.codegen.migration;

import io.schemaforge.codegen.physical.ColumnType;
import io.schemaforge.model.LogicalType;
import java.util.List;

/** Whether a column type change can keep every value the old type holds. */
final class TypeChanges {
  private TypeChanges() {}

  // Each list goes from narrow to wide; a move to the right keeps every value.
  private static final List<List<LogicalType>> WIDENINGS =
      List.of(
          List.of(LogicalType.SMALLINT, LogicalType.INT, LogicalType.BIGINT, LogicalType.DECIMAL),
          List.of(LogicalType.FLOAT, LogicalType.DOUBLE),
          List.of(LogicalType.ENUM, LogicalType.STRING, LogicalType.TEXT),
          List.of(LogicalType.DATE, LogicalType.TIMESTAMP, LogicalType.TIMESTAMPTZ));

  static boolean isWidening(ColumnType from, ColumnType to) {
    LogicalType a = from.logical();
    LogicalType b = to.logical();
    if (a == b) {
      return sameTypeWidening(from, to);
    }
    for (List<LogicalType> chain : WIDENINGS) {
      int i = chain.indexOf(a);
      int j = chain.indexOf(b);
      if (i >= 0 && j > i) {
        return lengthFits(from, to) && (b != LogicalType.DECIMAL || decimalHoldsIntegers(a, to));
      }
    }
    return false;
  }

  private static boolean sameTypeWidening(ColumnType from, ColumnType to) {
    if (from.logical().hasPrecision()) {
      int fp = from.precision() == null ? Integer.MAX_VALUE : from.precision();
      int tp = to.precision() == null ? Integer.MAX_VALUE : to.precision();
      int fs = from.scale() == null ? 0 : from.scale();
      int ts = to.scale() == null ? 0 : to.scale();
      return ts >= fs && tp - ts >= fp - fs;
    }
    return lengthFits(from, to);
  }

  // Unbounded (null) holds everything; a bounded target must hold the old bound.
  private static boolean lengthFits(ColumnType from, ColumnType to) {
    if (to.length() == null || !to.logical().hasLength() && to.logical() != LogicalType.ENUM) {
      return true;
    }
    return from.length() != null && from.length() <= to.length();
  }

  private static boolean decimalHoldsIntegers(LogicalType from, ColumnType to) {
    if (to.precision() == null) {
      return true;
    }
    int digits =
        switch (from) {
          case SMALLINT -> 5;
          case INT -> 10;
          default -> 19;
        };
    int scale = to.scale() == null ? 0 : to.scale();
    return to.precision() - scale >= digits;
  }
}
