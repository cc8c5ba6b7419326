"""Short labels for ops, for the undo history ("Move 'X' under 'Y'").

:func:`describe_message` gives the label as a translatable
:class:`~orgdesign.model.messages.Message` (the window shows it in the user's
language); :func:`describe` gives its English text.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from orgdesign.model import Project
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, as_message, msg

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



# Every label is a whole template: the words an op picks (its kind, singular or
# plural) choose the template, so each language words the whole sentence.

#: Splice collection -> (restore one, restore several, remove one, remove several, change)
_SPLICES: dict[str, tuple[str, str, str, str, str]] = {
    "units": (
        QT_TRANSLATE_NOOP("Messages", "Restore {count} unit"),
        QT_TRANSLATE_NOOP("Messages", "Restore {count} units"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} unit"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} units"),
        QT_TRANSLATE_NOOP("Messages", "Change units"),
    ),
    "segments": (
        QT_TRANSLATE_NOOP("Messages", "Restore {count} customer segment"),
        QT_TRANSLATE_NOOP("Messages", "Restore {count} customer segments"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} customer segment"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} customer segments"),
        QT_TRANSLATE_NOOP("Messages", "Change customer segments"),
    ),
    "lines": (
        QT_TRANSLATE_NOOP("Messages", "Restore {count} secondary line"),
        QT_TRANSLATE_NOOP("Messages", "Restore {count} secondary lines"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} secondary line"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} secondary lines"),
        QT_TRANSLATE_NOOP("Messages", "Change secondary lines"),
    ),
    "people": (
        QT_TRANSLATE_NOOP("Messages", "Restore {count} person"),
        QT_TRANSLATE_NOOP("Messages", "Restore {count} people"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} person"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} people"),
        QT_TRANSLATE_NOOP("Messages", "Change people"),
    ),
    "functions": (
        QT_TRANSLATE_NOOP("Messages", "Restore {count} function"),
        QT_TRANSLATE_NOOP("Messages", "Restore {count} functions"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} function"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} functions"),
        QT_TRANSLATE_NOOP("Messages", "Change functions"),
    ),
    "processes": (
        QT_TRANSLATE_NOOP("Messages", "Restore {count} process"),
        QT_TRANSLATE_NOOP("Messages", "Restore {count} processes"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} process"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} processes"),
        QT_TRANSLATE_NOOP("Messages", "Change processes"),
    ),
    "scenarios": (
        QT_TRANSLATE_NOOP("Messages", "Restore {count} scenario"),
        QT_TRANSLATE_NOOP("Messages", "Restore {count} scenarios"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} scenario"),
        QT_TRANSLATE_NOOP("Messages", "Remove {count} scenarios"),
        QT_TRANSLATE_NOOP("Messages", "Change scenarios"),
    ),
}
#: removal op -> (template, project list, attribute holding the id)
_REMOVALS: dict[type, tuple[str, str, str]] = {
    RemovePerson: (QT_TRANSLATE_NOOP("Messages", "Remove person {name}"), "people", "person_id"),
    RemoveFunction: (QT_TRANSLATE_NOOP("Messages", "Remove function {name}"),
                     "functions", "function_id"),
    RemoveProcess: (QT_TRANSLATE_NOOP("Messages", "Remove process {name}"),
                    "processes", "process_id"),
    RemoveScenario: (QT_TRANSLATE_NOOP("Messages", "Remove scenario {name}"),
                     "scenarios", "scenario_id"),
}
#: update op -> (template, project list, attribute holding the id)
_EDITS: dict[type, tuple[str, str, str]] = {
    UpdatePerson: (QT_TRANSLATE_NOOP("Messages", "Edit person {name}"), "people", "person_id"),
    UpdateFunction: (QT_TRANSLATE_NOOP("Messages", "Edit function {name}"),
                     "functions", "function_id"),
    UpdateProcess: (QT_TRANSLATE_NOOP("Messages", "Edit process {name}"),
                    "processes", "process_id"),
    UpdateScenario: (QT_TRANSLATE_NOOP("Messages", "Edit scenario {name}"),
                     "scenarios", "scenario_id"),
}
#: addition op -> (template, attribute holding the new object)
_ADDITIONS: dict[type, tuple[str, str]] = {
    AddPerson: (QT_TRANSLATE_NOOP("Messages", "Add person {name!r}"), "person"),
    AddFunction: (QT_TRANSLATE_NOOP("Messages", "Add function {name!r}"), "function"),
    AddProcess: (QT_TRANSLATE_NOOP("Messages", "Add process {name!r}"), "process"),
    AddScenario: (QT_TRANSLATE_NOOP("Messages", "Add scenario {name!r}"), "scenario"),
    AddSegment: (QT_TRANSLATE_NOOP("Messages", "Add customer segment {name!r}"), "segment"),
}


def _unit_update_message(op: UpdateUnit, n: _Names) -> Message:
    keys = set(op.changes)
    unit = n.unit(op.unit_id)
    if keys == {"person"}:
        if op.changes["person"] is None:
            return msg(QT_TRANSLATE_NOOP("Messages", "Unassign the person of {unit}"), unit=unit)
        return msg(QT_TRANSLATE_NOOP("Messages", "Assign {person} to {unit}"),
                   person=n.of("people", op.changes["person"]), unit=unit)
    if keys == {"name"}:
        return msg(QT_TRANSLATE_NOOP("Messages", "Rename {unit} to {name!r}"),
                   unit=unit, name=op.changes["name"])
    return msg(QT_TRANSLATE_NOOP("Messages", "Edit {unit}"), unit=unit)


def _unit_message(op: Op, n: _Names) -> Message | None:
    """The label of an op on units, or None for an op of another kind."""
    if isinstance(op, AddUnit):
        if op.unit.assistant:
            return msg(QT_TRANSLATE_NOOP("Messages", "Add assistant {name!r}"), name=op.unit.name)
        return msg(QT_TRANSLATE_NOOP("Messages", "Add unit {name!r}"), name=op.unit.name)
    if isinstance(op, DeleteSubtree):
        return msg(QT_TRANSLATE_NOOP("Messages", "Delete {unit}"), unit=n.unit(op.unit_id))
    if isinstance(op, DeletePromote):
        return msg(QT_TRANSLATE_NOOP("Messages", "Delete {unit} and promote its reports"),
                   unit=n.unit(op.unit_id))
    if isinstance(op, MoveUnit):
        if op.parent is None:
            return msg(QT_TRANSLATE_NOOP("Messages", "Move {unit} to the top level"),
                       unit=n.unit(op.unit_id))
        return msg(QT_TRANSLATE_NOOP("Messages", "Move {unit} under {parent}"),
                   unit=n.unit(op.unit_id), parent=n.unit(op.parent))
    if isinstance(op, ReorderUnit):
        return msg(QT_TRANSLATE_NOOP("Messages", "Reorder {unit}"), unit=n.unit(op.unit_id))
    if isinstance(op, ParkUnit):
        return msg(QT_TRANSLATE_NOOP("Messages", "Park {unit}"), unit=n.unit(op.unit_id))
    if isinstance(op, UnparkUnit):
        if op.parent is None:
            return msg(QT_TRANSLATE_NOOP("Messages", "Place {unit}"), unit=n.unit(op.unit_id))
        return msg(QT_TRANSLATE_NOOP("Messages", "Place {unit} under {parent}"),
                   unit=n.unit(op.unit_id), parent=n.unit(op.parent))
    if isinstance(op, UpdateUnit):
        return _unit_update_message(op, n)
    if isinstance(op, UpdateUnits):
        # "1 units" as before: the English text must not change
        return msg(QT_TRANSLATE_NOOP("Messages", "Edit {count} units"), count=len(op.changes))
    return None


def _splice_message(op: Splice) -> Message:
    known = _SPLICES.get(op.collection)
    if op.insert and not op.remove:
        count = len(op.insert)
        if known is not None:
            return msg(known[0] if count == 1 else known[1], count=count)
        return msg(QT_TRANSLATE_NOOP("Messages", "Restore {count} {collection}"),
                   count=count, collection=op.collection)
    if op.remove and not op.insert:
        count = len(op.remove)
        if known is not None:
            return msg(known[2] if count == 1 else known[3], count=count)
        return msg(QT_TRANSLATE_NOOP("Messages", "Remove {count} {collection}"),
                   count=count, collection=op.collection)
    if known is not None:
        return msg(known[4])
    return msg(QT_TRANSLATE_NOOP("Messages", "Change {collection}"), collection=op.collection)


def _other_message(op: Op, n: _Names, project: Project | None) -> Message:
    """The label of an op that is not about units."""
    if type(op) in _ADDITIONS:
        template, attr = _ADDITIONS[type(op)]
        return msg(template, name=getattr(op, attr).name)
    if type(op) in _REMOVALS:
        template, attr, id_attr = _REMOVALS[type(op)]
        return msg(template, name=n.of(attr, getattr(op, id_attr)))
    if type(op) in _EDITS:
        template, attr, id_attr = _EDITS[type(op)]
        return msg(template, name=n.of(attr, getattr(op, id_attr)))
    if isinstance(op, RemoveSegment):
        return msg(QT_TRANSLATE_NOOP("Messages", "Remove customer segment {name}"),
                   name=n.in_scenario("segments", op.segment_id))
    if isinstance(op, UpdateSegment):
        return msg(QT_TRANSLATE_NOOP("Messages", "Edit customer segment {name}"),
                   name=n.in_scenario("segments", op.segment_id))
    if isinstance(op, AddLine):
        return msg(QT_TRANSLATE_NOOP("Messages", "Add line from {source} to {target}"),
                   source=n.unit(op.line.source), target=n.unit(op.line.target))
    if isinstance(op, RemoveLine):
        return msg(QT_TRANSLATE_NOOP("Messages", "Remove secondary line"))
    if isinstance(op, UpdateLine):
        return msg(QT_TRANSLATE_NOOP("Messages", "Edit secondary line"))
    if isinstance(op, SetActiveScenario):
        return msg(QT_TRANSLATE_NOOP("Messages", "Switch to scenario {name}"),
                   name=n.of("scenarios", op.scenario_id))
    if isinstance(op, Batch):
        if isinstance(op.label, Message) or op.label:
            return as_message(op.label)
        if len(op.ops) == 1:
            return describe_message(op.ops[0], project)
        return msg(QT_TRANSLATE_NOOP("Messages", "{count} edits"), count=len(op.ops))
    if isinstance(op, Splice):
        return _splice_message(op)
    return as_message(type(op).__name__)


def describe_message(op: Op, project: Project | None = None) -> Message:
    """Return a short label for ``op`` as a translatable message, naming objects from ``project``.

    Call it before applying the op (a deleted unit has no name afterwards).
    Without a project, objects are named by id.  A :class:`Batch` with a label
    gives that label (as a message when it is plain text).
    """
    scenario = getattr(op, "scenario", None)  # AddScenario holds a Scenario there
    n = _Names(project, scenario if isinstance(scenario, str) else None)
    return _unit_message(op, n) or _other_message(op, n, project)


def describe(op: Op, project: Project | None = None) -> str:
    """Return a short English label for ``op`` (the text of :func:`describe_message`)."""
    if isinstance(op, Batch) and isinstance(op.label, str) and op.label:
        return op.label  # already text (the app's own, translated label)
    return str(describe_message(op, project))
