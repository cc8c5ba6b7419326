"""The part of a scenario a chart shows: placed units, minus what collapsed units hide."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from itertools import chain, repeat

from orgdesign.model import Project, Scenario, Unit

from .geometry import CUSTOMER_ID
from .sizes import estimate_sizes

_EMPTY: list[str] = []
_NO_SIZES: dict[str, tuple[float, float]] = {}
#: the child list of every leaf (a tuple: nothing may append to it)
_LEAF: list[int] = ()  # type: ignore[assignment]


@dataclass
class Forest:
    """Visible units of one scenario, depth first in model order.

    ``order`` lists every unit that gets a box; ``hidden`` maps a collapsed
    unit to the number of descendants it stands for; ``parked`` lists the
    units in the parking lot.  ``kids(uid)`` is the visible children (none
    for a collapsed unit).  ``units`` and ``children`` are the scenario's
    id -> unit and parent id -> child ids maps (as :class:`TreeIndex` has them).

    The same tree as index arrays, with a virtual root at index 0 above the
    roots: ``ids[i]`` (``""`` for the virtual root, then ``order``),
    ``up[i]`` the parent index, ``down[i]`` the child indices (one shared
    empty tuple for every leaf), ``depth[i]`` (roots 0, the virtual root -1).
    ``assistants``, ``compact`` (the units whose ``compact`` flag is set),
    ``functions`` and ``layers`` (explicit function ids and layer values)
    spare the views another pass over the units.
    """

    project: Project
    scenario: Scenario
    children: dict[str | None, list[str]]
    roots: list[str]
    order: list[str]
    hidden: dict[str, int]
    parked: list[str]
    vkids: dict[str, list[str]]
    assistants: set[str]
    compact: dict[str, bool]
    functions: dict[str, str]
    layers: dict[str, str]
    ids: list[str]
    up: list[int]
    down: list[list[int]]
    depth: list[int]
    sizes: list[tuple[float, float]] | None = None  # aligned with order, once resolved
    in_order: list[int] | None = None  # rank in an in-order walk (rings), once computed
    #: sizes looked up by build_forest (None where missing), until resolve_sizes
    given_sizes: list[tuple[float, float] | None] | None = None

    @cached_property
    def units(self) -> dict[str, Unit]:
        """Unit id -> unit, every unit of the scenario (built on first use: a view without
        secondary lines never needs it)."""
        return {u.id: u for u in self.scenario.units}

    @cached_property
    def position(self) -> dict[str, int]:
        """Unit id -> index in ``ids`` (built on first use)."""
        return dict(zip(self.ids, range(len(self.ids)), strict=True))

    def kids(self, uid: str) -> list[str]:
        """Visible children of ``uid`` in model order."""
        return self.vkids.get(uid, _EMPTY)

    def visible_ancestor(self, uid: str) -> str | None:
        """``uid`` if it has a box, else its nearest ancestor that has one (None if parked)."""
        units = self.units
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


def build_forest(
    project: Project,
    scenario_id: str | None = None,
    sizes: Mapping[str, tuple[float, float]] | None = None,
) -> Forest:
    """Return the visible forest of a scenario; KeyError if it does not exist.

    With ``sizes``, also looks up each visible unit's size on the way (None
    where missing), for :func:`resolve_sizes` to use.
    """
    sc = project.scenario(scenario_id)
    # one pass over the (pydantic) units for the maps and every flag: at
    # 100,000 units each pass costs tens of ms in memory traffic alone
    children: dict[str | None, list[str]] = {}
    get = children.get
    collapsed: set[str] = set()
    assistants: set[str] = set()
    compact: dict[str, bool] = {}
    functions: dict[str, str] = {}
    layers: dict[str, str] = {}
    top_units: list[Unit] = []  # the roots, parked or not
    for u in sc.units:
        # the field values straight from the instance dict (where pydantic
        # keeps them): about a fifth cheaper than seven attribute look-ups
        a = u.__dict__
        uid = a["id"]
        par = a["parent"]
        lst = get(par)
        if lst is None:
            children[par] = [uid]
        else:
            lst.append(uid)
        if par is None:
            top_units.append(u)
        if a["collapsed"] or a["assistant"] or a["compact"] is not None:
            if a["collapsed"]:
                collapsed.add(uid)
            if a["assistant"]:
                assistants.add(uid)
            if a["compact"] is not None:
                compact[uid] = a["compact"]
        f = a["function"]
        if f is not None:
            functions[uid] = f
        ly = a["layer"]
        if ly is not None:
            layers[uid] = ly.value
    roots = [u.id for u in top_units if not u.parked]
    parked: list[str] = []
    for r in [u.id for u in top_units if u.parked]:
        stack = [r]
        while stack:
            uid = stack.pop()
            parked.append(uid)
            ks = get(uid)
            if ks:
                stack.extend(reversed(ks))
    hidden: dict[str, int] = {}
    vkids: dict[str, list[str]] = {}
    ids = [""]
    up = [-1]
    depth = [-1]
    down: list[list[int]] = [[]]
    add_id, add_up, add_depth, add_down = ids.append, up.append, depth.append, down.append
    given: list[tuple[float, float] | None] = []
    add_size = given.append
    size_of = sizes.get if sizes is not None else _NO_SIZES.get
    # depth first with a stack of child iterators: a leaf (most units) costs
    # no stack operation
    its = [iter(roots)]
    parents = [0]
    i = 0
    managers = children.keys()
    while its:
        p = parents[-1]
        d = depth[p] + 1
        add_kid = down[p].append
        for uid in its[-1]:
            i += 1
            add_id(uid)
            add_up(p)
            add_depth(d)
            add_kid(i)
            add_size(size_of(uid))  # the id is at hand: cheaper now than in a later pass
            ks = get(uid)
            if ks is None:
                add_down(_LEAF)
                continue
            if uid in collapsed:
                add_down(_LEAF)
                count = 0
                inner = list(ks)
                while inner:
                    c = inner.pop()
                    count += 1
                    inner.extend(get(c, _EMPTY))
                hidden[uid] = count
                continue
            vkids[uid] = ks
            if managers.isdisjoint(ks):
                # only leaves below (most teams): all of them at once, at C speed
                k = len(ks)
                add_down(list(range(i + 1, i + 1 + k)))
                ids.extend(ks)
                up.extend(repeat(i, k))
                depth.extend(repeat(d + 1, k))
                down.extend(repeat(_LEAF, k))
                given.extend(map(size_of, ks))
                i += k
                continue
            add_down([])
            its.append(iter(ks))
            parents.append(i)
            break
        else:
            its.pop()
            parents.pop()
    forest = Forest(project, sc, children, roots, ids[1:], hidden, parked, vkids,
                    assistants, compact, functions, layers, ids, up, down, depth)
    if sizes is not None:
        forest.given_sizes = given
    return forest


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
    order = forest.order
    extra = [s.id for s in forest.scenario.segments] + [CUSTOMER_ID]
    out: Mapping[str, tuple[float, float]]
    head: list[tuple[float, float]] | None = None
    tail: list[tuple[float, float]] = []
    if sizes is not None:
        out = sizes
        got = forest.given_sizes  # looked up during build_forest's walk, if it had them
        try:
            # all(): no None among the sizes (a falsy size is no size either: the
            # lookup then finds it again and _check_sizes() rejects it), a tenth
            # of the cost of ``None not in got``, which compares every tuple to None
            head = got if got is not None and all(got) else list(map(sizes.__getitem__, order))
            tail = list(map(sizes.__getitem__, extra))
        except KeyError:
            head = None
    if head is None:
        est = estimate_sizes(project, scenario_id)
        if sizes is not None:
            est.update(sizes)
        out = est
        head = list(map(out.__getitem__, order))
        tail = list(map(out.__getitem__, extra))
    forest.sizes = head
    forest.given_sizes = None
    _check_sizes(order, head)
    _check_sizes(extra, tail)
    return out


def _check_sizes(keys: list[str], vals: list[tuple[float, float]]) -> None:
    """Raise ValueError unless every value is two positive finite numbers below 1e7."""
    flat = list(chain.from_iterable(vals))
    # C-speed screening; only a bad value pays for the slow search
    if flat and not (min(flat) > 0 and max(flat) < 1e7 and math.isfinite(sum(flat))
                     and len(flat) == 2 * len(vals)):
        for k, (w, h) in zip(keys, vals, strict=True):
            if not (0 < w < 1e7 and 0 < h < 1e7):
                raise ValueError(f"box size of {k!r} must be positive and finite, "
                                 f"got {(w, h)!r}")


def layer_values(forest: Forest) -> list[str]:
    """The layer (``Layer`` value) of every visible unit, aligned with ``forest.ids``.

    Same rule as :meth:`TreeIndex.layer` (explicit layer; else customer-facing
    effective function or a segment's point of contact -> customer-contact;
    else having reports -> management; else support), computed in one pass
    over the visible tree.  Index 0 (the virtual root) is ``""``.
    """
    facing = {f.id for f in forest.project.functions if f.customer_facing}
    contacts = {c for s in forest.scenario.segments for c in s.contacts}
    children = forest.children
    fget = forest.functions.get
    lget = forest.layers.get
    ids, up = forest.ids, forest.up
    n = len(ids)
    eff: list[str | None] = [None] * n
    out = [""] * n
    for i in range(1, n):
        uid = ids[i]
        f = eff[i] = fget(uid) or eff[up[i]]
        ly = lget(uid)
        if ly is not None:
            out[i] = ly
        elif f in facing or uid in contacts:
            out[i] = "customer-contact"
        elif uid in children:
            out[i] = "management"
        else:
            out[i] = "support"
    return out
