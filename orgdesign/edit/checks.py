"""Local checks of a splice before it happens: what the change could break, no more.

Each check looks at the objects inserted and the ids removed, and walks the
rest of the project only where it must (a removal must not leave a dangling
reference; a person may fill one unit).  The whole-project
:func:`~orgdesign.model.check_project` is never called: at 50,000 units it
costs several times an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from orgdesign.model import EditError, Process, Project, Scenario, Unit, invariant_problems

from .common import label


@dataclass
class Span:
    """A splice about to happen: the list as it is and the change to it."""

    project: Project
    sc: Scenario | None
    items: list[Any]
    pos_of: dict[str, int]  # id -> position in ``items``
    removed: set[str]
    inserted: list[Any]
    new: dict[str, Any] = field(init=False)
    gone: set[str] = field(init=False)  # removed and not inserted again

    def __post_init__(self) -> None:
        self.new = {x.id: x for x in self.inserted}
        self.gone = self.removed - self.new.keys()

    def after(self, obj_id: str) -> Any | None:
        """The object with this id once the splice is done (None if there is none)."""
        if obj_id in self.new:
            return self.new[obj_id]
        if obj_id in self.removed or obj_id not in self.pos_of:
            return None
        return self.items[self.pos_of[obj_id]]

    def before(self, obj_id: str) -> Any | None:
        """The object with this id as it is now (None if there is none)."""
        pos = self.pos_of.get(obj_id)
        return None if pos is None else self.items[pos]


def _walk_cycles(span: Span, what: str) -> None:
    """Refuse when following parents from an inserted object loops back.

    Only inserted objects can close a loop (the rest was a forest), so walks
    start there; ``safe`` remembers ancestors already proven to reach a root.
    """
    safe: set[str] = set()
    for obj in span.inserted:
        path: set[str] = set()
        cur: str | None = obj.id
        while cur is not None and cur not in safe:
            if cur in path:
                parent = span.after(obj.parent)
                raise EditError(f"cannot place {what} {label(obj)} under {label(parent)}: "
                                f"{label(parent)} is inside its subtree (reporting cycle)")
            path.add(cur)
            node = span.after(cur)
            cur = node.parent if node is not None else None
        safe |= path


def _check_units(span: Span) -> None:
    # Removed units must leave nothing pointing at them; inserted ones must
    # point at what exists, fill no one else's person, and close no loop.
    sc = span.sc
    assert sc is not None
    where = f" in scenario {sc.id!r}"
    if span.gone:
        gone, removed = span.gone, span.removed
        for u in span.items:
            if u.parent in gone and u.id not in removed:
                raise EditError(f"unit {label(u)} still reports to removed unit {u.parent!r}")
        for ln in sc.lines:
            if ln.source in gone or ln.target in gone:
                raise EditError(f"secondary line {ln.id!r}{where} still names a removed unit")
        for s in sc.segments:
            if any(c in gone for c in s.contacts):
                raise EditError(f"segment {label(s)}{where} still names a removed unit")
    if not span.inserted:
        return
    functions: set[str] | None = None
    staffed = False
    for u in span.inserted:
        old: Unit | None = span.before(u.id) if u.id in span.removed else None
        if u.parent is not None and span.after(u.parent) is None:
            raise EditError(f"unit {label(u)} reports to unknown unit {u.parent!r}{where}")
        if u.parked and u.parent is not None:
            raise EditError(f"parked unit {label(u)} cannot have a parent")
        if u.function is not None and (old is None or old.function != u.function):
            functions = functions or {f.id for f in span.project.functions}
            if u.function not in functions:
                raise EditError(f"unit {label(u)} names unknown function {u.function!r}")
        # a unit put back with the person it had needs no look-up
        staffed = staffed or (u.person is not None and (old is None or old.person != u.person))
    if staffed:
        _check_people_of(span, where)
    _walk_cycles(span, "unit")


def _check_people_of(span: Span, where: str) -> None:
    people = {p.id for p in span.project.people}
    holders = {u.person: u for u in span.items if u.person is not None and u.id not in span.removed}
    for u in span.inserted:
        if u.person is None:
            continue
        if u.person not in people:
            raise EditError(f"unit {label(u)} names unknown person {u.person!r}")
        if u.person in holders:
            raise EditError(f"person {u.person!r} already fills unit "
                            f"{label(holders[u.person])}{where}")
        holders[u.person] = u


def _unit_ids(sc: Scenario | None) -> set[str]:
    assert sc is not None
    return {u.id for u in sc.units}


def _check_segments(span: Span) -> None:
    if any(s.contacts for s in span.inserted):
        units = _unit_ids(span.sc)
        for s in span.inserted:
            for c in s.contacts:
                if c not in units:
                    raise EditError(f"segment {label(s)} names unknown contact unit {c!r}")


def _check_lines(span: Span) -> None:
    if span.inserted:
        units = _unit_ids(span.sc)
        for ln in span.inserted:
            for end in (ln.source, ln.target):
                if end not in units:
                    raise EditError(f"secondary line {ln.id!r} names unknown unit {end!r}")


def _check_functions(span: Span) -> None:
    if span.gone:
        for s in span.project.scenarios:
            for u in s.units:
                if u.function in span.gone:
                    raise EditError(f"function {u.function!r} is still used by unit {label(u)} "
                                    f"in scenario {s.id!r}")


def _check_people(span: Span) -> None:
    if span.gone:
        for s in span.project.scenarios:
            for u in s.units:
                if u.person in span.gone:
                    raise EditError(f"person {u.person!r} still fills unit {label(u)} "
                                    f"in scenario {s.id!r}")


def _check_scenarios(span: Span) -> None:
    project = span.project
    if len(span.items) - len(span.removed) + len(span.inserted) < 1:
        raise EditError("a project keeps at least one scenario")
    if project.active_scenario in span.gone:
        raise EditError(f"scenario {project.active_scenario!r} is the active one; "
                        "make another scenario active first")
    for s in span.inserted:
        # A whole scenario arrives at once: check it alone, against this
        # project's functions and people (linear in its size, not the project's).
        alone = Project.model_construct(functions=project.functions, people=project.people,
                                        scenarios=[s], active_scenario=s.id, processes=[],
                                        raci_matrices=[])
        problems = invariant_problems(alone)
        if problems:
            raise EditError(f"scenario {label(s)} is not sound: {problems[0]}")


def process_problem(p: Process) -> str | None:
    """The first problem inside one process (duplicate ids, flows to unknown steps)."""
    steps: set[str] = set()
    for s in p.steps:
        if s.id in steps:
            return f"process {label(p)} has two steps with id {s.id!r}"
        steps.add(s.id)
    flows: set[str] = set()
    for f in p.flows:
        if f.id in flows:
            return f"process {label(p)} has two flows with id {f.id!r}"
        flows.add(f.id)
        for end in (f.source, f.target):
            if end not in steps:
                return f"flow {f.id!r} of process {label(p)} names unknown step {end!r}"
    return None


def _check_processes(span: Span) -> None:
    for p in span.items:
        if p.parent in span.gone and p.id not in span.removed:
            raise EditError(f"process {label(p)} is a sub-process of removed process {p.parent!r}")
    for p in span.inserted:
        problem = process_problem(p)
        if problem:
            raise EditError(problem)
        if p.parent is not None and span.after(p.parent) is None:
            raise EditError(f"process {label(p)} is a sub-process of unknown process {p.parent!r}")
    _walk_cycles(span, "process")


def _check_raci(span: Span) -> None:
    # Role columns may name units that are gone (the rule checks report them);
    # the matrix itself must hang together.
    for m in span.inserted:
        acts = [a.id for a in m.activities]
        roles = [r.id for r in m.roles]
        for kind, ids in (("activity", acts), ("role", roles)):
            if len(set(ids)) != len(ids):
                raise EditError(f"RACI matrix {label(m)} has a duplicate {kind} id")
        known_a, known_r = set(acts), set(roles)
        for aid, row in m.cells.items():
            if aid not in known_a or not set(row) <= known_r:
                raise EditError(f"RACI matrix {label(m)} has cells outside its rows and columns")


CHECKS: dict[str, Callable[[Span], None]] = {
    "units": _check_units,
    "segments": _check_segments,
    "lines": _check_lines,
    "functions": _check_functions,
    "people": _check_people,
    "scenarios": _check_scenarios,
    "processes": _check_processes,
    "raci_matrices": _check_raci,
}
