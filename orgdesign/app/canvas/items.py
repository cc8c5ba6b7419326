"""Scene items: one card per unit or segment, and one backdrop for lines and bands.

Items draw display-list groups from ``orgdesign.render`` (the same code the
exporters use), placed where ``orgdesign.layout`` put them; they keep no state
the model lacks.  A card's group is built when the card is first painted
after a change (a chart of ten thousand cards seen whole needs none of them:
far out the backdrop draws every card as a plain box).
"""

from __future__ import annotations

from operator import attrgetter

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
)

from orgdesign.layout import Box, Layout
from orgdesign.render.displaylist import Group
from orgdesign.render.lazy import LazyDrawing
from orgdesign.render.qt_paint import OverviewPainter, paint_group

from .edges import EdgeIndex

SELECTED = QColor("#1E6FD9")
DROP_OK = QColor("#1E9E4A")
DROP_BAD = QColor("#C62828")
#: how far a connector's label may stand out of its points' bounding box (px)
LABEL_REACH = 100.0
#: room above and below the chart for the title block, legend and footer (px)
DECOR_ROOM = 600.0

_RECT = attrgetter("x", "y", "w", "h")
_POINTS = attrgetter("points")
_SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
_NO_PEN = QPen(Qt.PenStyle.NoPen)


class CardSource:
    """What every card draws from: the drawing of the current layout.

    ``generation`` grows with every new drawing, so a card knows its group is
    out of date without being told one by one.
    """

    def __init__(self) -> None:
        self.drawing: LazyDrawing | None = None
        self.generation = 0

    def set(self, drawing: LazyDrawing) -> None:
        """Draw from ``drawing`` from now on."""
        self.drawing = drawing
        self.generation += 1


class CardItem(QGraphicsRectItem):
    """A unit's (or segment's) card, placed at its layout box (``pos`` = box corner).

    A rectangle item, so that Qt finds its bounds and shape without calling
    into Python: moving thousands of cards after an edit stays cheap.
    """

    def __init__(self, uid: str, box: Box, source: CardSource,
                 layer: QGraphicsItem | None = None) -> None:
        """``layer``: the parent item of every card (cards are then in its scene)."""
        super().__init__(-4.5, -4.5, box.w + 9, box.h + 9, layer)
        self.setPen(_NO_PEN)
        self.uid = uid
        self.kind = box.kind
        self.drop_state: str | None = None  # "ok", "bad" or None while dragging over it
        self._source = source
        self._group: Group | None = None
        self._generation = -1
        if box.kind in ("unit", "collapsed"):
            self.setFlag(_SELECTABLE, True)
        self.setPos(box.x, box.y)

    # Replaces QGraphicsItem.group() on purpose: cards never join a QGraphicsItemGroup.
    @property
    def group(self) -> Group:  # type: ignore[override]
        """The display-list group this card draws (built on first use after a change)."""
        src = self._source
        if self._generation != src.generation or self._group is None:
            assert src.drawing is not None
            self._group = src.drawing.card(self.uid)
            self._generation = src.generation
        return self._group

    def set_shape(self, box: Box) -> None:
        """Take the size and kind of ``box`` (not its place)."""
        if box.kind != self.kind:
            self.kind = box.kind
            self.setFlag(_SELECTABLE, box.kind in ("unit", "collapsed"))
        r = self.rect()
        if box.w + 9 != r.width() or box.h + 9 != r.height():
            self.setRect(-4.5, -4.5, box.w + 9, box.h + 9)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        group = self.group
        if group.box is not None:
            gx, gy = group.box[0], group.box[1]
        else:
            gx, gy = group.bounds[0] + 0.5, group.bounds[1] + 0.5
        paint_group(painter, group, offset=(-gx, -gy), lod=lod)
        outline = None
        if self.drop_state == "ok":
            outline = DROP_OK
        elif self.drop_state == "bad":
            outline = DROP_BAD
        elif option.state & QStyle.StateFlag.State_Selected:
            outline = SELECTED
        if outline is not None:
            pen = QPen(outline, 3)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(2.5, 2.5, -2.5, -2.5), 7, 7)


class BackdropItem(QGraphicsItem):
    """Bands, rings, connectors, legend and titles: everything that is not a card.

    Connectors are looked up by where they run (:class:`EdgeIndex`) and built
    when first shown.  Far out (``far`` set) it also draws every card as a
    plain box in a few batched calls, and the card items paint nothing.
    """

    def __init__(self, drawing: LazyDrawing, layout: Layout) -> None:
        super().__init__()
        self.drawing = drawing
        self.layout = layout
        self.groups = drawing.backdrop()
        self._edges: EdgeIndex | None = None
        self.far = False
        self._overview: OverviewPainter | None = None
        self._rect = QRectF(-DECOR_ROOM, -DECOR_ROOM, layout.width + 2 * DECOR_ROOM,
                            layout.height + 2 * DECOR_ROOM)
        self.setZValue(0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return self._rect

    @property
    def edges(self) -> EdgeIndex:
        """The connectors by where they run (made on first use: far out none is needed)."""
        if self._edges is None:
            self._edges = EdgeIndex(self.layout.edges)
        return self._edges

    @property
    def overview(self) -> OverviewPainter:
        """Every card and connector in a few batched calls (built on first use)."""
        if self._overview is None:
            lay = self.layout
            cards = zip(self.drawing.accents(), map(_RECT, lay.boxes.values()), strict=True)
            lines = ((c, w, d, pts) for (c, w, d), pts in
                     zip(self.drawing.pens(), map(_POINTS, lay.edges), strict=True))
            self._overview = OverviewPainter.of(cards, lines)
        return self._overview

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        exposed = option.exposedRect
        for g in self.groups:
            _paint_if_exposed(painter, g, exposed, lod)
        if not self.far:
            r = exposed.adjusted(-LABEL_REACH, -LABEL_REACH, LABEL_REACH, LABEL_REACH)
            edge = self.drawing.edge
            for n in self.edges.meeting(r.left(), r.top(), r.right(), r.bottom()):
                _paint_if_exposed(painter, edge(n), exposed, lod)
        if exposed.top() < 0:
            for g in self.drawing.title():
                _paint_if_exposed(painter, g, exposed, lod)
        if exposed.bottom() > self.layout.height:
            for g in self.drawing.legend():  # legend and footer
                _paint_if_exposed(painter, g, exposed, lod)
        if self.far:
            self.overview.paint(painter)


def _paint_if_exposed(painter: QPainter, g: Group, exposed: QRectF, lod: float) -> None:
    x, y, w, h = g.bounds
    if w and h and not exposed.intersects(QRectF(x - 2, y - 2, w + 4, h + 4)):
        return
    paint_group(painter, g, lod=lod)
