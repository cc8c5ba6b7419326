"""Interfaces: flows between steps performed by different functions (or units).

A process is evaluated against one scenario: a step's *group* is the
effective function of its unit (the unit's own, else the nearest ancestor's),
or the unit itself with ``by="unit"``.  Every flow counts once, whatever its
kind (sequence, branch or loop back): a flow whose two steps fall in different
groups is an **interface**; one whose steps fall in the same group is a
**within** hand-off, counted apart.

The ``(none)`` bucket: a step without a unit, whose unit is not in the
scenario, or whose unit has no function anywhere up its chain, falls in one
group of its own, ``(none)`` (id ``None``).  ``(none)`` is treated like any
other group, as the event-log hand-offs treat an empty group: a flow between
``(none)`` and a function **is** an interface (the work leaves the function;
nobody has said where to), a flow from ``(none)`` to ``(none)`` is a within
hand-off.  ``unassigned`` counts the flows touching ``(none)`` so a report
can say how much of the total rests on steps nobody has placed yet.  A flow
naming a step that does not exist (only a broken file has one) is counted in
``dangling`` and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Literal

from orgdesign.model import Flow, Process, Project, Scenario, TreeIndex

By = Literal["function", "unit"]

#: Display name of the bucket for steps without a function (or unit).
NONE_NAME = "(none)"


@dataclass(frozen=True)
class Group:
    """One row/column of the matrix: a function (or unit), or the (none) bucket."""

    id: str | None
    name: str

    def to_dict(self) -> dict:
        """Return ``{"id", "name"}`` (id is null for the (none) bucket)."""
        return {"id": self.id, "name": self.name}


@dataclass
class PairCount:
    """Flows from one group to another (ordered) or between two (unordered)."""

    source: Group
    target: Group
    count: int

    def to_dict(self) -> dict:
        """Return ``{"from", "from_name", "to", "to_name", "count"}``."""
        return {"from": self.source.id, "from_name": self.source.name,
                "to": self.target.id, "to_name": self.target.name, "count": self.count}


@dataclass
class ClassifiedFlow:
    """A flow with the groups of its two steps; ``interface`` when they differ."""

    process: Process
    flow: Flow
    source: str | None
    target: str | None

    @property
    def interface(self) -> bool:
        """True when the two steps fall in different groups."""
        return self.source != self.target


@dataclass
class ProcessInterfaces:
    """The counts of one process."""

    id: str
    name: str
    flows: int = 0
    interfaces: int = 0
    within: int = 0
    unassigned: int = 0
    dangling: int = 0
    pairs: list[PairCount] = field(default_factory=list)  # interfaces, count desc

    def to_dict(self) -> dict:
        """Return the JSON form (``pairs`` as a list of pair dicts)."""
        return {"id": self.id, "name": self.name, "flows": self.flows,
                "interfaces": self.interfaces, "within": self.within,
                "unassigned": self.unassigned, "dangling": self.dangling,
                "pairs": [p.to_dict() for p in self.pairs]}


@dataclass
class InterfaceReport:
    """Interface counts of a set of processes against one scenario.

    ``matrix[i][j]`` counts flows from a step of ``groups[i]`` to a step of
    ``groups[j]``; the diagonal holds the within hand-offs, the rest sums to
    ``total``.  ``groups`` lists every project function (project order) with
    ``by="function"``, or every unit performing a step (scenario order) with
    ``by="unit"``; the (none) bucket comes last and only when used.
    """

    by: str
    scenario: str
    groups: list[Group]
    matrix: list[list[int]]
    processes: list[ProcessInterfaces]
    total: int
    within: int
    flows: int
    unassigned: int
    dangling: int

    def pairs(self) -> list[PairCount]:
        """Ordered pairs with at least one interface, count descending then matrix order."""
        out = [PairCount(self.groups[i], self.groups[j], n)
               for i, row in enumerate(self.matrix) for j, n in enumerate(row) if n and i != j]
        return sorted(out, key=lambda p: -p.count)

    def unordered_pairs(self) -> list[PairCount]:
        """Unordered pairs (``source`` first in matrix order), count descending."""
        out = []
        for i in range(len(self.groups)):
            for j in range(i + 1, len(self.groups)):
                n = self.matrix[i][j] + self.matrix[j][i]
                if n:
                    out.append(PairCount(self.groups[i], self.groups[j], n))
        return sorted(out, key=lambda p: -p.count)

    def unordered_matrix(self) -> list[list[int]]:
        """The symmetric matrix ``matrix + matrixᵀ`` off the diagonal (diagonal kept)."""
        m = self.matrix
        return [[m[i][j] if i == j else m[i][j] + m[j][i] for j in range(len(m))]
                for i in range(len(m))]

    def count(self, source: str | None, target: str | None) -> int:
        """Flows from group id ``source`` to group id ``target`` (0 for unknown ids)."""
        ids = [g.id for g in self.groups]
        if source not in ids or target not in ids:
            return 0
        return self.matrix[ids.index(source)][ids.index(target)]

    def process(self, key: str) -> ProcessInterfaces:
        """The counts of the process with this id or name; KeyError if none."""
        for p in self.processes:
            if key in (p.id, p.name):
                return p
        raise KeyError(key)

    def to_dict(self) -> dict:
        """Return the JSON form printed by ``orgdesign interfaces --json``."""
        return {
            "by": self.by, "scenario": self.scenario, "total": self.total,
            "within": self.within, "flows": self.flows, "unassigned": self.unassigned,
            "dangling": self.dangling,
            "groups": [g.to_dict() for g in self.groups], "matrix": self.matrix,
            "pairs": [p.to_dict() for p in self.pairs()],
            "unordered_pairs": [p.to_dict() for p in self.unordered_pairs()],
            "processes": [p.to_dict() for p in self.processes],
        }


def step_groups(
    project: Project, scenario: Scenario, by: By = "function", index: TreeIndex | None = None,
) -> dict[str, str | None]:
    """Return unit id -> group id for every unit of the scenario.

    With ``by="function"`` the group is the effective function (None when no
    unit up the chain has one); with ``by="unit"`` it is the unit itself.
    Raises ValueError for another ``by``.
    """
    if by == "unit":
        return {u.id: u.id for u in scenario.units}
    if by != "function":
        raise ValueError(f"by must be 'function' or 'unit', not {by!r}")
    ix = index or TreeIndex(scenario, project)
    return ix.effective_functions()


def classify_flows(
    project: Project, scenario: Scenario, processes: Iterable[Process] | None = None,
    by: By = "function",
) -> Iterator[ClassifiedFlow]:
    """Yield every flow (of ``processes``, default all) with the groups of its two steps.

    Flows naming an unknown step are skipped.  Raises ValueError for a bad ``by``.
    """
    groups = step_groups(project, scenario, by)
    for proc in project.processes if processes is None else processes:
        step_group = {s.id: groups.get(s.unit) if s.unit else None for s in proc.steps}
        for fl in proc.flows:
            if fl.source in step_group and fl.target in step_group:
                yield ClassifiedFlow(proc, fl, step_group[fl.source], step_group[fl.target])


def count_interfaces(
    project: Project,
    scenario: Scenario | str | None = None,
    processes: Iterable[Process | str] | None = None,
    by: By = "function",
) -> InterfaceReport:
    """Count interfaces of ``processes`` (default all; ids or objects) against ``scenario``.

    ``scenario`` is a Scenario, a scenario id, or None for the active one.
    Returns an :class:`InterfaceReport`.  Raises KeyError for an unknown
    scenario or process id, ValueError for a bad ``by``.
    """
    sc = scenario if isinstance(scenario, Scenario) else project.scenario(scenario)
    by_id = {p.id: p for p in project.processes}
    procs = list(project.processes) if processes is None else [
        p if isinstance(p, Process) else by_id[p] for p in processes]
    unit_group = step_groups(project, sc, by)

    # Matrix axes first, so every count is a list index.
    if by == "function":
        groups = [Group(f.id, f.name) for f in project.functions]
    else:
        performing = {s.unit for p in procs for s in p.steps if s.unit}
        groups = [Group(u.id, u.name) for u in sc.units if u.id in performing]
    pos: dict[str | None, int] = {g.id: i for i, g in enumerate(groups)}
    none_pos = len(groups)
    # A unit naming a function the project lacks cannot pass the invariants;
    # should one get here anyway it lands in (none) rather than crash.
    unit_pos = {uid: pos.get(g, none_pos) if g is not None else none_pos
                for uid, g in unit_group.items()}
    size = none_pos + 1
    matrix = [[0] * size for _ in range(size)]
    reports: list[ProcessInterfaces] = []
    all_groups = groups + [Group(None, NONE_NAME)]
    for proc in procs:
        rep = ProcessInterfaces(proc.id, proc.name)
        step_pos = {s.id: unit_pos.get(s.unit, none_pos) if s.unit else none_pos
                    for s in proc.steps}
        local: dict[tuple[int, int], int] = {}
        for fl in proc.flows:
            a = step_pos.get(fl.source)
            b = step_pos.get(fl.target)
            if a is None or b is None:
                rep.dangling += 1
                continue
            rep.flows += 1
            matrix[a][b] += 1
            if a == none_pos or b == none_pos:
                rep.unassigned += 1
            if a == b:
                rep.within += 1
            else:
                rep.interfaces += 1
                local[(a, b)] = local.get((a, b), 0) + 1
        reports.append(rep)
        rep.pairs = [PairCount(all_groups[a], all_groups[b], n) for (a, b), n in
                     sorted(local.items(), key=lambda kv: (-kv[1], kv[0]))]
    if not any(matrix[none_pos]) and not any(row[none_pos] for row in matrix):
        matrix = [row[:none_pos] for row in matrix[:none_pos]]
    else:
        groups = all_groups
    within = sum(matrix[i][i] for i in range(len(matrix)))
    flows = sum(r.flows for r in reports)
    return InterfaceReport(
        by=by, scenario=sc.id, groups=groups, matrix=matrix, processes=reports,
        total=flows - within, within=within, flows=flows,
        unassigned=sum(r.unassigned for r in reports), dangling=sum(r.dangling for r in reports),
    )
