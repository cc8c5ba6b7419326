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
from operator import itemgetter, lt


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
        # conditional expressions where min() and max() would do: this runs for
        # every row every trunk crosses (b if b < a else a is min(a, b), to the bit)
        x0 = self.x0
        if not x0:
            return want
        x1 = self.x1
        i = bisect_right(x0, want) - 1
        if i >= 0 and want < x1[i]:
            a = x0[i]
            z = x1[i]
            lo = x1[i - 1] if i > 0 else -math.inf
            hi = x0[i + 1] if i + 1 < len(x0) else math.inf
            h = (a - lo) / 2
            left = a - (h if h < clear else clear)
            h = (hi - z) / 2
            right = z + (h if h < clear else clear)
            return left if want - left <= right - want else right
        lo = x1[i] if i >= 0 else -math.inf
        hi = x0[i + 1] if i + 1 < len(x0) else math.inf
        h = (hi - lo) / 2
        c = h if h < clear else clear
        a = lo + c
        if a > want:
            want = a
        z = hi - c
        return z if z < want else want


class Channels:
    """Track bookkeeping for the channels below rows ``0..n-2`` (channel k lies below row k)."""

    def __init__(self, n_rows: int) -> None:
        #: per channel, every (left, right, owner) recorded, in order (an owner may
        #: come back: its spans merge into one, where it first came)
        self.spans: list[list[tuple[float, float, Hashable]]] = [
            [] for _ in range(max(n_rows - 1, 0))]
        self.track: list[dict[Hashable, int]] = []
        self.count: list[int] = []

    def use(self, k: int, owner: Hashable, a: float, b: float) -> None:
        """Record that ``owner`` runs from ``a`` to ``b`` in channel ``k``."""
        self.spans[k].append((a, b, owner) if a <= b else (b, a, owner))

    def assign(self, sep: float) -> None:
        """Give every owner a track per channel; overlapping spans get different tracks.

        Empties the recorded spans.
        """
        self.track = []
        self.count = []
        heappush, heapreplace = heapq.heappush, heapq.heapreplace
        for spans in self.spans:
            if len(set(map(_OWNER, spans))) < len(spans):
                spans = _merged(spans)
            # by left end; a stable sort keeps equal ones in the order they came
            spans.sort(key=_LEFT)
            free: list[tuple[float, int]] = []  # (end of last span, track)
            tracks: dict[Hashable, int] = {}
            n = 0
            for lo, hi, owner in spans:
                if free and free[0][0] + sep <= lo:
                    # the track that frees first takes the span (pop, then push)
                    t = free[0][1]
                    heapreplace(free, (hi, t))
                else:
                    t = n
                    n += 1
                    heappush(free, (hi, t))
                tracks[owner] = t
            self.track.append(tracks)
            self.count.append(n)
        self.spans = [[] for _ in self.spans]

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


_LEFT = itemgetter(0)
_OWNER = itemgetter(2)


def _merged(spans: list[tuple[float, float, Hashable]]) -> list[tuple[float, float, Hashable]]:
    """One span per owner, from its leftmost left end to its rightmost right end, where
    the owner first came."""
    got: dict[Hashable, list[float]] = {}
    for lo, hi, owner in spans:
        span = got.get(owner)
        if span is None:
            got[owner] = [lo, hi]
        else:
            if lo < span[0]:
                span[0] = lo
            if hi > span[1]:
                span[1] = hi
    return [(lo, hi, owner) for owner, (lo, hi) in got.items()]
