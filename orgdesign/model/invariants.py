"""Invariants every project satisfies after load and after every edit.

Unique ids, one forest per scenario (no cycles), every hard reference
resolves, parked units are roots.  A violation is a :class:`ModelError`
naming the object; nothing is ever fixed silently.
"""

from __future__ import annotations

from collections.abc import Iterable

from .errors import ModelError
from .project import Project, Scenario


def _duplicates(kind: str, ids: Iterable[str], where: str) -> list[str]:
    seen: set[str] = set()
    out = []
    for i in ids:
        if i in seen:
            out.append(f"duplicate {kind} id {i!r} in {where}")
        seen.add(i)
    return out


def _scenario_problems(sc: Scenario, functions: set[str], people: set[str]) -> list[str]:
    where = f"scenario {sc.id!r}"
    out = _duplicates("unit", (u.id for u in sc.units), where)
    out += _duplicates("segment", (s.id for s in sc.segments), where)
    out += _duplicates("secondary line", (ln.id for ln in sc.lines), where)
    units = {u.id: u for u in sc.units}
    assigned: dict[str, str] = {}
    for u in sc.units:
        if u.parent is not None and u.parent not in units:
            out.append(f"unit {u.id!r} in {where} reports to unknown unit {u.parent!r}")
        if u.parent == u.id:
            out.append(f"unit {u.id!r} in {where} reports to itself")
        if u.parked and u.parent is not None:
            out.append(f"parked unit {u.id!r} in {where} has a parent; parked units are roots")
        if u.function is not None and u.function not in functions:
            out.append(f"unit {u.id!r} in {where} names unknown function {u.function!r}")
        if u.person is not None:
            if u.person not in people:
                out.append(f"unit {u.id!r} in {where} names unknown person {u.person!r}")
            elif u.person in assigned:
                out.append(
                    f"person {u.person!r} fills both {assigned[u.person]!r} and {u.id!r} in {where}"
                )
            else:
                assigned[u.person] = u.id
    out += _cycles(sc, units)
    for s in sc.segments:
        for c in s.contacts:
            if c not in units:
                out.append(f"segment {s.id!r} in {where} names unknown contact unit {c!r}")
    for ln in sc.lines:
        for end in (ln.source, ln.target):
            if end not in units:
                out.append(f"secondary line {ln.id!r} in {where} names unknown unit {end!r}")
    return out


def _cycles(sc: Scenario, units: dict) -> list[str]:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = known acyclic
    out = []
    for start in units:
        path = []
        uid = start
        while uid in units and state.get(uid) is None:
            state[uid] = 1
            path.append(uid)
            uid = units[uid].parent
        if uid in units and state.get(uid) == 1:
            cyc = path[path.index(uid):]
            shown = " -> ".join(repr(c) for c in cyc[:6]) + (" ..." if len(cyc) > 6 else "")
            out.append(f"reporting cycle in scenario {sc.id!r}: {shown} -> {uid!r}")
        for p in path:
            state[p] = 2
    return out


def _process_problems(project: Project) -> list[str]:
    out = _duplicates("process", (p.id for p in project.processes), "the project")
    procs = {p.id for p in project.processes}
    for p in project.processes:
        where = f"process {p.id!r}"
        out += _duplicates("step", (s.id for s in p.steps), where)
        out += _duplicates("flow", (f.id for f in p.flows), where)
        steps = {s.id for s in p.steps}
        for f in p.flows:
            for end in (f.source, f.target):
                if end not in steps:
                    out.append(f"flow {f.id!r} in {where} names unknown step {end!r}")
        if p.parent is not None and p.parent not in procs:
            out.append(f"{where} is a sub-process of unknown process {p.parent!r}")
    # sub-process chains must not loop
    parent = {p.id: p.parent for p in project.processes}
    for pid in parent:
        seen = set()
        cur: str | None = pid
        while cur is not None and cur in parent:
            if cur in seen:
                out.append(f"process {pid!r} is its own sub-process (cycle)")
                break
            seen.add(cur)
            cur = parent[cur]
    return out


def _raci_problems(project: Project) -> list[str]:
    out = _duplicates("RACI matrix", (m.id for m in project.raci_matrices), "the project")
    for m in project.raci_matrices:
        where = f"RACI matrix {m.id!r}"
        out += _duplicates("activity", (a.id for a in m.activities), where)
        out += _duplicates("role", (r.id for r in m.roles), where)
        acts = {a.id for a in m.activities}
        roles = {r.id for r in m.roles}
        for aid, row in m.cells.items():
            if aid not in acts:
                out.append(f"{where} has cells for unknown activity {aid!r}")
                continue
            for rid in row:
                if rid not in roles:
                    out.append(f"{where} has a cell for unknown role {rid!r}")
    return out


def invariant_problems(project: Project) -> list[str]:
    """Every invariant the project violates, as sentences (empty when sound)."""
    out = _duplicates("function", (f.id for f in project.functions), "the project")
    out += _duplicates("person", (p.id for p in project.people), "the project")
    out += _duplicates("scenario", (s.id for s in project.scenarios), "the project")
    if project.active_scenario not in {s.id for s in project.scenarios}:
        out.append(f"active scenario {project.active_scenario!r} does not exist")
    functions = {f.id for f in project.functions}
    people = {p.id for p in project.people}
    for sc in project.scenarios:
        out += _scenario_problems(sc, functions, people)
    out += _process_problems(project)
    out += _raci_problems(project)
    return out


def check_project(project: Project) -> None:
    """Raise :class:`ModelError` naming the first violated invariant (and how many more)."""
    problems = invariant_problems(project)
    if problems:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        raise ModelError(problems[0] + more)
