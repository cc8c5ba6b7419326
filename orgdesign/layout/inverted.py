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
the channels between rows on their own tracks (:mod:`.inverted_routes`,
:mod:`.channels`); segments connect to their points of contact the same way.

The work per team is done in plain loops: a team has a handful of cards, and
for so few a loop costs less than a chain of C-level calls.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from itertools import chain, islice, repeat
from operator import add, attrgetter, mul

from .channels import RowGaps
from .forest import Forest
from .geometry import CUSTOMER_ID, Layout
from .inverted_routes import finish
from .options import LayoutOptions

LAYER_BANDS = ("customer-contact", "support", "management")
_WIDTH = attrgetter("width")
_WANT = attrgetter("want")
_BAND_OF = {name: i for i, name in enumerate(LAYER_BANDS, 1)}


class _Team:
    """Siblings side by side in one row (flat) or stacked around a spine.

    ``want`` is the desired centre x, ``x`` the left edge once placed, ``row``
    the row's index.  Flat: ``dx`` holds the cards' left edges relative to the
    team's, ``lo``/``hi`` the first and last card centre (absolute, once
    placed), ``spine`` is -1.  Stacked: card ``j`` sits in stack row ``j // 2``
    at ``dy[j // 2]`` below the team's top, left of the spine (even ``j``,
    right-aligned at ``lw``) or right of it (odd ``j``, at ``rx``); ``spine``
    is the spine's offset from the left edge.  ``mrow``, ``x0`` and ``turns``
    describe the trunk to the manager (see :mod:`.inverted_routes`).

    Only what every team needs is set here (a plain class: there are tens of
    thousands); the rest is set where it is computed.
    """

    __slots__ = ("members", "manager", "want", "width", "height", "dx", "dy", "spine", "lw",
                 "rx", "x", "row", "lo", "hi", "mrow", "x0", "turns")

    def __init__(self, members: list[int], manager: int, want: float) -> None:
        self.members = members
        self.manager = manager
        self.want = want
        self.dx: list[float] | None = None
        self.spine = -1.0


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


def _layers_and_leaves(forest: Forest, widths: list[float], gap: float, idx: list[int]):
    """Layers (as :func:`.forest.layer_values`), bands (1-3), and the leaves' x in one row.

    Returns ``(layers, band, natural, first, last)``: the leaves' centres stand
    in ``first`` and ``last`` (0.0 elsewhere), ``natural`` is that row's width.
    ``idx`` is ``list(range(len(forest.ids)))``.
    """
    # one pass for what layer_values() and the leaf row each need; membership
    # tests rather than dict.get() calls, and none in maps that are empty
    facing = {f.id for f in forest.project.functions if f.customer_facing}
    contacts = {c for s in forest.scenario.segments for c in s.contacts}
    functions = forest.functions
    explicit = forest.layers
    # a visible leaf has reports in the model only if it is collapsed
    hidden = forest.hidden
    band_of = _BAND_OF.__getitem__
    ids, up, down = forest.ids, forest.up, forest.down
    n = len(ids)
    eff: list[str | None] = [None] * n  # effective function (of managers only)
    layers = [""] * n
    band = [0] * n
    first = [0.0] * n
    last = [0.0] * n
    cum = 0.0
    for i in islice(idx, 1, None):
        uid = ids[i]
        ks = down[i]
        f = eff[up[i]]
        if uid in functions:
            f = functions[uid] or f
        if ks:
            eff[i] = f
        if explicit and uid in explicit:
            ly = layers[i] = explicit[uid]
            band[i] = band_of(ly)
        elif f in facing or (contacts and uid in contacts):
            layers[i] = "customer-contact"
            band[i] = 1
        elif ks or (hidden and uid in hidden):
            layers[i] = "management"
            band[i] = 3
        else:
            layers[i] = "support"
            band[i] = 2
        if not ks:
            w = widths[i]
            first[i] = last[i] = cum + w / 2
            cum += w + gap
    return layers, band, max(cum - gap, 0.0), first, last


def _want_and_rows(forest: Forest, band: list[int], first: list[float], last: list[float],
                   scale: float, idx: list[int]) -> tuple[list[float], list[list[list[list[int]]]]]:
    """Each unit's wanted centre x (``scale`` times the middle of its leaves' span) and
    the band rows: ``rows[b][r]`` holds the units of band ``b`` at height ``r``
    within it (0 = no report in the same band below), in tree order, as runs of
    siblings (the teams to be).

    Fills ``first`` and ``last`` in for the managers.
    """
    up, down = forest.up, forest.down
    n = len(up)
    # a leaf's centre, scaled ((a + a) / 2 is a, to the bit); managers get theirs below
    want = list(map(mul, first, repeat(scale)))
    # every band's row 0 from the start (the leaves' row); empty ones are dropped.
    # A row is a list of runs, filled from the back; the last run of each row 0
    # and its manager stay at hand (u<b>, m<b>): most units are leaves
    rows: list[list[list[list[int]]]] = [[], [[]], [[]], [[]]]
    r1, r2, r3 = rows[1], rows[2], rows[3]
    z1, z2, z3 = r1[0], r2[0], r3[0]
    u1: list[int] = []
    u2: list[int] = []
    u3: list[int] = []
    m1 = m2 = m3 = -1
    # c<b>[i]: the highest row of band b below unit i (-1: none); the
    # virtual root's entries take writes from the roots and are never read
    c1 = [-1] * n
    c2 = [-1] * n
    c3 = [-1] * n
    for i in islice(reversed(idx), n - 1):
        ks = down[i]
        p = up[i]
        b = band[i]
        if ks:
            a = first[i] = first[ks[0]]
            z = last[i] = last[ks[-1]]
            want[i] = (a + z) / 2 * scale
            x1, x2, x3 = c1[i], c2[i], c3[i]
            if b == 2:
                r = x2 = x2 + 1
                got = r2
            elif b == 3:
                r = x3 = x3 + 1
                got = r3
            else:
                r = x1 = x1 + 1
                got = r1
            if x1 > c1[p]:
                c1[p] = x1
            if x2 > c2[p]:
                c2[p] = x2
            if x3 > c3[p]:
                c3[p] = x3
            if r:
                # one above its highest same-band report's: the rows exist up to
                # r - 1 already (reverse tree order visits reports first)
                if r < len(got):
                    row = got[r]
                    run = row[-1]
                    if up[run[-1]] == p:
                        run.append(i)
                    else:
                        row.append([i])
                else:
                    got.append([[i]])
                continue
        elif b == 2:
            if c2[p] < 0:
                c2[p] = 0
        elif b == 3:
            if c3[p] < 0:
                c3[p] = 0
        elif c1[p] < 0:
            c1[p] = 0
        # row 0 of band b
        if b == 2:
            if p == m2:
                u2.append(i)
            else:
                m2 = p
                u2 = [i]
                z2.append(u2)
        elif b == 3:
            if p == m3:
                u3.append(i)
            else:
                m3 = p
                u3 = [i]
                z3.append(u3)
        elif p == m1:
            u1.append(i)
        else:
            m1 = p
            u1 = [i]
            z1.append(u1)
    for bs in (r1, r2, r3):
        if not bs[0]:  # no unit in the band at all
            bs.clear()
        for row in bs:
            row.reverse()
            for run in row:
                run.reverse()
    return want, rows


def _teams(runs: list[list[int]], want: list[float], up: list[int]) -> list[_Team]:
    """The teams of one band row, from its runs of siblings (in tree order).

    No two units of a band row are ancestor and descendant, so tree order is
    the order of their wanted x (each one's leaves come after the previous
    one's): no sort needed.
    """
    get = want.__getitem__
    return [_Team(ms, up[ms[0]], sum(map(get, ms)) / len(ms)) for ms in runs]


def _flat(t: _Team, bw: list[float], bh: list[float], gap: float) -> None:
    """Cards side by side: left offsets, width and height of a flat team."""
    dx = []
    x = 0.0
    h = 0.0
    for i in t.members:
        dx.append(x)
        x += bw[i] + gap  # as accumulate() and reduce() add, so the same rounding
        if bh[i] > h:
            h = bh[i]
    t.dx = dx
    t.width = x - gap
    t.height = h
    t.spine = -1.0


def _stack(t: _Team, bw: list[float], bh: list[float], half: float, indent: float,
           gap: float) -> None:
    """Two columns around a spine, row by row (as :func:`compact.stack_block`)."""
    lw = rw = y = 0.0
    dy = []
    it = iter(t.members)
    for a in it:  # a stack row: a left card, then a right one (but maybe in the last row)
        if bw[a] > lw:
            lw = bw[a]
        dy.append(y)
        b = next(it, -1)
        if b < 0:
            y += bh[a] + gap
            break
        if bw[b] > rw:
            rw = bw[b]
        ha = bh[a]
        hb = bh[b]
        y += (ha if ha >= hb else hb) + gap  # a row is as tall as its taller card
    spine = lw + half
    t.dx = None
    t.dy = dy
    t.lw = lw
    t.rx = spine + half
    t.width = lw + indent + rw
    t.height = y - gap
    t.spine = spine


def _pack_row(teams: list[_Team], runs: list[list[int]], down, bw, bh, width: float,
              opts) -> list[list[_Team]]:
    """Split one band row into sub-rows no wider than ``width`` (stacking teams first).

    Gives every team its shape (:func:`_flat` or :func:`_stack`).
    """
    gap = opts.h_gap
    tgap = 2 * gap
    half = opts.stack_indent / 2
    nt = len(teams)
    # a row far wider than the chart stacks for sure: then its stacking teams
    # need no flat shape (their exact widths would only go into the total)
    cards = sum(map(len, runs))
    rough = sum(map(bw.__getitem__, chain.from_iterable(runs))) + gap * (cards - nt) \
        + tgap * (nt - 1)
    if rough > width * (1 + 1e-7) + 1e-6:
        over = True
    else:
        for t in teams:
            _flat(t, bw, bh, gap)
        over = sum(map(_WIDTH, teams)) + tgap * (nt - 1) > width
    if over:
        stacked: list[_Team] = []
        most = 2 * opts.stack_rows
        indent = opts.stack_indent
        sgap = opts.stack_gap
        for t in teams:
            ms = t.members
            if len(ms) >= 3:  # three or more cards, none with reports, stack
                for i in ms:
                    if down[i]:
                        break
                else:
                    if len(ms) <= most:
                        _stack(t, bw, bh, half, indent, sgap)
                        stacked.append(t)
                        continue
                    # a big team becomes several stacks side by side, none taller
                    # than stack_rows
                    for k in range(0, len(ms), most):
                        part = _Team(ms[k:k + most], t.manager, t.want)
                        if len(part.members) >= 3:
                            _stack(part, bw, bh, half, indent, sgap)
                        else:
                            _flat(part, bw, bh, gap)
                        stacked.append(part)
                    continue
            if t.dx is None:
                _flat(t, bw, bh, gap)
            stacked.append(t)
        teams[:] = stacked
    total = sum(map(_WIDTH, teams)) + tgap * (len(teams) - 1)
    k = min(opts.max_wraps, max(1, math.ceil(total / (width * 0.92))))
    if k == 1:
        return [teams]
    # deal teams, in x order, to the sub-row that is free soonest
    rows: list[list[_Team]] = [[] for _ in range(k)]
    front = [-math.inf] * k
    for t in teams:
        w = t.width
        left = t.want - w / 2
        f = min(front)
        r = front.index(f)  # the first of the soonest free
        if f > left:
            left = f
        front[r] = left + w + tgap
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
    #@pre
    idx = list(range(n))  # the unit indices, made once for every loop over them
    layers, band, natural, first, last = _layers_and_leaves(forest, bw, gap, idx)
    #@layers
    # sum((w + gap) * (h + v_gap)), in the same order, at C speed
    area = sum(map(mul, map(add, bw, repeat(gap)), map(add, bh, repeat(opts.v_gap))))
    width = opts.row_width or max(opts.min_row_width, math.sqrt(area * opts.aspect))
    scale = min(1.0, width / natural) if natural > 0 else 1.0
    span = min(natural, width)
    want, buckets = _want_and_rows(forest, band, first, last, scale, idx)
    del first, last, band
    #@wanted

    # rows: customer, then every band's rows in order of height
    rows: list[list[_Team]] = []
    row_band: list[str] = []
    seg_teams, seg_boxes = _customer_row(forest, sizes, want, span, gap)
    rows.append(seg_teams)
    row_band.append("customer")
    for b in (1, 2, 3):
        for bucket in buckets[b]:
            teams_br = _teams(bucket, want, up)
            for sub in _pack_row(teams_br, bucket, down, bw, bh, width, opts):
                rows.append(sub)
                row_band.append(LAYER_BANDS[b - 1])
    # what the rows no longer need goes now, so that the cards and lines reuse its
    # memory rather than fresh pages (page faults are a tenth of the time)
    del want, buckets
    #@teams
    # horizontal placement, row by row
    for k, row in enumerate(rows):
        row.sort(key=_WANT)  # only the customer row may be out of order
        xs = pava([t.want - t.width / 2 for t in row], list(map(_WIDTH, row)), 2 * gap)
        for t, x in zip(row, xs, strict=True):
            t.x = x
            t.row = k
    #@pava
    lefts = [row[0].x for row in rows if row]
    shift = opts.margin + opts.band_gutter - min(lefts) if lefts else 0.0
    ux = [0.0] * n  # left edges of the cards
    cx = [0.0] * n  # their centres (flat teams only: no line starts at a stacked card)
    team_of: list[_Team | None] = [None] * n
    gaps = [_place_row(k, row, shift, ux, cx, bw, team_of, bool(seg_boxes))
            for k, row in enumerate(rows)]
    #@flat
    return finish(forest, opts, rows, row_band, team_of, ux, cx, bw, bh, layers, seg_boxes,
                  gaps)


def _place_row(k: int, row: list[_Team], shift: float, ux: list[float], cx: list[float],
               bw: list[float], team_of: list, stacks_too: bool) -> RowGaps:
    """Move row ``k``'s teams by ``shift``, place the cards of its flat teams; return the
    row's obstacles: a stack is one (its spine is taken), a flat team leaves gaps
    between its cards.  ``stacks_too``: note the team of stacked cards as well."""
    x0: list[float] = []
    x1: list[float] = []
    for t in row:
        x = t.x = t.x + shift
        if t.spine >= 0 or k == 0:
            x0.append(x)
            x1.append(x + t.width)
            if stacks_too and k:
                for i in t.members:
                    team_of[i] = t
            continue
        lo = math.inf
        hi = -math.inf
        for i, d in zip(t.members, t.dx, strict=True):  # type: ignore[arg-type]
            u = ux[i] = x + d
            w = bw[i]
            c = cx[i] = u + w / 2
            if c < lo:
                lo = c
            if c > hi:
                hi = c
            x0.append(u)
            x1.append(u + w)
            team_of[i] = t
        t.lo = lo
        t.hi = hi
    return RowGaps.from_edges(x0, x1)


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
        teams.append(_box_team(-1 - j, centre, w, h))
    if not segs:
        w, h = sizes[CUSTOMER_ID]
        boxes.append((CUSTOMER_ID, w, h, "customer", ""))
        teams.append(_box_team(-1, span / 2, w, h))
    return teams, boxes


def _box_team(key: int, want: float, w: float, h: float) -> _Team:
    """A customer-row team: one box (``key`` stands for it among the members)."""
    t = _Team([key], 0, want)
    t.width = w
    t.height = h
    t.dx = [0.0]
    return t
