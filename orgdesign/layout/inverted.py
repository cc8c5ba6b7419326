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
from collections.abc import Mapping
from dataclasses import dataclass

from .channels import Channels, RowGaps
from .forest import Forest, layer_values
from .geometry import CUSTOMER_ID, Band, Box, Edge, Layout, Point
from .options import LayoutOptions
from .secondary import clean_polyline, route_secondary

LAYER_BANDS = ("customer-contact", "support", "management")
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
    for i in members:
        if teams and teams[-1].manager == up[i]:
            teams[-1].members.append(i)
        else:
            teams.append(_Team([i], up[i], 0.0))
    for t in teams:
        t.want = sum(want[i] for i in t.members) / len(t.members)
    return teams


def _flat(t: _Team, bw: list[float], bh: list[float], gap: float) -> None:
    dx = []
    x = 0.0
    for i in t.members:
        dx.append(x)
        x += bw[i] + gap
    t.dx = dx
    t.dy = [0.0] * len(dx)
    t.width = x - gap
    t.height = max(bh[i] for i in t.members)
    t.spine = -1.0


def _stack(t: _Team, bw: list[float], bh: list[float], opts) -> None:
    """Two columns around a spine, row by row (as :func:`compact.stack_block`)."""
    half = opts.stack_indent / 2
    ms = t.members
    left, right = ms[0::2], ms[1::2]
    lw = max(bw[i] for i in left)
    rw = max(bw[i] for i in right)
    spine = lw + half
    dx: list[float] = []
    dy: list[float] = []
    side: list[int] = []
    d = 0.0
    for k, i in enumerate(ms):
        if k % 2 == 0:
            dx.append(lw - bw[i])
            side.append(-1)
            row = bh[i] if k + 1 >= len(ms) else max(bh[i], bh[ms[k + 1]])
        else:
            dx.append(spine + half)
            side.append(1)
        dy.append(d)
        if k % 2 == 1 or k + 1 == len(ms):
            d += row + opts.stack_gap
    t.dx, t.dy, t.side = dx, dy, side
    t.width, t.height, t.spine = lw + opts.stack_indent + rw, d - opts.stack_gap, spine


def _pack_row(teams: list[_Team], ids, down, bw, bh, width: float, opts) -> list[list[_Team]]:
    """Split one band row into sub-rows no wider than ``width`` (stacking teams first)."""
    gap = opts.h_gap
    tgap = 2 * gap
    for t in teams:
        _flat(t, bw, bh, gap)
    total = sum(t.width for t in teams) + tgap * (len(teams) - 1)
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
                    _flat(part, bw, bh, gap)
                stacked.append(part)
        teams[:] = stacked
        total = sum(t.width for t in teams) + tgap * (len(teams) - 1)
    k = min(opts.max_wraps, max(1, math.ceil(total / (width * 0.92))))
    if k == 1:
        return [teams]
    # deal teams, in x order, to the sub-row that is free soonest
    rows: list[list[_Team]] = [[] for _ in range(k)]
    front = [-math.inf] * k
    for t in teams:
        r = min(range(k), key=front.__getitem__)
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
    bw = [0.0] + [sizes[u][0] for u in forest.order]
    bh = [0.0] + [sizes[u][1] for u in forest.order]
    layers = layer_values(forest)
    band = [0] + [_BAND_OF[v] for v in layers[1:]]
    inrow = _rows_in_band(forest, band)
    want, natural = _wanted_x(forest, bw, gap)
    area = sum((w + gap) * (h + opts.v_gap) for w, h in zip(bw, bh, strict=True))
    width = opts.row_width or max(opts.min_row_width, math.sqrt(area * opts.aspect))
    scale = min(1.0, width / natural) if natural > 0 else 1.0
    if scale < 1.0:
        want = [w * scale for w in want]
    span = min(natural, width)

    # rows: customer, then every band's rows in order of height
    buckets: dict[tuple[int, int], list[int]] = {}
    for i in range(1, n):
        buckets.setdefault((band[i], inrow[i]), []).append(i)
    rows: list[list[_Team]] = []
    row_band: list[str] = []
    seg_teams, seg_boxes = _customer_row(forest, sizes, want, span, gap)
    rows.append(seg_teams)
    row_band.append("customer")
    for b in (1, 2, 3):
        r = 0
        while (b, r) in buckets:
            teams_br = _teams(buckets[(b, r)], want, up)
            for sub in _pack_row(teams_br, ids, down, bw, bh, width, opts):
                rows.append(sub)
                row_band.append(LAYER_BANDS[b - 1])
            r += 1
    # horizontal placement, row by row
    for k, row in enumerate(rows):
        row.sort(key=lambda t: t.want)
        xs = pava([t.want - t.width / 2 for t in row], [t.width for t in row], 2 * gap)
        for t, x in zip(row, xs, strict=True):
            t.x = x
            t.row = k
    lefts = [row[0].x for row in rows if row]
    dx = opts.margin + opts.band_gutter - min(lefts) if lefts else 0.0
    team_of = [0] * n
    slot = [0] * n
    ux = [0.0] * n  # left edges of unit boxes
    teams: list[_Team] = []
    for k, row in enumerate(rows):
        for t in row:
            t.x += dx
            if k == 0:  # segments
                continue
            for j, i in enumerate(t.members):
                team_of[i] = len(teams)
                slot[i] = j
                ux[i] = t.x + t.dx[j]  # type: ignore[index]
            teams.append(t)
    return _finish(forest, sizes, opts, rows, row_band, teams, team_of, slot, ux, bw, bh,
                   layers, seg_boxes)


def _customer_row(forest: Forest, sizes, want: list[float], span: float, gap: float):
    """The customer row: one team per segment, or one generic customer box."""
    index = {u: i for i, u in enumerate(forest.ids)}
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


def _finish(forest, sizes, opts, rows, row_band, teams, team_of, slot, ux, bw, bh, layers,
            seg_boxes) -> Layout:
    ids = forest.ids
    n = len(ids)
    gap = opts.h_gap
    clear = max(gap / 2, 2.0)
    n_rows = len(rows)
    # a stack is one obstacle (its spine is taken); a flat team leaves gaps between members
    gaps = [RowGaps([(t.x, t.x + t.width) if t.spine >= 0 or k == 0 else
                     (ux[i], ux[i] + bw[i]) for t in row for i in (t.members[:1] if t.spine >= 0
                                                                 or k == 0 else t.members)])
            for k, row in enumerate(rows)]
    ch = Channels(n_rows)
    cx = [ux[i] + bw[i] / 2 for i in range(n)]

    def plan(start_row: int, end_row: int, xs: list[float], tx: float, owner) -> list:
        """Channels and crossing x from ``start_row`` to ``end_row`` ending at ``tx``."""
        steps = []
        lo = min(xs)
        hi = max(xs)
        down_ = end_row > start_row
        ks = range(start_row, end_row) if down_ else range(start_row - 1, end_row - 1, -1)
        for k in ks:
            nxt = k + 1 if down_ else k
            nx = tx if nxt == end_row else gaps[nxt].cross(tx, clear)
            ch.use(k, owner, min(lo, nx), max(hi, nx))
            steps.append((k, nx))
            lo = hi = nx
        return steps

    # plan every team's trunk to its manager, and every segment's lines
    plans = []
    for row in rows:
        for t in row:
            m = t.manager
            if m <= 0:
                continue
            mrow = teams[team_of[m]].row
            exits = [t.x + t.spine] if t.spine >= 0 else [cx[i] for i in t.members]
            plans.append((t, m, mrow, plan(t.row, mrow, exits, cx[m], m)))
    seg_plans = []
    segs = forest.scenario.segments
    index = {u: i for i, u in enumerate(ids)} if segs else {}
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
                side = ct.side[slot[ci]]
                tx = ct.x - clear if side < 0 else ct.x + ct.width + clear
            else:
                side = 0
                tx = cx[ci]
            seg_plans.append((s, st, ci, side, plan(0, ct.row, [sx], tx, ("s", j))))
    ch.assign(gap / 2)

    # vertical: rows and channels top to bottom
    row_h = [max((t.height for t in row), default=0.0) for row in rows]
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
    uy = [0.0] * n
    hidden = forest.hidden
    for row in rows[1:]:
        for t in row:
            for j, i in enumerate(t.members):
                uy[i] = tops[t.row] + t.dy[j]
                uid = ids[i]
                hid = hidden.get(uid, 0) if hidden else 0
                boxes[uid] = Box(ux[i], uy[i], bw[i], bh[i], "collapsed" if hid else "unit", hid,
                                 layers[i])
    edges: list[Edge] = []
    pts: list[Point]
    for t, m, mrow, steps in plans:
        down_ = mrow > t.row
        y0 = ch.y(steps[0][0], m)
        trunk: list[Point] = [(steps[0][1], y0)]
        for (_, px), (k, nx) in zip(steps, steps[1:], strict=False):
            yk = ch.y(k, m)
            trunk += [(px, yk), (nx, yk)]
        trunk.append((cx[m], uy[m] if down_ else uy[m] + bh[m]))
        trunk = clean_polyline(trunk)
        mgr = ids[m]
        t0x = trunk[0][0]
        rest = trunk[1:]
        if t.spine >= 0:  # stacked: along the row to the spine, down the spine
            sx = t.x + t.spine
            tail = rest if sx == t0x else [(sx, y0)] + trunk
            near = sx != t0x and abs(sx - t0x) < 1e-9
            for j, i in enumerate(t.members):
                mid = uy[i] + bh[i] / 2
                ex = ux[i] if t.side[j] > 0 else ux[i] + bw[i]  # type: ignore[index]
                pts = [(ex, mid), (sx, mid)] + tail
                if near:
                    pts = clean_polyline(pts)
                edges.append(Edge(mgr, ids[i], "reporting", pts[::-1]))
        else:  # flat: straight down (or up) from each card to the bus
            for i in t.members:
                c = cx[i]
                yb = uy[i] + bh[i] if down_ else uy[i]
                if c == t0x:
                    pts = [(c, yb)] + rest
                else:
                    pts = [(c, yb), (c, y0)] + trunk
                    if abs(c - t0x) < 1e-9:
                        pts = clean_polyline(pts)
                edges.append(Edge(mgr, ids[i], "reporting", pts[::-1]))
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
