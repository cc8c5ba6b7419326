"""The part of a scenario a chart shows: placed units, minus what collapsed units hide."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import chain

from orgdesign.model import Project, Scenario, TreeIndex

from .geometry import CUSTOMER_ID
from .sizes import estimate_sizes

_EMPTY: list[str] = []


@dataclass
class Forest:
    """Visible units of one scenario, depth first in model order.

    ``order`` lists every unit that gets a box; ``hidden`` maps a collapsed
    unit to the number of descendants it stands for; ``parked`` lists the
    units in the parking lot.  ``kids(uid)`` is the visible children (none
    for a collapsed unit).

    The same tree as index arrays, with a virtual root at index 0 above the
    roots: ``ids[i]`` (``""`` for the virtual root, then ``order``),
    ``up[i]`` the parent index, ``down[i]`` the child indices, ``depth[i]``
    (roots 0, the virtual root -1).  ``assistants`` and ``compact`` (the
    units whose ``compact`` flag is set) spare the views a pass over the units.
    """

    project: Project
    scenario: Scenario
    index: TreeIndex
    roots: list[str]
    order: list[str]
    hidden: dict[str, int]
    parked: list[str]
    vkids: dict[str, list[str]]
    assistants: set[str]
    compact: dict[str, bool]
    ids: list[str]
    up: list[int]
    down: list[list[int]]
    depth: list[int]
    sizes: list[tuple[float, float]] | None = None  # aligned with order, once resolved
    in_order: list[int] | None = None  # rank in an in-order walk (rings), once computed

    def kids(self, uid: str) -> list[str]:
        """Visible children of ``uid`` in model order."""
        return self.vkids.get(uid, _EMPTY)

    def visible_ancestor(self, uid: str) -> str | None:
        """``uid`` if it has a box, else its nearest ancestor that has one (None if parked)."""
        units = self.index.units
        chain = []
        cur: str | None = uid
        while cur is not None and cur in units:
            chain.append(cur)
            cur = units[cur].parent
        if not chain or units[chain[-1]].parked:
            return None
        # the topmost collapsed unit on the chain hides everything below it
        for c in reversed(chain):
            if units[c].collapsed:
                return c
        return uid


def build_forest(project: Project, scenario_id: str | None = None) -> Forest:
    """Return the visible forest of a scenario; KeyError if it does not exist."""
    sc = project.scenario(scenario_id)
    index = TreeIndex(sc, project)
    children = index.children
    roots = index.placed_roots()
    hidden: dict[str, int] = {}
    vkids: dict[str, list[str]] = {}
    ids = [""]
    up = [-1]
    depth = [-1]
    down: list[list[int]] = [[]]
    stack = [(r, 0) for r in reversed(roots)]
    pop = stack.pop
    extend = stack.extend
    add_id, add_up, add_depth, add_down = ids.append, up.append, depth.append, down.append
    collapsed: set[str] = set()
    assistants: set[str] = set()
    compact: dict[str, bool] = {}
    for u in sc.units:  # one pass over the (pydantic) units for every flag
        if u.collapsed or u.assistant or u.compact is not None:
            if u.collapsed:
                collapsed.add(u.id)
            if u.assistant:
                assistants.add(u.id)
            if u.compact is not None:
                compact[u.id] = u.compact
    get = children.get
    while stack:
        uid, p = pop()
        i = len(ids)
        add_id(uid)
        add_up(p)
        add_depth(depth[p] + 1)
        add_down([])
        down[p].append(i)
        ks = get(uid)
        if not ks:
            continue
        if uid in collapsed:
            count = 0
            inner = list(ks)
            while inner:
                c = inner.pop()
                count += 1
                inner.extend(children.get(c, _EMPTY))
            hidden[uid] = count
            continue
        vkids[uid] = ks
        extend([(c, i) for c in reversed(ks)])
    return Forest(project, sc, index, roots, ids[1:], hidden, index.parked(), vkids,
                  assistants, compact, ids, up, down, depth)


def resolve_sizes(
    project: Project,
    scenario_id: str | None,
    sizes: Mapping[str, tuple[float, float]] | None,
    forest: Forest,
) -> Mapping[str, tuple[float, float]]:
    """``sizes`` completed with estimates for every box it lacks.

    Also stores the sizes of the visible units, in order, in ``forest.sizes``.
    Raises ValueError for a size that is not two positive finite numbers.
    """
    needed = forest.order + [s.id for s in forest.scenario.segments] + [CUSTOMER_ID]
    out: Mapping[str, tuple[float, float]]
    try:
        if sizes is None:
            raise KeyError(None)
        out = sizes
        vals = list(map(out.__getitem__, needed))
    except KeyError:
        est = estimate_sizes(project, scenario_id)
        if sizes is not None:
            est.update(sizes)
        out = est
        vals = list(map(out.__getitem__, needed))
    forest.sizes = vals[:len(forest.order)]
    flat = list(chain.from_iterable(vals))
    # C-speed screening; only a bad value pays for the slow search
    if flat and not (min(flat) > 0 and max(flat) < 1e7 and math.isfinite(sum(flat))
                     and len(flat) == 2 * len(vals)):
        for k, (w, h) in zip(needed, vals, strict=True):
            if not (0 < w < 1e7 and 0 < h < 1e7):
                raise ValueError(f"box size of {k!r} must be positive and finite, "
                                 f"got {(w, h)!r}")
    return out


def layer_values(forest: Forest) -> list[str]:
    """The layer (``Layer`` value) of every visible unit, aligned with ``forest.ids``.

    Same rule as :meth:`TreeIndex.layer` (explicit layer; else customer-facing
    effective function or a segment's point of contact -> customer-contact;
    else having reports -> management; else support), computed in one pass
    over the visible tree.  Index 0 (the virtual root) is ``""``.
    """
    units = forest.index.units
    children = forest.index.children
    facing = {f.id for f in forest.project.functions if f.customer_facing}
    contacts = {c for s in forest.scenario.segments for c in s.contacts}
    ids, up = forest.ids, forest.up
    n = len(ids)
    eff: list[str | None] = [None] * n
    out = [""] * n
    for i in range(1, n):
        u = units[ids[i]]
        f = eff[i] = u.function or eff[up[i]]
        if u.layer is not None:
            out[i] = u.layer.value
        elif f in facing or u.id in contacts:
            out[i] = "customer-contact"
        elif u.id in children:
            out[i] = "management"
        else:
            out[i] = "support"
    return out
