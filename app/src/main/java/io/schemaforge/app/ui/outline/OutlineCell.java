package io.schemaforge.app.ui.outline;

import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.util.Duration;

/**
 * An outline row: its label, and the same label as a tooltip, because the outline is narrow and a
 * long entity or table name runs past its edge ("ShippingCustomer · shipping_customers").
 */
final class OutlineCell extends TreeCell<OutlineNode> {
  private final Tooltip tooltip = new Tooltip();

  OutlineCell() {
    tooltip.setShowDelay(Duration.millis(500));
  }

  @Override
  protected void updateItem(OutlineNode item, boolean empty) {
    super.updateItem(item, empty);
    if (empty || item == null) {
      setText(null);
      setTooltip(null);
    } else {
      setText(item.label());
      tooltip.setText(item.label());
      setTooltip(tooltip);
    }
  }
}
