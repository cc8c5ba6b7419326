"""The primitive edits every other op expands to: list splices and field updates.

Each checks locally what it could break (ids, references, cycles by an
ancestor walk) before it mutates anything, never the whole project, so an edit
costs at most a few linear passes over one scenario's lists.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel

from orgdesign.model import (
    CustomerSegment,
    EditError,
    Function,
    Person,
    Process,
    Project,
    RaciMatrix,
    Scenario,
    SecondaryLine,
    Unit,
)
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

from .checks import CHECKS, Span
from .common import NOUNS, clone, get_scenario, label, merged, missing
from .ops import (
    SetActiveScenario,
    Splice,
    UpdateFunction,
    UpdateLine,
    UpdatePerson,
    UpdateProcess,
    UpdateScenario,
    UpdateSegment,
    UpdateUnit,
    UpdateUnits,
)

#: list name -> (class of its items, key of its word in NOUNS, lives in a scenario?)
COLLECTIONS: dict[str, tuple[type[BaseModel], str, bool]] = {
    "units": (Unit, "unit", True),
    "segments": (CustomerSegment, "segment", True),
    "lines": (SecondaryLine, "secondary line", True),
    "functions": (Function, "function", False),
    "people": (Person, "person", False),
    "scenarios": (Scenario, "scenario", False),
    "processes": (Process, "process", False),
    "raci_matrices": (RaciMatrix, "RACI matrix", False),
}

#: project-level list -> the refusal of a splice that names a scenario for it
_NOT_IN_SCENARIO: dict[str, str] = {
    "functions": QT_TRANSLATE_NOOP(
        "Messages", "functions belong to the project, not to scenario {scenario!r}"),
    "people": QT_TRANSLATE_NOOP(
        "Messages", "people belong to the project, not to scenario {scenario!r}"),
    "scenarios": QT_TRANSLATE_NOOP(
        "Messages", "scenarios belong to the project, not to scenario {scenario!r}"),
    "processes": QT_TRANSLATE_NOOP(
        "Messages", "processes belong to the project, not to scenario {scenario!r}"),
    "raci_matrices": QT_TRANSLATE_NOOP(
        "Messages", "RACI matrices belong to the project, not to scenario {scenario!r}"),
}

#: unit fields only the move and park ops may change
UNIT_FIXED = frozenset({"id", "parent", "parked"})


# --- splice -----------------------------------------------------------------------


def apply_splice(project: Project, op: Splice) -> Splice:
    """Apply a :class:`Splice`; return the Splice that restores the list exactly.

    Raises EditError (and changes nothing) for an unknown collection or id, a
    duplicate id, a bad position, or a result that breaks a reference.
    """
    if op.collection not in COLLECTIONS:
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "unknown collection {collection!r}"),
                            collection=op.collection))
    cls, what, in_scenario = COLLECTIONS[op.collection]
    noun = NOUNS[what]
    sc: Scenario | None = None
    if in_scenario:
        sc = get_scenario(project, op.scenario)
        owner: BaseModel = sc
    elif op.scenario is not None:
        raise EditError(msg(_NOT_IN_SCENARIO[op.collection], scenario=op.scenario))
    else:
        owner = project
    sid = sc.id if sc is not None else None
    items: list[Any] = getattr(owner, op.collection)
    ids = [x.id for x in items]
    pos_of = dict(zip(ids, range(len(ids)), strict=True))
    removed = set(op.remove)
    if len(removed) != len(op.remove):
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "a {what} is named twice in one removal"),
                            what=noun))
    for rid in op.remove:
        if rid not in pos_of:
            raise missing(what, rid, sid)
    size = len(items) - len(removed) + len(op.insert)
    last = -1
    new_ids: set[str] = set()
    insert: list[tuple[int, Any]] = list(op.insert)
    for pos, obj in insert:
        if not isinstance(obj, cls):
            template = QT_TRANSLATE_NOOP("Messages", "a {what} was expected, not a {type}")
            raise EditError(msg(template, what=noun, type=type(obj).__name__))
        oid: str = getattr(obj, "id", "")
        if not last < pos < size:
            template = QT_TRANSLATE_NOOP(
                "Messages", "position {pos} for {what} {id!r} is out of order or range")
            raise EditError(msg(template, pos=pos, what=noun, id=oid))
        last = pos
        if oid in new_ids or (oid in pos_of and oid not in removed):
            if sid is None:
                raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "duplicate {what} id {id!r}"),
                                    what=noun, id=oid))
            template = QT_TRANSLATE_NOOP("Messages",
                                         "duplicate {what} id {id!r} in scenario {scenario!r}")
            raise EditError(msg(template, what=noun, id=oid, scenario=sid))
        new_ids.add(oid)
    CHECKS[op.collection](Span(project, sc, items, pos_of, removed, [o for _, o in insert]))
    # All checks passed: from here on nothing may fail.
    fresh = [(pos, clone(obj)) for pos, obj in insert]
    gaps = sorted(pos_of[r] for r in op.remove)
    old = tuple((p, items[p]) for p in gaps)
    if len(gaps) < 16:
        kept = list(items)
        for p in reversed(gaps):
            del kept[p]
    else:
        kept = [x for x, i in zip(items, ids, strict=True) if i not in removed]
    # Splice by slices: list copies run in C, a Python loop per unit would not.
    out: list[Any] = []
    taken = 0
    for pos, obj in fresh:
        step = pos - len(out)
        out.extend(kept[taken:taken + step])
        taken += step
        out.append(obj)
    out.extend(kept[taken:])
    items[:] = out
    return Splice(op.collection, remove=tuple(o.id for _, o in fresh), insert=old,
                  scenario=sc.id if sc is not None else None)


# --- field updates ----------------------------------------------------------------


def _positions(ids: list[str], wanted: Iterable[str], scenario: str) -> dict[str, int]:
    """Positions of ``wanted`` ids in ``ids``; EditError naming the first missing one."""
    wanted = list(wanted)
    # list.index runs in C: a few of them beat building a dict of 50,000 ids
    lookup = dict(zip(ids, range(len(ids)), strict=True)) if len(wanted) > 8 else None
    out: dict[str, int] = {}
    for uid in wanted:
        if lookup is not None:
            pos = lookup.get(uid)
        else:
            try:
                pos = ids.index(uid)
            except ValueError:
                pos = None
        if pos is None:
            raise missing("unit", uid, scenario)
        out[uid] = pos
    return out


def _update_units(project: Project, changes: dict[str, dict[str, Any]],
                  scenario_id: str | None) -> tuple[str, dict[str, dict[str, Any]]]:
    """Validate then set unit fields; return (scenario id, old values per unit)."""
    sc = get_scenario(project, scenario_id)
    units = sc.units
    pos = _positions([u.id for u in units], changes, sc.id)
    functions: set[str] | None = None
    people: set[str] | None = None
    news: dict[str, Unit] = {}
    for uid, ch in changes.items():
        u = units[pos[uid]]
        new = merged(u, ch, UNIT_FIXED, "unit")
        if "function" in ch and new.function is not None:
            functions = functions or {f.id for f in project.functions}
            if new.function not in functions:
                template = QT_TRANSLATE_NOOP("Messages",
                                             "unknown function {function!r} for unit {unit}")
                raise EditError(msg(template, function=new.function, unit=label(u)))
        if "person" in ch and new.person is not None:
            people = people or {p.id for p in project.people}
            if new.person not in people:
                template = QT_TRANSLATE_NOOP("Messages",
                                             "unknown person {person!r} for unit {unit}")
                raise EditError(msg(template, person=new.person, unit=label(u)))
        news[uid] = new
    if any("person" in ch for ch in changes.values()):
        persons = [u.person for u in units]
        for uid, new in news.items():
            persons[pos[uid]] = new.person
        holders: dict[str, int] = {}
        for i, person in enumerate(persons):
            if person is None:
                continue
            if person in holders:
                other, mine = units[holders[person]], units[i]
                if "person" in changes.get(other.id, {}):
                    other, mine = mine, other
                template = QT_TRANSLATE_NOOP(
                    "Messages", "person {person!r} already fills unit {unit} in scenario "
                    "{scenario!r}; cannot assign to {other}")
                raise EditError(msg(template, person=person, unit=label(other), scenario=sc.id,
                                    other=label(mine)))
            holders[person] = i
    old: dict[str, dict[str, Any]] = {}
    for uid, ch in changes.items():
        u, new = units[pos[uid]], news[uid]
        old[uid] = {k: copy.deepcopy(getattr(u, k)) for k in ch}
        for k in ch:
            setattr(u, k, copy.deepcopy(getattr(new, k)))
    return sc.id, old


def apply_update_units(project: Project, op: UpdateUnit | UpdateUnits) -> UpdateUnit | UpdateUnits:
    """Apply a unit field update; return the update that restores the old values.

    Raises EditError for an unknown unit, function or person, a person already
    filling another unit, a field that cannot change here, or an invalid value.
    """
    if isinstance(op, UpdateUnit):
        sid, old = _update_units(project, {op.unit_id: op.changes}, op.scenario)
        return UpdateUnit(op.unit_id, old[op.unit_id], scenario=sid)
    sid, old = _update_units(project, op.changes, op.scenario)
    return UpdateUnits(old, scenario=sid)


#: op class -> (collection, attribute naming the object, fields it may not change)
_UPDATES: dict[type, tuple[str, str, frozenset[str]]] = {
    UpdatePerson: ("people", "person_id", frozenset({"id"})),
    UpdateFunction: ("functions", "function_id", frozenset({"id"})),
    UpdateSegment: ("segments", "segment_id", frozenset({"id"})),
    UpdateLine: ("lines", "line_id", frozenset({"id"})),
    UpdateProcess: ("processes", "process_id", frozenset({"id"})),
    UpdateScenario: ("scenarios", "scenario_id", frozenset({"id", "units", "segments", "lines"})),
}

ObjectUpdate = (
    UpdatePerson | UpdateFunction | UpdateSegment | UpdateLine | UpdateProcess | UpdateScenario
)


def apply_update(project: Project, op: ObjectUpdate) -> ObjectUpdate:
    """Apply a field update of a person, function, segment, line, process or scenario.

    Returns the update that restores the old values.  Raises EditError for an
    unknown object, a field that cannot change, an invalid value, or a result
    that breaks a reference (a contact or line end naming no unit...).
    """
    collection, id_attr, fixed = _UPDATES[type(op)]
    _, what, _ = COLLECTIONS[collection]
    obj_id = getattr(op, id_attr)
    sc = get_scenario(project, op.scenario) if isinstance(op, UpdateSegment | UpdateLine) else None
    items: list[Any] = getattr(sc if sc is not None else project, collection)
    obj = next((x for x in items if x.id == obj_id), None)
    if obj is None:
        raise missing(what, obj_id, sc.id if sc is not None else None)
    heavy = fixed - {"id"}
    new = merged(obj, op.changes, fixed, what, heavy=heavy)
    if isinstance(op, UpdateLine) and {"source", "target"} & op.changes.keys():
        if new.source == new.target:
            raise EditError(msg(QT_TRANSLATE_NOOP(
                "Messages", "secondary line {line!r} cannot join unit {unit!r} to itself"),
                line=obj_id, unit=new.source))
    if not heavy:  # a scenario's own fields reference nothing
        pos_of = {x.id: i for i, x in enumerate(items)}
        CHECKS[collection](Span(project, sc, items, pos_of, {obj_id}, [new]))
    old = {k: copy.deepcopy(getattr(obj, k)) for k in op.changes}
    for k in op.changes:
        setattr(obj, k, copy.deepcopy(getattr(new, k)))
    if sc is not None:
        return dataclasses.replace(op, changes=old, scenario=sc.id)  # type: ignore[arg-type]
    return dataclasses.replace(op, changes=old)


def apply_set_active(project: Project, op: SetActiveScenario) -> SetActiveScenario:
    """Make ``op.scenario_id`` active; return the op that re-activates the old one."""
    sc = get_scenario(project, op.scenario_id)
    old = project.active_scenario
    project.active_scenario = sc.id
    return SetActiveScenario(old)
