"""Pass 5 of the HR import: the sorted-out rows become model objects.

Functions (from the function or department column), units and people,
secondary lines for second relations, roots (one top unit on request) and
department boxes (when grouping by department).  Mixed into the builder of
:mod:`.hr_build`, whose state (rows, options, problems) it reads.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from orgdesign.model import (
    Function,
    Layer,
    Person,
    Project,
    SecondaryLine,
    Unit,
    UnitKind,
    new_project,
)
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg
from orgdesign.model.project import MAX_NAME

from .hr_columns import DEPARTMENT_KEY, LOCATION_KEY, default_unit_name, parse_dotted

if TYPE_CHECKING:  # the builder imports this module, so its types are for mypy only
    from .hr_build import _Row
    from .hr_read import RawSheet
    from .hr_result import ImportOptions, Mapping

#: unit.custom key for a dotted-line reference that named nobody
UNRESOLVED_DOTTED_KEY = "unresolved dotted line"
_PALETTE = ("#4C6A92", "#D9822B", "#2E9E6B", "#B84C7A", "#5B5BB5", "#7A7A3A", "#8C5A3C",
            "#3C8DAD", "#C0587E", "#6B8E23", "#D4A72C", "#7D6BB0")
_ROWS_SHOWN = 10


def _rows_text(rows: Sequence[int]) -> Message:
    """``rows 4, 7 and 3 more``: row numbers for a problem sentence, shortened."""
    shown = ", ".join(str(r) for r in rows[:_ROWS_SHOWN])
    if len(rows) > _ROWS_SHOWN:
        return msg(QT_TRANSLATE_NOOP("Messages", "rows {rows} and {more} more"), rows=shown,
                   more=len(rows) - _ROWS_SHOWN)
    if len(rows) > 1:
        return msg(QT_TRANSLATE_NOOP("Messages", "rows {rows}"), rows=shown)
    return msg(QT_TRANSLATE_NOOP("Messages", "row {rows}"), rows=shown)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:40]


class ModelPass:
    """Builds the project from the rows the earlier passes prepared."""

    # State and helpers of the builder (:class:`.hr_build._Builder`) this mixin reads.
    raw: RawSheet
    mapping: Mapping
    options: ImportOptions
    language: str
    units: list[_Row]

    if TYPE_CHECKING:  # defined by the builder; declared here so the mixin type-checks
        def problem(self, code: str, message: Message, severity: str = "warning",
                    rows: Sequence[int] = (), column: int | None = None,
                    unit: str | None = None) -> None: ...

        def resolve(self, text: str) -> tuple[int | None, str]: ...

        @staticmethod
        def _norm(text: str) -> str: ...

    def functions(self) -> list[Function]:
        out: dict[str, Function] = {}
        votes: dict[str, list[bool]] = {}
        ids: set[str] = set()
        for row in self.units:
            name = row.v.get("function", "")
            if not name:
                continue
            norm = self._norm(name)
            f = out.get(norm)
            if f is None:
                fid = "f-" + (_slug(name) or str(len(out) + 1))
                while fid in ids:
                    fid = f"f-{len(ids) + 1}" if not fid[-1].isdigit() else fid + "x"
                ids.add(fid)
                f = Function(id=fid, name=name, color=_PALETTE[len(out) % len(_PALETTE)])
                out[norm] = f
            row.function = f.id
            if row.cf is not None:
                votes.setdefault(f.id, []).append(row.cf)
        facing = {fid for fid, v in votes.items() if v and all(v)}
        for f in out.values():
            f.customer_facing = f.id in facing
        for row in self.units:
            if row.cf and row.layer is None and row.function not in facing:
                row.layer = Layer.CUSTOMER_CONTACT
        return list(out.values())

    def build(self) -> Project:
        opts = self.options
        zh = self.language == "zh"
        title = opts.title or os.path.splitext(os.path.basename(self.raw.path))[0]
        project = new_project(title=title, language=self.language,
                              scenario_name="现状" if zh else "As-is")
        project.functions = self.functions()
        people: list[Person] = []
        units: list[Unit] = []
        for row in self.units:
            v = row.v
            custom = row.custom
            if v.get("department"):
                custom[DEPARTMENT_KEY] = v["department"]
            if v.get("location"):
                custom[LOCATION_KEY] = v["location"]
            if row.pid is not None:
                people.append(Person(id=row.pid, name=row.person_name, email=v.get("email", ""),
                                     phone=v.get("phone", ""), photo=v.get("photo", ""),
                                     custom=row.person_custom))
            elif row.person_custom or v.get("email") or v.get("phone"):
                for k, text in (("email", v.get("email")), ("phone", v.get("phone")),
                                *row.person_custom.items()):
                    if text:
                        custom[k] = text
            name = v.get("unit_name") or default_unit_name(v.get("title", ""), row.person_name,
                                                           self.language)
            parent = self.units[row.parent].uid if row.parent is not None else None
            units.append(Unit(id=row.uid, name=name, title=v.get("title", ""), kind=row.kind,
                              parent=parent, function=row.function, layer=row.layer,
                              person=row.pid, parked=row.parked and parent is None,
                              assistant=row.assistant,
                              notes=v.get("notes", ""), custom=custom))
        project.people = people
        sc = project.scenario()
        sc.units = units
        sc.lines = self.lines()
        self.roots(units)
        if opts.group_by_department:
            self.departments(project)
        return project

    def lines(self) -> list[SecondaryLine]:
        out: list[SecondaryLine] = []
        dcol = self.mapping.columns.get("dotted")
        for row in self.units:
            refs = list(row.extra_managers)
            if row.v.get("dotted"):
                refs += [(t, "dotted", k, lab) for t, k, lab in parse_dotted(row.v["dotted"])]
            for text, source, kind, label in refs:
                target, why = self.resolve(text)
                if target is None or self.units[target] is row:
                    if why == "ambiguous":
                        said = msg(QT_TRANSLATE_NOOP(
                            "Messages", "dotted-line manager {manager!r} names several people; "
                            "kept as custom field {field!r}"), manager=text,
                            field=UNRESOLVED_DOTTED_KEY)
                    elif why == "unknown":
                        said = msg(QT_TRANSLATE_NOOP(
                            "Messages", "dotted-line manager {manager!r} names nobody; kept as "
                            "custom field {field!r}"), manager=text, field=UNRESOLVED_DOTTED_KEY)
                    else:
                        said = msg(QT_TRANSLATE_NOOP(
                            "Messages", "dotted-line manager {manager!r} names the row itself; "
                            "kept as custom field {field!r}"), manager=text,
                            field=UNRESOLVED_DOTTED_KEY)
                    prev = row.custom.get(UNRESOLVED_DOTTED_KEY)
                    row.custom[UNRESOLVED_DOTTED_KEY] = f"{prev}; {text}" if prev else text
                    self.problem("unknown-dotted", said, rows=[row.number],
                                 column=dcol if source == "dotted" else
                                 self.mapping.columns.get("manager"))
                    continue
                out.append(SecondaryLine(id=f"ln-{len(out) + 1}", source=row.uid,
                                         target=self.units[target].uid, kind=kind,
                                         label=label[:MAX_NAME]))
        return out

    def roots(self, units: list[Unit]) -> None:
        roots = [(row, u) for row, u in zip(self.units, units, strict=True)
                 if u.parent is None and not u.parked]
        if len(roots) <= 1 or "manager" not in self.mapping.columns and \
                "manager_name" not in self.mapping.columns and not self.options.single_root:
            return
        numbers = [row.number for row, _ in roots]
        if self.options.single_root:
            top_id = "top"
            ids = {u.id for u in units}
            while top_id in ids:
                top_id += "x"
            name = self.options.top_name or ("组织" if self.language == "zh" else "Organisation")
            for _, u in roots:
                u.parent = top_id
            units.insert(0, Unit(id=top_id, name=name, kind=UnitKind.DEPARTMENT))
            self.problem("several-roots", msg(QT_TRANSLATE_NOOP(
                "Messages", "{count} rows have no manager ({rows}); placed under a new top "
                "unit {name!r}"), count=len(roots), rows=_rows_text(numbers), name=name),
                "note", numbers)
        else:
            self.problem("several-roots", msg(QT_TRANSLATE_NOOP(
                "Messages", "{count} rows have no manager ({rows}); kept as {count} roots"),
                count=len(roots), rows=_rows_text(numbers)), "warning", numbers)

    def departments(self, project: Project) -> None:
        """Put a department box above the head(s) of each department (same parent: one box)."""
        sc = project.scenario()
        by_id = {u.id: u for u in sc.units}
        same_col = self.mapping.columns.get("function") == self.mapping.columns.get("department")
        boxes: dict[tuple[str, str | None], Unit] = {}
        before: dict[str, list[Unit]] = {}
        ids = set(by_id)
        for u in list(sc.units):
            dept = u.custom.get(DEPARTMENT_KEY, "")
            if not dept or u.parked or u.kind is UnitKind.DEPARTMENT and u.id == "top":
                continue
            parent = by_id.get(u.parent) if u.parent else None
            if parent is not None and parent.custom.get(DEPARTMENT_KEY, "") == dept:
                continue
            box = boxes.get((dept, u.parent))
            if box is None:
                bid = "dept-" + (_slug(dept) or str(len(boxes) + 1))
                while bid in ids:
                    bid += "x"
                ids.add(bid)
                box = Unit(id=bid, name=dept, kind=UnitKind.DEPARTMENT, parent=u.parent,
                           function=u.function if same_col else None,
                           custom={DEPARTMENT_KEY: dept})
                boxes[(dept, u.parent)] = box
                before.setdefault(u.id, []).append(box)
            u.parent = box.id
        if boxes:
            out: list[Unit] = []
            for u in sc.units:
                out.extend(before.get(u.id, ()))
                out.append(u)
            sc.units = out
