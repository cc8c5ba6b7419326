"""The rings chart: the customer at the centre, the organisation in rings around it.

From the centre out: the customer (its segments, or one generic customer
box), then customer-contact, support and management, and the general
manager(s) (the roots) on the outermost ring.  Every top-level branch (the
root's children, or each root when there are several) owns one sector of
the circle in every ring, so a branch's people stay together and its lines
run roughly radially.  Sector sizes follow each branch's largest share of
any ring; inside its sector a branch's units stand evenly spaced in tree
order.

Cards stay axis-aligned (text never turns upside down), centred on their
ring.  Each ring's radius is the smallest that keeps neighbouring cards
apart (an exact rectangle test for every pair of neighbours) and keeps the
ring outside the previous one; a crowded ring therefore simply grows.  The
top of every ring keeps a free band for the ring's title.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from .forest import Forest, layer_values
from .geometry import CUSTOMER_ID, Box, Edge, Layout, Ring, Sector
from .options import LayoutOptions
from .ring_routes import RingRoutes

RING_ORDER = ("customer-contact", "support", "management", "top")
TOP = -math.pi / 2


def _pair_radius(t1: float, t2: float, sx: float, sy: float) -> float:
    """Smallest radius at which boxes centred at angles t1, t2 are ``sx`` apart in x or ``sy`` in y."""
    dc = abs(math.cos(t1) - math.cos(t2))
    ds = abs(math.sin(t1) - math.sin(t2))
    rx = sx / dc if dc > 1e-12 else math.inf
    ry = sy / ds if ds > 1e-12 else math.inf
    return min(rx, ry)


def _min_radius(angles: list[float], ws: list[float], hs: list[float], gap: float,
                closed: bool) -> float:
    """Smallest radius keeping boxes at ``angles`` (in order) clear of their neighbours."""
    n = len(angles)
    r = 0.0
    for step in (1, 2, 3):
        if n <= step:
            break
        last = n if closed else n - step
        for i in range(last):
            j = (i + step) % n
            need = _pair_radius(angles[i], angles[j], (ws[i] + ws[j]) / 2 + gap,
                                (hs[i] + hs[j]) / 2 + gap)
            if need > r:
                r = need
    return r


def _arcs(demand: list[float], heading: list[float]) -> list[tuple[float, float]]:
    """Split the circle among branches in order, by ``demand``, turned to face ``heading``.

    Each branch's arc is proportional to its demand in this ring; the whole
    partition is rotated so that arcs point, on a demand-weighted average,
    towards their branch's heading (so a branch lines up across rings).
    """
    total = sum(demand)
    if total <= 0:
        return [(TOP, TOP)] * len(demand)
    spans = [2 * math.pi * d / total for d in demand]
    mids = []
    acc = 0.0
    for sp in spans:
        mids.append(acc + sp / 2)
        acc += sp
    sx = sum(d * math.sin(hd - m) for d, hd, m in zip(demand, heading, mids, strict=True))
    cx = sum(d * math.cos(hd - m) for d, hd, m in zip(demand, heading, mids, strict=True))
    phi = math.atan2(sx, cx) if (sx or cx) else TOP
    out = []
    acc = phi
    for sp in spans:
        out.append((acc, acc + sp))
        acc += sp
    return out


def _far(x: float, y: float, w: float, h: float) -> float:
    """Distance from the origin to the farthest corner of a box centred at (x, y)."""
    return math.hypot(abs(x) + w / 2, abs(y) + h / 2)


def _branches(forest: Forest) -> tuple[list[int], list[int]]:
    """Branch roots, and each unit's branch (an index into them; -1 for a lone root)."""
    up, down = forest.up, forest.down
    tops = down[down[0][0]] if len(down[0]) == 1 else down[0]
    slot = {b: k for k, b in enumerate(tops)}
    of = [-1] * len(up)
    for i in range(1, len(up)):
        k = slot.get(i)
        of[i] = k if k is not None else of[up[i]]
    return tops, of


def rings_layout(forest: Forest, sizes: Mapping[str, tuple[float, float]],
                 opts: LayoutOptions) -> Layout:
    """Lay out the rings view of a visible forest (see the module docstring)."""
    ids, up = forest.ids, forest.up
    n = len(ids)
    gap = opts.h_gap
    layers = layer_values(forest)
    tops, branch = _branches(forest)
    nb = max(len(tops), 1)
    members: dict[str, list[list[int]]] = {name: [[] for _ in range(nb)] for name in RING_ORDER}
    lone: list[int] = []  # a single root: alone at the top of the outermost ring
    for i in range(1, n):
        name = "top" if up[i] == 0 else layers[i]
        if branch[i] < 0:
            lone.append(i)
        else:
            members[name][branch[i]].append(i)
    present = [name for name in RING_ORDER
               if any(members[name]) or (name == "top" and lone)]
    w = [0.0] + [sizes[u][0] for u in forest.order]
    h = [0.0] + [sizes[u][1] for u in forest.order]

    # every branch has a direction: the middle of its share of all cards
    demand = {name: [sum((w[i] + h[i]) / 2 + gap for i in grp) for grp in members[name]]
              for name in present}
    total_b = [sum(demand[name][b] for name in present) for b in range(nb)]
    grand = sum(total_b) or 1.0
    heading = []
    acc = TOP
    for b in range(nb):
        heading.append(acc + math.pi * total_b[b] / grand)
        acc += 2 * math.pi * total_b[b] / grand

    # angles first: they do not depend on the radii
    ring_idx: list[list[int]] = []
    ring_ang: list[list[float]] = []
    sectors: list[Sector] = []
    angle = [0.0] * n
    ring_no = [0] * n
    for name in present:
        arcs = _arcs(demand[name], heading)
        idx: list[int] = []
        ang: list[float] = []
        for b, (a0, a1) in enumerate(arcs):
            grp = members[name][b]
            if not grp:
                continue
            sectors.append(Sector(ids[tops[b]], a0, a1, name))
            for k, i in enumerate(_in_order(grp, forest)):
                idx.append(i)
                ang.append(a0 + (k + 0.5) * (a1 - a0) / len(grp))
        if name == "top" and lone:
            idx += lone
            ang += [TOP + 2 * math.pi * k / len(lone) for k in range(len(lone))]
            order = sorted(range(len(idx)), key=lambda k: (ang[k] - TOP) % (2 * math.pi))
            idx = [idx[k] for k in order]
            ang = [ang[k] for k in order]
        for i, a in zip(idx, ang, strict=True):
            angle[i] = a
            ring_no[i] = len(ring_idx) + 1
        ring_idx.append(idx)
        ring_ang.append(ang)
    centre_items = _centre_items(forest, sizes)
    c_ang = [TOP + 2 * math.pi * k / len(centre_items) for k in range(len(centre_items))]
    routes = RingRoutes([c_ang] + ring_ang)
    routes.set_cards([[it[0] for it in centre_items]] + [[ids[i] for i in idx] for idx in ring_idx])
    single = len(centre_items) == 1
    for i in range(1, n):
        p = up[i]
        if p > 0:
            routes.add(ids[p], ids[i], "reporting", ids[p], angle[p], ring_no[p],
                       angle[i], ring_no[i])
    index = {u: i for i, u in enumerate(ids)}
    for j, sg in enumerate(forest.scenario.segments):
        for c in sg.contacts:
            ci = index.get(c)
            if ci:
                routes.add(sg.id, c, "segment-contact", ("s", sg.id),
                           angle[ci] if single else c_ang[j], 0, angle[ci], ring_no[ci])
    for ln, a, b in _line_ends(forest):
        ia, ib = index[a], index[b]
        routes.add(a, b, ln.kind.value, ("l", ln.id), angle[ia], ring_no[ia], angle[ib],
                   ring_no[ib], ln.id, ln.label, secondary=True)
    routes.channels.assign(0.02)
    chans = routes.channels

    # radii, inside out; the channel outside each ring holds its connectors' tracks
    boxes_c: list[tuple[str, float, float, float, float, str, str]] = []  # id, x, y, w, h, kind, ring
    rings: list[Ring] = []
    far = _place_centre(centre_items, c_ang, gap, boxes_c)
    far = max(far, opts.customer_radius - opts.ring_gap)
    ch_tops = [far + gap / 2]
    ch_h = [chans.height(0, opts.ring_gap, opts.track_gap)]
    outer = ch_tops[0] + ch_h[0]
    rings.append(Ring("customer", 0.0, outer, 0.0, 0.0, 0.0, 0.0))
    for k, (name, idx, ang) in enumerate(zip(present, ring_idx, ring_ang, strict=True), 1):
        ws = [w[i] for i in idx]
        hs = [h[i] for i in idx]
        radial = max((ws[j] * abs(math.cos(a)) + hs[j] * abs(math.sin(a))) / 2
                     for j, a in enumerate(ang))
        r = max(_min_radius(ang, ws, hs, gap, closed=True), outer + gap / 2 + radial)
        far = 0.0
        for j, i in enumerate(idx):
            x, y = r * math.cos(ang[j]), r * math.sin(ang[j])
            far = max(far, _far(x, y, ws[j], hs[j]))
            boxes_c.append((ids[i], x, y, ws[j], hs[j], "unit", name))
        ch_tops.append(far + opts.ring_label)
        ch_h.append(chans.height(k, opts.ring_gap, opts.track_gap))
        new_outer = ch_tops[-1] + ch_h[-1]
        rings.append(Ring(name, outer, new_outer, 0.0, 0.0, 0.0, -(far + opts.ring_label / 2)))
        outer = new_outer
    chans.place(ch_tops, ch_h, opts.track_gap)

    centre = outer + opts.margin
    hidden = forest.hidden
    boxes: dict[str, Box] = {}
    for key, x, y, bw, bh, kind, name in boxes_c:
        if kind == "unit":
            hid = hidden.get(key, 0)
            boxes[key] = Box(centre + x - bw / 2, centre + y - bh / 2, bw, bh,
                             "collapsed" if hid else "unit", hid, name)
        else:
            boxes[key] = Box(centre + x - bw / 2, centre + y - bh / 2, bw, bh, kind, 0,
                             "customer", name)
    for ring in rings:
        ring.cx = ring.cy = centre
        ring.label_x += centre
        ring.label_y += centre
    edges = [Edge(p.source, p.target, p.kind, pts, p.id, p.label)
             for p, pts in routes.polylines(boxes, centre, centre, chans.y,
                                            list(zip(ch_tops, ch_h, strict=True)))]
    return Layout(view="rings", width=2 * centre, height=2 * centre, boxes=boxes,
                  edges=edges, rings=rings, sectors=sectors, parked=list(forest.parked),
                  scenario_id=forest.scenario.id)


def _in_order(grp: list[int], forest: Forest) -> list[int]:
    """``grp`` (depth-first order) rearranged so each manager stands amid its reports.

    Units follow an in-order walk of the tree (first half of a unit's
    children, the unit, the other half), so a manager's lines to its
    reports stay short.
    """
    if len(grp) < 3:
        return grp
    rank = _in_order_rank(forest)
    return sorted(grp, key=rank.__getitem__)


def _in_order_rank(forest: Forest) -> list[int]:
    if forest.in_order is not None:
        return forest.in_order
    down = forest.down
    rank = [0] * len(down)
    counter = 0
    stack: list[tuple[int, bool]] = [(0, False)]
    while stack:
        v, emitted = stack.pop()
        if emitted:
            rank[v] = counter
            counter += 1
            continue
        ks = down[v]
        half = (len(ks) + 1) // 2
        for c in reversed(ks[half:]):
            stack.append((c, False))
        stack.append((v, True))
        for c in reversed(ks[:half]):
            stack.append((c, False))
    forest.in_order = rank
    return rank


def _line_ends(forest: Forest):
    """Secondary lines with both ends drawable, as (line, source box id, target box id)."""
    for ln in forest.scenario.lines:
        s = forest.visible_ancestor(ln.source) if ln.source in forest.units else None
        t = forest.visible_ancestor(ln.target) if ln.target in forest.units else None
        if s is not None and t is not None and s != t:
            yield ln, s, t


def _centre_items(forest: Forest, sizes) -> list[tuple[str, tuple[float, float], str, str]]:
    """The centre's cards: every segment, or the generic customer."""
    segs = forest.scenario.segments
    return [(s.id, sizes[s.id], "segment", s.name) for s in segs] or \
        [(CUSTOMER_ID, sizes[CUSTOMER_ID], "customer", "")]


def _place_centre(items, ang: list[float], gap: float, boxes_c: list) -> float:
    """Place the centre's cards (one in the middle, several on a small circle); return reach."""
    if len(items) == 1:
        key, (bw, bh), kind, label = items[0]
        boxes_c.append((key, 0.0, 0.0, bw, bh, kind, label))
        return _far(0, 0, bw, bh)
    ws = [it[1][0] for it in items]
    hs = [it[1][1] for it in items]
    r = _min_radius(ang, ws, hs, gap, closed=True)
    far = 0.0
    for (key, (bw, bh), kind, label), a in zip(items, ang, strict=True):
        x, y = r * math.cos(a), r * math.sin(a)
        boxes_c.append((key, x, y, bw, bh, kind, label))
        far = max(far, _far(x, y, bw, bh))
    return far
