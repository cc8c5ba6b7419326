"""``apply(project, op) -> inverse``: the one entry point that changes a project.

Ops the user thinks in (add, move, park, remove a person...) are expanded
against the current project into a few primitives (:class:`Splice`, field
updates, :class:`SetActiveScenario`, :class:`Batch`); the primitives mutate
the project and return their exact inverses.  Applying the inverse restores
the project exactly (``model_dump()`` equal), and applying the inverse of the
inverse redoes the edit.  A refused op raises :class:`EditError` and leaves
the project as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orgdesign.model import EditError, Project
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

from . import misc, units
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
from .primitives import apply_set_active, apply_splice, apply_update, apply_update_units

#: op class -> function returning the primitive op(s) that perform it
_EXPANDERS: dict[type, Callable[[Project, Any], Op]] = {
    AddUnit: units.expand_add_unit,
    DeleteSubtree: units.expand_delete_subtree,
    DeletePromote: units.expand_delete_promote,
    MoveUnit: units.expand_move,
    ReorderUnit: units.expand_reorder,
    ParkUnit: units.expand_park,
    UnparkUnit: units.expand_unpark,
    AddPerson: misc.expand_add_person,
    RemovePerson: misc.expand_remove_person,
    AddFunction: misc.expand_add_function,
    RemoveFunction: misc.expand_remove_function,
    AddSegment: misc.expand_add_segment,
    RemoveSegment: misc.expand_remove_segment,
    AddLine: misc.expand_add_line,
    RemoveLine: misc.expand_remove_line,
    AddProcess: misc.expand_add_process,
    RemoveProcess: misc.expand_remove_process,
    AddScenario: misc.expand_add_scenario,
    RemoveScenario: misc.expand_remove_scenario,
}

#: primitive op class -> function applying it and returning the inverse
_PRIMITIVES: dict[type, Callable[[Project, Any], Op]] = {
    Splice: apply_splice,
    UpdateUnit: apply_update_units,
    UpdateUnits: apply_update_units,
    UpdatePerson: apply_update,
    UpdateFunction: apply_update,
    UpdateSegment: apply_update,
    UpdateLine: apply_update,
    UpdateProcess: apply_update,
    UpdateScenario: apply_update,
    SetActiveScenario: apply_set_active,
}


def apply(project: Project, op: Op) -> Op:
    """Apply ``op`` to ``project`` in place; return the op that undoes it exactly.

    Raises :class:`EditError` (naming the object) when the op is refused; the
    project is then unchanged.
    """
    if isinstance(op, Batch):
        return _apply_batch(project, op)
    primitive = _PRIMITIVES.get(type(op))
    if primitive is not None:
        inverse = primitive(project, op)
        if isinstance(op, UpdateUnit | UpdateUnits):
            renamed = _role_renames(project, op)
            if renamed is not None:
                # Undo restores the names first (which renames the columns
                # after them), then puts back the matrices exactly as they were.
                return Batch((inverse, apply(project, renamed)))
        return inverse
    expander = _EXPANDERS.get(type(op))
    if expander is None:
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "unknown edit {op}"),
                            op=type(op).__name__))
    return apply(project, expander(project, op))


def _role_renames(project: Project, op: UpdateUnit | UpdateUnits) -> Splice | None:
    """The splice giving RACI role columns linked to renamed units their new name.

    A role column linked to a unit is labelled with the unit's name, so a
    rename in the chart renames the column, in the same undo step.
    """
    changes = {op.unit_id: op.changes} if isinstance(op, UpdateUnit) else op.changes
    if not any("name" in c for c in changes.values()):
        return None
    sc = project.scenario(op.scenario)
    names = {u.id: u.name for u in sc.units if "name" in changes.get(u.id, {})}
    replaced = []
    for pos, m in enumerate(project.raci_matrices):
        if any(r.unit in names and r.name != names[r.unit] for r in m.roles):
            new = m.model_copy(deep=True)
            for r in new.roles:
                if r.unit in names:
                    r.name = names[r.unit]
            replaced.append((pos, new))
    if not replaced:
        return None
    return Splice("raci_matrices", remove=tuple(m.id for _, m in replaced),
                  insert=tuple(replaced))


def _apply_batch(project: Project, op: Batch) -> Batch:
    done: list[Op] = []
    try:
        for sub in op.ops:
            done.append(apply(project, sub))
    except BaseException:
        # All or nothing: take back what the batch already did, newest first.
        for inverse in reversed(done):
            apply(project, inverse)
        raise
    return Batch(tuple(reversed(done)), label=op.label)

