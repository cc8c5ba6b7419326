"""The swimlane map of one process: the exporter's geometry and drawing, on screen.

The layout is :func:`orgdesign.layout.swimlane.swimlane_layout` with card
sizes from :func:`orgdesign.render.measure.measure_steps` (what
``orgdesign export --view process:NAME`` draws), painted by
:func:`orgdesign.render.qt_paint.paint_display_list`; flows between lanes
are drawn as interfaces (red, bold).  Without Graphviz the map is a label
that says what to install, never a crash.  The map is laid out only while
it is visible: edits made elsewhere just mark it out of date.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QStackedWidget,
    QStyleOptionGraphicsItem,
    QVBoxLayout,
    QWidget,
)

from orgdesign.layout.geometry import Layout
from orgdesign.layout.graphviz_run import GraphvizFailedError, GraphvizMissingError
from orgdesign.layout.swimlane import swimlane_layout
from orgdesign.model import Project
from orgdesign.render.displaylist import build_display_list
from orgdesign.render.measure import measure_steps
from orgdesign.render.primitives import DisplayList
from orgdesign.render.qt_paint import paint_display_list
from orgdesign.render.style import RenderOptions

from ..messages import localized

HIGHLIGHT = QColor("#1E6FD9")
#: Smallest zoom a fitted map takes (the canvas drops card text below 0.4).
READABLE = 0.6


class DisplayListItem(QGraphicsItem):
    """One scene item drawing a whole display list, plus an outline round one card."""

    def __init__(self, dl: DisplayList) -> None:
        super().__init__()
        self.dl = dl
        x, y, w, h = dl.bounds
        self._rect = QRectF(x, y, w, h)
        self.highlight: tuple[float, float, float, float] | None = None
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        r = option.exposedRect
        paint_display_list(painter, self.dl, clip_rect=(r.x(), r.y(), r.width(), r.height()),
                           lod=lod)
        if self.highlight is not None:
            pen = QPen(HIGHLIGHT, 3)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            x, y, w, h = self.highlight
            painter.drawRoundedRect(QRectF(x - 3, y - 3, w + 6, h + 6), 7, 7)


class _MapView(QGraphicsView):
    """Pan by dragging, zoom with Ctrl+wheel; a click on a card reports its id."""

    clicked = Signal(QPointF)
    #: the user zoomed (the map stops following the widget's size)
    zoomed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.white)
        self._press: QPointF | None = None

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)

    def zoom_by(self, factor: float) -> None:
        """Zoom by ``factor``, kept between 5 % and 400 %."""
        now = self.transform().m11()
        factor = max(0.05 / now, min(4.0 / now, factor))
        self.scale(factor, factor)
        self.zoomed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press is not None and (event.position() - self._press).manhattanLength() < 5:
            self.clicked.emit(self.mapToScene(event.position().toPoint()))
        self._press = None


class SwimlaneMap(QWidget):
    """The swimlane map of one process, or a label saying why there is none."""

    #: the user clicked the card of this step
    stepClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = _MapView()
        self.view.clicked.connect(self._clicked)
        self.view.zoomed.connect(self._user_zoomed)
        self.message = QLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self.layout_: Layout | None = None
        self.item: DisplayListItem | None = None
        self.error: str | None = None
        self._project: Project | None = None
        self._process_id: str | None = None
        self._lang = "en"
        self._shown_process: str | None = None
        self._highlight: str | None = None
        self._dirty = False
        self._key: tuple = ()
        self._built = False
        self._auto_fit = True  # fitted: refit when the widget changes size

    # ------------------------------------------------------------------ input

    def show_process(self, project: Project | None, process_id: str | None,
                     lang: str = "en", revision: object = None) -> None:
        """Show this process of ``project`` (None: a hint); laid out now if visible,
        else when the map is next shown.  ``revision`` names the state of the
        project: asked again with the same one, the map keeps what it drew."""
        key = (id(project), process_id, lang, revision)
        if revision is not None and key == self._key and self._built:
            return
        self._key = key
        self._project, self._process_id, self._lang = project, process_id, lang
        self._built = False
        self._dirty = True
        if self.isVisible():
            self.rebuild()

    def set_highlight(self, step_id: str | None) -> None:
        """Outline the card of this step (None: no outline)."""
        self._highlight = step_id
        self._apply_highlight()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.rebuild()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A map fitted while the tab was still being laid out would stay tiny
        # (and too small for its text); it follows the size until the user zooms.
        super().resizeEvent(event)
        if self._auto_fit and self.item is not None:
            self.fit()

    def _user_zoomed(self) -> None:
        self._auto_fit = False

    # ------------------------------------------------------------------ drawing

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.view.scene().clear()
        self.item = None
        self.layout_ = None

    def rebuild(self) -> None:
        """Lay out and draw the current process now (or show why it cannot be)."""
        self._dirty = False
        self._built = True
        self.error = None
        project, pid = self._project, self._process_id
        proc = next((p for p in project.processes if p.id == pid), None) if project else None
        if project is None or proc is None:
            self._show_message(self.tr("Choose or add a process to see its swimlane map."))
            return
        if not proc.steps:
            self._show_message(self.tr("This process has no steps yet. Add steps in the Steps "
                                       "table; the map shows one lane per function."))
            return
        options = RenderOptions(lang=self._lang, title="", legend=True)
        try:
            sizes = measure_steps(project, proc.id, None, options)
            layout = swimlane_layout(project, proc.id, sizes=sizes)
        except GraphvizMissingError as exc:
            self.error = str(exc)
            self._show_message(self.tr("The swimlane map needs Graphviz, which is not "
                                       "installed. The tables still work.")
                               + "\n\n" + localized(exc))
            return
        except GraphvizFailedError as exc:
            self.error = str(exc)
            self._show_message(self.tr("The swimlane map could not be drawn: %1")
                               .replace("%1", localized(exc)))
            return
        dl = build_display_list(project, layout, options)
        scene = self.view.scene()
        scene.clear()
        self.layout_ = layout
        self.item = DisplayListItem(dl)
        scene.addItem(self.item)
        x, y, w, h = dl.bounds
        scene.setSceneRect(QRectF(x - 20, y - 20, w + 40, h + 40))
        self.stack.setCurrentWidget(self.view)
        self._apply_highlight()
        if proc.id != self._shown_process:
            self._shown_process = proc.id
            self.fit()

    def fit(self) -> None:
        """Show the whole map (never enlarged above 100 %); a map too big for that to
        stay readable is shown at :data:`READABLE` and scrolls."""
        if self.item is None:
            return
        self._auto_fit = True
        self.view.resetTransform()
        rect = self.view.scene().sceneRect()
        vw, vh = self.view.viewport().width(), self.view.viewport().height()
        if vw > 0 and vh > 0 and rect.width() > 0:
            # the whole map if its text stays readable so; else readable, and it scrolls
            scale = min(1.0, max(min(vw / rect.width(), vh / rect.height()), READABLE))
            self.view.scale(scale, scale)
        self.view.centerOn(rect.center())
        # a map wider than the view starts at its left: the lane names and the first step
        bar = self.view.horizontalScrollBar()
        bar.setValue(bar.minimum())

    def _apply_highlight(self) -> None:
        if self.item is None or self.layout_ is None:
            return
        box = self.layout_.boxes.get(self._highlight or "")
        self.item.highlight = (box.x, box.y, box.w, box.h) if box is not None else None
        self.item.update()

    def step_at(self, point: QPointF) -> str | None:
        """Id of the step whose card holds ``point`` (scene coordinates), or None."""
        if self.layout_ is None:
            return None
        for sid, box in self.layout_.boxes.items():
            if box.kind == "step" and box.x <= point.x() <= box.x + box.w \
                    and box.y <= point.y() <= box.y + box.h:
                return sid
        return None

    def _clicked(self, point: QPointF) -> None:
        sid = self.step_at(point)
        if sid is not None:
            self.stepClicked.emit(sid)
