package io.schemaforge.app.ui.canvas;

import java.util.Set;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * Turns mouse and key events on the canvas into view-model calls. One gesture at a time: panning
 * (middle button, or space held), connecting (from a card's handle), moving the selection (with
 * snapping; Alt moves freely), dragging a note or group, or a rubber band on empty space.
 */
final class CanvasGestures {
  /** A press that moves less than this (pixels) is a click, not a drag. */
  private static final double DRAG_THRESHOLD = 3;

  private static final double KEY_PAN = 60;

  private enum Mode {
    NONE,
    PAN,
    CONNECT,
    MOVE,
    LAYOUT_DRAG,
    RUBBER_BAND
  }

  private final CanvasView view;
  private final CanvasViewModel vm;
  private final CanvasEditor editor;
  private Mode mode = Mode.NONE;
  private boolean spaceDown;
  private boolean dragging;
  private DiagramHit pressHit = DiagramHit.NONE;
  private double pressX;
  private double pressY;
  private double lastX;
  private double lastY;
  private boolean additive;

  CanvasGestures(CanvasView view, CanvasViewModel vm, CanvasEditor editor) {
    this.view = view;
    this.vm = vm;
    this.editor = editor;
  }

  void install() {
    view.addEventHandler(MouseEvent.MOUSE_PRESSED, this::onPressed);
    view.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::onDragged);
    view.addEventHandler(MouseEvent.MOUSE_RELEASED, this::onReleased);
    view.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClicked);
    view.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMoved);
    view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.setHoveredEntityId(null));
    view.addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
    view.addEventHandler(KeyEvent.KEY_RELEASED, this::onKeyReleased);
  }

  private void onPressed(MouseEvent e) {
    view.commitInlineEdit();
    view.requestFocus();
    pressX = e.getX();
    pressY = e.getY();
    lastX = pressX;
    lastY = pressY;
    dragging = false;
    additive = e.isShiftDown() || e.isShortcutDown();
    pressHit = vm.hitAt(pressX, pressY);
    if (e.getButton() == MouseButton.MIDDLE
        || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
      mode = Mode.PAN;
      view.setCursor(Cursor.CLOSED_HAND);
      return;
    }
    if (e.getButton() == MouseButton.SECONDARY) {
      // A right click on something unselected selects it first, as in every editor.
      selectOnPress(pressHit, false);
      mode = Mode.NONE;
      return;
    }
    if (e.getButton() != MouseButton.PRIMARY) {
      mode = Mode.NONE;
      return;
    }
    switch (pressHit.kind()) {
      case CONNECT_HANDLE -> {
        mode = Mode.CONNECT;
        vm.connectionProperty()
            .set(new CanvasOverlay.Connection(pressHit.id(), vm.toModel(pressX, pressY), null));
      }
      case ENTITY, ENTITY_TITLE -> {
        selectOnPress(pressHit, additive);
        mode = vm.selection().containsEntity(pressHit.id()) ? Mode.MOVE : Mode.NONE;
      }
      case NOTE, GROUP -> {
        selectOnPress(pressHit, false);
        mode = Mode.LAYOUT_DRAG;
      }
      case RELATIONSHIP -> {
        vm.selection().selectRelationship(pressHit.id());
        mode = Mode.NONE;
      }
      default -> {
        if (!additive) {
          vm.selection().clear();
        }
        mode = Mode.RUBBER_BAND;
      }
    }
  }

  private void selectOnPress(DiagramHit hit, boolean add) {
    switch (hit.kind()) {
      case CONNECT_HANDLE, ENTITY, ENTITY_TITLE -> {
        if (add) {
          vm.selection().toggleEntity(hit.id());
        } else if (!vm.selection().containsEntity(hit.id())) {
          vm.selection().selectEntity(hit.id());
        }
      }
      case NOTE -> vm.selection().selectNote(hit.id());
      case GROUP -> vm.selection().selectGroup(hit.id());
      case RELATIONSHIP -> vm.selection().selectRelationship(hit.id());
      default -> vm.selection().clear();
    }
  }

  private void onDragged(MouseEvent e) {
    double x = e.getX();
    double y = e.getY();
    if (!dragging && Math.hypot(x - pressX, y - pressY) < DRAG_THRESHOLD) {
      return;
    }
    boolean started = !dragging;
    dragging = true;
    double z = vm.zoomProperty().get();
    switch (mode) {
      case PAN -> vm.panBy(x - lastX, y - lastY);
      case CONNECT -> {
        String target = vm.entityAt(x, y).orElse(null);
        vm.connectionProperty()
            .set(new CanvasOverlay.Connection(pressHit.id(), vm.toModel(x, y), target));
        view.setCursor(target == null ? Cursor.CROSSHAIR : Cursor.HAND);
      }
      case MOVE -> {
        if (started) {
          editor.beginMove(pressHit.id());
          vm.setMovingEntities(vm.selection().entities());
        }
        editor.moveSelectionBy((x - pressX) / z, (y - pressY) / z, !e.isAltDown());
        view.setCursor(Cursor.MOVE);
      }
      case LAYOUT_DRAG ->
          vm.layoutDragProperty()
              .set(new CanvasOverlay.LayoutDrag(pressHit.id(), (x - pressX) / z, (y - pressY) / z));
      case RUBBER_BAND -> {
        Point2D a = vm.toModel(pressX, pressY);
        Point2D b = vm.toModel(x, y);
        vm.rubberBandProperty()
            .set(
                new CanvasOverlay.RubberBand(
                    new Rectangle2D(
                        Math.min(a.getX(), b.getX()),
                        Math.min(a.getY(), b.getY()),
                        Math.abs(a.getX() - b.getX()),
                        Math.abs(a.getY() - b.getY()))));
      }
      default -> {}
    }
    lastX = x;
    lastY = y;
  }

  private void onReleased(MouseEvent e) {
    Mode ended = mode;
    mode = Mode.NONE;
    view.setCursor(Cursor.DEFAULT);
    switch (ended) {
      case CONNECT -> {
        vm.connectionProperty().set(null);
        String target = vm.entityAt(e.getX(), e.getY()).orElse(null);
        if (dragging && target != null) {
          view.askRelationshipKind(pressHit.id(), target, e.getScreenX(), e.getScreenY());
        }
      }
      case MOVE -> {
        vm.setMovingEntities(Set.of());
        if (dragging) {
          editor.endMove();
        } else if (!additive) {
          // A click on a card of a multi-selection selects just that card.
          vm.selection().selectEntity(pressHit.id());
        }
      }
      case LAYOUT_DRAG -> {
        CanvasOverlay.LayoutDrag drag = vm.layoutDragProperty().get();
        vm.layoutDragProperty().set(null);
        if (dragging && drag != null) {
          if (pressHit.kind() == DiagramHit.Kind.NOTE) {
            editor.moveNote(drag.id(), drag.dx(), drag.dy());
          } else {
            editor.moveGroup(drag.id(), drag.dx(), drag.dy());
          }
        }
      }
      case RUBBER_BAND -> {
        CanvasOverlay.RubberBand band = vm.rubberBandProperty().get();
        vm.rubberBandProperty().set(null);
        if (dragging && band != null) {
          vm.selectIn(band.area(), additive);
        }
      }
      default -> {}
    }
  }

  private void onClicked(MouseEvent e) {
    if (e.getButton() != MouseButton.PRIMARY || e.getClickCount() != 2 || dragging) {
      return;
    }
    DiagramHit hit = vm.hitAt(e.getX(), e.getY());
    switch (hit.kind()) {
      case ENTITY_TITLE, ENTITY -> view.startRenameEntity(hit.id());
      case NOTE -> view.startEditNote(hit.id());
      case GROUP -> view.startRenameGroup(hit.id());
      case NONE -> {
        Point2D m = vm.toModel(e.getX(), e.getY());
        String id = editor.createEntityAt(m.getX() - 20, m.getY() - 20);
        view.startRenameEntity(id);
      }
      default -> {}
    }
  }

  private void onMoved(MouseEvent e) {
    DiagramHit hit = vm.hitAt(e.getX(), e.getY());
    vm.setHoveredEntityId(hit.isEntity() ? hit.id() : null);
    view.setCursor(
        switch (hit.kind()) {
          case CONNECT_HANDLE -> Cursor.CROSSHAIR;
          case RELATIONSHIP, NOTE, GROUP -> Cursor.HAND;
          default -> spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT;
        });
  }

  private void onKeyPressed(KeyEvent e) {
    boolean entities = !vm.selection().entities().isEmpty();
    switch (e.getCode()) {
      case SPACE -> {
        spaceDown = true;
        view.setCursor(Cursor.OPEN_HAND);
      }
      case DELETE, BACK_SPACE -> view.confirmAndDeleteSelection();
      case F2 -> {
        String primary = vm.selectedEntityIdProperty().get();
        if (primary != null) {
          view.startRenameEntity(primary);
        }
      }
      case ESCAPE -> {
        vm.connectionProperty().set(null);
        vm.rubberBandProperty().set(null);
        mode = Mode.NONE;
        vm.selection().clear();
      }
      case LEFT, RIGHT, UP, DOWN -> arrow(e.getCode(), entities);
      default -> {
        return;
      }
    }
    e.consume();
  }

  /** Arrows nudge the selected cards by one grid step, or pan when nothing is selected. */
  private void arrow(KeyCode code, boolean entities) {
    double dx = code == KeyCode.LEFT ? -1 : code == KeyCode.RIGHT ? 1 : 0;
    double dy = code == KeyCode.UP ? -1 : code == KeyCode.DOWN ? 1 : 0;
    if (entities) {
      editor.beginMove(vm.selectedEntityIdProperty().get());
      editor.moveSelectionBy(dx * CanvasEditor.GRID, dy * CanvasEditor.GRID, true);
      editor.endMove();
    } else {
      vm.panBy(-dx * KEY_PAN, -dy * KEY_PAN);
    }
  }

  private void onKeyReleased(KeyEvent e) {
    if (e.getCode() == KeyCode.SPACE) {
      spaceDown = false;
      view.setCursor(Cursor.DEFAULT);
      e.consume();
    }
  }
}
