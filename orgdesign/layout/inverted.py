"""The inverted chart: customer on top, front line below it, management at the bottom.

Bands from the top: customer (segments), customer-contact, support,
management.  A unit's band is its layer (explicit or inferred), never its
depth.  Inside a band, rows are ordered by *height within the band*: units
with no report in their own band form the top row (the front line right
under the customer), their managers the next row, and so on, so every
reporting line inside a band runs downwards and the top manager sits alone
at the very bottom.

Horizontal order follows the tree: every unit wants the x its subtree would
have if all leaves stood in one row, scaled to the chart's width; a row is a
sequence of *teams* (runs of siblings), placed as close to those x as
possible without overlap (least squares, pool-adjacent-violators).  A row
wider than the chart first stacks its larger leaf teams in two columns
around a spine, then wraps into several rows.  Connectors are routed through
the channels between rows on their own tracks (:mod:`.channels`); segments
connect to their points of contact the same way.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from functools import reduce
from itertools import accumulate, islice, repeat
from operator import add, attrgetter, mul

from .channels import Channels, RowGaps
from .forest import Forest, layer_values
from .geometry import CUSTOMER_ID, Band, Box, Edge, Layout, Point
from .options import LayoutOptions
from .secondary import clean_polyline, route_secondary

LAYER_BANDS = ("customer-contact", "support", "management")
_WIDTH = attrgetter("width")
_WANT = attrgetter("want")
_HEIGHT = attrgetter("height")
_BAND_OF = {name: i for i, name in enumerate(LAYER_BANDS, 1)}


@dataclass(slots=True)
class _Team:
    """Siblings side by side in one row (flat) or stacked around a spine."""

    members: list[int]
    manager: int
    want: float  # desired centre x
    width: float = 0.0
    height: float = 0.0
    dx: list[float] | None = None
    dy: list[float] | None = None
    side: list[int] | None = None
    spine: float = -1.0  # stacked: spine offset from the left edge; flat: -1
    x: float = 0.0
    row: int = 0


def pava(want_left: list[float], widths: list[float], gap: float) -> list[float]:
    """Left edges closest (least squares) to ``want_left`` keeping order and ``gap``."""
    off = 0.0
    offs = []
    sums: list[float] = []
    counts: list[int] = []
    for w_left, w in zip(want_left, widths, strict=True):
        offs.append(off)
        s = w_left - off
        c = 1
        while sums and sums[-1] * c >= s * counts[-1]:  # previous mean >= this one: pool
            s += sums.pop()
            c += counts.pop()
        sums.append(s)
        counts.append(c)
        off += w + gap
    out: list[float] = []
    for s, c in zip(sums, counts, strict=True):
        out.extend([s / c] * c)
    return [q + o for q, o in zip(out, offs, strict=True)]


def _rows_in_band(forest: Forest, band: list[int]) -> list[int]:
    """Height of each unit within its band (0 = no report in the same band below it)."""
    up = forest.up
    n = len(up)
    row = [0] * n
    c1 = [-1] * n
    c2 = [-1] * n
    c3 = [-1] * n
    for i in range(n - 1, 0, -1):
        x1, x2, x3 = c1[i], c2[i], c3[i]
        b = band[i]
        if b == 1:
            r = x1 = x1 + 1
        elif b == 2:
            r = x2 = x2 + 1
        else:
            r = x3 = x3 + 1
        row[i] = r
        p = up[i]
        if p > 0:
            if x1 > c1[p]:
                c1[p] = x1
            if x2 > c2[p]:
                c2[p] = x2
            if x3 > c3[p]:
                c3[p] = x3
    return row


def _wanted_x(forest: Forest, widths: list[float], gap: float) -> tuple[list[float], float]:
    """Each unit's x if all leaves stood in one row in tree order; and that row's width."""
    down = forest.down
    n = len(down)
    first = [0.0] * n
    last = [0.0] * n
    cum = 0.0
    for i in range(1, n):
        if not down[i]:
            c = cum + widths[i] / 2
            first[i] = last[i] = c
            cum += widths[i] + gap
    for i in range(n - 1, 0, -1):
        ks = down[i]
        if ks:
            first[i] = first[ks[0]]
            last[i] = last[ks[-1]]
    return [(a + b) / 2 for a, b in zip(first, last, strict=True)], max(cum - gap, 0.0)


def _teams(members: list[int], want: list[float], up: list[int]) -> list[_Team]:
    members.sort(key=want.__getitem__)
    teams: list[_Team] = []
    cur: list[int] = []
    cur_m = -2  # no manager index
    for i in members:
        m = up[i]
        if m == cur_m:
            cur.append(i)
        else:
            cur = [i]
            cur_m = m
            teams.append(_Team(cur, m, 0.0))
    get = want.__getitem__
    for t in teams:
        ms = t.members
        t.want = sum(map(get, ms)) / len(ms)
    return teams


def _flat(t: _Team, bw: list[float], bh: list[float], gap: float) -> None:
    ms = t.members
    # x += w + gap, member by member, as accumulate does it (same rounding)
    xs = list(accumulate(map(add, map(bw.__getitem__, ms), repeat(gap)), initial=0.0))
    t.width = xs.pop() - gap
    t.dx = xs
    t.dy = [0.0] * len(ms)
    t.height = max(map(bh.__getitem__, ms))
    t.spine = -1.0


def _stack(t: _Team, bw: list[float], bh: list[float], opts) -> None:
    """Two columns around a spine, row by row (as :func:`compact.stack_block`)."""
    half = opts.stack_indent / 2
    gap = opts.stack_gap
    ms = t.members
    n = len(ms)
    ws = list(map(bw.__getitem__, ms))
    hs = list(map(bh.__getitem__, ms))
    lw = max(ws[0::2])
    rw = max(ws[1::2])
    spine = lw + half
    dx = [spine + half] * n
    dx[0::2] = [lw - w for w in ws[0::2]]
    hl = hs[0::2]
    hr = hs[1::2]
    # a row is as tall as its taller card; the last row may hold one card
    rows = [a if a >= b else b for a, b in zip(hl, hr, strict=False)]  # max(a, b), first on ties
    if n % 2:
        rows.append(hl[-1])
    ds = list(accumulate([r + gap for r in rows], initial=0.0))
    end = ds.pop()
    dy = [0.0] * n
    dy[0::2] = ds
    dy[1::2] = ds[:len(hr)]
    side = [-1, 1] * (n // 2)
    if n % 2:
        side.append(-1)
    t.dx, t.dy, t.side = dx, dy, side
    t.width, t.height, t.spine = lw + opts.stack_indent + rw, end - gap, spine


def _pack_row(teams: list[_Team], ids, down, bw, bh, width: float, opts) -> list[list[_Team]]:
    """Split one band row into sub-rows no wider than ``width`` (stacking teams first)."""
    gap = opts.h_gap
    tgap = 2 * gap
    # widths only (as _flat() sums them): the cards of a team that ends up
    # stacked are never placed flat
    for t in teams:
        t.width = reduce(add, map(add, map(bw.__getitem__, t.members), repeat(gap)), 0.0) - gap
    total = sum(map(_WIDTH, teams)) + tgap * (len(teams) - 1)
    if total > width:
        stacked: list[_Team] = []
        most = 2 * opts.stack_rows
        for t in teams:
            if len(t.members) < 3 or any(map(down.__getitem__, t.members)):
                stacked.append(t)
                continue
            # a big team becomes several stacks side by side, none taller than stack_rows
            ms = t.members
            for k in range(0, len(ms), most):
                part = _Team(ms[k:k + most], t.manager, t.want) if len(ms) > most else t
                if len(part.members) >= 3:
                    _stack(part, bw, bh, opts)
                else:
                    part.width = reduce(add, map(add, map(bw.__getitem__, part.members),
                                                 repeat(gap)), 0.0) - gap
                stacked.append(part)
        teams[:] = stacked
        total = sum(map(_WIDTH, teams)) + tgap * (len(teams) - 1)
    k = min(opts.max_wraps, max(1, math.ceil(total / (width * 0.92))))
    if k == 1:
        return [teams]
    # deal teams, in x order, to the sub-row that is free soonest
    rows: list[list[_Team]] = [[] for _ in range(k)]
    front = [-math.inf] * k
    for t in teams:
        r = front.index(min(front))  # the first of the soonest free
        left = max(t.want - t.width / 2, front[r])
        front[r] = left + t.width + tgap
        rows[r].append(t)
    return [r for r in rows if r]


def inverted_layout(forest: Forest, sizes: Mapping[str, tuple[float, float]],
                    opts: LayoutOptions) -> Layout:
    """Lay out the inverted view of a visible forest (see the module docstring)."""
    ids, up, down = forest.ids, forest.up, forest.down
    n = len(ids)
    gap = opts.h_gap
    got = forest.sizes if forest.sizes is not None else [sizes[u] for u in forest.order]
    ws, hs = zip(*got, strict=True) if got else ((), ())
    # fresh copies, packed in tree order: the rows read them in row order, and
    # the caller's floats are spread over the heap (same values: w + 0.0 == w)
    bw = [0.0, *ws]
    bh = [0.0, *hs]
    layers = layer_values(forest)
    band_of = _BAND_OF.__getitem__
    band = [0, *map(band_of, layers[1:])]
    inrow = _rows_in_band(forest, band)
    want, natural = _wanted_x(forest, bw, gap)
    # sum((w + gap) * (h + v_gap)), in the same order, at C speed
    area = sum(map(mul, map(add, bw, repeat(gap)), map(add, bh, repeat(opts.v_gap))))
    width = opts.row_width or max(opts.min_row_width, math.sqrt(area * opts.aspect))
    scale = min(1.0, width / natural) if natural > 0 else 1.0
    if scale < 1.0:
        want = [w * scale for w in want]
    span = min(natural, width)

    # rows: customer, then every band's rows in order of height
    depth_in = max(inrow) + 1 if n > 1 else 0
    buckets: list[list[int]] = [[] for _ in range(4 * depth_in)]
    keys = map(add, map(mul, islice(band, 1, None), repeat(depth_in)), islice(inrow, 1, None))
    for i, key in enumerate(keys, 1):
        buckets[key].append(i)
    rows: list[list[_Team]] = []
    row_band: list[str] = []
    seg_teams, seg_boxes = _customer_row(forest, sizes, want, span, gap)
    rows.append(seg_teams)
    row_band.append("customer")
    for b in (1, 2, 3):
        r = 0
        while r < depth_in and buckets[b * depth_in + r]:
            teams_br = _teams(buckets[b * depth_in + r], want, up)
            for sub in _pack_row(teams_br, ids, down, bw, bh, width, opts):
                rows.append(sub)
                row_band.append(LAYER_BANDS[b - 1])
            r += 1
    # horizontal placement, row by row
    for k, row in enumerate(rows):
        row.sort(key=_WANT)
        xs = pava([t.want - t.width / 2 for t in row], list(map(_WIDTH, row)), 2 * gap)
        for t, x in zip(row, xs, strict=True):
            t.x = x
            t.row = k
    lefts = [row[0].x for row in rows if row]
    dx = opts.margin + opts.band_gutter - min(lefts) if lefts else 0.0
    teams: list[_Team] = []
    placed: list[int] = []  # unit indices, row by row, team by team
    xs: list[float] = []  # their left edges
    of: list[int] = []  # their teams
    for k, row in enumerate(rows):
        for t in row:
            t.x += dx
            if k == 0:  # segments
                continue
            if t.dx is None:  # a flat team: place its cards now
                _flat(t, bw, bh, gap)
            x = t.x
            ms = t.members
            placed += ms
            xs += map(add, repeat(x), t.dx)  # type: ignore[arg-type]
            of += [len(teams)] * len(ms)
            teams.append(t)
    # scatter to unit indices with C-level loops
    ux = [0.0] * n  # left edges of unit boxes
    team_of = [0] * n
    deque(map(ux.__setitem__, placed, xs), maxlen=0)
    deque(map(team_of.__setitem__, placed, of), maxlen=0)
    return _finish(forest, sizes, opts, rows, row_band, teams, team_of, ux, bw, bh,
                   layers, seg_boxes, placed)


def _customer_row(forest: Forest, sizes, want: list[float], span: float, gap: float):
    """The customer row: one team per segment, or one generic customer box."""
    index = forest.position if forest.scenario.segments else {}
    teams: list[_Team] = []
    boxes: list[tuple[str, float, float, str, str]] = []  # id, w, h, kind, label
    segs = forest.scenario.segments
    for j, s in enumerate(segs):
        cs = [index[c] for c in s.contacts if c in index and c != ""]
        w, h = sizes[s.id]
        centre = sum(want[c] for c in cs) / len(cs) if cs else span / 2 + j
        boxes.append((s.id, w, h, "segment", s.name))
        teams.append(_Team([-1 - j], 0, centre, w, h, [0.0], [0.0]))
    if not segs:
        w, h = sizes[CUSTOMER_ID]
        boxes.append((CUSTOMER_ID, w, h, "customer", ""))
        teams.append(_Team([-1], 0, span / 2, w, h, [0.0], [0.0]))
    return teams, boxes


def _row_gaps(k: int, row: list[_Team], ux: list[float], bw: list[float]) -> RowGaps:
    """The obstacles of row ``k``: a stack is one (its spine is taken); a flat team
    leaves gaps between its members."""
    x0: list[float] = []
    x1: list[float] = []
    for t in row:
        if t.spine >= 0 or k == 0:
            x0.append(t.x)
            x1.append(t.x + t.width)
        else:
            ms = t.members
            lefts = list(map(ux.__getitem__, ms))
            x0 += lefts
            x1 += map(add, lefts, map(bw.__getitem__, ms))
    return RowGaps.from_edges(x0, x1)


def _finish(forest, sizes, opts, rows, row_band, teams, team_of, ux, bw, bh, layers,
            seg_boxes, placed: list[int]) -> Layout:
    ids = forest.ids
    n = len(ids)
    gap = opts.h_gap
    clear = max(gap / 2, 2.0)
    n_rows = len(rows)
    gaps = [_row_gaps(k, row, ux, bw) for k, row in enumerate(rows)]
    cross = [g.cross for g in gaps]
    ch = Channels(n_rows)
    spans = ch.spans
    cx = list(map(add, ux, [w / 2 for w in bw]))

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

    # plan every team's trunk to its manager (inlined plan(): one per team);
    # a plan is (team, manager, channels crossed, the x where it crosses each)
    plans = []
    add_plan = plans.append
    for row in rows[1:]:
        for t in row:
            m = t.manager
            if m <= 0:
                continue
            start = t.row
            mrow = teams[team_of[m]].row
            tx = cx[m]
            if t.spine >= 0:
                lo = hi = t.x + t.spine
            else:
                got = list(map(cx.__getitem__, t.members))
                lo = min(got)
                hi = max(got)
            if mrow > start:
                ks = range(start, mrow)
                xs = [cross[k + 1](tx, clear) for k in range(start, mrow - 1)]
            else:
                ks = range(start - 1, mrow - 1, -1)
                xs = [cross[k](tx, clear) for k in range(start - 1, mrow, -1)]
            xs.append(tx)
            for k, nx in zip(ks, xs, strict=True):
                sp = spans[k]
                a, b = (lo, nx) if lo <= nx else (nx, lo)
                if hi > b:
                    b = hi
                got = sp.get(m)
                if got is None:
                    sp[m] = [a, b]
                else:
                    if a < got[0]:
                        got[0] = a
                    if b > got[1]:
                        got[1] = b
                lo = hi = nx
            add_plan((t, m, mrow, ks, xs))
    seg_plans = []
    segs = forest.scenario.segments
    index = forest.position if segs else {}
    seg_team = {t.members[0]: t for t in rows[0]}
    for j, s in enumerate(segs):
        st = seg_team[-1 - j]
        sx = st.x + st.width / 2
        for c in s.contacts:
            ci = index.get(c)
            if ci is None or ci == 0:
                continue
            ct = teams[team_of[ci]]
            if ct.spine >= 0:  # stacked: come down the outer side of the stack
                side = ct.side[ct.members.index(ci)]
                tx = ct.x - clear if side < 0 else ct.x + ct.width + clear
            else:
                side = 0
                tx = cx[ci]
            seg_plans.append((s, st, ci, side, plan(0, ct.row, [sx], tx, ("s", j))))
    ch.assign(gap / 2)

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

    boxes: dict[str, Box] = {}
    seg_team = {t.members[0]: t for t in rows[0]}
    for j, (sid, w, h, kind, label) in enumerate(seg_boxes):
        t = seg_team[-1 - j]
        boxes[sid] = Box(t.x, tops[0], w, h, kind, 0, "customer", label)
    ys_placed: list[float] = []  # top edges, aligned with placed
    for row in rows[1:]:
        for t in row:
            top = tops[t.row]
            ys_placed += map(add, repeat(top), t.dy)  # type: ignore[arg-type]
    uy = [0.0] * n
    deque(map(uy.__setitem__, placed, ys_placed), maxlen=0)
    # cards in tree order (segments first): the ids and sizes are read in the
    # order they sit in memory, several times faster at 100,000 units than row order
    units = islice(ids, 1, None)
    hidden = forest.hidden
    if hidden:
        hids = [hidden.get(u, 0) for u in islice(ids, 1, None)]
        kinds = ["collapsed" if h else "unit" for h in hids]
    else:
        hids = repeat(0)  # type: ignore[assignment]
        kinds = repeat("unit")  # type: ignore[assignment]
    made = list(map(Box, islice(ux, 1, None), islice(uy, 1, None), islice(bw, 1, None),
                    islice(bh, 1, None), kinds, hids, islice(layers, 1, None)))
    boxes.update(zip(units, made, strict=True))
    del made
    track_of = [dict(zip(tr, map(ys.__getitem__, tr.values()), strict=True))
                for ys, tr in zip(ch.ys, ch.track, strict=True)]
    # every reporting line's report and points, then the Edges at once
    e_to: list[int] = []
    e_pts: list[list[Point]] = []
    for t, m, mrow, ks, xs in plans:
        down_ = mrow > t.row
        y0 = track_of[ks[0]][m]
        # the trunk from the team's first channel to the manager's card: a turn
        # only where the crossing x changes (what clean_polyline() would leave of
        # a turn in every channel; it does the job when two x are almost equal)
        px = xs[0]
        trunk: list[Point] = [(px, y0)]
        raw = False
        for k, nx in zip(ks[1:], xs[1:], strict=True):
            if nx != px:
                if -1e-9 < nx - px < 1e-9:
                    trunk = _raw_trunk(ks, xs, track_of, m)
                    raw = True
                    break
                yk = track_of[k][m]
                trunk += [(px, yk), (nx, yk)]
                px = nx
        trunk.append((cx[m], uy[m] if down_ else uy[m] + bh[m]))
        if raw:
            trunk = clean_polyline(trunk)
        t0x = trunk[0][0]
        ms = t.members
        e_to += ms
        if t.spine >= 0:  # stacked: along the row to the spine, down the spine
            sx = t.x + t.spine
            # every card's route is [card side, spine] + tail, reversed
            tail = trunk[1:] if sx == t0x else [(sx, y0)] + trunk
            if sx != t0x and abs(sx - t0x) < 1e-9:
                for i, side in zip(ms, t.side, strict=True):  # type: ignore[arg-type]
                    mid = uy[i] + bh[i] / 2
                    ex = ux[i] if side > 0 else ux[i] + bw[i]
                    e_pts.append(clean_polyline([(ex, mid), (sx, mid)] + tail)[::-1])
                continue
            rtail = tail[::-1]
            e_pts += [rtail + [(sx, mid), (ux[i] if side > 0 else ux[i] + bw[i], mid)]
                      for i, side, mid in zip(ms, t.side,  # type: ignore[arg-type]
                                              [uy[i] + bh[i] / 2 for i in ms], strict=True)]
        else:  # flat: straight down (or up) from each card to the bus
            rtrunk = trunk[::-1]
            rrest = rtrunk[:-1]
            for i in ms:
                c = cx[i]
                yb = uy[i] + bh[i] if down_ else uy[i]
                if c == t0x:
                    e_pts.append(rrest + [(c, yb)])
                elif abs(c - t0x) < 1e-9:
                    e_pts.append(clean_polyline([(c, yb), (c, y0)] + trunk)[::-1])
                else:
                    e_pts.append(rtrunk + [(c, y0), (c, yb)])
    get = ids.__getitem__
    # in team order: a team's lines were made together and share the manager
    edges: list[Edge] = list(map(Edge, map(get, map(forest.up.__getitem__, e_to)),
                                 map(get, e_to), repeat("reporting"), e_pts))
    del e_pts
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

    right = max(b.x + b.w for b in boxes.values())
    total_w = right + opts.margin
    bands = _bands(rows, row_band, tops, row_h, ch_tops, ch_h, bottom, opts, total_w)
    layout = Layout(view="inverted", width=total_w, height=bottom + opts.margin, boxes=boxes,
                    edges=edges, bands=bands, parked=list(forest.parked),
                    scenario_id=forest.scenario.id)
    if forest.scenario.lines:
        layout.edges.extend(route_secondary(forest, boxes, opts))
    return layout


def _raw_trunk(ks, xs: list[float], track_of, m: int) -> list[Point]:
    """A trunk with a turn in every channel (for :func:`clean_polyline` to tidy)."""
    px = xs[0]
    out: list[Point] = [(px, track_of[ks[0]][m])]
    for k, nx in zip(ks[1:], xs[1:], strict=True):
        yk = track_of[k][m]
        out += [(px, yk), (nx, yk)]
        px = nx
    return out


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
