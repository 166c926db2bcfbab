package io.schemaforge.app.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class OverviewNameTest {
  private static final double BASE = 10;

  /** A monospaced stand-in for the canvas font: every character 6 units wide at size 10. */
  private static final ToDoubleFunction<String> MONO = s -> s.length() * 6.0;

  @Test
  void breaksBetweenTheWordsOfTheName() {
    assertThat(OverviewName.words("CatalogInvoiceEntry"))
        .containsExactly("Catalog", "Invoice", "Entry");
    assertThat(OverviewName.words("HTTPRequestLog2Entry"))
        .containsExactly("HTTP", "Request", "Log2", "Entry");
    assertThat(OverviewName.words("order_line item")).containsExactly("order_", "line ", "item");
    assertThat(OverviewName.words("orders")).containsExactly("orders");
  }

  @Test
  void aLongNameOnANarrowCardTakesSeveralLinesAtALargerSize() {
    // 19 characters in 216 units: one line would be 18.9 units high, under 4 pixels at 20 %.
    var setting =
        OverviewName.set(
            "CatalogInvoiceEntry", 216, 250, 0.2, BASE, MONO, OverviewName.SMALLEST_PX);

    assertThat(setting.lines()).containsExactly("Catalog", "Invoice", "Entry");
    assertThat(setting.size()).isEqualTo(216 / 42.0 * BASE); // "Catalog" and "Invoice": 42 wide
    assertThat(setting.size() * 0.2).isGreaterThan(2 * 18.9 * 0.2);
  }

  @Test
  void theLinesPutTogetherAreTheName() {
    for (String name : new String[] {"order_line_item", "ABTest", "Order", "X", "a b  c"}) {
      var setting = OverviewName.set(name, 30, 500, 1, BASE, MONO, OverviewName.SMALLEST_PX);
      assertThat(String.join("", setting.lines()).replace(" ", ""))
          .as(name)
          .isEqualTo(name.replace(" ", ""));
    }
  }

  @Test
  void aNameThatFitsOnOneLineStaysOnOne() {
    var setting =
        OverviewName.set("OrderLine", 400, 250, 0.5, BASE, MONO, OverviewName.SMALLEST_PX);

    assertThat(setting.lines()).containsExactly("OrderLine");
    assertThat(setting.size()).isEqualTo(OverviewName.LARGEST_PX / 0.5);
  }

  @Test
  void aShortCardKeepsTheNameOnFewerLines() {
    // Room down for one line of 12 units: two lines would be 6 units each, three 4.
    var setting =
        OverviewName.set("CatalogInvoiceEntry", 216, 14.4, 1, BASE, MONO, OverviewName.SMALLEST_PX);

    assertThat(setting.lines()).containsExactly("CatalogInvoiceEntry");
    assertThat(setting.size()).isCloseTo(12, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aBoxAsksForALargerSmallestSize() {
    // One line of "Catalog" at 5 pixels: readable on a card, left out on a box.
    assertThat(OverviewName.set("Catalog", 42, 100, 0.5, BASE, MONO, OverviewName.SMALLEST_PX))
        .isNotNull();
    assertThat(
            OverviewName.set(
                "Catalog", 42, 100, 0.5, BASE, MONO, OverviewName.SMALLEST_PX_ON_A_BOX))
        .isNull();
  }

  @Test
  void tooSmallToReadIsLeftOut() {
    assertThat(
            OverviewName.set(
                "CatalogInvoiceEntryWithAVeryLongSuffix",
                40,
                40,
                0.2,
                BASE,
                MONO,
                OverviewName.SMALLEST_PX))
        .isNull();
  }
}
