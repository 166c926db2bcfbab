package io.schemaforge.app.ui.layout;

import io.schemaforge.app.ui.canvas.CardMetrics;
import io.schemaforge.app.ui.canvas.DiagramGeometry;
import io.schemaforge.command.Command;
import io.schemaforge.command.PutGroupCommand;
import io.schemaforge.command.PutNoteCommand;
import io.schemaforge.model.Bounds;
import io.schemaforge.model.Entity;
import io.schemaforge.model.Group;
import io.schemaforge.model.Model;
import io.schemaforge.model.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What else an auto-layout moves besides the cards, so nothing ends up on top of them: group frames
 * are fitted around their members again, and after a whole-model layout the notes line up in a
 * column right of the cards.
 */
final class LayoutDecorations {
  static final double NOTE_GAP = 80;
  static final double GROUP_MARGIN = 30;

  private LayoutDecorations() {}

  /**
   * @param moves the new top-left corners of the moved cards
   * @param whole whether the whole model was laid out (then notes move too)
   */
  static List<Command> follow(Model model, Map<String, double[]> moves, boolean whole) {
    List<Command> parts = new ArrayList<>();
    double right = -Double.MAX_VALUE;
    double top = Double.MAX_VALUE;
    for (Entity e : model.schema().entities()) {
      double[] xy = moves.get(e.id());
      if (xy != null) {
        double width =
            model.layout().bounds(e.id()).map(Bounds::width).orElse(CardMetrics.MIN_WIDTH);
        right = Math.max(right, xy[0] + Math.max(CardMetrics.MIN_WIDTH, width));
        top = Math.min(top, xy[1]);
      }
    }
    for (Group g : model.layout().groups()) {
      List<String> members = g.entityIds().stream().filter(moves::containsKey).toList();
      if (!members.isEmpty() && members.size() == g.entityIds().size()) {
        parts.add(new PutGroupCommand(fitted(model, g, moves)));
      }
    }
    if (whole && right > -Double.MAX_VALUE) {
      double y = top;
      for (Note n : model.layout().notes()) {
        Bounds b = n.bounds();
        parts.add(new PutNoteCommand(new Note(n.id(), n.text(), b.moveTo(right + NOTE_GAP, y))));
        y += b.height() + 30;
      }
    }
    return parts;
  }

  private static Group fitted(Model model, Group g, Map<String, double[]> moves) {
    DiagramGeometry geometry = DiagramGeometry.of(model);
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (String id : g.entityIds()) {
      var card = geometry.card(id).orElseThrow();
      double[] xy = moves.get(id);
      minX = Math.min(minX, xy[0]);
      minY = Math.min(minY, xy[1]);
      maxX = Math.max(maxX, xy[0] + card.getWidth());
      maxY = Math.max(maxY, xy[1] + card.getHeight());
    }
    double title = DiagramGeometry.GROUP_TITLE_HEIGHT;
    return new Group(
        g.id(),
        g.name(),
        g.color(),
        g.entityIds(),
        new Bounds(
            minX - GROUP_MARGIN,
            minY - GROUP_MARGIN - title,
            maxX - minX + 2 * GROUP_MARGIN,
            maxY - minY + 2 * GROUP_MARGIN + title));
  }
}
