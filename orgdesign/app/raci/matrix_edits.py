"""Pure changes of one RACI matrix, each returning a new matrix (no Qt).

The editor builds the new matrix here and pushes it as one
``Splice("raci_matrices", remove=(id,), insert=((pos, new),))``, so every
change of the table, however many cells it touches, is one undo step.  The
matrix passed in is never modified.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from orgdesign.model import RaciActivity, RaciMatrix, RaciRole, new_id


def _copy(matrix: RaciMatrix) -> RaciMatrix:
    return matrix.model_copy(deep=True)


def set_cells(matrix: RaciMatrix, values: Mapping[tuple[str, str], str]) -> RaciMatrix:
    """Return a copy with ``(activity id, role id) -> letters`` set ("" clears a cell).

    Values must already be canonical (see ``parse_cell``).  Raises KeyError
    for an activity or role the matrix does not have.
    """
    acts = {a.id for a in matrix.activities}
    roles = {r.id for r in matrix.roles}
    # Only the rows that change are copied: a big matrix is not deep-copied for
    # one letter, and nothing here or in the edit layer changes the shared rest
    # (applying the Splice inserts a copy of it into the project).
    cells = dict(matrix.cells)
    copied: set[str] = set()
    for (aid, rid), text in values.items():
        if aid not in acts or rid not in roles:
            raise KeyError((aid, rid))
        if aid not in copied:
            cells[aid] = dict(cells.get(aid, {}))
            copied.add(aid)
        row = cells[aid]
        if text:
            row[rid] = text
        else:
            row.pop(rid, None)
    for aid in copied:
        if not cells[aid]:
            del cells[aid]
    return matrix.model_copy(update={"cells": cells})


def changed_cells(matrix: RaciMatrix, values: Mapping[tuple[str, str], str]
                  ) -> dict[tuple[str, str], str]:
    """The subset of ``values`` that differs from what the matrix holds."""
    return {k: v for k, v in values.items()
            if matrix.cells.get(k[0], {}).get(k[1], "") != v}


def add_activity(matrix: RaciMatrix, name: str, position: int | None = None,
                 group: str = "") -> tuple[RaciMatrix, str]:
    """Return a copy with a new activity at ``position`` (the end for None) and its id.

    A new activity takes the group of the row above it when ``group`` is empty,
    so that an activity added inside a process stays in that process.
    """
    new = _copy(matrix)
    pos = len(new.activities) if position is None else max(0, min(position,
                                                                   len(new.activities)))
    if not group and pos > 0:
        group = new.activities[pos - 1].group
    act = RaciActivity(id=new_id("a"), name=name, group=group)
    new.activities.insert(pos, act)
    return new, act.id


def add_roles(matrix: RaciMatrix, roles: Sequence[tuple[str, str | None]],
              position: int | None = None) -> tuple[RaciMatrix, list[str]]:
    """Return a copy with new roles ``(name, unit id or None)`` at ``position``, and their ids.

    A unit that already has a column is skipped (one column per unit).
    """
    new = _copy(matrix)
    linked = {r.unit for r in new.roles if r.unit}
    pos = len(new.roles) if position is None else max(0, min(position, len(new.roles)))
    ids: list[str] = []
    for name, unit in roles:
        if unit is not None and unit in linked:
            continue
        role = RaciRole(id=new_id("r"), name=name, unit=unit)
        new.roles.insert(pos + len(ids), role)
        ids.append(role.id)
        if unit is not None:
            linked.add(unit)
    return new, ids


def remove_activities(matrix: RaciMatrix, ids: Iterable[str]) -> RaciMatrix:
    """Return a copy without these activities and their cells."""
    gone = set(ids)
    new = _copy(matrix)
    new.activities = [a for a in new.activities if a.id not in gone]
    new.cells = {k: v for k, v in new.cells.items() if k not in gone}
    return new


def remove_roles(matrix: RaciMatrix, ids: Iterable[str]) -> RaciMatrix:
    """Return a copy without these roles and their cells."""
    gone = set(ids)
    new = _copy(matrix)
    new.roles = [r for r in new.roles if r.id not in gone]
    cells: dict[str, dict[str, str]] = {}
    for aid, row in new.cells.items():
        kept = {rid: v for rid, v in row.items() if rid not in gone}
        if kept:
            cells[aid] = kept
    new.cells = cells
    return new


def _move(items: list, ids: set[str], delta: int) -> list:
    """Move the items whose id is in ``ids`` one place by ``delta`` (-1 or +1) as a block.

    An item at the edge stays where it is, and the others of the block
    still move past their neighbours (like moving rows in a spreadsheet).
    """
    out = list(items)
    order = range(len(out)) if delta < 0 else range(len(out) - 1, -1, -1)
    for i in order:
        j = i + delta
        if out[i].id in ids and 0 <= j < len(out) and out[j].id not in ids:
            out[i], out[j] = out[j], out[i]
    return out


def move_activities(matrix: RaciMatrix, ids: Iterable[str], delta: int) -> RaciMatrix:
    """Return a copy with these activities one row up (``delta`` -1) or down (+1)."""
    new = _copy(matrix)
    new.activities = _move(new.activities, set(ids), -1 if delta < 0 else 1)
    return new


def move_roles(matrix: RaciMatrix, ids: Iterable[str], delta: int) -> RaciMatrix:
    """Return a copy with these roles one column left (``delta`` -1) or right (+1)."""
    new = _copy(matrix)
    new.roles = _move(new.roles, set(ids), -1 if delta < 0 else 1)
    return new


def rename_activity(matrix: RaciMatrix, activity_id: str, name: str) -> RaciMatrix:
    """Return a copy with the activity renamed; KeyError if there is no such activity."""
    new = _copy(matrix)
    for a in new.activities:
        if a.id == activity_id:
            a.name = name
            return new
    raise KeyError(activity_id)


def rename_role(matrix: RaciMatrix, role_id: str, name: str) -> RaciMatrix:
    """Return a copy with the role renamed; KeyError if there is no such role."""
    new = _copy(matrix)
    for r in new.roles:
        if r.id == role_id:
            r.name = name
            return new
    raise KeyError(role_id)
