"""Short English labels for ops, for the undo history ("Move 'X' under 'Y'").

English is the source language; the app passes these through its translator.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from orgdesign.model import Project

from .ops import (
    AddFunction,
    AddLine,
    AddPerson,
    AddProcess,
    AddScenario,
    AddSegment,
    AddUnit,
    Batch,
    DeletePromote,
    DeleteSubtree,
    MoveUnit,
    Op,
    ParkUnit,
    RemoveFunction,
    RemoveLine,
    RemovePerson,
    RemoveProcess,
    RemoveScenario,
    RemoveSegment,
    ReorderUnit,
    SetActiveScenario,
    Splice,
    UnparkUnit,
    UpdateFunction,
    UpdateLine,
    UpdatePerson,
    UpdateProcess,
    UpdateScenario,
    UpdateSegment,
    UpdateUnit,
    UpdateUnits,
)


def _named(items: Iterable[Any], obj_id: str | None) -> str:
    for obj in items:
        if obj.id == obj_id:
            return repr(getattr(obj, "name", "") or obj_id)
    return repr(obj_id)


class _Names:
    """Name look-ups that fall back to the id when there is no project."""

    def __init__(self, project: Project | None, scenario: str | None = None) -> None:
        self.project = project
        self.scenario = scenario

    def in_scenario(self, attr: str, obj_id: str | None) -> str:
        if self.project is None:
            return repr(obj_id)
        try:
            return _named(getattr(self.project.scenario(self.scenario), attr), obj_id)
        except KeyError:
            return repr(obj_id)

    def unit(self, uid: str | None) -> str:
        return self.in_scenario("units", uid)

    def of(self, attr: str, obj_id: str | None) -> str:
        return _named(getattr(self.project, attr, ()) or (), obj_id)


_WORDS = {"units": ("unit", "units"), "segments": ("customer segment", "customer segments"),
          "lines": ("secondary line", "secondary lines"), "people": ("person", "people"),
          "functions": ("function", "functions"), "processes": ("process", "processes"),
          "scenarios": ("scenario", "scenarios")}
_REMOVALS: dict[type, tuple[str, str, str]] = {
    RemovePerson: ("person", "people", "person_id"),
    RemoveFunction: ("function", "functions", "function_id"),
    RemoveProcess: ("process", "processes", "process_id"),
    RemoveScenario: ("scenario", "scenarios", "scenario_id"),
}
_EDITS: dict[type, tuple[str, str, str]] = {
    UpdatePerson: ("person", "people", "person_id"),
    UpdateFunction: ("function", "functions", "function_id"),
    UpdateProcess: ("process", "processes", "process_id"),
    UpdateScenario: ("scenario", "scenarios", "scenario_id"),
}
_ADDITIONS: dict[type, tuple[str, str]] = {
    AddPerson: ("person", "person"),
    AddFunction: ("function", "function"),
    AddProcess: ("process", "process"),
    AddScenario: ("scenario", "scenario"),
    AddSegment: ("customer segment", "segment"),
}


def _describe_unit_update(op: UpdateUnit, n: _Names) -> str:
    keys = set(op.changes)
    if keys == {"person"}:
        if op.changes["person"] is None:
            return f"Unassign the person of {n.unit(op.unit_id)}"
        return f"Assign {n.of('people', op.changes['person'])} to {n.unit(op.unit_id)}"
    if keys == {"name"}:
        return f"Rename {n.unit(op.unit_id)} to {op.changes['name']!r}"
    return f"Edit {n.unit(op.unit_id)}"


def describe(op: Op, project: Project | None = None) -> str:
    """Return a short English label for ``op``, naming objects as found in ``project``.

    Call it before applying the op (a deleted unit has no name afterwards).
    Without a project, objects are named by id.
    """
    scenario = getattr(op, "scenario", None)  # AddScenario holds a Scenario there
    n = _Names(project, scenario if isinstance(scenario, str) else None)
    if isinstance(op, AddUnit):
        kind = "assistant" if op.unit.assistant else "unit"
        return f"Add {kind} {op.unit.name!r}"
    if isinstance(op, DeleteSubtree):
        return f"Delete {n.unit(op.unit_id)}"
    if isinstance(op, DeletePromote):
        return f"Delete {n.unit(op.unit_id)} and promote its reports"
    if isinstance(op, MoveUnit):
        where = f"under {n.unit(op.parent)}" if op.parent is not None else "to the top level"
        return f"Move {n.unit(op.unit_id)} {where}"
    if isinstance(op, ReorderUnit):
        return f"Reorder {n.unit(op.unit_id)}"
    if isinstance(op, ParkUnit):
        return f"Park {n.unit(op.unit_id)}"
    if isinstance(op, UnparkUnit):
        where = f" under {n.unit(op.parent)}" if op.parent is not None else ""
        return f"Place {n.unit(op.unit_id)}{where}"
    if isinstance(op, UpdateUnit):
        return _describe_unit_update(op, n)
    if isinstance(op, UpdateUnits):
        return f"Edit {len(op.changes)} units"
    if type(op) in _ADDITIONS:
        word, attr = _ADDITIONS[type(op)]
        return f"Add {word} {getattr(op, attr).name!r}"
    if type(op) in _REMOVALS:
        word, attr, id_attr = _REMOVALS[type(op)]
        return f"Remove {word} {n.of(attr, getattr(op, id_attr))}"
    if type(op) in _EDITS:
        word, attr, id_attr = _EDITS[type(op)]
        return f"Edit {word} {n.of(attr, getattr(op, id_attr))}"
    if isinstance(op, RemoveSegment | UpdateSegment):
        verb = "Remove" if isinstance(op, RemoveSegment) else "Edit"
        return f"{verb} customer segment {n.in_scenario('segments', op.segment_id)}"
    if isinstance(op, AddLine):
        return f"Add line from {n.unit(op.line.source)} to {n.unit(op.line.target)}"
    if isinstance(op, RemoveLine | UpdateLine):
        return f"{'Remove' if isinstance(op, RemoveLine) else 'Edit'} secondary line"
    if isinstance(op, SetActiveScenario):
        return f"Switch to scenario {n.of('scenarios', op.scenario_id)}"
    if isinstance(op, Batch):
        if op.label:
            return op.label
        if len(op.ops) == 1:
            return describe(op.ops[0], project)
        return f"{len(op.ops)} edits"
    if isinstance(op, Splice):
        one, many = _WORDS.get(op.collection, (op.collection, op.collection))
        if op.insert and not op.remove:
            count = len(op.insert)
            return f"Restore {count} {one if count == 1 else many}"
        if op.remove and not op.insert:
            count = len(op.remove)
            return f"Remove {count} {one if count == 1 else many}"
        return f"Change {many}"
    return type(op).__name__
