"""Unit edits (add, delete, promote, move, reorder, park) expanded into primitives.

Sibling order is list order in ``Scenario.units``, so each expander works out
the list position that gives the sibling index the user asked for, then
returns one :class:`Splice` (or a Batch of splices) that does it.  The
expanders only read the project; :func:`~.apply.apply` runs what they return.
"""

from __future__ import annotations

from orgdesign.model import EditError, Project, Scenario, TreeIndex, Unit, new_id
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

from .common import clone, find_unit, get_scenario, label, one_op
from .ops import (
    AddUnit,
    Batch,
    DeletePromote,
    DeleteSubtree,
    MoveUnit,
    Op,
    ParkUnit,
    ReorderUnit,
    Splice,
    UnparkUnit,
    UpdateUnit,
)


def _slot(sc: Scenario, parent: str | None, parked: bool, index: int | None,
          skip: int | None = None) -> int:
    """List position that makes a unit sibling ``index`` of ``parent``'s children.

    Positions count the list without the unit at position ``skip`` (the unit
    being moved).  The unit goes before the sibling now at ``index``, after the
    last sibling when appending, right after the parent when it has no
    children yet, and at the end for a first root.  Raises EditError for an
    index out of range or an unknown parent.
    """
    units = sc.units
    parents = [u.parent for u in units]  # one attribute pass; the rest runs on this list
    siblings = [i for i, p in enumerate(parents) if p == parent and i != skip]
    if parent is None:
        siblings = [i for i in siblings if units[i].parked == parked]
    n = len(siblings)
    k = n if index is None else index
    if not 0 <= k <= n:
        template = QT_TRANSLATE_NOOP("Messages", "sibling index {index} is out of range (0 to {n})")
        raise EditError(msg(template, index=index, n=n))
    if k < n:
        pos = siblings[k]
    elif siblings:
        pos = siblings[-1] + 1
    elif parent is not None:
        pos = find_unit(sc, parent)[0] + 1  # only a parent without children costs a search
    else:
        pos = len(units)
    return pos - 1 if skip is not None and pos > skip else pos


def _drop_references(sc: Scenario, ids: set[str]) -> list[Op]:
    """Splices removing the lines touching ``ids`` and the ids from segment contacts."""
    ops: list[Op] = []
    segs = [(i, s.model_copy(update={"contacts": [c for c in s.contacts if c not in ids]}))
            for i, s in enumerate(sc.segments) if any(c in ids for c in s.contacts)]
    if segs:
        ops.append(Splice("segments", remove=tuple(s.id for _, s in segs), insert=tuple(segs),
                          scenario=sc.id))
    lines = tuple(ln.id for ln in sc.lines if ln.source in ids or ln.target in ids)
    if lines:
        ops.append(Splice("lines", remove=lines, scenario=sc.id))
    return ops


def expand_add_unit(project: Project, op: AddUnit) -> Op:
    """Splice inserting the unit at its sibling index; EditError for an unknown parent."""
    sc = get_scenario(project, op.scenario)
    parked = op.unit.parked
    if op.parent is not None and parked:
        template = QT_TRANSLATE_NOOP("Messages",
                                     "unit {unit} is parked; a parked unit is a root")
        raise EditError(msg(template, unit=label(op.unit)))
    unit = op.unit.model_copy(update={"parent": op.parent})
    pos = _slot(sc, op.parent, parked, op.index)
    return Splice("units", insert=((pos, unit),), scenario=sc.id)


def expand_delete_subtree(project: Project, op: DeleteSubtree) -> Op:
    """Batch removing contacts, lines and then the units of the subtree."""
    sc = get_scenario(project, op.scenario)
    _, root = find_unit(sc, op.unit_id)
    kids: dict[str | None, list[str]] = {}
    for u in sc.units:
        kids.setdefault(u.parent, []).append(u.id)
    ids: list[str] = []
    stack = [op.unit_id]
    while stack:
        uid = stack.pop()
        ids.append(uid)
        stack.extend(kids.get(uid, ()))
    ops = _drop_references(sc, set(ids))
    ops.append(Splice("units", remove=tuple(ids), scenario=sc.id))
    return one_op(ops, f"Delete {label(root)}")


def expand_delete_promote(project: Project, op: DeletePromote) -> Op:
    """Batch deleting one unit and moving its reports into its sibling slot."""
    sc = get_scenario(project, op.scenario)
    pos, unit = find_unit(sc, op.unit_id)
    kid_pos = [i for i, p in enumerate([u.parent for u in sc.units]) if p == unit.id]
    kids = [sc.units[i] for i in kid_pos]
    # Its reports take its place: after the units before it that stay.
    slot = pos - sum(1 for i in kid_pos if i < pos)
    parked = unit.parked and unit.parent is None
    moved = [k.model_copy(update={"parent": unit.parent, "parked": parked}) for k in kids]
    ops = _drop_references(sc, {unit.id})
    ops.append(Splice("units", remove=(unit.id, *(k.id for k in kids)),
                      insert=tuple((slot + i, k) for i, k in enumerate(moved)), scenario=sc.id))
    return one_op(ops, f"Delete {label(unit)}")


def _relocate(project: Project, scenario: str | None, unit_id: str, parent: str | None,
              parked: bool, index: int | None) -> Splice:
    # No ancestor walk here: the splice refuses a cycle with a message naming both units.
    sc = get_scenario(project, scenario)
    pos, unit = find_unit(sc, unit_id)
    new = unit.model_copy(update={"parent": parent, "parked": parked})
    slot = _slot(sc, parent, parked, index, skip=pos)
    return Splice("units", remove=(unit_id,), insert=((slot, new),), scenario=sc.id)


def expand_move(project: Project, op: MoveUnit) -> Op:
    """Splice re-placing the unit; EditError for a cycle or an unknown unit."""
    return _relocate(project, op.scenario, op.unit_id, op.parent, False, op.index)


def expand_reorder(project: Project, op: ReorderUnit) -> Op:
    """Splice moving the unit among its current siblings."""
    _, unit = find_unit(get_scenario(project, op.scenario), op.unit_id)
    return _relocate(project, op.scenario, op.unit_id, unit.parent, unit.parked, op.index)


def expand_park(project: Project, op: ParkUnit) -> Op:
    """Splice making the unit a parked root; EditError if it is parked already."""
    _, unit = find_unit(get_scenario(project, op.scenario), op.unit_id)
    if unit.parked:
        template = QT_TRANSLATE_NOOP("Messages", "unit {unit} is already in the parking lot")
        raise EditError(msg(template, unit=label(unit)))
    return _relocate(project, op.scenario, op.unit_id, None, True, op.index)


def expand_unpark(project: Project, op: UnparkUnit) -> Op:
    """Splice bringing a parked root into the chart; EditError if it is not parked."""
    _, unit = find_unit(get_scenario(project, op.scenario), op.unit_id)
    if not unit.parked:
        template = QT_TRANSLATE_NOOP("Messages", "unit {unit} is not in the parking lot")
        raise EditError(msg(template, unit=label(unit)))
    return _relocate(project, op.scenario, op.unit_id, op.parent, False, op.index)


# --- builders for the app ---------------------------------------------------------


def add_child(parent: str, unit: Unit, index: int | None = None,
              scenario: str | None = None) -> AddUnit:
    """Return the op adding ``unit`` as a report of ``parent`` (last by default)."""
    return AddUnit(unit, parent=parent, index=index, scenario=scenario)


def add_assistant(parent: str, unit: Unit, index: int | None = None,
                  scenario: str | None = None) -> AddUnit:
    """Return the op adding ``unit`` as an assistant (staff position) of ``parent``."""
    return AddUnit(unit.model_copy(update={"assistant": True}), parent=parent, index=index,
                   scenario=scenario)


def add_sibling(project: Project, after: str, unit: Unit, scenario: str | None = None) -> AddUnit:
    """Return the op adding ``unit`` right after sibling ``after`` (same parent, same place).

    Raises EditError if ``after`` is not a unit of the scenario.
    """
    sc = get_scenario(project, scenario)
    _, ref = find_unit(sc, after)
    sibs = [u.id for u in sc.units
            if u.parent == ref.parent and (ref.parent is not None or u.parked == ref.parked)]
    parked = ref.parked and ref.parent is None
    return AddUnit(unit.model_copy(update={"parked": parked}), parent=ref.parent,
                   index=sibs.index(after) + 1, scenario=sc.id)


def assign_person(unit_id: str, person_id: str, scenario: str | None = None) -> UpdateUnit:
    """Return the op making ``person_id`` fill ``unit_id`` (refused by apply if they
    already fill another unit of the scenario)."""
    return UpdateUnit(unit_id, {"person": person_id}, scenario=scenario)


def unassign_person(unit_id: str, scenario: str | None = None) -> UpdateUnit:
    """Return the op leaving ``unit_id`` vacant."""
    return UpdateUnit(unit_id, {"person": None}, scenario=scenario)


def copy_subtree(project: Project, scenario_id: str | None, root: str) -> list[Unit]:
    """Return copies of ``root`` and its descendants, depth first in sibling order.

    Raises EditError if ``root`` is not a unit of the scenario.
    """
    sc = get_scenario(project, scenario_id)
    find_unit(sc, root)
    tree = TreeIndex(sc)
    return [clone(tree.units[uid]) for uid in tree.walk(root)]


def paste_subtree(project: Project, scenario_id: str | None, units: list[Unit],
                  parent: str | None, index: int | None = None) -> Op:
    """Return one op inserting copies of ``units`` with fresh ids under ``parent``.

    ``units`` is what :func:`copy_subtree` returns (or several such lists
    joined): a unit whose parent is not among them is a pasted root; pasted
    roots become children of ``parent`` (chart roots for None) from sibling
    ``index`` on, in order.  The copies are vacancies (a person fills one
    position only) and drop a function the project does not have.  Raises
    EditError for nothing to paste, an unknown parent or a bad index.
    """
    if not units:
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "nothing to paste")))
    sc = get_scenario(project, scenario_id)
    fresh = {u.id: new_id("u") for u in units}
    if len(fresh) != len(units):
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "the units to paste name one id twice")))
    functions = {f.id for f in project.functions}
    copies = [
        u.model_copy(update={
            "id": fresh[u.id],
            "parent": fresh[u.parent] if u.parent in fresh else parent,
            "parked": False,
            "person": None,
            "function": u.function if u.function in functions else None,
            "custom": dict(u.custom),
        })
        for u in units
    ]
    pos = _slot(sc, parent, False, index)
    splice = Splice("units", insert=tuple((pos + i, u) for i, u in enumerate(copies)),
                    scenario=sc.id)
    if len(copies) == 1:
        text = msg(QT_TRANSLATE_NOOP("Messages", "Paste {count} unit"), count=1)
    else:
        text = msg(QT_TRANSLATE_NOOP("Messages", "Paste {count} units"), count=len(copies))
    return Batch((splice,), label=text)
