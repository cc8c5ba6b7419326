"""Orthogonal connectors between rows of boxes, on separate tracks.

Used by the inverted view.  Rows of boxes are stacked top to bottom with a
horizontal *channel* between each pair.  A connector leaves its box into
the next channel, runs along a *track* of that channel, drops through the
next row only in a gap between blocks, and so on to its target.  Each owner
(a manager's bus, a segment's lines) gets its own track in every channel it
uses, assigned greedily so that overlapping spans never share one; the
channel grows to hold its tracks.  Routes are planned in x first (rows and
gaps), the y of every track is known once the rows are stacked.
"""

from __future__ import annotations

import heapq
import math
from bisect import bisect_right
from collections.abc import Hashable
from itertools import islice
from operator import lt


class RowGaps:
    """The blocks of one row (sorted left edges and right edges) to find gaps in."""

    __slots__ = ("x0", "x1")

    def __init__(self, spans: list[tuple[float, float]]) -> None:
        spans.sort()
        self.x0 = [a for a, _ in spans]
        self.x1 = [b for _, b in spans]

    @classmethod
    def from_edges(cls, x0: list[float], x1: list[float]) -> RowGaps:
        """The same as ``RowGaps(list(zip(x0, x1)))``, cheaply when ``x0`` is increasing."""
        if all(map(lt, x0, islice(x0, 1, None))):
            self = cls.__new__(cls)
            self.x0 = x0
            self.x1 = x1
            return self
        return cls(list(zip(x0, x1, strict=True)))

    def cross(self, want: float, clear: float) -> float:
        """An x near ``want`` where a vertical line passes the row between blocks."""
        x0, x1 = self.x0, self.x1
        if not x0:
            return want
        i = bisect_right(x0, want) - 1
        if i >= 0 and want < x1[i]:
            lo = x1[i - 1] if i > 0 else -math.inf
            hi = x0[i + 1] if i + 1 < len(x0) else math.inf
            left = x0[i] - min(clear, (x0[i] - lo) / 2)
            right = x1[i] + min(clear, (hi - x1[i]) / 2)
            return left if want - left <= right - want else right
        lo = x1[i] if i >= 0 else -math.inf
        hi = x0[i + 1] if i + 1 < len(x0) else math.inf
        c = min(clear, (hi - lo) / 2)
        return min(max(want, lo + c), hi - c)


class Channels:
    """Track bookkeeping for the channels below rows ``0..n-2`` (channel k lies below row k)."""

    def __init__(self, n_rows: int) -> None:
        self.spans: list[dict[Hashable, list[float]]] = [{} for _ in range(max(n_rows - 1, 0))]
        self.track: list[dict[Hashable, int]] = []
        self.count: list[int] = []

    def use(self, k: int, owner: Hashable, a: float, b: float) -> None:
        """Record that ``owner`` runs from ``a`` to ``b`` in channel ``k``."""
        lo, hi = (a, b) if a <= b else (b, a)
        got = self.spans[k].get(owner)
        if got is None:
            self.spans[k][owner] = [lo, hi]
        else:
            if lo < got[0]:
                got[0] = lo
            if hi > got[1]:
                got[1] = hi

    def assign(self, sep: float) -> None:
        """Give every owner a track per channel; overlapping spans get different tracks."""
        self.track = []
        self.count = []
        heappush, heapreplace = heapq.heappush, heapq.heapreplace
        for spans in self.spans:
            owners = list(spans)
            ranges = list(spans.values())
            los = [r[0] for r in ranges]
            # by left end; a stable sort keeps equal ones in the order they came
            order = sorted(range(len(owners)), key=los.__getitem__)
            free: list[tuple[float, int]] = []  # (end of last span, track)
            tracks: dict[Hashable, int] = {}
            n = 0
            for j in order:
                lo, hi = ranges[j]
                if free and free[0][0] + sep <= lo:
                    # the track that frees first takes the span (pop, then push)
                    t = free[0][1]
                    heapreplace(free, (hi, t))
                else:
                    t = n
                    n += 1
                    heappush(free, (hi, t))
                tracks[owners[j]] = t
            self.track.append(tracks)
            self.count.append(n)

    def height(self, k: int, minimum: float, track_gap: float) -> float:
        """Height channel ``k`` needs for its tracks (at least ``minimum``)."""
        return max(minimum, (self.count[k] + 1) * track_gap)

    def place(self, tops: list[float], heights: list[float], track_gap: float) -> None:
        """Fix the y of every track, given each channel's top and height."""
        self.ys: list[list[float]] = []
        for k, n in enumerate(self.count):
            first = tops[k] + (heights[k] - (n - 1) * track_gap) / 2
            self.ys.append([first + t * track_gap for t in range(n)])

    def y(self, k: int, owner: Hashable) -> float:
        """y of ``owner``'s track in channel ``k``."""
        return self.ys[k][self.track[k][owner]]
