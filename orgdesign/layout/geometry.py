"""The computed geometry every view returns: boxes, edges, bands, rings.

:class:`Layout` is the one result the canvas, the SVG/PDF/PNG exporters, the
DOT export and the CLI all draw, so what the user sees is what a file holds.
It is plain data: floats in pixels, top-left origin, y growing downwards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Box kinds: a unit, a collapsed unit standing for its hidden subtree,
#: a customer segment, or the generic customer (inverted/rings without segments).
BOX_KINDS = ("unit", "collapsed", "segment", "customer")

#: Edge kinds: the solid reporting line, an assistant's stub, a segment's line to
#: its point of contact, and the three secondary line kinds of the model.
EDGE_KINDS = ("reporting", "assistant", "segment-contact", "dotted", "project", "functional")

#: Id of the generic customer box drawn when a scenario has no segments.
CUSTOMER_ID = "customer"

Point = tuple[float, float]


@dataclass(slots=True)
class Box:
    """One card: ``x, y`` is the top-left corner, ``w, h`` the size.

    ``kind`` is one of :data:`BOX_KINDS`; ``hidden`` counts the descendants a
    collapsed unit stands for; ``band`` names the inverted band or ring the box
    sits in (None in the tree views); ``label`` is the text of a box that is
    not a unit (segment name; empty for the generic customer, which the
    renderer labels in the user's language).
    """

    x: float
    y: float
    w: float
    h: float
    kind: str = "unit"
    hidden: int = 0
    band: str | None = None
    label: str = ""

    @property
    def cx(self) -> float:
        """Horizontal centre."""
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        """Vertical centre."""
        return self.y + self.h / 2

    def rect(self) -> tuple[float, float, float, float]:
        """``(x, y, w, h)``."""
        return (self.x, self.y, self.w, self.h)


@dataclass(slots=True)
class Edge:
    """A connector from ``source`` to ``target`` along ``points`` (a polyline).

    Reporting and assistant edges run from the manager (source) to the report
    (target); segment-contact edges from the segment to its contact unit;
    secondary edges from the line's source to its target, with the line's
    ``id`` and ``label``.  The first point lies on the source box's border,
    the last on the target box's border.
    """

    source: str
    target: str
    kind: str
    points: list[Point]
    id: str | None = None
    label: str = ""


@dataclass(slots=True)
class Band:
    """A horizontal band of the inverted view, ``y0`` to ``y1``, ``x0`` to ``x1``.

    ``name`` is ``"customer"`` or a layer value (``"customer-contact"``,
    ``"support"``, ``"management"``); ``label_box`` ``(x, y, w, h)`` is the
    free space at the band's left where its title goes.
    """

    name: str
    y0: float
    y1: float
    x0: float
    x1: float
    label_box: tuple[float, float, float, float]


@dataclass(slots=True)
class Ring:
    """An annulus of the rings view around ``(cx, cy)``, radii ``inner`` to ``outer``.

    ``name`` is ``"customer"`` (the centre disc, inner 0), a layer value, or
    ``"top"`` for the general manager(s) on the outermost ring.  Every box of
    the ring lies inside the annulus; ``(label_x, label_y)`` is the centre of a
    free spot at the ring's top (outside its boxes) for the ring's title.
    """

    name: str
    inner: float
    outer: float
    cx: float
    cy: float
    label_x: float
    label_y: float


@dataclass(slots=True)
class Sector:
    """The arc one top-level branch occupies in one ring of the rings view.

    ``name`` is the branch's root unit id, ``ring`` the ring's name.  Angles
    in radians, screen convention (0 = right, pi/2 = down); the arc runs
    clockwise from ``start`` to ``end`` (``end > start``; both may exceed
    2 pi).  Every card of the branch in that ring lies within the arc.
    """

    name: str
    start: float
    end: float
    ring: str = ""


@dataclass
class Layout:
    """The geometry of one view of one scenario.

    * ``view``: ``"classic"``, ``"compact"``, ``"inverted"`` or ``"rings"``;
      ``direction`` ``"tb"`` or ``"lr"`` (tree views only).
    * ``boxes``: unit id (or segment id, or :data:`CUSTOMER_ID`) -> :class:`Box`.
      Parked units and the descendants of collapsed units have no box.
    * ``edges``: every connector, already routed (:class:`Edge`).
    * ``bands`` (inverted), ``rings`` and ``sectors`` (rings): the backdrop.
    * ``parked``: ids of the units in the parking lot (not laid out, not lost).
    * ``width, height``: every box lies in ``[0, width] x [0, height]``
      with a margin.
    * ``cache``: private state that :func:`orgdesign.layout.relayout` reuses;
      ignored by equality.
    """

    view: str
    width: float
    height: float
    boxes: dict[str, Box] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)
    rings: list[Ring] = field(default_factory=list)
    sectors: list[Sector] = field(default_factory=list)
    parked: list[str] = field(default_factory=list)
    direction: str = "tb"
    scenario_id: str = ""
    cache: Any = field(default=None, repr=False, compare=False)


def _num(v: float) -> float | int:
    r = round(v, 2)
    return int(r) if r == int(r) else r


def layout_to_dict(layout: Layout) -> dict[str, Any]:
    """Return the JSON-ready form of ``layout`` (numbers rounded to 0.01 px).

    Keys: ``view, width, height, boxes`` (id -> ``[x, y, w, h]``), ``edges``
    (``{source, target, kind, points}`` plus ``id``/``label`` for secondary
    lines), ``box_info`` (kind, hidden count, band, label of every box that is
    not a plain unit, or sits in a band), ``bands``, ``rings``, ``sectors``,
    ``parked`` and ``direction``.
    """
    boxes = {k: [_num(b.x), _num(b.y), _num(b.w), _num(b.h)] for k, b in layout.boxes.items()}
    info: dict[str, dict[str, Any]] = {}
    for k, b in layout.boxes.items():
        if b.kind != "unit" or b.band is not None or b.label:
            d: dict[str, Any] = {"kind": b.kind}
            if b.hidden:
                d["hidden"] = b.hidden
            if b.band is not None:
                d["band"] = b.band
            if b.label:
                d["label"] = b.label
            info[k] = d
    edges = []
    for e in layout.edges:
        d = {"source": e.source, "target": e.target, "kind": e.kind,
             "points": [[_num(x), _num(y)] for x, y in e.points]}
        if e.id is not None:
            d["id"] = e.id
        if e.label:
            d["label"] = e.label
        edges.append(d)
    return {
        "view": layout.view,
        "width": _num(layout.width),
        "height": _num(layout.height),
        "boxes": boxes,
        "edges": edges,
        "box_info": info,
        "bands": [{"name": b.name, "y0": _num(b.y0), "y1": _num(b.y1), "x0": _num(b.x0),
                   "x1": _num(b.x1), "label_box": [_num(v) for v in b.label_box]}
                  for b in layout.bands],
        "rings": [{"name": r.name, "inner": _num(r.inner), "outer": _num(r.outer),
                   "cx": _num(r.cx), "cy": _num(r.cy), "label": [_num(r.label_x), _num(r.label_y)]}
                  for r in layout.rings],
        "sectors": [{"name": s.name, "ring": s.ring, "start": round(s.start, 5),
                     "end": round(s.end, 5)}
                    for s in layout.sectors],
        "parked": list(layout.parked),
        "direction": layout.direction,
    }
