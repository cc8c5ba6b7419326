"""Connectors of the rings view: radial spokes and arcs between the rings.

A connector leaves its card along the ray from the centre (outwards, or
inwards when its target lies on an inner ring), runs along an arc in the
free channel outside a ring, and crosses a ring only between two cards, so
lines never run over cards and read like the rings themselves.  Each owner
(a manager, a segment, a secondary line) gets its own track (radius) in
every channel it uses; channels grow to hold their tracks.

Planning needs only angles (rings and crossing points); once the radii are
known, :meth:`RingRoutes.polylines` turns plans into points.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass

from .channels import Channels
from .geometry import Box, Point

TWO_PI = 2 * math.pi
#: Where, across a channel, successive secondary lines run (fractions of its width).
_FRACTIONS = (0.5, 0.25, 0.75, 0.375, 0.625)
#: Largest angle between two points of a drawn arc.
ARC_STEP = math.radians(3)


def _near(a: float, b: float) -> float:
    """``b`` shifted by whole turns to lie within half a turn of ``a``."""
    return b + TWO_PI * round((a - b) / TWO_PI)


@dataclass(slots=True)
class Plan:
    """A connector's route as angles: start, then (channel, angle reached) steps, end."""

    source: str
    target: str
    kind: str
    owner: Hashable
    start: float
    steps: list[tuple[int, float, int]]  # channel, angle reached, ring crossed there (-1: end)
    outward: bool
    end_outward: bool
    id: str | None = None
    label: str = ""


class RingRoutes:
    """Plans connectors between cards on rings ``0..n-1`` (0 is the centre disc)."""

    def __init__(self, ring_angles: list[list[float]]) -> None:
        self.angles = [sorted(a % TWO_PI for a in ring) for ring in ring_angles]
        self.channels = Channels(len(ring_angles) + 1)
        self.plans: list[Plan] = []
        self.extra: list[Plan] = []  # secondary lines: routed, but never widen a channel

    def _cross(self, ring: int, want: float) -> float:
        """An angle midway between two neighbouring cards of ``ring``, near ``want``."""
        ang = self.angles[ring]
        if not ang:
            return want
        if len(ang) == 1:
            return _near(want, ang[0] + math.pi)
        w = want % TWO_PI
        i = bisect_right(ang, w)
        # the neighbours of ``w``: cards i-1 and i (wrapping); try the gaps on both sides
        best = None
        for k in (i - 2, i - 1, i):
            a = ang[k % len(ang)] + TWO_PI * (k // len(ang))
            b = ang[(k + 1) % len(ang)] + TWO_PI * ((k + 1) // len(ang))
            mid = _near(want, (a + b) / 2)
            if best is None or abs(mid - want) < abs(best - want):
                best = mid
        assert best is not None
        return best

    def add(self, source: str, target: str, kind: str, owner: Hashable, a: float, ka: int,
            b: float, kb: int, id_: str | None = None, label: str = "",
            secondary: bool = False) -> None:
        """Plan a connector from angle ``a`` on ring ``ka`` to angle ``b`` on ring ``kb``.

        A ``secondary`` connector gets no track of its own: it runs at a fixed
        fraction of each channel, so adding one never moves a card.
        """
        steps: list[tuple[int, float, int]] = []
        cur = a
        if kb == ka:
            chans = [ka]
        elif kb > ka:
            chans = list(range(ka, kb))
        else:
            chans = list(range(ka - 1, kb - 1, -1))
        for j, ch in enumerate(chans):
            last = j + 1 == len(chans)
            nxt_ring = ch + 1 if kb > ka else ch
            nxt = _near(cur, b) if last else self._cross(nxt_ring, _near(cur, b))
            if not secondary:
                self.channels.use(ch, owner, cur, nxt)
            steps.append((ch, nxt, -1 if last else nxt_ring))
            cur = nxt
        plan = Plan(source, target, kind, owner, a, steps, kb >= ka, kb <= ka, id_, label)
        (self.extra if secondary else self.plans).append(plan)

    def set_cards(self, ring_cards: list[list[str]]) -> None:
        """Name the cards of each ring (same order as the angles given at construction)."""
        self.cards = ring_cards
        self.spans: dict[int, tuple[list[float], list[float]]] = {}

    def _free(self, ring: int, want: float, boxes: dict[str, Box], cx: float,
              cy: float) -> float:
        """An angle near ``want`` at which a spoke crosses ``ring`` without touching a card."""
        got = self.spans.get(ring)
        if got is None:
            got = self.spans[ring] = _occupied([_span(boxes[k], cx, cy)
                                                for k in self.cards[ring]])
        lo, hi = got
        if not lo:
            return want
        n = len(lo)
        base = want - TWO_PI * math.floor((want - lo[0]) / TWO_PI)  # into [lo[0], lo[0] + 2pi)
        i = bisect_right(lo, base) - 1  # the occupied stretch starting last before ``base``
        best = want
        best_d = math.inf
        for k in (i - 1, i):  # the free gaps on either side (wrapping around)
            kk = k % n
            turn = TWO_PI * (k // n)
            start = hi[kk] + turn
            end = lo[(kk + 1) % n] + turn + (TWO_PI if kk + 1 == n else 0.0)
            margin = min((end - start) / 2, 0.01)
            a = min(max(base, start + margin), end - margin)
            if abs(a - base) < best_d:
                best, best_d = a, abs(a - base)
        return want + (best - base)

    def polylines(self, boxes: dict[str, Box], cx: float, cy: float, track_radius,
                  channel: list[tuple[float, float]]) -> list[tuple[Plan, list[Point]]]:
        """Points of every planned connector.

        ``track_radius(channel, owner)`` gives the radius of an owner's track,
        ``channel[k]`` the inner radius and width of channel k.
        """
        out = []
        for j, p in enumerate(self.plans + self.extra):
            sb, tb = boxes[p.source], boxes[p.target]
            pts: list[Point] = [_ray_exit(sb, cx, cy, p.start, p.outward)]
            cur = p.start
            secondary = j >= len(self.plans)
            for ch, nxt, ring in p.steps:
                if ring >= 0:  # cross the ring where no card is in the way
                    nxt = self._free(ring, nxt, boxes, cx, cy)
                if secondary:
                    lo, width = channel[ch]
                    r = lo + width * _FRACTIONS[j % len(_FRACTIONS)]
                else:
                    r = track_radius(ch, p.owner)
                pts.extend(_arc(cx, cy, r, cur, nxt))
                cur = nxt
            pts.append(_ray_exit(tb, cx, cy, cur, p.end_outward))
            out.append((p, pts))
        return out


def _span(b: Box, cx: float, cy: float) -> tuple[float, float]:
    """Angles (unwrapped around the card's own) under which a card is seen from the centre."""
    mid = math.atan2(b.cy - cy, b.cx - cx)
    angles = [_near(mid, math.atan2(y - cy, x - cx))
              for x in (b.x, b.x + b.w) for y in (b.y, b.y + b.h)]
    return min(angles), max(angles)


def _occupied(spans: list[tuple[float, float]]) -> tuple[list[float], list[float]]:
    """Merge card spans into disjoint occupied stretches of the circle (sorted)."""
    lo: list[float] = []
    hi: list[float] = []
    for a, b in sorted(spans):
        if hi and a <= hi[-1]:
            hi[-1] = max(hi[-1], b)
        else:
            lo.append(a)
            hi.append(b)
    while len(lo) > 1 and hi[-1] - TWO_PI >= lo[0]:  # the last stretch runs into the first
        lo[0] = lo.pop() - TWO_PI
        hi[0] = max(hi[0], hi.pop() - TWO_PI)
    if lo and hi[-1] - lo[0] >= TWO_PI:  # no gap at all: nothing to aim for
        return [], []
    return lo, hi


def _arc(cx: float, cy: float, r: float, a: float, b: float) -> list[Point]:
    n = max(1, math.ceil(abs(b - a) / ARC_STEP))
    return [(cx + r * math.cos(a + (b - a) * k / n), cy + r * math.sin(a + (b - a) * k / n))
            for k in range(n + 1)]


def _ray_exit(b: Box, cx: float, cy: float, angle: float, outward: bool) -> Point:
    """Where the ray at ``angle`` through the box's centre leaves the box (out- or inwards)."""
    dx, dy = math.cos(angle), math.sin(angle)
    if not outward:
        dx, dy = -dx, -dy
    bx, by = b.cx, b.cy
    sx = (b.w / 2) / abs(dx) if abs(dx) > 1e-12 else math.inf
    sy = (b.h / 2) / abs(dy) if abs(dy) > 1e-12 else math.inf
    s = min(sx, sy)
    return (bx + dx * s, by + dy * s)
