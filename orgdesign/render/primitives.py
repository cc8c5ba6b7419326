"""The Qt-free description of a drawing: primitives grouped per card, edge, band...

A :class:`DisplayList` is what :func:`orgdesign.render.displaylist.build_display_list`
decides once (card content, wrapped and elided text, colours) and every
target draws: the Qt painter (canvas, PDF, PNG), the SVG writer, and the
PowerPoint and DOT exporters for the text of cards.  Coordinates are layout
coordinates (px, y downwards); colours are ``#RRGGBB`` strings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


class FontSpec(NamedTuple):
    """A font: family, pixel size, weight and slant (a tuple: hashes fast, caches well)."""

    family: str
    px: float
    bold: bool = False
    italic: bool = False


@dataclass(slots=True)
class RectItem:
    """A rectangle, rounded by ``radius``; ``dash`` a pattern in px (None: solid).

    ``role`` is ``"frame"`` for the outline of a card (exactly its layout box).
    """

    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0
    radius: float = 0.0
    dash: tuple[float, ...] | None = None
    role: str = ""
    cache: Any = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class LineItem:
    """A polyline; ``arrow`` draws an arrowhead at the last point."""

    points: list[tuple[float, float]]
    stroke: str
    width: float = 1.0
    dash: tuple[float, ...] | None = None
    arrow: bool = False
    cache: Any = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class TextItem:
    """One line of text, already wrapped and elided.

    ``x`` is the anchor (left edge, centre or right edge by ``align``:
    ``"left" | "center" | "right"``), ``y`` the baseline; ``width`` the
    measured advance of ``text`` in ``font``.
    """

    x: float
    y: float
    text: str
    font: FontSpec
    colour: str
    align: str = "left"
    width: float = 0.0
    cache: Any = field(default=None, repr=False, compare=False)

    def left(self) -> float:
        """The x of the text's left edge."""
        if self.align == "center":
            return self.x - self.width / 2
        if self.align == "right":
            return self.x - self.width
        return self.x


@dataclass(slots=True)
class CircleItem:
    """A circle (``inner`` 0) or an annulus between radii ``inner`` and ``r``."""

    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0
    dash: tuple[float, ...] | None = None
    inner: float = 0.0
    cache: Any = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class ImageItem:
    """A picture file drawn into ``(x, y, w, h)``; ``circle`` clips it to a disc."""

    x: float
    y: float
    w: float
    h: float
    path: str
    circle: bool = False
    cache: Any = field(default=None, repr=False, compare=False)


Primitive = RectItem | LineItem | TextItem | CircleItem | ImageItem

#: Group kinds, bottom to top in drawing order.
GROUP_KINDS = ("background", "band", "ring", "lane", "edge", "card", "legend", "title",
               "footer", "marks")


@dataclass(slots=True)
class Group:
    """Primitives that belong together: one card, one connector, one band...

    ``id`` names what the group draws (a unit id for a card, ``edge:<n>`` for a
    connector, the band or ring name...); ``kind`` is one of
    :data:`GROUP_KINDS`; ``box_kind`` the layout box kind of a card
    (``unit``, ``collapsed``, ``segment``, ``customer``, ``step``,
    ``function``); ``title`` the hover text; ``bounds`` ``(x, y, w, h)``
    covers every primitive (stroke included); ``lines`` the card's text by
    field as drawn (``[(field, [line, ...]), ...]``) and ``texts`` the same
    unwrapped (``[(field, text), ...]``) for targets that lay text out
    themselves (PowerPoint, DOT); ``box`` the card's layout box.
    """

    id: str
    kind: str
    title: str = ""
    bounds: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    items: list[Primitive] = field(default_factory=list)
    box_kind: str = ""
    lines: list[tuple[str, list[str]]] = field(default_factory=list)
    texts: list[tuple[str, str]] = field(default_factory=list)
    box: tuple[float, float, float, float] | None = None
    fill: str = ""
    accent: str = ""
    cache: Any = field(default=None, repr=False, compare=False)


@dataclass(slots=True)
class DisplayList:
    """A whole drawing: groups in drawing order and the rectangle they cover.

    ``chart`` is the layout's own rectangle ``(0, 0, width, height)``;
    ``bounds`` adds the title above and the legend and footer below.
    """

    groups: list[Group]
    bounds: tuple[float, float, float, float]
    chart: tuple[float, float, float, float]
    background: str | None = "#FFFFFF"
    font_family: str = ""
    view: str = ""
    cache: Any = field(default=None, repr=False, compare=False)

    def cards(self) -> list[Group]:
        """The card groups, in drawing order."""
        return [g for g in self.groups if g.kind == "card"]

    def group(self, group_id: str) -> Group:
        """The first group with this id; KeyError if none."""
        for g in self.groups:
            if g.id == group_id:
                return g
        raise KeyError(group_id)


def item_bounds(item: Primitive) -> tuple[float, float, float, float]:
    """``(x0, y0, x1, y1)`` covered by ``item``, stroke and arrowhead included."""
    if isinstance(item, RectItem):
        m = item.width / 2 if item.stroke else 0.0
        return (item.x - m, item.y - m, item.x + item.w + m, item.y + item.h + m)
    if isinstance(item, LineItem):
        xs = [p[0] for p in item.points]
        ys = [p[1] for p in item.points]
        m = item.width / 2 + (8.0 if item.arrow else 0.0)
        return (min(xs) - m, min(ys) - m, max(xs) + m, max(ys) + m)
    if isinstance(item, TextItem):
        left = item.left()
        px = item.font.px
        return (left, item.y - px * 1.02, left + item.width, item.y + px * 0.28)
    if isinstance(item, CircleItem):
        m = item.width / 2 if item.stroke else 0.0
        r = item.r + m
        return (item.cx - r, item.cy - r, item.cx + r, item.cy + r)
    return (item.x, item.y, item.x + item.w, item.y + item.h)


def union_bounds(items: list[Primitive]) -> tuple[float, float, float, float]:
    """``(x, y, w, h)`` covering ``items`` (all zero when there are none)."""
    if not items:
        return (0.0, 0.0, 0.0, 0.0)
    x0 = y0 = float("inf")
    x1 = y1 = float("-inf")
    for it in items:
        a, b, c, d = item_bounds(it)
        x0 = min(x0, a)
        y0 = min(y0, b)
        x1 = max(x1, c)
        y1 = max(y1, d)
    return (x0, y0, x1 - x0, y1 - y0)


def arrow_head(points: list[tuple[float, float]], length: float = 8.0,
               half_width: float = 4.0) -> list[tuple[float, float]]:
    """The three corners of an arrowhead at the end of ``points`` (empty if degenerate)."""
    if len(points) < 2:
        return []
    (x1, y1) = points[-1]
    i = len(points) - 2
    while i > 0 and points[i] == points[-1]:
        i -= 1
    x0, y0 = points[i]
    dx, dy = x1 - x0, y1 - y0
    d = (dx * dx + dy * dy) ** 0.5
    if d == 0:
        return []
    ux, uy = dx / d, dy / d
    bx, by = x1 - ux * length, y1 - uy * length
    return [(x1, y1), (bx - uy * half_width, by + ux * half_width),
            (bx + uy * half_width, by - ux * half_width)]
