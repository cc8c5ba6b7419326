"""Which units of the chart an edit touched, so the canvas redoes only that much.

The document tells its views every op it applied (``Document.opApplied``),
forward or inverse.  :func:`touched_units` reads one: the ids of the units
it added, removed, moved or edited, an empty set when it cannot change the
chart at all (a process, a RACI matrix, another scenario), or None when the
canvas has to start over (functions, people, segments, secondary lines,
scenarios: their effect on cards and connectors is not local).
"""

from __future__ import annotations

from orgdesign.edit import (
    AddProcess,
    AddUnit,
    Batch,
    DeleteSubtree,
    MoveUnit,
    Op,
    ParkUnit,
    RemoveProcess,
    ReorderUnit,
    Splice,
    UnparkUnit,
    UpdateProcess,
    UpdateUnit,
    UpdateUnits,
)

#: lists whose changes never show on the chart
_OFF_CHART = frozenset({"processes", "raci_matrices"})

_ONE_UNIT = (MoveUnit, ReorderUnit, ParkUnit, UnparkUnit, DeleteSubtree, UpdateUnit)


def touched_units(op: Op | None, active_scenario: str) -> frozenset[str] | None:
    """Ids of the units ``op`` touched in scenario ``active_scenario``.

    Empty when the op cannot change the chart; None when it is not known
    which units it changed (the caller redoes everything).
    """
    if op is None:
        return None
    if isinstance(op, Batch):
        out: set[str] = set()
        for sub in op.ops:
            got = touched_units(sub, active_scenario)
            if got is None:
                return None
            out |= got
        return frozenset(out)
    if isinstance(op, (AddProcess, RemoveProcess, UpdateProcess)):
        return frozenset()
    if isinstance(op, Splice) and op.collection in _OFF_CHART:
        return frozenset()
    scenario = getattr(op, "scenario", None)
    if not isinstance(op, (*_ONE_UNIT, AddUnit, UpdateUnits, Splice)):
        return None
    if scenario is not None and scenario != active_scenario:
        return frozenset()  # another scenario: not on the chart
    if isinstance(op, _ONE_UNIT):
        return frozenset((op.unit_id,))
    if isinstance(op, AddUnit):
        return frozenset((op.unit.id,))
    if isinstance(op, UpdateUnits):
        return frozenset(op.changes)
    assert isinstance(op, Splice)
    if op.collection != "units":
        return None
    return frozenset(op.remove) | {getattr(obj, "id", "") for _, obj in op.insert}
