"""Connectors bucketed by where they run, so a repaint looks only at those it shows.

A chart of ten thousand cards has ten thousand connectors; at 100% the
window shows a few dozen.  :class:`EdgeIndex` sorts the connectors of a
layout into vertical strips by their horizontal extent when it is made (a
few C-level passes), and each strip into cells by vertical extent the first
time a repaint reaches it, so an edit that moves thousands of connectors
pays for the strips in view only.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from itertools import compress, groupby, repeat
from operator import attrgetter, eq, floordiv, itemgetter, not_

from orgdesign.layout import Edge

#: Side of a cell in layout px: a window at 100% meets a handful of them.
CELL = 2048.0

_points = attrgetter("points")
_x, _y = itemgetter(0), itemgetter(1)
_first, _second = _x, _y
_min_y = partial(min, key=_y)
_max_y = partial(max, key=_y)

#: a connector crossing strips or cells: (number, x0, y0, x1, y1)
Span = tuple[int, float, float, float, float]


class EdgeIndex:
    """Connector numbers (positions in ``edges``) by the cell they lie in."""

    def __init__(self, edges: Sequence[Edge], cell: float = CELL) -> None:
        self.cell = cell
        self._pts = [p if p else [(0.0, 0.0)] for p in map(_points, edges)]
        # min/max of (x, y) tuples order by x first: exact horizontal extents
        # without a Python-level loop over the points.
        self._x0 = x0 = list(map(_x, map(min, self._pts)))
        self._x1 = x1 = list(map(_x, map(max, self._pts)))
        c = repeat(cell)
        a = list(map(int, map(floordiv, x0, c)))
        b = map(int, map(floordiv, x1, repeat(cell)))
        alone = list(map(eq, a, b))
        # Group the connectors lying in one strip by strip, in C: sort (strip, number).
        pairs = sorted(zip(compress(a, alone), compress(range(len(a)), alone), strict=True))
        #: strip number -> connectors lying in that strip alone, ascending
        self._strips: dict[int, list[int]] = {
            k: list(map(_second, grp)) for k, grp in groupby(pairs, key=_first)}
        #: connectors crossing strips
        self._wide = list(compress(range(len(a)), map(not_, alone)))
        self._long: list[Span] | None = None
        #: strip number -> (row number -> connectors, connectors crossing rows)
        self._cells: dict[int, tuple[dict[int, list[int]], list[Span]]] = {}

    def _extent(self, ns: list[int]) -> list[Span]:
        pts = [self._pts[n] for n in ns]
        y0 = map(_y, map(_min_y, pts))
        y1 = map(_y, map(_max_y, pts))
        x0, x1 = self._x0, self._x1
        return [(n, x0[n], a, x1[n], b) for n, a, b in zip(ns, y0, y1, strict=True)]

    def _strip(self, i: int) -> tuple[dict[int, list[int]], list[Span]]:
        got = self._cells.get(i)
        if got is None:
            rows: dict[int, list[int]] = {}
            crossing: list[Span] = []
            c = self.cell
            for span in self._extent(self._strips.get(i, [])):
                a, b = int(span[2] // c), int(span[4] // c)
                if a == b:
                    rows.setdefault(a, []).append(span[0])
                else:
                    crossing.append(span)
            got = self._cells[i] = (rows, crossing)
        return got

    def meeting(self, x0: float, y0: float, x1: float, y1: float) -> list[int]:
        """Numbers of the connectors that may meet the rectangle, ascending."""
        c = self.cell
        out: list[int] = []
        a, b, d, e = int(x0 // c), int(y0 // c), int(x1 // c), int(y1 // c)
        strips = [i for i in self._strips if a <= i <= d] if d - a + 1 > len(self._strips) \
            else [i for i in range(a, d + 1) if i in self._strips]
        spans: list[Span] = []
        for i in strips:
            rows, crossing = self._strip(i)
            if e - b + 1 > len(rows):
                for j, got in rows.items():
                    if b <= j <= e:
                        out.extend(got)
            else:
                for j in range(b, e + 1):
                    found = rows.get(j)
                    if found:
                        out.extend(found)
            spans.extend(crossing)
        if self._long is None:
            self._long = self._extent(self._wide)
        spans.extend(self._long)
        out.extend(n for n, p, q, r, s in spans if p <= x1 and r >= x0 and q <= y1 and s >= y0)
        out.sort()
        return out
