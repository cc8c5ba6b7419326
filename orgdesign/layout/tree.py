"""The tree views: classic (top-down or left-to-right) and compact.

The visible forest becomes a tree of *layout nodes*: one per unit, plus a
block under a manager for its assistants and one for its stacked leaf
reports (see :mod:`.compact`).  Depths share global tiers, so cousins line
up; the tidy tree of :mod:`.tidy` places every node; connectors run down
the parent's centre, along a bus halfway to the next tier, and into each
child.  Everything is computed top-down and transposed for left-to-right.

Incremental: the branches under the first node with more than one child are
laid out one by one and cached (:class:`TreeCache`); a relayout recomputes
only the branches holding a changed unit, as long as the tier heights stay
the same.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import repeat

from .compact import Block, assistant_block, stack_block
from .forest import Forest
from .geometry import Box, Edge, Layout, Point
from .options import LayoutOptions
from .secondary import route_secondary
from .tidy import TidyState, branch_contour, combine, tidy_branch

UNIT, ABLOCK, SBLOCK, ROOT = 0, 1, 2, 3


@dataclass
class TreeCache:
    """What a relayout may reuse: per-branch relative positions and contours."""

    signature: tuple
    top: str
    branch_keys: list[str]
    branch_starts: list[int]
    ref: list[str]
    parent: list[int]
    blocks: list[Block | None]
    #: key -> (node count, relative x, contour, the cards of a stack branch)
    branches: dict[str, tuple[int, list[float], tuple[int, list[float], list[float]],
                             tuple[str, ...] | None]] = field(default_factory=dict)
    reused: int = 0


class _Nodes:
    """Layout nodes in depth-first preorder, as parallel lists.

    ``nb``/``nd`` are the size along the breadth and depth axes, ``anchor``
    where the connector attaches; ``level[d]`` is the tallest unit at depth d
    and ``assist[d]`` the tallest assistant block under a unit at depth d.
    """

    def __init__(self) -> None:
        self.kind: list[int] = [ROOT]
        self.ref: list[str] = [""]
        self.parent: list[int] = [-1]
        self.depth: list[int] = [-1]
        self.kids: list[list[int]] = [[]]
        self.block: list[Block | None] = [None]
        self.nb: list[float] = [0.0]
        self.nd: list[float] = [0.0]
        self.anchor: list[float] = [0.0]
        self.level: list[float] = []
        self.assist: list[float] = []
        self.plain = False  # no blocks: one node per unit, siblings share a tier


def _build_nodes(forest: Forest, view: str, opts: LayoutOptions,
                 sizes: Mapping[str, tuple[float, float]], lr: bool) -> _Nodes:
    vkids = forest.vkids
    assistants = forest.assistants
    forced = {u for u, v in forest.compact.items() if v}
    never = {u for u, v in forest.compact.items() if not v}
    auto = view == "compact"
    threshold = opts.compact_threshold
    if not assistants and not forced and not auto:
        return _plain_nodes(forest, sizes, lr)
    nodes = _Nodes()
    kind, ref, parent, depth = nodes.kind, nodes.ref, nodes.parent, nodes.depth
    kids, block, nb, nd, anchor = nodes.kids, nodes.block, nodes.nb, nodes.nd, nodes.anchor
    level, assist = nodes.level, nodes.assist
    bi, di = (1, 0) if lr else (0, 1)
    bsize: dict[str, float] = {}
    dsize: dict[str, float] = {}

    def sized(uids: list[str]) -> None:
        for u in uids:
            bsize[u] = sizes[u][bi]
            dsize[u] = sizes[u][di]

    stack: list[tuple] = [(uid, 0, 0) for uid in reversed(forest.roots)]
    pop = stack.pop
    push = stack.append
    extend = stack.extend
    while stack:
        item = pop()
        n = len(kind)
        if len(item) == 3:  # a unit: (uid, parent node, depth)
            uid, p, d = item
            kind.append(UNIT)
            ref.append(uid)
            parent.append(p)
            depth.append(d)
            kids.append([])
            block.append(None)
            kids[p].append(n)
            sz = sizes[uid]
            b = sz[bi]
            dd = sz[di]
            nb.append(b)
            nd.append(dd)
            anchor.append(b / 2)
            if d < len(level):
                if dd > level[d]:
                    level[d] = dd
            else:
                level.append(dd)
                assist.append(0.0)
            vk = vkids.get(uid)
            if vk is None:
                continue
            d1 = d + 1
            # compact=True stacks in every tree view, False never, None: in the compact
            # view when the unit has at least `threshold` leaf reports (assistants aside)
            stacking = uid in forced or (
                auto and len(vk) >= threshold and uid not in never
                and sum(1 for c in vk if c not in vkids and c not in assistants) >= threshold)
            special = stacking
            if not special and assistants:
                special = any(c in assistants and c not in vkids for c in vk)
            if not special:
                extend([(c, n, d1) for c in reversed(vk)])
                continue
            assist_ids = [c for c in vk if c in assistants and c not in vkids]
            rest = [c for c in vk if c not in assistants or c in vkids] if assist_ids else vk
            items: list[tuple] = [("U", c) for c in rest]
            if rest and stacking:
                leaves = [c for c in rest if c not in vkids]
                if len(leaves) >= 2:
                    sized(leaves)
                    items = []
                    for c in rest:
                        if c in vkids:
                            items.append(("U", c))
                        elif c == leaves[0]:
                            items.append(("S", leaves))
            if assist_ids:
                sized(assist_ids)
                push(("A", uid, assist_ids, items, n, d))
            else:
                extend(_items(items, uid, n, d1))
        elif len(item) == 6:  # assistants: ("A", manager, assistants, items, parent, depth)
            _, uid, assist_ids, items, p, d = item
            blk = assistant_block(assist_ids, bsize, dsize, opts)
            _add_block(nodes, ABLOCK, uid, p, d, blk)
            if blk.depth > assist[d]:
                assist[d] = blk.depth
            extend(_items(items, uid, n, d + 1))
        else:  # stacked leaves: ("S", manager, leaves, parent, depth)
            _, uid, leaves, p, d = item
            _add_block(nodes, SBLOCK, uid, p, d, stack_block(leaves, bsize, dsize, opts))
            if d >= len(level):
                level.append(0.0)
                assist.append(0.0)
    return nodes


def _plain_nodes(forest: Forest, sizes: Mapping[str, tuple[float, float]], lr: bool) -> _Nodes:
    """One node per visible unit, no blocks: the common classic case, built in bulk."""
    ids = forest.ids
    order = forest.order
    nodes = _Nodes()
    n = len(ids)
    nodes.kind = [ROOT] + [UNIT] * (n - 1)
    nodes.ref = ids
    nodes.block = [None] * n
    nodes.parent = forest.up
    nodes.kids = forest.down
    nodes.depth = depth = forest.depth
    nodes.plain = True
    if order:
        got = forest.sizes if forest.sizes is not None else list(map(sizes.__getitem__, order))
        ws, hs = zip(*got, strict=True)
    else:
        ws = hs = ()
    nb = nodes.nb = [0.0, *(hs if lr else ws)]
    nd = nodes.nd = [0.0, *(ws if lr else hs)]
    nodes.anchor = [b / 2 for b in nb]
    level = [0.0] * (max(depth) + 1 if n > 1 else 0)
    for d, h in zip(depth[1:], nd[1:], strict=True):
        if h > level[d]:
            level[d] = h
    nodes.level = level
    nodes.assist = [0.0] * len(level)
    return nodes


def _items(items: list[tuple], uid: str, parent: int, depth: int) -> list[tuple]:
    """Stack entries for a manager's children, last first."""
    out: list[tuple] = []
    for tag, payload in reversed(items):
        out.append((payload, parent, depth) if tag == "U" else ("S", uid, payload, parent, depth))
    return out


def _add_block(nodes: _Nodes, kind: int, uid: str, p: int, d: int, blk: Block) -> None:
    n = len(nodes.kind)
    nodes.kind.append(kind)
    nodes.ref.append(uid)
    nodes.parent.append(p)
    nodes.depth.append(d)
    nodes.kids.append([])
    nodes.block.append(blk)
    nodes.kids[p].append(n)
    nodes.nb.append(blk.breadth)
    nodes.nd.append(blk.depth)
    nodes.anchor.append(blk.spine)


def _tiers(nodes: _Nodes, opts: LayoutOptions):
    """Tier tops, assistant-row tops, bus heights; node tops, bottoms and tiers."""
    kind, depth, nd = nodes.kind, nodes.depth, nodes.nd
    level, assist = nodes.level, nodes.assist
    n = len(kind)
    max_d = len(level) - 1
    top = [opts.margin]
    atop = [0.0] * (max_d + 1)
    bus = [0.0] * (max_d + 1)
    for d in range(max_d + 1):
        below = top[d] + level[d]
        if assist[d] > 0:
            atop[d] = below + opts.assistant_gap
            below = atop[d] + assist[d]
        nxt = below + opts.v_gap
        bus[d] = (below + nxt) / 2
        top.append(nxt)
    step = max(opts.v_gap + max(level, default=0.0), 1.0)
    # plain units (the vast majority) first, in one pass per list
    ys = [top[d] for d in depth[1:]]
    ys.insert(0, opts.margin - opts.v_gap)
    lb = [top[d] + level[d] for d in range(max_d + 1)]
    bots = [lb[d] for d in depth[1:]]
    bots.insert(0, ys[0])
    if nodes.plain:  # one unit per node: a node covers the tier of its depth
        return top, bus, ys, bots, None
    tiers: list[tuple[int, int]] = [(d, d) for d in depth]
    for v in range(1, n):
        k = kind[v]
        if k == UNIT:
            continue
        d = depth[v]
        if k == ABLOCK:
            ys[v] = atop[d]
            bots[v] = atop[d] + assist[d]
        else:
            b = bots[v] = top[d] + nd[v]
            while top[-1] < b:  # a long stack reaches below the deepest tier
                top.append(top[-1] + step)
            tiers[v] = (d, bisect_right(top, b - 1e-9) - 1)
    return top, bus, ys, bots, tiers


def tree_layout(
    forest: Forest,
    sizes: Mapping[str, tuple[float, float]],
    view: str,
    opts: LayoutOptions,
    cache: TreeCache | None = None,
    changed: set[str] | None = None,
) -> Layout:
    """Lay out the classic or compact view; reuse ``cache`` for untouched branches.

    ``changed`` names the units edited since ``cache`` was made (ignored
    without a cache).  The returned layout's ``cache`` is a fresh
    :class:`TreeCache`.
    """
    lr = opts.direction == "lr"
    nodes = _build_nodes(forest, view, opts, sizes, lr)
    kind, ref, kids, parent = nodes.kind, nodes.ref, nodes.kids, nodes.parent
    nb, anchor = nodes.nb, nodes.anchor
    n = len(kind)
    gap = opts.h_gap
    width = [b + gap for b in nb]
    top, bus, ys, bots, tiers = _tiers(nodes, opts)

    c = 0
    while len(kids[c]) == 1:
        c = kids[c][0]
    starts = list(kids[c])
    keys = [ref[s] if kind[s] != SBLOCK else "\x00stack:" + ref[s] for s in starts]
    signature = (view, opts, tuple(top), tuple(nodes.level), tuple(nodes.assist))
    usable = cache is not None and cache.signature == signature and cache.top == ref[c]
    dirty = _dirty(cache, changed, forest, ref, nodes.block, starts, keys) \
        if usable and cache is not None else set()
    new_cache = TreeCache(signature, ref[c], keys, starts, ref, parent, nodes.block)
    st: TidyState | None = None
    rels = []
    contours = []
    ends = starts[1:] + [n] if starts else []
    for key, lo, hi in zip(keys, starts, ends, strict=True):
        got = cache.branches.get(key) if usable and cache is not None else None
        blk = nodes.block[lo]
        shape = tuple(m.uid for m in blk.members) if blk is not None else None
        if got is not None and key not in dirty and got[0] == hi - lo and got[3] == shape:
            rel, contour = got[1], got[2]
            new_cache.reused += 1
        else:
            if st is None:
                st = TidyState(n)
            rel = tidy_branch(lo, hi, kids, parent, width, anchor, bots, st, nodes.plain)
            contour = branch_contour(rel, width, tiers, lo, nodes.depth)
        new_cache.branches[key] = (hi - lo, rel, contour, shape)
        contours.append(contour)
        rels.append(rel)
    pos = combine(contours, len(top)) if contours else []
    x = [0.0] * n
    if starts:
        x[c] = (pos[0] + anchor[starts[0]] + pos[-1] + anchor[starts[-1]]) / 2 - anchor[c]
    v = c
    while v > 0 and parent[v] > 0:
        p = parent[v]
        x[p] = x[v] + anchor[v] - anchor[p]
        v = p
    # shift everything right of the margin, then place each branch
    lefts = [x[v] for v in range(1, starts[0] if starts else n)]
    lefts += [at + min(rel) for at, rel in zip(pos, rels, strict=True)]
    dx = opts.margin - min(lefts) if lefts else 0.0
    for v in range(1, starts[0] if starts else n):
        x[v] += dx
    for at, rel, lo, hi in zip(pos, rels, starts, ends, strict=True):
        off = at + dx
        x[lo:hi] = [xv + off for xv in rel]

    layout = _emit(forest, nodes, x, ys, bus, view, opts)
    layout.cache = new_cache
    if forest.scenario.lines:
        layout.edges.extend(route_secondary(forest, layout.boxes, opts))
    if lr:
        _transpose(layout)
    return layout


def _node_finder(ref: list[str], blocks: list[Block | None], many: bool):
    """A function from unit id to the node holding its card (its block for stacked cards)."""
    # a manager's own node comes before its blocks (which carry its id too): first wins
    index = dict(zip(reversed(ref), range(len(ref) - 1, -1, -1), strict=True)) if many else None
    members: dict[str, int] | None = None

    def find(uid: str) -> int | None:
        nonlocal members
        got = index.get(uid) if index is not None else (ref.index(uid) if uid in ref else None)
        if got is not None:
            return got
        if members is None:
            members = {m.uid: v for v, b in enumerate(blocks) if b is not None for m in b.members}
        return members.get(uid)
    return find


def _dirty(cache: TreeCache, changed: set[str] | None, forest: Forest, ref, blocks, starts,
           keys) -> set[str]:
    """Keys of the branches, before and after the edit, that an edit may have changed.

    Besides a changed unit's own branch, its parent's and grandparent's: a
    unit that gains or loses reports changes whether it stacks under its
    manager, which reshapes the manager's stack.
    """
    out: set[str] = set()
    if not changed:
        return out
    many = len(changed) > 8
    old_find = _node_finder(cache.ref, cache.blocks, many)
    new_find = _node_finder(ref, blocks, many)
    units = forest.units
    related: set[str] = set()
    for uid in changed:
        related.add(uid)
        v = old_find(uid)
        for _ in range(2):  # old parent and grandparent (blocks carry their manager's id)
            if v is None or cache.parent[v] <= 0:
                break
            v = cache.parent[v]
            related.add(cache.ref[v])
        u = units.get(uid)
        for _ in range(2):  # new parent and grandparent
            if u is None or u.parent is None:
                break
            related.add(u.parent)
            u = units.get(u.parent)
    for uid in related:
        out.add("\x00stack:" + uid)
        old = old_find(uid)
        if old is not None and cache.branch_starts and old >= cache.branch_starts[0]:
            out.add(cache.branch_keys[bisect_right(cache.branch_starts, old) - 1])
        vis = forest.visible_ancestor(uid) if uid in units else None
        new = new_find(vis) if vis is not None else None
        if new is not None and starts and new >= starts[0]:
            out.add(keys[bisect_right(starts, new) - 1])
    return out


def _emit(forest, nodes: _Nodes, x, ys, bus, view, opts) -> Layout:
    kind, ref, parent, depth, blocks = nodes.kind, nodes.ref, nodes.parent, nodes.depth, nodes.block
    nb, nd, anchor = nodes.nb, nodes.nd, nodes.anchor
    n = len(kind)
    hidden = forest.hidden
    right = max(map(float.__add__, x[1:], nb[1:]), default=0.0)
    bottom = max(map(float.__add__, ys[1:], nd[1:]), default=0.0)
    plain = ABLOCK not in kind and SBLOCK not in kind  # every node is a unit
    if plain:
        boxes = dict(zip(ref[1:], map(Box, x[1:], ys[1:], nb[1:], nd[1:]), strict=True))
        unit_nodes: range | list[int] = range(1, n)
    else:
        unit_nodes = [v for v in range(1, n) if kind[v] == UNIT]
        boxes = {ref[v]: Box(x[v], ys[v], nb[v], nd[v]) for v in unit_nodes}
    for uid, count in hidden.items():
        b = boxes.get(uid)
        if b is not None:
            b.kind, b.hidden = "collapsed", count
    cxs = list(map(float.__add__, x, anchor))
    bts = list(map(float.__add__, ys, nd))
    # a unit's manager: its parent, or the manager above an assistant block
    mgr = parent if plain else \
        [p if kind[p] == UNIT else parent[p] if kind[p] == ABLOCK else 0 for p in parent]
    reports = [v for v in unit_nodes if mgr[v] > 0]
    ms = list(map(mgr.__getitem__, reports))
    # a manager's first point and the start of its bus, shared by its reports' lines
    first: list[Point | None] = [None] * n
    turn: list[Point | None] = [None] * n
    bus_y = [0.0] * n
    for m in dict.fromkeys(ms):
        px = cxs[m]
        ym = bus_y[m] = bus[depth[m]]
        first[m] = (px, bts[m])
        turn[m] = (px, ym)
    pts = [[first[m], (cxs[m], yv)] if -1e-6 < cxs[m] - cx < 1e-6 else
           [first[m], turn[m], (cx, bus_y[m]), (cx, yv)]
           for m, cx, yv in zip(ms, map(cxs.__getitem__, reports), map(ys.__getitem__, reports),
                                strict=True)]
    get = ref.__getitem__
    edges = list(map(Edge, map(get, ms), map(get, reports), repeat("reporting"), pts))
    del pts
    add_edge = edges.append
    for v in range(1, n) if not plain else ():
        k = kind[v]
        if k == UNIT:
            continue
        blk = blocks[v]
        assert blk is not None
        xv = x[v]
        yv = ys[v]
        mm = parent[v] if k == ABLOCK else mgr[v]
        px = cxs[mm]
        pb = bts[mm]
        spine = xv + anchor[v]
        straight = abs(px - spine) < 1e-6
        ym = bus[depth[mm]]
        ekind = "assistant" if k == ABLOCK else "reporting"
        for mem in blk.members:
            bx = xv + mem.b
            by = yv + mem.d
            hid = hidden.get(mem.uid, 0)
            boxes[mem.uid] = Box(bx, by, mem.bs, mem.ds, "collapsed" if hid else "unit", hid)
            mid = by + mem.ds / 2
            ex = bx if mem.side > 0 else bx + mem.bs
            if k == ABLOCK or straight:
                pts = [(px, pb), (px, mid), (ex, mid)]
            else:
                pts = [(px, pb), (px, ym), (spine, ym), (spine, mid), (ex, mid)]
            add_edge(Edge(ref[v], mem.uid, ekind, pts))
    return Layout(view=view, width=right + opts.margin, height=bottom + opts.margin,
                  boxes=boxes, edges=edges, parked=list(forest.parked),
                  direction=opts.direction, scenario_id=forest.scenario.id)


def _transpose(layout: Layout) -> None:
    """Turn a top-down layout into a left-to-right one, in place."""
    for b in layout.boxes.values():
        b.x, b.y, b.w, b.h = b.y, b.x, b.h, b.w
    for e in layout.edges:
        e.points = [(py, px) for px, py in e.points]
    layout.width, layout.height = layout.height, layout.width
