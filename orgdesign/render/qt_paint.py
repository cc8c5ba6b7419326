"""Paint a display list with QPainter: the canvas items, PDF and PNG all call this.

Qt objects (rectangles, pens, brushes, fonts, paths) are made once per
primitive and kept in its ``cache`` slot, so a repaint is a run of
``draw*`` calls.  Below :data:`LOD_TEXT` (the scale at which a 13 px name
is a few device pixels high) cards are drawn as plain coloured boxes, which
keeps a fit-to-window repaint of ten thousand cards fast.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from .primitives import (
    CircleItem,
    DisplayList,
    Group,
    ImageItem,
    LineItem,
    RectItem,
    TextItem,
    arrow_head,
)
from .qt import qfont
from .style import ARROW_LEN, lighten

#: Below this level of detail (device px per layout px) cards lose their text.
LOD_TEXT = 0.4

_colours: dict[str, QColor] = {}
_pens: dict[tuple, QPen] = {}
_brushes: dict[str, QBrush] = {}
_images: dict[str, QImage | None] = {}
_NO_PEN = QPen(Qt.PenStyle.NoPen)
_NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


def qcolour(hex_colour: str) -> QColor:
    """Cached QColor of ``#RRGGBB``."""
    c = _colours.get(hex_colour)
    if c is None:
        c = _colours[hex_colour] = QColor(hex_colour)
    return c


def _pen(colour: str | None, width: float, dash: tuple[float, ...] | None) -> QPen:
    if colour is None:
        return _NO_PEN
    key = (colour, width, dash)
    p = _pens.get(key)
    if p is None:
        p = QPen(qcolour(colour), width)
        p.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setCapStyle(Qt.PenCapStyle.FlatCap)
        if dash:
            # Qt's dash pattern counts in pen widths; ours is in px.
            p.setDashPattern([max(0.1, d / max(width, 0.01)) for d in dash])
        _pens[key] = p
    return p


def _brush(colour: str | None) -> QBrush:
    if colour is None:
        return _NO_BRUSH
    b = _brushes.get(colour)
    if b is None:
        b = _brushes[colour] = QBrush(qcolour(colour))
    return b


def _paint_rect(p: QPainter, it: RectItem) -> None:
    c = it.cache
    if c is None:
        c = it.cache = (QRectF(it.x, it.y, it.w, it.h), _pen(it.stroke, it.width, it.dash),
                        _brush(it.fill))
    p.setPen(c[1])
    p.setBrush(c[2])
    if it.radius > 0:
        p.drawRoundedRect(c[0], it.radius, it.radius)
    else:
        p.drawRect(c[0])


def _prepare_line(it: LineItem) -> tuple:
    """Qt objects of a polyline: (polygon, pen, arrowhead or None, arrow pen, arrow brush)."""
    head = arrow_head(it.points, ARROW_LEN + it.width, 3.5 + it.width) if it.arrow else []
    pts = list(it.points)
    if head:
        # Stop the line at the arrow's base so a thick line does not poke through its tip.
        bx = (head[1][0] + head[2][0]) / 2
        by = (head[1][1] + head[2][1]) / 2
        pts[-1] = (bx, by)
    poly = QPolygonF([QPointF(x, y) for x, y in pts])
    arrow = QPolygonF([QPointF(x, y) for x, y in head]) if head else None
    it.cache = (poly, _pen(it.stroke, it.width, it.dash), arrow,
                _pen(it.stroke, 1.0, None), _brush(it.stroke))
    return it.cache


def _paint_line(p: QPainter, it: LineItem) -> None:
    c = it.cache or _prepare_line(it)
    p.setPen(c[1])
    p.setBrush(_NO_BRUSH)
    p.drawPolyline(c[0])
    if c[2] is not None:
        p.setPen(c[3])
        p.setBrush(c[4])
        p.drawPolygon(c[2])


def _paint_text(p: QPainter, it: TextItem) -> None:
    c = it.cache
    if c is None:
        c = it.cache = (qfont(it.font), _pen(it.colour, 1.0, None), QPointF(it.left(), it.y))
    p.setFont(c[0])
    p.setPen(c[1])
    p.drawText(c[2], it.text)


def _paint_circle(p: QPainter, it: CircleItem) -> None:
    c = it.cache
    if c is None:
        path = None
        if it.inner > 0:
            path = QPainterPath()
            path.setFillRule(Qt.FillRule.OddEvenFill)
            path.addEllipse(QPointF(it.cx, it.cy), it.r, it.r)
            path.addEllipse(QPointF(it.cx, it.cy), it.inner, it.inner)
        c = it.cache = (QPointF(it.cx, it.cy), _pen(it.stroke, it.width, it.dash),
                        _brush(it.fill), path)
    p.setPen(c[1])
    p.setBrush(c[2])
    if c[3] is not None:
        p.drawPath(c[3])
    else:
        p.drawEllipse(c[0], it.r, it.r)


def _load_image(path: str) -> QImage | None:
    if path not in _images:
        img = QImage(path)
        _images[path] = None if img.isNull() else img
    return _images[path]


def _paint_image(p: QPainter, it: ImageItem) -> None:
    img = _load_image(it.path)
    rect = QRectF(it.x, it.y, it.w, it.h)
    if img is None:
        p.setPen(_pen("#9AA5B1", 1.0, None))
        p.setBrush(_brush("#E4E7EB"))
        p.drawEllipse(rect) if it.circle else p.drawRect(rect)
        return
    p.save()
    if it.circle:
        clip = QPainterPath()
        clip.addEllipse(rect)
        p.setClipPath(clip, Qt.ClipOperation.IntersectClip)
    # Centre-crop to a square so faces are not squashed.
    side = min(img.width(), img.height())
    src = QRectF((img.width() - side) / 2, (img.height() - side) / 2, side, side)
    p.drawImage(rect, img, src)
    p.restore()


_PAINTERS = {RectItem: _paint_rect, LineItem: _paint_line, TextItem: _paint_text,
             CircleItem: _paint_circle, ImageItem: _paint_image}


def _card_box(group: Group) -> tuple:
    """(box rect, fill colour, the rect relative to the bounds' origin, -x, -y), cached."""
    x, y, w, h = group.box or group.bounds
    bx, by = group.bounds[0], group.bounds[1]
    colour = lighten(group.accent, 0.35) if group.accent else "#C5CED8"
    group.cache = (QRectF(x, y, w, h), qcolour(colour), QRectF(x - bx, y - by, w, h), -bx, -by)
    return group.cache


def paint_group(painter: QPainter, group: Group, *, lod: float = 1.0,
                offset: tuple[float, float] = (0.0, 0.0)) -> None:
    """Draw one group with ``painter``.

    ``lod`` is the level of detail (device px per layout px, as
    ``QStyleOptionGraphicsItem.levelOfDetailFromTransform`` gives): below
    :data:`LOD_TEXT` a card is a plain box and texts are skipped.
    ``offset`` translates first, so a canvas item positioned at the group's
    ``bounds`` origin passes ``(-x, -y)``.  Leaves the painter's state as it
    found it apart from pen, brush and font.
    """
    if lod < LOD_TEXT and group.kind == "card":
        # The fit-to-window case of ten thousand canvas items: one call per card.
        c = group.cache or _card_box(group)
        ox, oy = offset
        if ox == c[3] and oy == c[4]:
            painter.fillRect(c[2], c[1])
        elif ox == 0.0 and oy == 0.0:
            painter.fillRect(c[0], c[1])
        else:
            painter.translate(ox, oy)
            painter.fillRect(c[0], c[1])
            painter.translate(-ox, -oy)
        return
    moved = offset != (0.0, 0.0)
    if moved:
        painter.translate(offset[0], offset[1])
    try:
        if lod < LOD_TEXT:
            for it in group.items:
                if not isinstance(it, TextItem):
                    _PAINTERS[type(it)](painter, it)  # type: ignore[operator]
            return
        for it in group.items:
            _PAINTERS[type(it)](painter, it)  # type: ignore[operator]
    finally:
        if moved:
            painter.translate(-offset[0], -offset[1])


def _intersects(b: tuple[float, float, float, float], r: tuple[float, float, float, float]) -> bool:
    return not (b[0] > r[0] + r[2] or b[0] + b[2] < r[0] or b[1] > r[1] + r[3]
                or b[1] + b[3] < r[1])


def _overview_batches(dl: DisplayList) -> tuple[list, list]:
    """Cards as rectangles grouped by colour, connectors as line segments grouped by
    pen: a handful of draw calls for a whole chart seen from afar."""
    cache = dl.cache if isinstance(dl.cache, dict) else None
    if cache is None:
        cache = {}
        dl.cache = cache
    if "overview" in cache:
        return cache["overview"]
    rects: dict[str, list[QRectF]] = {}
    lines: dict[tuple, list[QLineF]] = {}
    for g in dl.groups:
        if g.kind == "card":
            x, y, w, h = g.box or g.bounds
            colour = lighten(g.accent, 0.35) if g.accent else "#C5CED8"
            rects.setdefault(colour, []).append(QRectF(x, y, w, h))
        elif g.kind == "edge":
            for it in g.items:
                if isinstance(it, LineItem):
                    segs = lines.setdefault((it.stroke, it.width), [])
                    pts = it.points
                    segs.extend(QLineF(pts[i][0], pts[i][1], pts[i + 1][0], pts[i + 1][1])
                                for i in range(len(pts) - 1))
    cache["overview"] = ([(_brush(c), r) for c, r in rects.items()],
                         [(_pen(c, w, None), segs) for (c, w), segs in lines.items()])
    return cache["overview"]


def _paint_overview(painter: QPainter, dl: DisplayList,
                    clip_rect: tuple[float, float, float, float] | None, lod: float) -> int:
    rects, lines = _overview_batches(dl)
    drawn = 0
    for g in dl.groups:
        if g.kind in ("card", "edge"):
            continue
        if clip_rect is not None and not _intersects(g.bounds, clip_rect):
            continue
        paint_group(painter, g, lod=lod)
        drawn += 1
    painter.setBrush(_NO_BRUSH)
    for pen, segs in lines:
        painter.setPen(pen)
        painter.drawLines(segs)
    painter.setPen(_NO_PEN)
    for brush, rs in rects:
        painter.setBrush(brush)
        painter.drawRects(rs)
    return drawn + sum(len(r) for _, r in rects)


def paint_display_list(painter: QPainter, dl: DisplayList, *,
                       clip_rect: tuple[float, float, float, float] | None = None,
                       lod: float = 1.0) -> int:
    """Draw every group of ``dl`` (those meeting ``clip_rect``, in layout coordinates,
    when given) in drawing order; return how many groups were drawn.

    Below :data:`LOD_TEXT` cards and connectors are drawn in a few batched
    calls (coloured boxes, thin lines) and texts are skipped.

    The caller sets the transform (layout -> device) and fills the
    background; antialiasing is switched on here.
    """
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    if lod < LOD_TEXT:
        return _paint_overview(painter, dl, clip_rect, lod)
    drawn = 0
    edges_done = False
    for g in dl.groups:
        if g.kind == "edge":
            if not edges_done:
                drawn += _paint_edges(painter, dl, clip_rect)
                edges_done = True
            continue
        if clip_rect is not None and not _intersects(g.bounds, clip_rect):
            continue
        paint_group(painter, g, lod=lod)
        drawn += 1
    return drawn


def _edge_batches(dl: DisplayList) -> list[tuple[QPen, list[QLineF]]]:
    """Every connector segment once per pen.  Routes of siblings share their trunk
    and bus, so a large chart draws a third of the length it would line by line."""
    cache = dl.cache if isinstance(dl.cache, dict) else None
    if cache is None:
        cache = {}
        dl.cache = cache
    got = cache.get("edges")
    if got is not None:
        return got
    by_pen: dict[tuple, dict[tuple, QLineF]] = {}
    for g in dl.groups:
        if g.kind != "edge":
            continue
        for it in g.items:
            if not isinstance(it, LineItem):
                continue
            pts = it.points
            if it.arrow:  # the line stops at the arrowhead's base
                poly = (it.cache or _prepare_line(it))[0]
                pts = [(poly.at(i).x(), poly.at(i).y()) for i in range(poly.size())]
            segs = by_pen.setdefault((it.stroke, it.width, it.dash), {})
            # Shared trunks are computed once by the layout: their floats are identical.
            for a, b in zip(pts, pts[1:], strict=False):
                key = (a, b) if a <= b else (b, a)
                if a != b and key not in segs:
                    segs[key] = QLineF(a[0], a[1], b[0], b[1])
    got = [(_pen(c, w, d), list(segs.values())) for (c, w, d), segs in by_pen.items()]
    cache["edges"] = got
    return got


def _paint_edges(painter: QPainter, dl: DisplayList,
                 clip_rect: tuple[float, float, float, float] | None) -> int:
    painter.setBrush(_NO_BRUSH)
    for pen, segs in _edge_batches(dl):
        painter.setPen(pen)
        painter.drawLines(segs)
    drawn = 0
    for g in dl.groups:
        if g.kind != "edge" or (clip_rect is not None and not _intersects(g.bounds, clip_rect)):
            continue
        drawn += 1
        for it in g.items:
            if isinstance(it, LineItem):
                if it.arrow and it.cache[2] is not None:
                    painter.setPen(it.cache[3])
                    painter.setBrush(it.cache[4])
                    painter.drawPolygon(it.cache[2])
            else:
                _PAINTERS[type(it)](painter, it)  # type: ignore[operator]
    return drawn


class OverviewPainter:
    """The whole drawing far out (below :data:`LOD_TEXT`), in a handful of Qt calls.

    Cards become filled rectangles batched by colour, connectors one path per
    pen, so a 10,000-card chart repaints in a few milliseconds where painting
    group by group costs a Python call per card.  Bands and rings are not
    included (the caller paints those groups as usual).
    """

    def __init__(self, groups: list[Group],
                 boxes: dict[str, tuple[float, float, float, float]] | None = None) -> None:
        """``boxes`` (id -> x, y, w, h) overrides where cards stand (the canvas
        reuses card groups built elsewhere)."""
        cards: list[tuple[str, tuple[float, float, float, float]]] = []
        lines: list[tuple[str, float, tuple[float, ...] | None, list[tuple[float, float]]]] = []
        for g in groups:
            box = boxes.get(g.id) if boxes is not None and g.kind == "card" else g.box
            if g.kind == "card" and box is not None:
                cards.append((g.accent, box))
            elif g.kind == "edge":
                for it in g.items:
                    if isinstance(it, LineItem):
                        lines.append((it.stroke, it.width, it.dash, it.points))
        self._fill(cards, lines)

    @classmethod
    def of(cls, cards: Iterable[tuple[str, tuple[float, float, float, float]]],
           lines: Iterable[tuple[str, float, tuple[float, ...] | None,
                                 list[tuple[float, float]]]]) -> OverviewPainter:
        """The overview of ``cards`` (accent colour, (x, y, w, h)) and connector
        ``lines`` (stroke colour, width, dash, points), without display-list groups."""
        self = cls.__new__(cls)
        self._fill(cards, lines)
        return self

    def _fill(self, cards: Iterable[tuple[str, tuple[float, float, float, float]]],
              lines: Iterable[tuple[str, float, tuple[float, ...] | None,
                                    list[tuple[float, float]]]]) -> None:
        rects: dict[str, list[QRectF]] = {}
        paths: dict[tuple[str, float, tuple[float, ...] | None], QPainterPath] = {}
        for accent, (x, y, w, h) in cards:
            got = rects.get(accent or "#8899AA")
            if got is None:
                got = rects[accent or "#8899AA"] = []
            got.append(QRectF(x, y, w, h))
        for stroke, width, dash, pts in lines:
            if len(pts) < 2:
                continue
            key = (stroke, width, dash)
            path = paths.get(key)
            if path is None:
                path = paths[key] = QPainterPath()
            move, line = path.moveTo, path.lineTo
            move(*pts[0])
            for px, py in pts[1:]:
                line(px, py)
        self.rects = [(_brush(c), r) for c, r in rects.items()]
        self.paths = [(_pen(s, w, d), p) for (s, w, d), p in paths.items()]

    def paint(self, painter: QPainter) -> None:
        """Draw the connectors, then the cards."""
        painter.setBrush(_NO_BRUSH)
        for pen, path in self.paths:
            painter.setPen(pen)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        for brush, rects in self.rects:
            painter.setBrush(brush)
            painter.drawRects(rects)
