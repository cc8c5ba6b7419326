"""Edits of people, functions, segments, lines, processes and scenarios.

Each expander reads the project and returns the primitive op(s) that do the
edit; :func:`~.apply.apply` runs them.  Removing a person or a function that
is in use does not refuse: the units lose the reference (a person's positions
become vacancies, a unit without a function inherits its parent's) and the
inverse gives it back.  That keeps "remove" one undoable step in the app.
"""

from __future__ import annotations

from typing import Any

from orgdesign.model import EditError, Project
from orgdesign.model import new_id as fresh_id
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

from .common import find_by_id, get_scenario, label, one_op
from .ops import (
    AddFunction,
    AddLine,
    AddPerson,
    AddProcess,
    AddScenario,
    AddSegment,
    Op,
    RemoveFunction,
    RemoveLine,
    RemovePerson,
    RemoveProcess,
    RemoveScenario,
    RemoveSegment,
    Splice,
    UpdateUnits,
)


def _pos(index: int | None, items: list[Any]) -> int:
    return len(items) if index is None else index


def _clear_on_units(project: Project, field: str, value: str) -> list[Op]:
    """UpdateUnits per scenario setting ``field`` to None where it equals ``value``."""
    ops: list[Op] = []
    for sc in project.scenarios:
        users = {u.id: {field: None} for u in sc.units if getattr(u, field) == value}
        if users:
            ops.append(UpdateUnits(users, scenario=sc.id))
    return ops


def expand_add_person(project: Project, op: AddPerson) -> Op:
    """Splice inserting the person at list ``index`` (end for None)."""
    return Splice("people", insert=((_pos(op.index, project.people), op.person),))


def expand_remove_person(project: Project, op: RemovePerson) -> Op:
    """Unassign the person everywhere, then remove them; EditError if unknown."""
    person = find_by_id(project.people, op.person_id, "person")
    ops = _clear_on_units(project, "person", op.person_id)
    ops.append(Splice("people", remove=(op.person_id,)))
    return one_op(ops, f"Remove person {label(person)}")


def expand_add_function(project: Project, op: AddFunction) -> Op:
    """Splice inserting the function at list ``index`` (end for None)."""
    return Splice("functions", insert=((_pos(op.index, project.functions), op.function),))


def expand_remove_function(project: Project, op: RemoveFunction) -> Op:
    """Clear the function on every unit naming it, then remove it; EditError if unknown."""
    function = find_by_id(project.functions, op.function_id, "function")
    ops = _clear_on_units(project, "function", op.function_id)
    ops.append(Splice("functions", remove=(op.function_id,)))
    return one_op(ops, f"Remove function {label(function)}")


def expand_add_segment(project: Project, op: AddSegment) -> Op:
    """Splice inserting the segment; its contacts must be units of the scenario."""
    sc = get_scenario(project, op.scenario)
    return Splice("segments", insert=((_pos(op.index, sc.segments), op.segment),),
                  scenario=sc.id)


def expand_remove_segment(project: Project, op: RemoveSegment) -> Op:
    """Splice removing the segment; EditError if unknown."""
    sc = get_scenario(project, op.scenario)
    find_by_id(sc.segments, op.segment_id, "segment", sc.id)
    return Splice("segments", remove=(op.segment_id,), scenario=sc.id)


def expand_add_line(project: Project, op: AddLine) -> Op:
    """Splice inserting the line; EditError for an unknown end or a line to itself."""
    sc = get_scenario(project, op.scenario)
    if op.line.source == op.line.target:
        template = QT_TRANSLATE_NOOP(
            "Messages", "secondary line {line!r} cannot join unit {unit!r} to itself")
        raise EditError(msg(template, line=op.line.id, unit=op.line.source))
    return Splice("lines", insert=((_pos(op.index, sc.lines), op.line),), scenario=sc.id)


def expand_remove_line(project: Project, op: RemoveLine) -> Op:
    """Splice removing the line; EditError if unknown."""
    sc = get_scenario(project, op.scenario)
    find_by_id(sc.lines, op.line_id, "secondary line", sc.id)
    return Splice("lines", remove=(op.line_id,), scenario=sc.id)


def expand_add_process(project: Project, op: AddProcess) -> Op:
    """Splice inserting the process; EditError if its flows or parent do not resolve."""
    return Splice("processes", insert=((_pos(op.index, project.processes), op.process),))


def expand_remove_process(project: Project, op: RemoveProcess) -> Op:
    """Splice removing the process; EditError if unknown or parent of a sub-process."""
    find_by_id(project.processes, op.process_id, "process")
    return Splice("processes", remove=(op.process_id,))


def expand_add_scenario(project: Project, op: AddScenario) -> Op:
    """Splice inserting the scenario; EditError if its id is taken or it is not sound."""
    return Splice("scenarios", insert=((_pos(op.index, project.scenarios), op.scenario),))


def expand_remove_scenario(project: Project, op: RemoveScenario) -> Op:
    """Splice removing the scenario; EditError if unknown, active or the last one."""
    get_scenario(project, op.scenario_id)
    return Splice("scenarios", remove=(op.scenario_id,))


def copy_scenario(project: Project, source: str | None = None, new_id: str | None = None,
                  name: str | None = None, index: int | None = None) -> AddScenario:
    """Return the op adding a copy of scenario ``source`` (the active one for None).

    Units keep their ids, so the copy can be compared unit by unit with its
    source.  ``new_id`` defaults to a fresh id, ``name`` to "<source> (copy)".
    Raises EditError if the source is unknown or ``new_id`` is taken.
    """
    src = get_scenario(project, source)
    sid = new_id or _fresh_scenario_id(project)
    if any(s.id == sid for s in project.scenarios):
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "scenario id {id!r} is already taken"),
                            id=sid))
    # A shallow copy is enough here: AddScenario deep-copies what it is given.
    shallow = src.model_copy(update={"id": sid, "name": name if name is not None
                                     else f"{src.name} (copy)"})
    return AddScenario(shallow, index=index)


def _fresh_scenario_id(project: Project) -> str:
    taken = {s.id for s in project.scenarios}
    while True:
        sid = fresh_id("s")
        if sid not in taken:
            return sid
