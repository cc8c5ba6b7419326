"""Pure, invertible edits of a project: ``apply(project, op) -> inverse_op``.

The Qt undo stack only wraps these: a command's redo applies its op and keeps
the inverse, undo applies the inverse.  Everything here runs without Qt.
"""

from .apply import apply
from .describe import describe
from .misc import copy_scenario
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
from .units import (
    add_assistant,
    add_child,
    add_sibling,
    assign_person,
    copy_subtree,
    paste_subtree,
    unassign_person,
)

__all__ = [
    "AddFunction", "AddLine", "AddPerson", "AddProcess", "AddScenario", "AddSegment", "AddUnit",
    "Batch", "DeletePromote", "DeleteSubtree", "MoveUnit", "Op", "ParkUnit", "RemoveFunction",
    "RemoveLine", "RemovePerson", "RemoveProcess", "RemoveScenario", "RemoveSegment",
    "ReorderUnit", "SetActiveScenario", "Splice", "UnparkUnit", "UpdateFunction", "UpdateLine",
    "UpdatePerson", "UpdateProcess", "UpdateScenario", "UpdateSegment", "UpdateUnit",
    "UpdateUnits", "add_assistant", "add_child", "add_sibling", "apply", "assign_person",
    "copy_scenario", "copy_subtree", "describe", "paste_subtree", "unassign_person",
]
