"""Routing of secondary lines (dotted, project, functional) over a finished layout.

Secondary lines never move a box.  In the row-based views (classic, compact,
inverted) a line leaves its source through the top or bottom, runs along
the free channels between rows of boxes and crosses a row only through a gap
between boxes, so it does not run over cards.  Routes are orthogonal.  The
rings view routes its secondary lines itself (:mod:`.ring_routes`).

An end hidden in a collapsed subtree attaches to the collapsed box; a line
with an end in the parking lot is not drawn.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from itertools import islice

from .forest import Forest
from .geometry import Box, Edge, Point
from .options import LayoutOptions

#: Where, across a channel, successive secondary lines run (fractions of its height).
_TRACKS = (0.3, 0.7, 0.2, 0.8, 0.4, 0.6)
#: Where, along a box's side, successive secondary ports sit (fractions of its width).
_PORTS = (0.75, 0.25, 0.88, 0.12, 0.62, 0.38)


def _ends(forest: Forest, boxes: dict[str, Box]):
    for ln in forest.scenario.lines:
        s = forest.visible_ancestor(ln.source) if ln.source in forest.units else None
        t = forest.visible_ancestor(ln.target) if ln.target in forest.units else None
        if s is None or t is None or s == t or s not in boxes or t not in boxes:
            continue
        yield ln, s, t


class _Strips:
    """Boxes grouped into horizontal strips (maximal runs of overlapping y-ranges)."""

    def __init__(self, boxes: dict[str, Box], height: float) -> None:
        order = sorted(boxes.values(), key=lambda b: b.y)
        self.y0: list[float] = []
        self.y1: list[float] = []
        spans: list[list[tuple[float, float]]] = []
        for b in order:
            if self.y1 and b.y < self.y1[-1] - 1e-9:
                self.y1[-1] = max(self.y1[-1], b.y + b.h)
                spans[-1].append((b.x, b.x + b.w))
            else:
                self.y0.append(b.y)
                self.y1.append(b.y + b.h)
                spans.append([(b.x, b.x + b.w)])
        self.x0: list[list[float]] = []
        self.x1: list[list[float]] = []
        for sp in spans:
            sp.sort()
            a: list[float] = []
            z: list[float] = []
            for lo, hi in sp:
                if z and lo <= z[-1]:
                    z[-1] = max(z[-1], hi)
                else:
                    a.append(lo)
                    z.append(hi)
            self.x0.append(a)
            self.x1.append(z)
        self.height = height

    def of(self, b: Box) -> int:
        return bisect_right(self.y0, b.y + 1e-9) - 1

    def channel(self, k: int, frac: float) -> float:
        """y of a track in the channel below strip ``k``."""
        lo = self.y1[k]
        hi = self.y0[k + 1] if k + 1 < len(self.y0) else max(self.height, lo + 8.0)
        return lo + (hi - lo) * frac

    def gap(self, k: int, want: float, clear: float) -> float:
        """An x near ``want`` where a vertical line crosses strip ``k`` without touching a box."""
        x0, x1 = self.x0[k], self.x1[k]
        if not x0:
            return want
        i = bisect_right(x0, want) - 1
        if i >= 0 and want < x1[i]:  # inside an occupied span: pass it left or right
            lo = x1[i - 1] if i > 0 else -math.inf
            hi = x0[i + 1] if i + 1 < len(x0) else math.inf
            left = x0[i] - min(clear, (x0[i] - lo) / 2)
            right = x1[i] + min(clear, (hi - x1[i]) / 2)
            return left if want - left <= right - want else right
        lo = x1[i] if i >= 0 else -math.inf
        hi = x0[i + 1] if i + 1 < len(x0) else math.inf
        c = min(clear, (hi - lo) / 2)
        return min(max(want, lo + c), hi - c)


def clean_polyline(pts: list[Point]) -> list[Point]:
    """``pts`` without repeated points and without middle points of straight runs.

    Coordinates within 1e-9 of the previous point's are snapped to it, so
    an almost vertical or horizontal step comes out exactly so.
    """
    if not pts:
        return []
    # the last two kept points live in locals (a*, p*): this runs for every connector
    px, py = pts[0]
    out: list[Point] = [(px, py)]
    ax = ay = 0.0
    two = False
    for x, y in islice(pts, 1, None):
        if -1e-9 < x - px < 1e-9:
            x = px
        if -1e-9 < y - py < 1e-9:
            y = py
        if x == px:
            if y == py:
                continue
            if two and ax == px:
                out[-1] = (x, y)
                py = y
                continue
        elif two and ay == py == y:
            out[-1] = (x, y)
            px = x
            continue
        out.append((x, y))
        ax, ay = px, py
        px, py = x, y
        two = True
    return out


def route_secondary(forest: Forest, boxes: dict[str, Box], opts: LayoutOptions,
                    obstacles: dict[str, Box] | None = None) -> list[Edge]:
    """Orthogonal routes for the scenario's secondary lines over ``boxes`` (top-down frame).

    ``obstacles`` defaults to ``boxes``; the result is one :class:`Edge` per
    drawable line, kind = the line's kind, ``id`` = the line's id.
    """
    obst = obstacles if obstacles is not None else boxes
    if not obst:
        return []
    height = max(b.y + b.h for b in obst.values()) + opts.margin
    strips = _Strips(obst, height)
    clear = max(opts.h_gap / 2, 2.0)
    ports: dict[str, int] = {}
    out: list[Edge] = []
    for j, (ln, s, t) in enumerate(_ends(forest, boxes)):
        a, b = boxes[s], boxes[t]
        frac = _TRACKS[j % len(_TRACKS)]
        pa = ports[s] = ports.get(s, -1) + 1
        pb = ports[t] = ports.get(t, -1) + 1
        ax = a.x + a.w * _PORTS[pa % len(_PORTS)]
        bx = b.x + b.w * _PORTS[pb % len(_PORTS)]
        sa, sb = strips.of(a), strips.of(b)
        if sa < sb:
            pts: list[Point] = [(ax, a.y + a.h)]
            x = ax
            for k in range(sa, sb):
                y = strips.channel(k, frac)
                nx = bx if k + 1 == sb else strips.gap(k + 1, bx, clear)
                pts += [(x, y), (nx, y)]
                x = nx
            pts.append((x, b.y))
        elif sa > sb:
            pts = [(ax, a.y)]
            x = ax
            for k in range(sa, sb, -1):
                y = strips.channel(k - 1, frac)
                nx = bx if k - 1 == sb else strips.gap(k - 1, bx, clear)
                pts += [(x, y), (nx, y)]
                x = nx
            pts.append((x, b.y + b.h))
        else:
            y = strips.channel(sa, frac)
            pts = [(ax, a.y + a.h), (ax, y), (bx, y), (bx, b.y + b.h)]
        out.append(Edge(s, t, ln.kind.value, clean_polyline(pts), id=ln.id, label=ln.label))
    return out
