package io.schemaforge.app.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows the choices of a box that is not editable: no text is ever parsed back into a value. */
public final class DisplayOnlyConverter {
  private DisplayOnlyConverter() {}

  public static <T> StringConverter<T> of(Function<T, String> text) {
    return new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : text.apply(value);
      }

      @Override
      public T fromString(String s) {
        throw new UnsupportedOperationException("display only: choices are picked, not typed");
      }
    };
  }
}
