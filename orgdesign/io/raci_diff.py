"""What changed between two versions of a RACI matrix, as a reviewable summary."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from orgdesign.model import RaciMatrix

#: Detail lines per list in :meth:`RaciChanges.lines` before "... and N more".
MAX_LINES = 40


@dataclass
class RaciChanges:
    """Added, removed and renamed activities and roles, and changed cells.

    Items are ``{"id", "name"}`` (added, removed), ``{"id", "old", "new"}``
    (renamed, regrouped) and ``{"activity", "role", "old", "new"}`` for cells,
    with ids; cell values are canonical letters, "" for an empty cell.  A
    cell of an added activity or role that holds letters counts as changed.
    """

    added_activities: list[dict[str, str]] = field(default_factory=list)
    removed_activities: list[dict[str, str]] = field(default_factory=list)
    renamed_activities: list[dict[str, str]] = field(default_factory=list)
    regrouped_activities: list[dict[str, str]] = field(default_factory=list)
    activities_reordered: bool = False
    added_roles: list[dict[str, str]] = field(default_factory=list)
    removed_roles: list[dict[str, str]] = field(default_factory=list)
    renamed_roles: list[dict[str, str]] = field(default_factory=list)
    roles_reordered: bool = False
    changed_cells: list[dict[str, str]] = field(default_factory=list)
    new_matrix: bool = False
    # names for the printed lines, not part of the JSON
    _act_names: dict[str, str] = field(default_factory=dict, repr=False)
    _role_names: dict[str, str] = field(default_factory=dict, repr=False)

    def is_empty(self) -> bool:
        """True when the two matrices hold the same activities, roles, order and letters."""
        return not any(v for k, v in self.to_dict().items() if k != "counts")

    def to_dict(self) -> dict:
        """The JSON form: every list above, the two flags and a ``counts`` summary."""
        d = {k: v for k, v in asdict(self).items() if not k.startswith("_")}
        d["counts"] = {k: len(v) for k, v in d.items() if isinstance(v, list)}
        return d

    def lines(self) -> list[str]:
        """Human-readable summary, one change per line (long lists are cut)."""
        out: list[str] = []
        if self.new_matrix:
            out.append("new matrix (the project has none with this id)")
        for what, added, removed, renamed, moved in (
            ("activities", self.added_activities, self.removed_activities,
             self.renamed_activities, self.activities_reordered),
            ("roles", self.added_roles, self.removed_roles, self.renamed_roles,
             self.roles_reordered),
        ):
            parts = [f"{len(added)} added", f"{len(removed)} removed", f"{len(renamed)} renamed"]
            if what == "activities":
                parts.append(f"{len(self.regrouped_activities)} moved to another process")
            if moved:
                parts.append("order changed")
            out.append(f"{what}: " + ", ".join(parts))
            out += _cut([f"  + {x['name']!r}" for x in added])
            out += _cut([f"  - {x['name']!r}" for x in removed])
            out += _cut([f"  ~ {x['old']!r} -> {x['new']!r}" for x in renamed])
            if what == "activities":
                out += _cut([f"  > {self._act_names.get(x['id'], x['id'])!r}: process "
                             f"{x['old']!r} -> {x['new']!r}" for x in self.regrouped_activities])
        out.append(f"cells: {len(self.changed_cells)} changed")
        out += _cut([
            f"  {self._act_names.get(c['activity'], c['activity'])!r} x "
            f"{self._role_names.get(c['role'], c['role'])!r}: "
            f"{c['old'] or '(empty)'} -> {c['new'] or '(empty)'}" for c in self.changed_cells])
        return out


def _cut(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_LINES:
        return lines
    return lines[:MAX_LINES] + [f"  ... and {len(lines) - MAX_LINES} more"]


def _order_changed(old_ids: list[str], new_ids: list[str]) -> bool:
    # Only the relative order of the ids both versions have counts.
    both = set(old_ids) & set(new_ids)
    return [i for i in old_ids if i in both] != [i for i in new_ids if i in both]


def diff_raci(old: RaciMatrix | None, new: RaciMatrix) -> RaciChanges:
    """Return what changes when ``new`` replaces ``old`` (None: everything is added)."""
    ch = RaciChanges(new_matrix=old is None)
    old_acts = {a.id: a for a in old.activities} if old else {}
    old_roles = {r.id: r for r in old.roles} if old else {}
    new_acts = {a.id: a for a in new.activities}
    new_roles = {r.id: r for r in new.roles}
    ch._act_names = {**{k: a.name for k, a in old_acts.items()},
                     **{k: a.name for k, a in new_acts.items()}}
    ch._role_names = {**{k: r.name for k, r in old_roles.items()},
                      **{k: r.name for k, r in new_roles.items()}}
    for a in new.activities:
        was = old_acts.get(a.id)
        if was is None:
            ch.added_activities.append({"id": a.id, "name": a.name})
            continue
        if was.name != a.name:
            ch.renamed_activities.append({"id": a.id, "old": was.name, "new": a.name})
        if was.group != a.group:
            ch.regrouped_activities.append({"id": a.id, "old": was.group, "new": a.group})
    ch.removed_activities = [{"id": a.id, "name": a.name} for a in (old.activities if old else [])
                             if a.id not in new_acts]
    for r in new.roles:
        was_r = old_roles.get(r.id)
        if was_r is None:
            ch.added_roles.append({"id": r.id, "name": r.name})
        elif was_r.name != r.name:
            ch.renamed_roles.append({"id": r.id, "old": was_r.name, "new": r.name})
    ch.removed_roles = [{"id": r.id, "name": r.name} for r in (old.roles if old else [])
                        if r.id not in new_roles]
    if old is not None:
        ch.activities_reordered = _order_changed([a.id for a in old.activities],
                                                 [a.id for a in new.activities])
        ch.roles_reordered = _order_changed([r.id for r in old.roles], [r.id for r in new.roles])
    empty: dict[str, str] = {}
    old_cells = old.cells if old else {}
    for a in new.activities:
        row_new = new.cells.get(a.id, empty)
        row_old = old_cells.get(a.id, empty) if a.id in old_acts else empty
        for r in new.roles:
            before = row_old.get(r.id, "") if r.id in old_roles else ""
            after = row_new.get(r.id, "")
            if before != after:
                ch.changed_cells.append({"activity": a.id, "role": r.id,
                                         "old": before, "new": after})
    return ch
