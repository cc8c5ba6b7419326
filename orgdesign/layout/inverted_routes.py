"""The inverted chart's connectors, rows stacked top to bottom, and the finished layout.

Every team's *trunk* runs from the channel next to its row to its
manager's card, crossing the rows in between through gaps (planned in x
first, :class:`.channels.RowGaps`); each manager's trunks get their own
track in every channel they use (:class:`.channels.Channels`).  Once the
channels have their heights, the rows get their y and every card its
reporting line: a flat team's cards drop straight onto the trunk, a stack's
cards join its spine from the side.  Segments reach their points of contact
the same way.

Works on the placed teams of :mod:`.inverted` (anything with the attributes
of its ``_Team``).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from itertools import chain, islice, repeat
from operator import add, attrgetter
from typing import Any

from .channels import Channels, RowGaps
from .forest import Forest
from .geometry import Band, Box, Edge, Layout, Point
from .options import LayoutOptions
from .secondary import clean_polyline, route_secondary

_Team = Any  # inverted._Team (imported there from here: no import cycle)
_HEIGHT = attrgetter("height")


def _plan_trunks(rows: list[list[_Team]], team_of: list, cx: list[float],
                 gaps: list[RowGaps], spans: list[list[tuple]], clear: float) -> None:
    """Plan every team's trunk to its manager; record its span in each channel it runs
    along, owned by the manager (see :class:`.channels.Channels`).

    ``t.x0`` gets the x where the trunk crosses its first channel, ``t.turns`` the
    channels after it where that x changes, with the new x (None if none).
    """
    # RowGaps.cross(), inlined: it runs for every row every trunk crosses
    gx0 = [g.x0 for g in gaps]
    gx1 = [g.x1 for g in gaps]
    inf = math.inf
    for row in islice(rows, 1, None):
        for t in row:
            m = t.manager
            if m <= 0:
                continue
            start = t.row
            mrow = t.mrow = team_of[m].row
            tx = cx[m]
            if t.spine >= 0:
                lo = hi = t.x + t.spine
            else:
                lo = t.lo
                hi = t.hi
            if mrow > start:  # down: channel k lies above row k + 1
                k = start
                last = mrow - 1
                step = off = 1
            else:  # up: channel k - 1 lies above row k
                k = start - 1
                last = mrow
                step = -1
                off = 0
            turns = None
            px = None
            while True:
                if k == last:
                    nx = tx
                else:  # where the trunk crosses the next row, between its blocks
                    r = k + off
                    x0 = gx0[r]
                    if not x0:
                        nx = tx
                    else:
                        x1 = gx1[r]
                        i = bisect_right(x0, tx) - 1
                        if i >= 0 and tx < x1[i]:
                            a = x0[i]
                            z = x1[i]
                            h = (a - (x1[i - 1] if i > 0 else -inf)) / 2
                            left = a - (h if h < clear else clear)
                            h = ((x0[i + 1] if i + 1 < len(x0) else inf) - z) / 2
                            right = z + (h if h < clear else clear)
                            nx = left if tx - left <= right - tx else right
                        else:
                            a = x1[i] if i >= 0 else -inf
                            z = x0[i + 1] if i + 1 < len(x0) else inf
                            h = (z - a) / 2
                            c = h if h < clear else clear
                            a += c
                            nx = a if a > tx else tx
                            z -= c
                            if z < nx:
                                nx = z
                a, b = (lo, nx) if lo <= nx else (nx, lo)
                spans[k].append((a, hi if hi > b else b, m))
                if px is None:
                    px = t.x0 = nx
                elif nx != px:
                    if turns is None:
                        turns = [(k, nx)]
                    else:
                        turns.append((k, nx))
                    px = nx
                if k == last:
                    break
                lo = hi = nx
                k += step
            t.turns = turns


def _segment_plans(forest: Forest, rows: list[list[_Team]], team_of: list, cx: list[float],
                   gaps: list[RowGaps], ch: Channels, clear: float) -> list[tuple]:
    """Plan every segment's lines to its points of contact: (segment, its team, the
    contact's index, the side a stacked contact is reached from (0: from above),
    the channels crossed with the x in each)."""
    segs = forest.scenario.segments
    if not segs:
        return []
    cross = [g.cross for g in gaps]

    def plan(start_row: int, end_row: int, xs: list[float], tx: float, owner) -> list:
        """Channels and crossing x from ``start_row`` to ``end_row`` ending at ``tx``."""
        steps = []
        lo = min(xs)
        hi = max(xs)
        down_ = end_row > start_row
        ks = range(start_row, end_row) if down_ else range(start_row - 1, end_row - 1, -1)
        for k in ks:
            nxt = k + 1 if down_ else k
            nx = tx if nxt == end_row else cross[nxt](tx, clear)
            ch.use(k, owner, min(lo, nx), max(hi, nx))
            steps.append((k, nx))
            lo = hi = nx
        return steps

    seg_plans = []
    index = forest.position
    seg_team = {t.members[0]: t for t in rows[0]}
    for j, s in enumerate(segs):
        st = seg_team[-1 - j]
        sx = st.x + st.width / 2
        for c in s.contacts:
            ci = index.get(c)
            if ci is None or ci == 0:
                continue
            ct = team_of[ci]
            if ct.spine >= 0:  # stacked: come down the outer side of the stack
                side = 1 if ct.members.index(ci) % 2 else -1
                tx = ct.x - clear if side < 0 else ct.x + ct.width + clear
            else:
                side = 0
                tx = cx[ci]
            seg_plans.append((s, st, ci, side, plan(0, ct.row, [sx], tx, ("s", j))))
    return seg_plans


def finish(forest: Forest, opts: LayoutOptions, rows: list[list[_Team]], row_band: list[str],
           team_of: list, ux: list[float], cx: list[float], bw: list[float],
           bh: list[float], layers: list[str], seg_boxes, gaps: list[RowGaps]) -> Layout:
    """Route the connectors of placed rows, stack the rows, and return the Layout.

    ``ux`` holds the left edges of flat teams' cards, ``cx`` their centres;
    the cards of stacks are placed here.  ``gaps`` (each row's obstacles) is
    emptied once the routes are planned.
    """
    ids = forest.ids
    n = len(ids)
    gap = opts.h_gap
    clear = max(gap / 2, 2.0)
    n_rows = len(rows)
    ch = Channels(n_rows)
    _plan_trunks(rows, team_of, cx, gaps, ch.spans, clear)
    #@plans
    seg_plans = _segment_plans(forest, rows, team_of, cx, gaps, ch, clear)
    #@segplans
    # the rows' gaps and the spans are done with: free them before the cards and
    # lines are made, which then reuse their memory rather than fresh pages
    gaps.clear()
    ch.assign(gap / 2)
    #@assign

    # vertical: rows and channels top to bottom
    row_h = [max(map(_HEIGHT, row), default=0.0) for row in rows]
    tops: list[float] = []
    ch_tops: list[float] = []
    ch_h: list[float] = []
    y = opts.margin + opts.band_pad
    for k in range(n_rows):
        tops.append(y)
        y += row_h[k]
        if k + 1 < n_rows:
            boundary = row_band[k] != row_band[k + 1]
            need = max(opts.v_gap, 2 * opts.band_pad + 12) if boundary else opts.v_gap
            h = ch.height(k, need, opts.track_gap)
            ch_tops.append(y)
            ch_h.append(h)
            y += h
    bottom = y + opts.band_pad
    ch.place(ch_tops, ch_h, opts.track_gap)
    #@vertical

    uy = [0.0] * n  # top edges of the cards
    for k in range(1, n_rows):
        top = tops[k]
        for t in rows[k]:
            if t.spine < 0:
                for i in t.members:
                    uy[i] = top
    tracks = (ch.ys, ch.track)  # per channel: the y of each track; each owner's track
    e_to: list[int] = []
    e_pts: list[list[Point]] = []
    for k in range(1, n_rows):
        top = tops[k]
        for t in rows[k]:
            if t.manager <= 0:
                if t.spine >= 0:
                    _place_stack(t, top, ux, uy, bw, bh)
                continue
            e_to += t.members
            _team_lines(t, top, tracks, ux, uy, cx, bw, bh, e_pts)
    #@edgepts
    get = ids.__getitem__
    # in team order: a team's lines were made together and share the manager
    edges: list[Edge] = list(map(Edge, map(get, map(forest.up.__getitem__, e_to)),
                                 map(get, e_to), repeat("reporting"), e_pts))
    del e_pts
    #@edges

    boxes: dict[str, Box] = {}
    seg_team = {t.members[0]: t for t in rows[0]}
    for j, (sid, w, h, kind, label) in enumerate(seg_boxes):
        t = seg_team[-1 - j]
        boxes[sid] = Box(t.x, tops[0], w, h, kind, 0, "customer", label)
    seg_right = [b.x + b.w for b in boxes.values()]
    # cards in tree order (segments first): the ids and sizes are read in the
    # order they sit in memory, several times faster at 100,000 units than row order
    hidden = forest.hidden
    if hidden:
        hids = [hidden.get(u, 0) for u in islice(ids, 1, None)]
        kinds = ["collapsed" if h else "unit" for h in hids]
    else:
        hids = repeat(0)  # type: ignore[assignment]
        kinds = repeat("unit")  # type: ignore[assignment]
    boxes.update(zip(islice(ids, 1, None),
                     map(Box, islice(ux, 1, None), islice(uy, 1, None), islice(bw, 1, None),
                         islice(bh, 1, None), kinds, hids, islice(layers, 1, None)),
                     strict=True))
    #@boxes

    for s, st, ci, side, steps in seg_plans:
        owner = ("s", forest.scenario.segments.index(s))
        sx = st.x + st.width / 2
        pts = [(sx, tops[0] + st.height)]
        x = sx
        for k, nx in steps:
            yk = ch.y(k, owner)
            pts += [(x, yk), (nx, yk)]
            x = nx
        if side == 0:
            pts.append((x, uy[ci]))
        else:
            mid = uy[ci] + bh[ci] / 2
            pts += [(x, mid), (ux[ci] if side < 0 else ux[ci] + bw[ci], mid)]
        edges.append(Edge(s.id, ids[ci], "segment-contact", clean_polyline(pts)))
    #@segedges

    right = max(chain(map(add, islice(ux, 1, None), islice(bw, 1, None)), seg_right))
    total_w = right + opts.margin
    bands = _bands(rows, row_band, tops, row_h, ch_tops, ch_h, bottom, opts, total_w)
    layout = Layout(view="inverted", width=total_w, height=bottom + opts.margin, boxes=boxes,
                    edges=edges, bands=bands, parked=list(forest.parked),
                    scenario_id=forest.scenario.id)
    if forest.scenario.lines:
        layout.edges.extend(route_secondary(forest, boxes, opts))
    return layout


def _team_lines(t: _Team, top: float, tracks: tuple[list[list[float]], list[dict]],
                ux: list[float], uy: list[float],
                cx: list[float], bw: list[float], bh: list[float],
                out: list[list[Point]]) -> None:
    """Append the points of the reporting lines of ``t``'s cards to ``out``, in card
    order (and place a stack's cards on the way; ``top`` is the row's top)."""
    m = t.manager
    down_ = t.mrow > t.row
    px = t.x0
    ys, tr = tracks
    k = t.row if down_ else t.row - 1
    y0 = ys[k][tr[k][m]]
    # the trunk from the team's first channel to the manager's card: a turn
    # only where the crossing x changes (what clean_polyline() would leave of
    # a turn in every channel; it does the job when two x are almost equal)
    trunk: list[Point] = [(px, y0)]
    turns = t.turns
    if turns is not None:
        for k, nx in turns:
            if -1e-9 < nx - px < 1e-9:
                trunk = clean_polyline(_raw_trunk(t, tracks, uy, cx, bh))
                break
            yk = ys[k][tr[k][m]]
            trunk.append((px, yk))
            trunk.append((nx, yk))
            px = nx
        else:
            trunk.append((cx[m], uy[m] if down_ else uy[m] + bh[m]))
    else:
        trunk.append((cx[m], uy[m] if down_ else uy[m] + bh[m]))
    t0x = trunk[0][0]
    ms = t.members
    if t.spine >= 0:  # stacked: along the row to the spine, down the spine
        x = t.x
        sx = x + t.spine
        # every card's route is [card side, spine] + tail, reversed
        tail = trunk[1:] if sx == t0x else [(sx, y0)] + trunk
        if sx != t0x and -1e-9 < sx - t0x < 1e-9:
            _place_stack(t, top, ux, uy, bw, bh)
            for j, i in enumerate(ms):
                mid = uy[i] + bh[i] / 2
                ex = ux[i] if j % 2 else ux[i] + bw[i]
                out.append(clean_polyline([(ex, mid), (sx, mid)] + tail)[::-1])
            return
        rtail = tail[::-1]
        lw = t.lw
        xr = x + t.rx
        it = iter(ms)
        # a stack row at a time: left card (its line enters its right side), right card
        for y in map(add, repeat(top), t.dy):
            a = next(it)
            w = bw[a]
            u = ux[a] = x + (lw - w)
            uy[a] = y
            mid = y + bh[a] / 2
            out.append([*rtail, (sx, mid), (u + w, mid)])
            b = next(it, -1)
            if b < 0:
                break
            ux[b] = xr
            uy[b] = y
            mid = y + bh[b] / 2
            out.append([*rtail, (sx, mid), (xr, mid)])
    else:  # flat: straight down (or up) from each card to the bus
        rtrunk = trunk[::-1]
        rrest = rtrunk[:-1]
        for i in ms:
            c = cx[i]
            yb = top + bh[i] if down_ else top
            if c == t0x:
                out.append([*rrest, (c, yb)])
            elif -1e-9 < c - t0x < 1e-9:
                out.append(clean_polyline([(c, yb), (c, y0)] + trunk)[::-1])
            else:
                out.append([*rtrunk, (c, y0), (c, yb)])


def _raw_trunk(t: _Team, tracks: tuple[list[list[float]], list[dict]], uy: list[float],
               cx: list[float], bh: list[float]) -> list[Point]:
    """A trunk with a turn in every channel (for :func:`clean_polyline` to tidy)."""
    m = t.manager
    down_ = t.mrow > t.row
    step = 1 if down_ else -1
    k = t.row if down_ else t.row - 1
    last = t.mrow - 1 if down_ else t.mrow
    ys, tr = tracks
    new_x = dict(t.turns or ())
    px = t.x0
    out: list[Point] = [(px, ys[k][tr[k][m]])]
    while k != last:
        k += step
        nx = new_x.get(k, px)
        yk = ys[k][tr[k][m]]
        out += [(px, yk), (nx, yk)]
        px = nx
    out.append((cx[m], uy[m] if down_ else uy[m] + bh[m]))
    return out


def _place_stack(t: _Team, top: float, ux: list[float], uy: list[float], bw: list[float],
                 bh: list[float]) -> None:
    """Place the cards of a stack whose top is at ``top``."""
    x = t.x
    lw = t.lw
    xr = x + t.rx
    it = iter(t.members)
    for y in map(add, repeat(top), t.dy):
        a = next(it)
        ux[a] = x + (lw - bw[a])
        uy[a] = y
        b = next(it, -1)
        if b < 0:
            break
        ux[b] = xr
        uy[b] = y


def _bands(rows, row_band, tops, row_h, ch_tops, ch_h, bottom, opts, total_w) -> list[Band]:
    out: list[Band] = []
    start = opts.margin
    for k in range(len(rows)):
        last = k + 1 == len(rows) or row_band[k + 1] != row_band[k]
        if not last:
            continue
        end = bottom if k + 1 == len(rows) else ch_tops[k] + ch_h[k] / 2
        x0 = opts.margin
        label = (x0, start, opts.band_gutter - opts.h_gap, end - start)
        out.append(Band(row_band[k], start, end, x0, total_w - opts.margin, label))
        start = end
    return out
