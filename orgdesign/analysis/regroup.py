"""Regrouping suggestions: move units between functions so processes cross fewer of them.

The **hand-off graph** has one node per unit performing a step, and an edge
weighted by the number of flows between the steps of two units (both
directions, every flow kind once).  Steps without a unit, or naming a unit the
scenario lacks, gather in one extra node :data:`NOWHERE`.  The number of
interfaces of an assignment unit -> function is the weight of the edges whose
ends sit in different functions: exactly the total of
:func:`~.interfaces.count_interfaces`.

The search:

1. **Candidates.** The current assignment; Louvain communities
   (``louvain_communities`` with a seed); greedy-modularity communities
   (``greedy_modularity_communities`` with ``cutoff=best_n=K`` when a target
   count ``K`` is given).  Communities are brought to ``K`` groups (merging the
   smallest into its best-connected neighbour, splitting the largest by
   Kernighan–Lin bisection) and into the size bounds (oversized ones bisected,
   undersized ones merged where there is room), then mapped to the existing
   functions by maximum overlap (a maximum-weight matching); a community left
   over takes a function no other community got.
2. **Refinement.** A greedy pass moves one unit at a time to the function it
   exchanges most flows with, and swaps two neighbouring units of different
   functions, accepting only changes that strictly reduce interfaces and keep
   the size bounds.  Moves that do not pay for themselves are then taken back.
3. **Choice.** The candidate with the fewest interfaces (then the fewest
   moves) wins, but only when it beats the current assignment: otherwise the
   suggestion has no moves.  A suggestion is never worse than the start.

Only units that already have a function (their own or inherited) move; units
without one stay in the ``(none)`` bucket.  **Size** of a function means the
number of step-performing units in it.  The bounds hold for every group of a
suggestion whose start held them; in general no group ends further outside
the bounds than it started.  A function that has step-performing units keeps
at least one, unless the target count is below the number of such functions
now (then dissolving some is the point).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

import networkx as nx
from networkx.algorithms import community as nxc

from orgdesign.edit.apply import apply
from orgdesign.edit.ops import AddScenario, Batch, Op, SetActiveScenario
from orgdesign.model import EditError, Process, Project, Scenario, TreeIndex
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

from .interfaces import NONE_NAME

#: The node gathering steps that have no unit, or a unit the scenario lacks.
NOWHERE: Hashable = ("(nowhere)",)

Assignment = dict[Hashable, str | None]
Adjacency = dict[Hashable, dict[Hashable, int]]


@dataclass
class Move:
    """One unit changing function, and what it does to the interface count."""

    unit: str
    unit_name: str
    source: str | None
    source_name: str
    target: str
    target_name: str
    delta: int  # change of the total when this move follows the ones listed before it

    def describe(self) -> str:
        """``move Repair desk from Service to Technical support: −14 interfaces``."""
        sign = "−" if self.delta < 0 else "+" if self.delta > 0 else "±"
        return (f"move {self.unit_name} from {self.source_name} to {self.target_name}: "
                f"{sign}{abs(self.delta)} interfaces")

    def to_dict(self) -> dict:
        """Return the JSON form, with ``text`` as from :meth:`describe`."""
        return {"unit": self.unit, "unit_name": self.unit_name, "from": self.source,
                "from_name": self.source_name, "to": self.target, "to_name": self.target_name,
                "delta": self.delta, "text": self.describe()}


@dataclass
class GroupSize:
    """A function and the step-performing units it holds after the suggestion."""

    function: str
    name: str
    units: list[str]

    def to_dict(self) -> dict:
        """Return ``{"function", "name", "size", "units"}``."""
        return {"function": self.function, "name": self.name, "size": len(self.units),
                "units": self.units}


@dataclass
class Suggestion:
    """A regrouping of units into functions; empty ``moves`` when nothing beats the start."""

    scenario: str
    before: int
    after: int
    moves: list[Move] = field(default_factory=list)
    groups: list[GroupSize] = field(default_factory=list)
    method: str = "none"
    target_groups: int = 1
    min_size: int = 1
    max_size: int = 1

    @property
    def saved(self) -> int:
        """Interfaces the suggestion removes (``before - after``, never negative)."""
        return self.before - self.after

    def assignment(self) -> dict[str, str]:
        """unit id -> new function id, for the units that move."""
        return {m.unit: m.target for m in self.moves}

    def to_dict(self) -> dict:
        """Return the JSON form printed by ``orgdesign suggest --json``."""
        return {"scenario": self.scenario, "before": self.before, "after": self.after,
                "saved": self.saved, "method": self.method, "groups_target": self.target_groups,
                "min_size": self.min_size, "max_size": self.max_size,
                "moves": [m.to_dict() for m in self.moves],
                "groups": [g.to_dict() for g in self.groups]}


def handoff_graph(
    project: Project, scenario: Scenario | None = None, processes: Iterable[Process] | None = None,
) -> nx.Graph:
    """Return the undirected hand-off graph of ``processes`` (default all) in ``scenario``.

    Nodes are unit ids (attributes ``name``, ``function``: the effective
    function) plus :data:`NOWHERE` when a step has no known unit; edge
    ``weight`` counts the flows between two nodes' steps.  Flows within one
    unit are left out.
    """
    sc = scenario or project.scenario()
    ix = TreeIndex(sc, project)
    funcs = ix.effective_functions()
    g = nx.Graph()
    for proc in project.processes if processes is None else processes:
        node = {s.id: s.unit if s.unit in ix.units else NOWHERE for s in proc.steps}
        for n in node.values():
            if n not in g:
                if isinstance(n, str):
                    g.add_node(n, name=ix.units[n].name, function=funcs[n])
                else:
                    g.add_node(n, name=NONE_NAME, function=None)
        for fl in proc.flows:
            a, b = node.get(fl.source), node.get(fl.target)
            if a is None or b is None or a == b:
                continue
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
            else:
                g.add_edge(a, b, weight=1)
    return g


def cut_weight(adj: Adjacency, assign: Assignment) -> int:
    """Interfaces of ``assign``: weight of edges between different groups."""
    total = 0
    for u, nbrs in adj.items():
        gu = assign[u]
        for v, w in nbrs.items():
            if assign[v] != gu:
                total += w
    return total // 2


def suggest_regrouping(
    project: Project,
    scenario: Scenario | str | None = None,
    groups: int | None = None,
    min_size: int = 1,
    max_size: int | None = None,
    seed: int = 0,
    processes: Iterable[Process] | None = None,
) -> Suggestion:
    """Return a :class:`Suggestion` that never has more interfaces than ``scenario`` now.

    ``groups`` is the target number of functions for the community step
    (default: as many as the step-performing units are in now);
    ``min_size``/``max_size`` bound the step-performing units per function
    (default maximum: the larger of the largest function now and twice the
    even share, ``ceil(2 * units / groups)``; the result reports the value).
    Deterministic for a given ``seed``.  Raises KeyError for an unknown
    scenario id, ValueError for inconsistent bounds.
    """
    if min_size < 1 or (max_size is not None and max_size < min_size):
        raise ValueError(f"size bounds must satisfy 1 <= min <= max (got {min_size}, {max_size})")
    if groups is not None and groups < 1:
        raise ValueError(f"the target number of groups must be at least 1 (got {groups})")
    sc = scenario if isinstance(scenario, Scenario) else project.scenario(scenario)
    graph = handoff_graph(project, sc, processes)
    order = {u.id: i for i, u in enumerate(sc.units)}
    nodes = sorted(graph.nodes, key=lambda n: order.get(n, -1))
    start: Assignment = {n: graph.nodes[n]["function"] for n in nodes}
    movable = [n for n in nodes if n is not NOWHERE and start[n] is not None]
    adj: Adjacency = {n: {v: d["weight"] for v, d in graph[n].items()} for n in nodes}
    current = _sizes(start)
    if groups is None:
        groups = max(1, len(current))
    if max_size is None:
        # Without an upper bound the optimum is one function holding everybody.
        max_size = max(max(current.values(), default=1), min_size,
                       math.ceil(2 * len(movable) / groups))
    # Dissolving a function is the user's call: only a target below today's count allows it.
    keep = frozenset(current) if groups >= len(current) else frozenset()
    bounds = _Bounds(min_size, max_size, keep)
    before = cut_weight(adj, start)

    candidates: list[tuple[str, Assignment]] = [("greedy moves", _refine(adj, start, movable,
                                                                          bounds))]
    # Integer nodes: networkx iterates sets of them in a fixed order, so the
    # result does not depend on the string hash seed of the interpreter.
    sub = nx.relabel_nodes(graph.subgraph(movable), {n: i for i, n in enumerate(movable)})
    if sub.number_of_edges():
        found = [("louvain", nxc.louvain_communities(sub, weight="weight", seed=seed))]
        k = min(groups, len(movable))
        found.append(("greedy modularity", nxc.greedy_modularity_communities(
            sub, weight="weight", cutoff=k, best_n=k)))
        fids = [f.id for f in project.functions]
        for method, comms in found:
            parts = _fit_count(sub, [set(c) for c in comms], groups, bounds, seed)
            parts = _fit_bounds(sub, parts, bounds, seed)
            members = [[movable[i] for i in sorted(p)] for p in parts]
            assign = _map_to_functions(members, start, fids)
            if assign is None:
                continue
            full = {**start, **assign}
            candidates.append((f"{method} + greedy moves", _refine(adj, full, movable, bounds)))

    best_method, best = "none", start
    best_key = (before, 0)
    for method, cand in candidates:
        cand = _take_back(adj, start, cand, movable, bounds)
        if not bounds.respected(start, cand):
            continue
        key = (cut_weight(adj, cand), sum(cand[n] != start[n] for n in movable))
        if key[0] < best_key[0] or (key[0] == best_key[0] and key < best_key and key[0] < before):
            best_method, best, best_key = method, cand, key
    fname = {f.id: f.name for f in project.functions}
    moves = _ordered_moves(adj, start, best, movable, graph, fname)
    final = best if moves else start
    held: dict[str | None, list[str]] = {}
    for n in movable:
        held.setdefault(final[n], []).append(str(n))
    groups_out = [GroupSize(f.id, f.name, held[f.id]) for f in project.functions if f.id in held]
    return Suggestion(
        scenario=sc.id, before=before, after=cut_weight(adj, final), moves=moves,
        groups=groups_out, method=best_method if moves else "none", target_groups=groups,
        min_size=min_size, max_size=max_size,
    )


@dataclass(frozen=True)
class _Bounds:
    low: int
    high: int | None
    keep: frozenset = frozenset()  # functions that must not be emptied

    def violation(self, group: str | None, size: int) -> int:
        """How far a group of ``size`` units lies outside the bounds (0: inside)."""
        if size == 0:
            # An empty function is no group at all, unless it must be kept.
            return self.low if group in self.keep else 0
        over = size - self.high if self.high is not None and size > self.high else 0
        return max(0, self.low - size) + over

    def fits(self, size: int) -> bool:
        return self.high is None or size <= self.high

    def may_move(self, sizes: dict[str | None, int], src: str | None, dst: str | None) -> bool:
        """True when moving one unit from ``src`` to ``dst`` takes neither further out."""
        a, b = sizes.get(src, 0), sizes.get(dst, 0)
        return (self.violation(src, a - 1) <= self.violation(src, a)
                and self.violation(dst, b + 1) <= self.violation(dst, b))

    def respected(self, start: Assignment, cand: Assignment) -> bool:
        """No group ends further outside the bounds than it started."""
        a, b = _sizes(start), _sizes(cand)
        return all(self.violation(g, b.get(g, 0)) <= self.violation(g, a.get(g, 0))
                   for g in set(a) | set(b))


def _sizes(assign: Assignment) -> dict[str | None, int]:
    out: dict[str | None, int] = {}
    for n, g in assign.items():
        if g is not None and n is not NOWHERE:
            out[g] = out.get(g, 0) + 1
    return out


def _group_weights(adj: Adjacency, assign: Assignment, u: Hashable) -> dict[str | None, int]:
    out: dict[str | None, int] = {}
    for v, w in adj[u].items():
        g = assign[v]
        out[g] = out.get(g, 0) + w
    return out


def _refine(adj: Adjacency, assign: Assignment, movable: list[Hashable],
            bounds: _Bounds) -> Assignment:
    """Greedy single moves and neighbour swaps, each strictly reducing interfaces."""
    assign = dict(assign)
    sizes = _sizes(assign)
    is_movable = set(movable)
    for _ in range(100):  # every accepted change lowers the cut, so this ends long before
        changed = False
        for u in movable:
            g = assign[u]
            wg = _group_weights(adj, assign, u)
            stay = wg.get(g, 0)
            best, best_gain = None, 0
            for h, w in wg.items():
                if h is None or h == g or w - stay <= best_gain:
                    continue
                if bounds.may_move(sizes, g, h):
                    best, best_gain = h, w - stay
            if best is not None:
                assign[u] = best
                sizes[g] -= 1
                sizes[best] = sizes.get(best, 0) + 1
                changed = True
        # Swaps keep every size, so they still help when the bounds block single moves.
        for u in movable:
            for v, w_uv in list(adj[u].items()):
                gu, gv = assign[u], assign[v]
                if v not in is_movable or gu == gv:
                    continue
                wu, wv = _group_weights(adj, assign, u), _group_weights(adj, assign, v)
                gain = (wu.get(gv, 0) - wu.get(gu, 0)) + (wv.get(gu, 0) - wv.get(gv, 0)) - 2 * w_uv
                if gain > 0:
                    assign[u], assign[v] = gv, gu
                    changed = True
        if not changed:
            break
    return assign


def _take_back(adj: Adjacency, start: Assignment, cand: Assignment, movable: list[Hashable],
               bounds: _Bounds) -> Assignment:
    """Undo moves that do not pay: a unit returns home when that costs nothing."""
    cand = dict(cand)
    sizes = _sizes(cand)
    changed = True
    while changed:
        changed = False
        for u in movable:
            home, now = start[u], cand[u]
            if home == now:
                continue
            wg = _group_weights(adj, cand, u)
            if wg.get(home, 0) < wg.get(now, 0):
                continue
            if not bounds.may_move(sizes, now, home):
                continue
            cand[u] = home
            sizes[now] -= 1
            sizes[home] = sizes.get(home, 0) + 1
            changed = True
    return cand


def _strength(graph: nx.Graph, a: set, b: set) -> int:
    return sum(w for u in a for v, w in ((v, d["weight"]) for v, d in graph[u].items()) if v in b)


def _fit_count(graph: nx.Graph, parts: list[set], k: int, bounds: _Bounds,
               seed: int) -> list[set]:
    """Merge or bisect communities until there are ``k`` (as far as the units allow)."""
    parts = [p for p in parts if p]
    while len(parts) > k:
        parts.sort(key=len)
        small = parts.pop(0)
        room = [p for p in parts if bounds.fits(len(p) + len(small))] or parts
        target = max(room, key=lambda p: (_strength(graph, small, p), -len(p)))
        target |= small
    while len(parts) < k:
        parts.sort(key=len, reverse=True)
        if len(parts[0]) < 2:
            break
        a, b = nxc.kernighan_lin_bisection(graph.subgraph(parts[0]), weight="weight", seed=seed)
        parts[0:1] = [set(a), set(b)]
    return parts


def _fit_bounds(graph: nx.Graph, parts: list[set], bounds: _Bounds, seed: int) -> list[set]:
    """Bisect oversized communities; merge undersized ones where there is room."""
    out: list[set] = []
    todo = [p for p in parts if p]
    while todo:
        p = todo.pop()
        if bounds.high is not None and len(p) > bounds.high:
            a, b = nxc.kernighan_lin_bisection(graph.subgraph(p), weight="weight", seed=seed)
            todo += [set(a), set(b)]
        else:
            out.append(p)
    out.sort(key=len)
    i = 0
    while i < len(out):
        p = out[i]
        if len(p) >= bounds.low:
            i += 1
            continue
        room = [q for q in out if q is not p and bounds.fits(len(q) + len(p))]
        if not room:
            i += 1
            continue
        target = max(room, key=lambda q: (_strength(graph, p, q), -len(q)))
        target |= p
        out.pop(i)
    return out


def _map_to_functions(parts: list[list[Hashable]], start: Assignment,
                      fids: list[str]) -> Assignment | None:
    """Give each community an existing function: maximum overlap, then the free ones."""
    match = nx.Graph()
    for i, p in enumerate(parts):
        for n in p:
            f = start[n]
            key = (("c", i), ("f", f))
            if match.has_edge(*key):
                match.edges[key]["weight"] += 1
            else:
                match.add_edge(*key, weight=1)
    chosen: dict[int, str] = {}
    for a, b in nx.max_weight_matching(match, weight="weight"):
        c, f = (a, b) if a[0] == "c" else (b, a)
        chosen[c[1]] = f[1]
    free = [f for f in fids if f not in set(chosen.values())]
    for i in range(len(parts)):
        if i not in chosen:
            if not free:
                return None  # more communities than functions: leave it to other candidates
            chosen[i] = free.pop(0)
    return {n: chosen[i] for i, p in enumerate(parts) for n in p}


def _ordered_moves(adj: Adjacency, start: Assignment, final: Assignment, movable: list[Hashable],
                   graph: nx.Graph, fname: dict[str, str]) -> list[Move]:
    """The moves from ``start`` to ``final``, best first; deltas add up to the change."""
    if cut_weight(adj, final) >= cut_weight(adj, start):
        return []
    pending = [u for u in movable if final[u] != start[u]]
    state = dict(start)
    out: list[Move] = []
    while pending:
        best_i, best_delta = 0, None
        for i, u in enumerate(pending):
            wg = _group_weights(adj, state, u)
            delta = wg.get(state[u], 0) - wg.get(final[u], 0)
            if best_delta is None or delta < best_delta:
                best_i, best_delta = i, delta
        u = pending.pop(best_i)
        src, dst = state[u], final[u]
        state[u] = dst
        out.append(Move(
            unit=str(u), unit_name=graph.nodes[u]["name"], source=src,
            source_name=fname.get(src, NONE_NAME) if src else NONE_NAME,
            target=str(dst), target_name=fname.get(str(dst), str(dst)),
            delta=int(best_delta or 0)))
    return out


# --- applying a suggestion as a new scenario ------------------------------------------


def suggestion_scenario(project: Project, suggestion: Suggestion, name: str,
                        scenario_id: str | None = None) -> Scenario:
    """Return a copy of the suggestion's scenario with the moved units in their new functions.

    Only the moved units change function: a unit below a moved one that
    inherited its function keeps its old function explicitly, so nothing else
    moves.  The copy gets ``scenario_id`` or a fresh id (``suggested``,
    ``suggested-2``...).  Raises EditError when the scenario, a unit or a
    function of the suggestion is unknown, or the id is taken.
    """
    try:
        src = project.scenario(suggestion.scenario)
    except KeyError:
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "no scenario {scenario!r} in the project"),
                            scenario=suggestion.scenario)) from None
    taken = {s.id for s in project.scenarios}
    if scenario_id is None:
        scenario_id, k = "suggested", 1
        while scenario_id in taken:
            k += 1
            scenario_id = f"suggested-{k}"
    elif scenario_id in taken:
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "scenario id {scenario!r} is already taken"),
                            scenario=scenario_id))
    ix = TreeIndex(src, project)
    target = ix.effective_functions()
    known = {f.id for f in project.functions}
    for uid, fid in suggestion.assignment().items():
        if uid not in ix.units:
            raise EditError(msg(QT_TRANSLATE_NOOP(
                "Messages", "the suggestion moves unit {unit!r}, which is not in the scenario"),
                unit=uid))
        if fid not in known:
            raise EditError(msg(QT_TRANSLATE_NOOP(
                "Messages", "the suggestion names unknown function {function!r}"), function=fid))
        target[uid] = fid
    new_function: dict[str, str | None] = {}
    stack: list[tuple[str, str | None]] = [(r, None) for r in reversed(ix.roots)]
    while stack:
        uid, inherited = stack.pop()
        own = ix.units[uid].function
        want = target[uid]
        # Keep an explicit function explicit; set one only where inheriting would be wrong.
        fn = want if own is not None or inherited != want else None
        new_function[uid] = fn
        stack.extend((c, fn or inherited) for c in reversed(ix.kids(uid)))
    units = [u if new_function[u.id] == u.function else u.model_copy(
        update={"function": new_function[u.id]}) for u in src.units]
    return src.model_copy(update={"id": scenario_id, "name": name, "units": units})


def suggestion_op(project: Project, suggestion: Suggestion, name: str,
                  scenario_id: str | None = None, activate: bool = False) -> Op:
    """Return the edit op adding the suggestion as a new scenario (and activating it if asked).

    Raises EditError as :func:`suggestion_scenario` does.
    """
    add = AddScenario(suggestion_scenario(project, suggestion, name, scenario_id))
    if not activate:
        return add
    label = msg(QT_TRANSLATE_NOOP("Messages", "apply suggestion {name}"), name=name)
    return Batch((add, SetActiveScenario(add.scenario.id)), label=label)


def apply_suggestion(project: Project, suggestion: Suggestion, scenario_name: str,
                     scenario_id: str | None = None, activate: bool = False) -> Scenario:
    """Add the suggestion to ``project`` (in place) as a new scenario; return that scenario.

    The active scenario stays unless ``activate``.  Raises EditError as
    :func:`suggestion_scenario` does.
    """
    scenario = suggestion_scenario(project, suggestion, scenario_name, scenario_id)
    add = AddScenario(scenario)
    apply(project, Batch((add, SetActiveScenario(scenario.id))) if activate else add)
    return project.scenario(scenario.id)
