"""Invariants every project satisfies after load and after every edit.

Unique ids, one forest per scenario (no cycles), every hard reference
resolves, parked units are roots.  A violation is a :class:`ModelError`
naming the object; nothing is ever fixed silently.

:func:`invariant_messages` gives the problems as translatable messages (the
window shows them in the user's language); :func:`invariant_problems` gives
their English sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .errors import ModelError
from .messages import QT_TRANSLATE_NOOP, Message, msg
from .project import Project, Scenario


def _duplicates(ids: Iterable[str], template: str, **where: Any) -> list[Message]:
    """One message per repeated id: ``template`` filled with ``id`` and ``where``."""
    seen: set[str] = set()
    out = []
    for i in ids:
        if i in seen:
            out.append(msg(template, id=i, **where))
        seen.add(i)
    return out


def _unit_problems(sc: Scenario, units: dict, functions: set[str],
                   people: set[str]) -> list[Message]:
    out = []
    assigned: dict[str, str] = {}
    for u in sc.units:
        if u.parent is not None and u.parent not in units:
            out.append(msg(QT_TRANSLATE_NOOP(
                "Messages", "unit {unit!r} in scenario {scenario!r} reports to unknown unit "
                "{parent!r}"), unit=u.id, scenario=sc.id, parent=u.parent))
        if u.parent == u.id:
            out.append(msg(QT_TRANSLATE_NOOP(
                "Messages", "unit {unit!r} in scenario {scenario!r} reports to itself"),
                unit=u.id, scenario=sc.id))
        if u.parked and u.parent is not None:
            out.append(msg(QT_TRANSLATE_NOOP(
                "Messages", "parked unit {unit!r} in scenario {scenario!r} has a parent; "
                "parked units are roots"), unit=u.id, scenario=sc.id))
        if u.function is not None and u.function not in functions:
            out.append(msg(QT_TRANSLATE_NOOP(
                "Messages", "unit {unit!r} in scenario {scenario!r} names unknown function "
                "{function!r}"), unit=u.id, scenario=sc.id, function=u.function))
        if u.person is not None:
            if u.person not in people:
                out.append(msg(QT_TRANSLATE_NOOP(
                    "Messages", "unit {unit!r} in scenario {scenario!r} names unknown person "
                    "{person!r}"), unit=u.id, scenario=sc.id, person=u.person))
            elif u.person in assigned:
                out.append(msg(QT_TRANSLATE_NOOP(
                    "Messages", "person {person!r} fills both {first!r} and {second!r} in "
                    "scenario {scenario!r}"),
                    person=u.person, first=assigned[u.person], second=u.id, scenario=sc.id))
            else:
                assigned[u.person] = u.id
    return out


def _scenario_problems(sc: Scenario, functions: set[str], people: set[str]) -> list[Message]:
    out = _duplicates((u.id for u in sc.units), QT_TRANSLATE_NOOP(
        "Messages", "duplicate unit id {id!r} in scenario {scenario!r}"), scenario=sc.id)
    out += _duplicates((s.id for s in sc.segments), QT_TRANSLATE_NOOP(
        "Messages", "duplicate segment id {id!r} in scenario {scenario!r}"), scenario=sc.id)
    out += _duplicates((ln.id for ln in sc.lines), QT_TRANSLATE_NOOP(
        "Messages", "duplicate secondary line id {id!r} in scenario {scenario!r}"),
        scenario=sc.id)
    units = {u.id: u for u in sc.units}
    out += _unit_problems(sc, units, functions, people)
    out += _cycles(sc, units)
    for s in sc.segments:
        for c in s.contacts:
            if c not in units:
                out.append(msg(QT_TRANSLATE_NOOP(
                    "Messages", "segment {segment!r} in scenario {scenario!r} names unknown "
                    "contact unit {unit!r}"), segment=s.id, scenario=sc.id, unit=c))
    for ln in sc.lines:
        for end in (ln.source, ln.target):
            if end not in units:
                out.append(msg(QT_TRANSLATE_NOOP(
                    "Messages", "secondary line {line!r} in scenario {scenario!r} names unknown "
                    "unit {unit!r}"), line=ln.id, scenario=sc.id, unit=end))
    return out


def _cycles(sc: Scenario, units: dict) -> list[Message]:
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
            # the chain of ids and arrows reads the same in every language
            shown = " -> ".join(repr(c) for c in cyc[:6]) + (" ..." if len(cyc) > 6 else "")
            out.append(msg(QT_TRANSLATE_NOOP(
                "Messages", "reporting cycle in scenario {scenario!r}: {chain} -> {unit!r}"),
                scenario=sc.id, chain=shown, unit=uid))
        for p in path:
            state[p] = 2
    return out


def _process_problems(project: Project) -> list[Message]:
    out = _duplicates((p.id for p in project.processes), QT_TRANSLATE_NOOP(
        "Messages", "duplicate process id {id!r} in the project"))
    procs = {p.id for p in project.processes}
    for p in project.processes:
        out += _duplicates((s.id for s in p.steps), QT_TRANSLATE_NOOP(
            "Messages", "duplicate step id {id!r} in process {process!r}"), process=p.id)
        out += _duplicates((f.id for f in p.flows), QT_TRANSLATE_NOOP(
            "Messages", "duplicate flow id {id!r} in process {process!r}"), process=p.id)
        steps = {s.id for s in p.steps}
        for f in p.flows:
            for end in (f.source, f.target):
                if end not in steps:
                    out.append(msg(QT_TRANSLATE_NOOP(
                        "Messages", "flow {flow!r} in process {process!r} names unknown step "
                        "{step!r}"), flow=f.id, process=p.id, step=end))
        if p.parent is not None and p.parent not in procs:
            out.append(msg(QT_TRANSLATE_NOOP(
                "Messages", "process {process!r} is a sub-process of unknown process "
                "{parent!r}"), process=p.id, parent=p.parent))
    # sub-process chains must not loop
    parent = {p.id: p.parent for p in project.processes}
    for pid in parent:
        seen = set()
        cur: str | None = pid
        while cur is not None and cur in parent:
            if cur in seen:
                out.append(msg(QT_TRANSLATE_NOOP(
                    "Messages", "process {process!r} is its own sub-process (cycle)"),
                    process=pid))
                break
            seen.add(cur)
            cur = parent[cur]
    return out


def _raci_problems(project: Project) -> list[Message]:
    out = _duplicates((m.id for m in project.raci_matrices), QT_TRANSLATE_NOOP(
        "Messages", "duplicate RACI matrix id {id!r} in the project"))
    for m in project.raci_matrices:
        out += _duplicates((a.id for a in m.activities), QT_TRANSLATE_NOOP(
            "Messages", "duplicate activity id {id!r} in RACI matrix {matrix!r}"), matrix=m.id)
        out += _duplicates((r.id for r in m.roles), QT_TRANSLATE_NOOP(
            "Messages", "duplicate role id {id!r} in RACI matrix {matrix!r}"), matrix=m.id)
        acts = {a.id for a in m.activities}
        roles = {r.id for r in m.roles}
        for aid, row in m.cells.items():
            if aid not in acts:
                out.append(msg(QT_TRANSLATE_NOOP(
                    "Messages", "RACI matrix {matrix!r} has cells for unknown activity "
                    "{activity!r}"), matrix=m.id, activity=aid))
                continue
            for rid in row:
                if rid not in roles:
                    out.append(msg(QT_TRANSLATE_NOOP(
                        "Messages", "RACI matrix {matrix!r} has a cell for unknown role "
                        "{role!r}"), matrix=m.id, role=rid))
    return out


def invariant_messages(project: Project) -> list[Message]:
    """Every invariant the project violates, as translatable messages (empty when sound)."""
    out = _duplicates((f.id for f in project.functions), QT_TRANSLATE_NOOP(
        "Messages", "duplicate function id {id!r} in the project"))
    out += _duplicates((p.id for p in project.people), QT_TRANSLATE_NOOP(
        "Messages", "duplicate person id {id!r} in the project"))
    out += _duplicates((s.id for s in project.scenarios), QT_TRANSLATE_NOOP(
        "Messages", "duplicate scenario id {id!r} in the project"))
    if project.active_scenario not in {s.id for s in project.scenarios}:
        out.append(msg(QT_TRANSLATE_NOOP("Messages", "active scenario {scenario!r} does not exist"),
                       scenario=project.active_scenario))
    functions = {f.id for f in project.functions}
    people = {p.id for p in project.people}
    for sc in project.scenarios:
        out += _scenario_problems(sc, functions, people)
    out += _process_problems(project)
    out += _raci_problems(project)
    return out


def invariant_problems(project: Project) -> list[str]:
    """Every invariant the project violates, as English sentences (empty when sound)."""
    return [str(m) for m in invariant_messages(project)]


def check_project(project: Project) -> None:
    """Raise :class:`ModelError` naming the first violated invariant (and how many more)."""
    problems = invariant_messages(project)
    if len(problems) == 1:
        raise ModelError(problems[0])
    if problems:
        # "(and 1 more problems)" as ever: the English text must not change
        raise ModelError(msg(QT_TRANSLATE_NOOP("Messages",
                                               "{problem} (and {count} more problems)"),
                             problem=problems[0], count=len(problems) - 1))
