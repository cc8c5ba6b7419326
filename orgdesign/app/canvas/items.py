"""Scene items: one card per unit or segment, and one backdrop for lines and bands.

Items draw display-list groups from ``orgdesign.render`` (the same code the
exporters use), placed where ``orgdesign.layout`` put them; they keep no state
the model lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem

from orgdesign.render.qt_paint import OverviewPainter, paint_group

SELECTED = QColor("#1E6FD9")
DROP_OK = QColor("#1E9E4A")
DROP_BAD = QColor("#C62828")


class CardItem(QGraphicsItem):
    """A unit's (or segment's) card."""

    def __init__(self, group, kind: str, box=None) -> None:
        super().__init__()
        self.uid = group.id
        self.kind = kind
        self.drop_state: str | None = None  # "ok", "bad" or None while dragging over it
        self.group = None
        self.set_group(group, box)
        if kind in ("unit", "collapsed"):
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setAcceptHoverEvents(True)
        self.setToolTip(getattr(group, "title", "") or "")
        self.setZValue(2)

    def set_group(self, group, box=None) -> None:
        """Show ``group`` at layout box ``box`` (a cached group may have been built
        elsewhere: ``group.box`` says where, so it is moved, not rebuilt)."""
        x, y, w, h = group.bounds
        if box is not None and group.box is not None:
            x += box.x - group.box[0]
            y += box.y - group.box[1]
        if group is not self.group:
            if self.group is None or self.group.bounds[2:] != group.bounds[2:]:
                self.prepareGeometryChange()
                self._rect = QRectF(0, 0, w, h)
            self.group = group
            self.setToolTip(getattr(group, "title", "") or "")
            self.update()
        if self.pos().x() != x or self.pos().y() != y:
            self.setPos(x, y)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        x, y, _w, _h = self.group.bounds
        paint_group(painter, self.group, offset=(-x, -y), lod=lod)
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
            painter.drawRoundedRect(self._rect.adjusted(-2, -2, 2, 2), 7, 7)


class BackdropItem(QGraphicsItem):
    """Bands, rings, connectors and titles: everything that is not a card.

    Far out (``overview`` set) it also draws every card as a plain box in a few
    batched calls, and the card items paint nothing.
    """

    def __init__(self, groups: list, width: float, height: float) -> None:
        super().__init__()
        self.groups = groups
        self.overview: OverviewPainter | None = None
        self._rect = QRectF(0, 0, width, height)
        self.setZValue(0)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        exposed = option.exposedRect
        for g in self.groups:
            if self.overview is not None and g.kind == "edge":
                continue
            x, y, w, h = g.bounds
            if w and h and not exposed.intersects(QRectF(x - 2, y - 2, w + 4, h + 4)):
                continue
            paint_group(painter, g, lod=lod)
        if self.overview is not None:
            self.overview.paint(painter)
