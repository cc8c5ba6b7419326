"""The chart canvas: draws the layout engine's geometry; selection, drag to reparent, zoom.

Mouse: click selects, Ctrl+click adds to the selection, Shift+drag on the
background draws a rubber band, a plain drag on the background pans (so does
Space+drag and the middle button), dragging a card onto another reparents it
(the drop target lights up green, red where the drop would make a cycle),
dropping on the left or right edge of a card puts the unit beside it.
Keys: arrows walk the tree, F2 renames, Ctrl+wheel / Ctrl+± zoom.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsView,
    QLineEdit,
    QToolTip,
    QWidget,
)

from orgdesign.edit import MoveUnit, Op, UnparkUnit, UpdateUnit
from orgdesign.layout import Layout
from orgdesign.model import EditError, TreeIndex
from orgdesign.render.qt_paint import LOD_TEXT
from orgdesign.render.style import RenderOptions

from ..docks.parking import PARKED_MIME
from ..document import Document
from ..messages import localized
from ..selection import Selection
from .changes import touched_units
from .chart import ChartScene, release_gc
from .items import CardItem

DRAG_THRESHOLD = 6
EDGE_ZONE = 0.22  # share of a card's width that means "beside", not "under"


class CanvasView(QGraphicsView):
    """Shows one document in one view; follows the model, edits through the document."""

    #: an edit was refused; the window shows the message
    refused = Signal(str)
    #: the time the last rebuild took (seconds), for the status bar and benchmarks
    rebuilt = Signal(float)
    #: the layout shown, or None before the first build.  It hides QWidget.layout(),
    #: which a canvas never uses (it holds no child widgets).
    layout: Layout | None  # type: ignore[assignment]

    def __init__(self, document: Document, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.view_name = "classic"
        self.render_options = RenderOptions()
        scene = QGraphicsScene(self)
        # No spatial index: after an edit moves thousands of cards, rebuilding a
        # BSP tree costs more than the linear look-ups a view of 10,000 cards makes.
        scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.setScene(scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self._chart = ChartScene(self.scene())
        #: unit (or segment) id -> card item, kept in line with the model
        self.cards: dict[str, CardItem] = self._chart.cards
        self.layout = None
        # the ops applied since the last rebuild (an op None: the document did not say)
        self._pending: list[Op | None] = []
        self._press: QPointF | None = None
        self._drag_item: CardItem | None = None
        self._drag_origin: QPointF | None = None
        self._drop_target: CardItem | None = None
        self._drop_mode = "under"
        self._space = False
        self._syncing = False
        self._editor: QLineEdit | None = None
        self.scene().selectionChanged.connect(self._scene_selection_changed)
        selection.changed.connect(self._select_from_selection)
        document.opApplied.connect(self._op_applied)
        self.rebuild()

    # ------------------------------------------------------------------ model -> scene

    @property
    def backdrop(self):
        """The item drawing bands, rings, connectors and the legend."""
        return self._chart.backdrop

    def set_document(self, document: Document) -> None:
        """Show another document."""
        try:
            self.document.opApplied.disconnect(self._op_applied)
        except (RuntimeError, TypeError):
            pass  # never connected, or the old document is gone
        self.document = document
        document.opApplied.connect(self._op_applied)
        self._pending = []
        self.rebuild()
        self.fit()

    def set_render_options(self, options) -> None:
        """Draw with other options (card fields...): nothing cached stays valid."""
        self.render_options = options
        self._pending = []
        self.rebuild()

    def set_view(self, name: str) -> None:
        """Switch to ``classic``, ``compact``, ``inverted`` or ``rings``; keeps the selection."""
        self.view_name = name
        self._pending = []
        self.rebuild()
        self.fit()

    def _op_applied(self, op) -> None:
        if len(self._pending) < 1000:
            self._pending.append(op)
        else:  # nobody rebuilds: remember only that everything must be redone
            self._pending = [None]

    def tree(self) -> TreeIndex:
        """The index of the scenario on show (that of the last rebuild while it is current)."""
        ix = self._chart.index
        sc = self.document.project.scenario()
        if ix is None or ix.scenario is not sc or self._pending:
            ix = TreeIndex(sc, self.document.project)
        return ix

    def rebuild(self) -> None:
        """Lay the scenario out again and bring the scene in line with it.

        After edits the document announced (``opApplied``) only the units they
        touched are measured and re-laid out again; otherwise everything is.
        """
        started = time.perf_counter()
        project = self.document.project
        ops, self._pending = self._pending, []
        touched: frozenset[str] | None = None
        if ops:
            acc: set[str] = set()
            for op in ops:
                got = touched_units(op, project.scenario().id)
                if got is None:
                    break
                acc |= got
            else:
                touched = frozenset(acc)
        self._syncing = True
        try:
            changed = self._chart.update(project, self.view_name, self.render_options, touched)
        finally:
            self._syncing = False
        if not changed:
            return
        self.layout = self._chart.layout
        self._update_detail()
        self._select_from_selection()
        self.rebuilt.emit(time.perf_counter() - started)

    def _scene_selection_changed(self) -> None:
        if self._syncing:
            return
        ids = [i.uid for i in self.scene().selectedItems() if isinstance(i, CardItem)]
        current = self.selection.ids
        # keep the order the user picked them in
        ordered = [i for i in current if i in ids] + [i for i in ids if i not in current]
        self._syncing = True
        self.selection.set(ordered)
        self._syncing = False

    def _select_from_selection(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        wanted = set(self.selection.ids)
        scene = self.scene()
        # Only the cards whose state differs: a big chart has thousands of them.
        for item in scene.selectedItems():
            if isinstance(item, CardItem) and item.uid not in wanted:
                self._chart.show_selected(item, False)
        for uid in wanted:
            card = self.cards.get(uid)
            if card is not None:
                self._chart.show_selected(card, True)
        self._syncing = False
        cur = self.selection.current
        if cur in self.cards:
            self.ensureVisible(self.cards[cur], 40, 40)

    # ------------------------------------------------------------------ level of detail

    def _update_detail(self) -> None:
        """Far out, draw the chart in one batched pass instead of card by card."""
        self._chart.set_far(self.zoom() < LOD_TEXT and len(self.cards) > 200)

    def drawForeground(self, painter, rect) -> None:
        self._update_detail()
        super().drawForeground(painter, rect)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        release_gc()  # the frame is out: the collector may run now

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            # Tooltips come from the card's content, worked out only when asked for.
            card = self.card_at(event.pos())
            if card is not None and card.group.title:
                QToolTip.showText(event.globalPos(), card.group.title, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    # ------------------------------------------------------------------ zoom

    def zoom(self) -> float:
        """Current scale (1.0 = 100%)."""
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        """Scale to ``factor`` (clamped to 2%..800%)."""
        factor = min(8.0, max(0.02, factor))
        self.scale(factor / self.zoom(), factor / self.zoom())
        self._update_detail()

    def zoom_by(self, step: float) -> None:
        """Multiply the scale by ``step``."""
        self.set_zoom(self.zoom() * step)

    def fit(self) -> None:
        """Fit the whole chart into the window."""
        if self.layout is not None:
            self.fitInView(QRectF(0, 0, self.layout.width, self.layout.height),
                           Qt.AspectRatioMode.KeepAspectRatio)
            if self.zoom() > 1.0:
                self.set_zoom(1.0)
            self._update_detail()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    # ------------------------------------------------------------------ mouse

    def card_at(self, view_pos) -> CardItem | None:
        """The card under a viewport position (ignoring the one being dragged)."""
        for item in self.items(view_pos):
            if isinstance(item, CardItem) and item is not self._drag_item:
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        card = self.card_at(event.position().toPoint())
        mods = event.modifiers()
        if event.button() == Qt.MouseButton.LeftButton and card is not None \
                and card.kind in ("unit", "collapsed") and not self._space:
            if mods & Qt.KeyboardModifier.ControlModifier:
                self.selection.toggle(card.uid)
            elif card.uid not in self.selection.ids:
                self.selection.set([card.uid])
            self._press = event.position()
            self._drag_item = None
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and card is None and not self._space:
            if mods & Qt.KeyboardModifier.ShiftModifier:
                self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            elif not mods & Qt.KeyboardModifier.ControlModifier:
                self.selection.set([])
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            if self._drag_item is None:
                if (event.position() - self._press).manhattanLength() < DRAG_THRESHOLD:
                    return
                uid = self.selection.current
                if uid in self.cards:
                    self._drag_item = self.cards[uid]
                    self._drag_origin = self._drag_item.pos()
                    self._drag_item.setZValue(10)
                    self._drag_item.setOpacity(0.75)
            if self._drag_item is not None:
                delta = self.mapToScene(event.position().toPoint()) - self.mapToScene(
                    self._press.toPoint())
                assert self._drag_origin is not None  # set with _drag_item above
                self._drag_item.setPos(self._drag_origin + delta)
                self._update_drop_target(event.position().toPoint())
            return
        super().mouseMoveEvent(event)

    def _update_drop_target(self, view_pos) -> None:
        target = self.card_at(view_pos)
        if self._drop_target is not None and self._drop_target is not target:
            self._drop_target.drop_state = None
            self._drop_target.update()
        self._drop_target = target
        if target is None or self._drag_item is None:
            return
        local = target.mapFromScene(self.mapToScene(view_pos))
        w = target.boundingRect().width() - 8
        self._drop_mode = "before" if local.x() < w * EDGE_ZONE else \
            "after" if local.x() > w * (1 - EDGE_ZONE) else "under"
        target.drop_state = "ok" if self._drop_op(target) is not None else "bad"
        target.update()

    def _drop_op(self, target: CardItem) -> MoveUnit | None:
        """The move a drop on ``target`` means, or None when it is not allowed."""
        if self._drag_item is None or target.kind not in ("unit", "collapsed"):
            return None
        uid = self._drag_item.uid
        ix = self.tree()
        # refuse a drop on the unit itself or into its own subtree (a cycle)
        node: str | None = target.uid
        while node is not None:
            if node == uid:
                return None
            node = ix.units[node].parent
        if self._drop_mode == "under":
            return MoveUnit(uid, parent=target.uid)
        parent = ix.units[target.uid].parent
        siblings = [s for s in ix.kids(parent) if s != uid] if parent else \
            [r for r in ix.placed_roots() if r != uid]
        index = siblings.index(target.uid) + (1 if self._drop_mode == "after" else 0)
        return MoveUnit(uid, parent=parent, index=index)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self._press = None
            item, target = self._drag_item, self._drop_target
            self._drag_item = self._drop_target = None
            if item is not None:
                item.setOpacity(1.0)
                item.setZValue(0)
                op = self._drop_op_for(item, target)
                if target is not None:
                    target.drop_state = None
                    target.update()
                # Back to its box: the rebuild after the move puts it where it now belongs.
                self._chart.put_back(item)
                if op is not None:
                    try:
                        self.document.push(op)
                    except EditError as exc:
                        self.refused.emit(localized(exc))
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)

    def _drop_op_for(self, item: CardItem, target: CardItem | None) -> MoveUnit | None:
        if target is None:
            return None
        self._drag_item = item
        try:
            return self._drop_op(target)
        finally:
            self._drag_item = None

    # ------------------------------------------------------------------ drops from the parking lot

    def _parked_id(self, event) -> str | None:
        mime = event.mimeData()
        if mime is None or not mime.hasFormat(PARKED_MIME):
            return None
        return bytes(mime.data(PARKED_MIME)).decode("utf-8") or None

    def dragEnterEvent(self, event) -> None:
        if self._parked_id(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:
        if self._parked_id(event) is None:
            super().dragMoveEvent(event)
            return
        card = self.card_at(event.position().toPoint())
        ok = card is not None and card.kind in ("unit", "collapsed")
        event.setAccepted(ok)
        if ok:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        uid = self._parked_id(event)
        if uid is None:
            super().dropEvent(event)
            return
        card = self.card_at(event.position().toPoint())
        if card is None or card.kind not in ("unit", "collapsed"):
            event.ignore()
            return
        self.drop_parked(uid, card.uid)
        event.acceptProposedAction()

    def drop_parked(self, unit_id: str, parent_id: str) -> bool:
        """Place parked ``unit_id`` under ``parent_id`` (a drop from the parking lot)."""
        try:
            self.document.push(UnparkUnit(unit_id, parent=parent_id))
        except EditError as exc:
            self.refused.emit(localized(exc))
            return False
        self.selection.set([unit_id])
        return True

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        card = self.card_at(event.position().toPoint())
        if card is not None and card.kind in ("unit", "collapsed"):
            self.selection.set([card.uid])
            self.start_rename()
            return
        super().mouseDoubleClickEvent(event)

    # ------------------------------------------------------------------ keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right) \
                and self.selection.current:
            self.walk(key)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
        super().keyReleaseEvent(event)

    def walk(self, key) -> None:
        """Move the selection along the tree: up = manager, down = first report,
        left/right = previous/next sibling."""
        ix = self.tree()
        uid = self.selection.current
        if uid not in ix.units:
            return
        u = ix.units[uid]
        siblings = ix.kids(u.parent) if u.parent else ix.placed_roots()
        target = None
        if key == Qt.Key.Key_Up:
            target = u.parent
        elif key == Qt.Key.Key_Down:
            target = next(iter(ix.kids(uid)), None) if not u.collapsed else None
        elif uid in siblings:
            i = siblings.index(uid) + (-1 if key == Qt.Key.Key_Left else 1)
            target = siblings[i] if 0 <= i < len(siblings) else None
        if target is not None and target in self.cards:
            self.selection.set([target])

    # ------------------------------------------------------------------ rename in place

    def start_rename(self) -> None:
        """Open an editor over the current card (F2, double-click)."""
        uid = self.selection.current
        if uid not in self.cards:
            return
        unit = self.tree().units[uid]
        item = self.cards[uid]
        rect = self.mapFromScene(item.sceneBoundingRect()).boundingRect()
        # The editor is not a child of the canvas, so the canvas's Return/Tab
        # shortcuts (add sibling, add report) do not swallow its keys.
        host = self.window()
        top_left = self.viewport().mapTo(host, rect.topLeft())
        editor = QLineEdit(unit.name, host)
        editor.setGeometry(top_left.x(), top_left.y() + rect.height() // 2 - 14,
                           max(rect.width(), 160), 28)
        editor.selectAll()
        editor.show()
        editor.setFocus()
        self._editor = editor

        def finish(commit: bool) -> None:
            if self._editor is not editor:
                return
            self._editor = None
            text = editor.text().strip()
            editor.deleteLater()
            self.setFocus()
            if commit and text and text != unit.name:
                try:
                    self.document.push(UpdateUnit(uid, {"name": text}))
                except EditError as exc:
                    self.refused.emit(localized(exc))

        editor.returnPressed.connect(lambda: finish(True))
        editor.editingFinished.connect(lambda: finish(True))
        self._finish_rename = finish

    def cancel_rename(self) -> None:
        """Close the in-place editor without renaming."""
        if self._editor is not None:
            self._finish_rename(False)
