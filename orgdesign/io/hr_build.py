"""The passes that turn mapped sheet rows into a project (used by :func:`.hr_import.build_project`).

Rows are read into values (pass 1), given ids with duplicates and second
relations sorted out (2), linked to their managers by id or unique name (3),
cycles broken (4) and parked subtrees marked, then turned into model objects
(5).  Every decision that is not plain is recorded as a :class:`Problem`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from orgdesign.model import (
    Layer,
    LineKind,
    UnitKind,
)
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg
from orgdesign.model.project import MAX_NAME, MAX_TEXT

from .hr_columns import (
    DEPARTMENT_KEY,
    EMPLOYEE_ID_KEY,
    LOCATION_KEY,
    UNRESOLVED_MANAGER_KEY,
    VACANCY_NAMES,
    custom_target,
    has_cjk,
    parse_bool,
    parse_kind,
    parse_layer,
)
from .hr_objects import ModelPass, _rows_text
from .hr_read import RawSheet, column_letter
from .hr_result import (
    DOTTED,
    PARKED,
    PLACED,
    REPEAT,
    ImportOptions,
    ImportResult,
    Mapping,
    Problem,
)

#: Longest id the model accepts.
MAX_ID = 200
EXCEL_ERRORS = frozenset({"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!",
                          "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!"})
#: Separators of several managers in one cell ("E1; E2").
_SEVERAL = re.compile(r"\s*[;；|、]\s*")
#: Fields of free text, where "#N/A" may be what someone wrote (errors elsewhere read as empty).
_FREE_TEXT = frozenset({"name", "first_name", "last_name", "title", "department", "function",
                        "location", "unit_name", "notes", "photo"})
#: Longest text of a mapped cell (the rest: MAX_NAME); ids are checked on their own.
_LIMITS = {k: MAX_TEXT for k in ("id", "manager", "manager_name", "department", "location",
                                 "notes", "dotted", "person_id")}

#: Problem of a yes/no, layer or kind cell that says neither (one sentence per field).
_NOT_VALID = {
    "layer": QT_TRANSLATE_NOOP("Messages", "{column}: {value!r} is not a valid layer; kept as "
                               "custom field {field!r}"),
    "customer_facing": QT_TRANSLATE_NOOP("Messages", "{column}: {value!r} is not a valid "
                                         "customer-facing; kept as custom field {field!r}"),
    "kind": QT_TRANSLATE_NOOP("Messages", "{column}: {value!r} is not a valid kind; kept as "
                              "custom field {field!r}"),
    "parked": QT_TRANSLATE_NOOP("Messages", "{column}: {value!r} is not a valid parked; kept "
                                "as custom field {field!r}"),
    "assistant": QT_TRANSLATE_NOOP("Messages", "{column}: {value!r} is not a valid assistant; "
                                   "kept as custom field {field!r}"),
}

# Fields whose cells only make sense as one text each (errors are reported per cell).
_TEXT_FIELDS = ("id", "name", "first_name", "last_name", "title", "manager", "manager_name",
                "department", "function", "email", "phone", "location", "layer",
                "customer_facing", "unit_name", "kind", "person_id", "notes", "parked",
                "dotted", "photo", "assistant")


# --- building ------------------------------------------------------------------------


class _Row:
    """One data row's values, as the build passes refine them."""

    __slots__ = ("number", "v", "custom", "person_custom", "key", "person_name", "uid", "pid",
                 "parent", "parked", "status", "manager_text", "layer", "cf", "kind",
                 "function", "extra_managers", "first", "assistant")

    def __init__(self, number: int) -> None:
        self.number = number
        self.v: dict[str, str] = {}
        self.custom: dict[str, str] = {}
        self.person_custom: dict[str, str] = {}
        self.key = ""
        self.person_name = ""
        self.uid = ""
        self.pid: str | None = None
        self.parent: int | None = None  # index into the unit rows
        self.parked = False
        self.status = PLACED
        self.manager_text = ""
        self.layer: Layer | None = None
        self.cf: bool | None = None
        self.kind = UnitKind.POSITION
        self.function: str | None = None
        self.extra_managers: list[tuple[str, str, LineKind, str]] = []  # (text, col, kind, label)
        self.first: int | None = None  # for a DOTTED/REPEAT row: index of the unit row
        self.assistant = False


class _Builder(ModelPass):
    """One build: the passes of :func:`build_project` share this state."""

    def __init__(self, raw: RawSheet, mapping: Mapping, options: ImportOptions) -> None:
        self.raw = raw
        self.mapping = mapping
        self.options = options
        self.problems: list[Problem] = []
        self.rows: list[_Row] = []  # every data row
        self.units: list[_Row] = []  # rows that become units, in sheet order
        width = max([len(raw.headers)] + [len(r.cells) for r in raw.rows])
        headers = list(raw.headers) + [f"Column {column_letter(c)}"
                                       for c in range(len(raw.headers), width)]
        self.headers = headers
        self.fields = [(k, c) for k, c in mapping.columns.items() if k in _TEXT_FIELDS]
        self.flag_fields = [(k, parse) for k, parse in (
            ("layer", parse_layer), ("customer_facing", parse_bool), ("kind", parse_kind),
            ("parked", parse_bool), ("assistant", parse_bool)) if k in mapping.columns]
        taken = {DEPARTMENT_KEY, LOCATION_KEY} if (
            "department" in mapping.columns or "location" in mapping.columns) else set()
        self.custom_cols: list[tuple[int, str, str]] = []  # (column, target, key)
        seen: set[tuple[str, str]] = set()
        for c in mapping.custom_columns(width):
            target, key = custom_target(headers[c])
            key = key[:MAX_NAME] or headers[c]
            if (target == "unit" and key in taken) or (target, key) in seen:
                key = f"{key} ({column_letter(c)})"
            seen.add((target, key))
            self.custom_cols.append((c, target, key))
        self.language = options.language or (
            "zh" if any(has_cjk(headers[c]) for c in mapping.columns.values()
                        if c < len(headers)) else "en")

    def problem(self, code: str, message: Message, severity: str = "warning",
                rows: Sequence[int] = (), column: int | None = None,
                unit: str | None = None) -> None:
        col = self.raw.column_label(column) if column is not None else None
        self.problems.append(Problem(code, message, severity, tuple(rows), col, unit))

    # pass 1: cells to values
    def read_rows(self) -> None:
        for raw_row in self.raw.rows:
            row = _Row(raw_row.number)
            cells = raw_row.cells
            n = len(cells)
            for key, c in self.fields:
                text = cells[c] if c < n else ""
                if text in EXCEL_ERRORS:
                    text = self._error_cell(row, key, c, text)
                row.v[key] = text
            for c, target, key in self.custom_cols:
                text = cells[c] if c < n else ""
                if text:
                    if len(text) > MAX_TEXT:
                        self.problem("malformed-cell", msg(QT_TRANSLATE_NOOP(
                            "Messages", "{column} holds {length} characters; kept the first "
                            "{limit}"), column=self.raw.column_label(c), length=len(text),
                            limit=MAX_TEXT), rows=[row.number], column=c)
                        text = text[:MAX_TEXT]
                    (row.custom if target == "unit" else row.person_custom)[key] = text
            if n > self.raw.width and any(cells[self.raw.width:]) and self.raw.width:
                self.problem("extra-cells", msg(QT_TRANSLATE_NOOP(
                    "Messages", "the row has {cells} cells but the header only {width}; the "
                    "extra ones are kept as custom fields"), cells=n, width=self.raw.width),
                    rows=[row.number])
            self._fit(row)
            self._names(row)
            self._flags(row)
            self.rows.append(row)

    def _error_cell(self, row: _Row, key: str, column: int, text: str) -> str:
        """A spreadsheet error (#N/A...): text in a free-text field, else empty + custom."""
        label = self.raw.column_label(column)
        if key in _FREE_TEXT:
            self.problem("malformed-cell", msg(QT_TRANSLATE_NOOP(
                "Messages", "{column} holds {value}, which looks like a spreadsheet error; "
                "kept as text"), column=label, value=text), rows=[row.number], column=column)
            return text
        if self.headers[column] not in row.custom:
            self.problem("malformed-cell", msg(QT_TRANSLATE_NOOP(
                "Messages", "{column} holds the spreadsheet error {value}; read as empty, the "
                "text is kept as custom field {field!r}"), column=label, value=text,
                field=self.headers[column]), rows=[row.number], column=column)
            row.custom[self.headers[column]] = text
        return ""

    def _fit(self, row: _Row) -> None:
        """Cut over-long mapped cells to what the model holds; the full text becomes custom."""
        if max(map(len, row.v.values()), default=0) <= MAX_NAME:
            return  # the usual case, checked at C speed
        for key, text in row.v.items():
            limit = _LIMITS.get(key, MAX_NAME)
            if len(text) <= limit:
                continue
            c = self.mapping.columns[key]
            self.problem("malformed-cell", msg(QT_TRANSLATE_NOOP(
                "Messages", "{column} holds {length} characters; the full text is kept as "
                "custom field {field!r}"), column=self.raw.column_label(c), length=len(text),
                field=self.headers[c]), rows=[row.number], column=c)
            row.custom[self.headers[c]] = text[:MAX_TEXT]
            row.v[key] = text[:limit]

    def _names(self, row: _Row) -> None:
        v = row.v
        name = v.get("name", "")
        if not name:
            first, last = v.get("first_name", ""), v.get("last_name", "")
            if has_cjk(first + last):
                name = last + first
            else:
                name = " ".join(p for p in (first, last) if p)
            name = name[:MAX_NAME]
        if name.casefold() in VACANCY_NAMES:
            name = ""
        row.person_name = name

    def _flags(self, row: _Row) -> None:
        for key, parse in self.flag_fields:
            text = row.v.get(key, "")
            if not text:
                continue
            try:
                value = parse(text)
            except ValueError:
                c = self.mapping.columns[key]
                self.problem("malformed-cell", msg(_NOT_VALID[key],
                                                   column=self.raw.column_label(c),
                                                   value=text[:80], field=self.headers[c]),
                             rows=[row.number], column=c)
                row.custom[self.headers[c]] = text
                continue
            if key == "layer":
                row.layer = value  # type: ignore[assignment]
            elif key == "customer_facing":
                row.cf = value  # type: ignore[assignment]
            elif key == "kind":
                row.kind = value  # type: ignore[assignment]
            elif key == "assistant":
                row.assistant = bool(value)
            else:
                row.parked = bool(value)

    # pass 2: ids, duplicates, second relations
    def assign_ids(self) -> None:
        first_of: dict[str, int] = {}  # key -> index into self.units
        id_col = self.mapping.columns.get("id")
        for row in self.rows:
            key = row.v.get("id", "")
            if len(key) > MAX_ID:
                self.problem("malformed-cell", msg(QT_TRANSLATE_NOOP(
                    "Messages", "the id is {length} characters long (at most {limit}); the row "
                    "gets a new id and keeps the old one as custom field {field!r}"),
                    length=len(key), limit=MAX_ID, field=EMPLOYEE_ID_KEY),
                    rows=[row.number], column=id_col)
                row.custom[EMPLOYEE_ID_KEY] = key
                key = ""
            row.key = key
            if key and key in first_of:
                first = self.units[first_of[key]]
                same = row.person_name and row.person_name == first.person_name
                if same:
                    self._second_relation(row, first, first_of[key])
                    continue
                row.custom[EMPLOYEE_ID_KEY] = key
                row.parked, row.status = True, PARKED
                if first.person_name:
                    said = msg(QT_TRANSLATE_NOOP(
                        "Messages", "id {id!r} is already used by row {row} ({name}); this row "
                        "went to the parking lot with a new id"), id=key, row=first.number,
                        name=first.person_name)
                else:
                    said = msg(QT_TRANSLATE_NOOP(
                        "Messages", "id {id!r} is already used by row {row} (a vacancy); this "
                        "row went to the parking lot with a new id"), id=key, row=first.number)
                self.problem("duplicate-id", said, "error", [row.number, first.number], id_col)
            elif key:
                first_of[key] = len(self.units)
            self.units.append(row)
        self.by_key = first_of
        used = set(first_of)
        for row in self.units:
            if row.key and first_of.get(row.key) is not None and \
                    self.units[first_of[row.key]] is row:
                row.uid = row.key
                continue
            uid = f"row-{row.number}"
            while uid in used:
                uid += "x"
            used.add(uid)
            row.uid = uid
            if not row.key and row.person_name and id_col is not None:
                self.problem("missing-id", msg(QT_TRANSLATE_NOOP(
                    "Messages", "{name!r} has no id; the unit is named {unit!r} and cannot be "
                    "found as a manager by id"), name=row.person_name, unit=uid),
                    rows=[row.number], column=id_col)
        self._person_ids()

    def _second_relation(self, row: _Row, first: _Row, index: int) -> None:
        row.first = index
        mine, theirs = row.v.get("manager", ""), first.v.get("manager", "")
        mine = mine or row.v.get("manager_name", "")
        theirs = theirs or first.v.get("manager_name", "")
        dotted = bool(mine) and mine != theirs
        # Nothing is lost: cells of the second row that differ from the first are kept on
        # the first row's unit as custom fields named after their column and row.
        kept = []
        for k, text in row.v.items():
            if k in ("manager", "manager_name", "id", "name", "first_name", "last_name") or \
                    not text or text == first.v.get(k, "") or (dotted and k == "title"):
                continue
            header = self.headers[self.mapping.columns[k]]
            first.custom[f"{header} (row {row.number})"] = text
            kept.append(header)
        for k, text in row.custom.items():
            if text != first.custom.get(k):
                first.custom[f"{k} (row {row.number})"] = text
                kept.append(k)
        lost: Message | str = msg(QT_TRANSLATE_NOOP(
            "Messages", "; its differing cells ({cells}) are kept as custom fields of row {row}"),
            cells=", ".join(kept), row=first.number) if kept else ""
        if dotted:
            row.status = DOTTED
            label = row.v.get("title", "") if row.v.get("title", "") != first.v.get("title", "") \
                else ""
            first.extra_managers.append((mine, "manager", LineKind.DOTTED, label))
            self.problem("second-manager", msg(QT_TRANSLATE_NOOP(
                "Messages", "{name!r} (id {id!r}) is listed again, under manager {manager!r} "
                "(row {row}: {first_manager!r}); the second relation is kept as a dotted "
                "line{kept}"), name=row.person_name, id=row.key, manager=mine, row=first.number,
                first_manager=theirs, kept=lost), "warning", [row.number, first.number],
                self.mapping.columns.get("manager"))
        else:
            row.status = REPEAT
            self.problem("repeated-row", msg(QT_TRANSLATE_NOOP(
                "Messages", "{name!r} (id {id!r}) is listed again under the same manager as row "
                "{row}; the repeat is skipped{kept}"), name=row.person_name, id=row.key,
                row=first.number, kept=lost), "warning", [row.number, first.number])

    def _person_ids(self) -> None:
        taken: set[str] = set()
        pid_col = self.mapping.columns.get("person_id")
        for row in self.units:
            if not row.person_name:
                if row.v.get("person_id"):
                    self.problem("malformed-cell", msg(QT_TRANSLATE_NOOP(
                        "Messages", "a vacancy (no name) has a person id; kept as custom "
                        "field")), rows=[row.number], column=pid_col)
                    row.custom[self.headers[pid_col]] = row.v["person_id"]  # type: ignore
                continue
            pid = row.v.get("person_id", "")
            if pid and (len(pid) > MAX_ID or pid in taken):
                if len(pid) > MAX_ID:
                    said = msg(QT_TRANSLATE_NOOP(
                        "Messages", "person id {id!r} is too long; the person gets a new id"),
                        id=pid[:80])
                else:
                    said = msg(QT_TRANSLATE_NOOP(
                        "Messages", "person id {id!r} is used twice; the person gets a new id"),
                        id=pid[:80])
                self.problem("malformed-cell", said, rows=[row.number], column=pid_col)
                pid = ""
            if not pid:
                pid = "p-" + row.uid
                if len(pid) > MAX_ID:
                    pid = f"p-row-{row.number}"
                while pid in taken:
                    pid += "x"
            taken.add(pid)
            row.pid = pid

    # pass 3: managers
    def resolve_managers(self) -> None:
        names: dict[str, list[int]] = {}
        for i, row in enumerate(self.units):
            if row.person_name:
                names.setdefault(" ".join(row.person_name.casefold().split()), []).append(i)
        self.names = names
        has_manager = "manager" in self.mapping.columns or "manager_name" in self.mapping.columns
        col = self.mapping.columns.get("manager", self.mapping.columns.get("manager_name"))
        for i, row in enumerate(self.units):
            if row.parked:  # a duplicate id, or parked in the sheet: keep what it said
                text = row.v.get("manager", "") or row.v.get("manager_name", "")
                if text:
                    row.custom[UNRESOLVED_MANAGER_KEY] = text
                if row.status != PARKED:
                    row.status = PARKED
                    self.problem("parked", msg(QT_TRANSLATE_NOOP(
                        "Messages", "marked as parked in the sheet; it stays in the parking "
                        "lot")), "note", [row.number], self.mapping.columns.get("parked"),
                        row.uid)
                continue
            text = row.v.get("manager", "")
            by_name = row.v.get("manager_name", "")
            if not text:
                text = by_name
            row.manager_text = text
            if not text:
                continue
            target, why = self.resolve(text)
            if target is None and why == "unknown":
                parts = [p for p in _SEVERAL.split(text) if p]
                if len(parts) > 1:
                    found = [self.resolve(p) for p in parts]
                    if all(t is not None for t, _ in found):
                        target = found[0][0]
                        for p in parts[1:]:
                            row.extra_managers.append((p, "manager", LineKind.DOTTED, ""))
                        self.problem("second-manager", msg(QT_TRANSLATE_NOOP(
                            "Messages", "the manager cell names {count} managers ({cell!r}); "
                            "placed under {manager!r}, the others are kept as dotted lines"),
                            count=len(parts), cell=text, manager=parts[0]),
                            rows=[row.number], column=col)
            if target == i:
                self.problem("self-manager", msg(QT_TRANSLATE_NOOP(
                    "Messages", "{name!r} is its own manager ({manager!r}); placed as a root"),
                    name=self._who(row), manager=text), rows=[row.number], column=col)
                continue
            if target is None:
                row.parked, row.status = True, PARKED
                row.custom[UNRESOLVED_MANAGER_KEY] = text
                if why == "ambiguous":
                    rows = [self.units[j].number for j in self.names[self._norm(text)]]
                    self.problem("ambiguous-manager", msg(QT_TRANSLATE_NOOP(
                        "Messages", "manager {manager!r} could be any of {count} people "
                        "({rows}); the row went to the parking lot"), manager=text,
                        count=len(rows), rows=_rows_text(rows)), "error", [row.number, *rows],
                        col, row.uid)
                else:
                    self.problem("unknown-manager", msg(QT_TRANSLATE_NOOP(
                        "Messages", "manager {manager!r} is neither an id nor a name in the "
                        "sheet; the row went to the parking lot with its reports"),
                        manager=text), "error", [row.number], col, row.uid)
                continue
            row.parent = target
            if by_name and row.v.get("manager"):
                mgr = self.units[target]
                if self._norm(by_name) != self._norm(mgr.person_name) and \
                        by_name != mgr.key:
                    if mgr.person_name:
                        said = msg(QT_TRANSLATE_NOOP(
                            "Messages", "manager id {id!r} is {name!r} (row {row}) but the "
                            "manager name says {manager!r}; the id was followed"),
                            id=row.v["manager"], name=mgr.person_name, row=mgr.number,
                            manager=by_name)
                    else:
                        said = msg(QT_TRANSLATE_NOOP(
                            "Messages", "manager id {id!r} is 'a vacancy' (row {row}) but the "
                            "manager name says {manager!r}; the id was followed"),
                            id=row.v["manager"], row=mgr.number, manager=by_name)
                    self.problem("manager-mismatch", said, rows=[row.number, mgr.number],
                                 column=self.mapping.columns.get("manager_name"))
        if not has_manager and len(self.units) > 1:
            self.problem("no-manager-column", msg(QT_TRANSLATE_NOOP(
                "Messages", "no column is mapped to the manager: every row is a root (map one "
                "with manager=Column)")))

    @staticmethod
    def _norm(text: str) -> str:
        return " ".join(text.casefold().split())

    def _who(self, row: _Row) -> str:
        return row.person_name or row.v.get("title") or row.uid

    def resolve(self, text: str) -> tuple[int | None, str]:
        """Unit row index a manager reference names: by id, then by unique name."""
        i = self.by_key.get(text)
        if i is not None:
            return i, "id"
        found = self.names.get(self._norm(text))
        if found is None:
            return None, "unknown"
        if len(found) > 1:
            return None, "ambiguous"
        return found[0], "name"

    # pass 4: cycles
    def break_cycles(self) -> None:
        state = [0] * len(self.units)  # 0 new, 1 on path, 2 done
        col = self.mapping.columns.get("manager", self.mapping.columns.get("manager_name"))
        for start in range(len(self.units)):
            path: list[int] = []
            i: int | None = start
            while i is not None and state[i] == 0:
                state[i] = 1
                path.append(i)
                i = self.units[i].parent
            if i is not None and state[i] == 1:
                cycle = path[path.index(i):]
                at = min(cycle, key=lambda j: self.units[j].number)
                row = self.units[at]
                row.custom[UNRESOLVED_MANAGER_KEY] = row.manager_text
                row.parent, row.parked, row.status = None, True, PARKED
                order = cycle[cycle.index(at):] + cycle[:cycle.index(at)]
                chain = " -> ".join(repr(self.units[j].key or self.units[j].uid)
                                    for j in order[:8])
                self.problem("cycle", msg(QT_TRANSLATE_NOOP(
                    "Messages", "reporting cycle {chain} -> {last!r} ({rows}); broken at row "
                    "{row}: it went to the parking lot with its reports"), chain=chain,
                    last=row.key or row.uid,
                    rows=_rows_text(sorted(self.units[j].number for j in cycle)),
                    row=row.number), "error",
                    [row.number, *sorted(self.units[j].number for j in cycle if j != at)],
                    col, row.uid)
            for j in path:
                state[j] = 2

    def mark_parked_subtrees(self) -> None:
        """Rows below a parked root are parked too (status only; they keep their parent)."""
        memo: dict[int, bool] = {}
        for start in range(len(self.units)):
            path = []
            i: int | None = start
            verdict = False
            while i is not None:
                if i in memo:
                    verdict = memo[i]
                    break
                path.append(i)
                if self.units[i].parked:
                    verdict = True
                    break
                i = self.units[i].parent
            for j in path:
                memo[j] = verdict
                if verdict:
                    self.units[j].status = PARKED

    # pass 5: model objects


def build_rows(raw: RawSheet, mapping: Mapping, options: ImportOptions) -> ImportResult:
    b = _Builder(raw, mapping, options)
    b.read_rows()
    b.assign_ids()
    b.resolve_managers()
    b.break_cycles()
    b.mark_parked_subtrees()
    project = b.build()
    if raw.empty_rows:
        if len(raw.empty_rows) > 1:
            said = msg(QT_TRANSLATE_NOOP("Messages", "{count} empty rows skipped ({rows})"),
                       count=len(raw.empty_rows), rows=_rows_text(raw.empty_rows))
        else:
            said = msg(QT_TRANSLATE_NOOP("Messages", "{count} empty row skipped ({rows})"),
                       count=len(raw.empty_rows), rows=_rows_text(raw.empty_rows))
        b.problem("empty-rows", said, "note", raw.empty_rows)
    status = {row.number: row.status for row in b.rows}
    row_unit = {row.number: row.uid for row in b.units}
    for row in b.rows:
        if row.first is not None:
            row_unit[row.number] = b.units[row.first].uid
    b.problems.sort(key=lambda p: (p.row is None, p.row or 0))
    customs = [key if target == "unit" else f"person:{key}" for _, target, key in b.custom_cols]
    return ImportResult(project, b.problems, mapping, raw, status, row_unit, customs, b.language)
