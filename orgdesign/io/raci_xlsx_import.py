"""Read back a RACI workbook exported by OrgDesign and edited by a client.

The client may change letters, add, delete and sort rows, add, delete and
move role columns and rename anything: rows and columns are matched by the
ids they carry (see :mod:`orgdesign.io.raci_format`), not by position or
name.  :func:`import_raci_workbook` returns the new matrix and a summary of
the changes; nothing in the project changes until the caller applies it
(:func:`apply_raci_import`, or an edit op wrapping the same replacement).

What cannot be read is an :class:`~orgdesign.model.ImportError_` naming the
sheet and cell, e.g. ``RACI!D7: 'X' is not a letter of RACI``: a letter not
in the scheme, merged cells over the table, a missing sheet, a workbook that
is not ours.  Values are read as the client sees them (a formula's cached
result), so a formula typed into a cell counts by its displayed value.
"""

from __future__ import annotations

import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter, range_boundaries
from openpyxl.utils.exceptions import InvalidFileException
from pydantic import ValidationError

from orgdesign.model import (
    ImportError_,
    ModelError,
    Project,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    new_id,
)
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, as_message, msg
from orgdesign.model.raci_schemes import Scheme, get_scheme, parse_cell

from . import raci_format as fmt
from .raci_diff import RaciChanges, diff_raci

__all__ = ["RaciChanges", "RaciImport", "apply_raci_import", "diff_raci",
           "import_raci_workbook", "read_raci_workbook"]

#: A path, or an open binary file (bytes of a workbook in memory).
Source = str | Path | BinaryIO

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"')


@dataclass
class RaciImport:
    """What reading a workbook gave: the new matrix and how it differs from the project's."""

    matrix: RaciMatrix
    changes: RaciChanges
    is_new: bool = False  # the project has no matrix with this id (it would be added)


@dataclass
class _Meta:
    matrix_id: str
    name: str
    scheme: Scheme
    links: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> link


def _fail(message: Message, row: int | None = None, col: int | None = None) -> ImportError_:
    return ImportError_(message, row, get_column_letter(col) if col else None)


def _at_cell(where: str, problem: str | Message) -> Message:
    """``where: problem`` (``where`` a sheet and cell such as ``RACI!D7``)."""
    return msg(QT_TRANSLATE_NOOP("Messages", "{source}: {problem}"), source=where, problem=problem)


def _problem(exc: ValueError | ModelError) -> Message:
    """The scheme functions' error as a message (the model words it as a template)."""
    return exc.message if isinstance(exc, ModelError) else as_message(str(exc))


def _at(sheet: str, row: int, col: int) -> str:
    return f"{sheet}!{get_column_letter(col)}{row}"


def _text(value: Any) -> str:
    """A cell value as the text the client sees."""
    if value is None:
        return ""
    if isinstance(value, str):
        return fmt.from_xlsx_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _open(source: Source) -> Any:
    """The workbook, read-only; ImportError_ when it is not an .xlsx file."""
    name = Path(source).name if isinstance(source, str | Path) else ""
    try:
        return load_workbook(source, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, TypeError,
            OSError) as exc:
        if isinstance(exc, FileNotFoundError | IsADirectoryError | PermissionError):
            raise
        if isinstance(source, str | Path):
            message = msg(QT_TRANSLATE_NOOP("Messages",
                                            "{name} is not an Excel workbook (.xlsx): {error}"),
                          name=name, error=type(exc).__name__)
        else:
            message = msg(QT_TRANSLATE_NOOP("Messages",
                                            "the file is not an Excel workbook (.xlsx): {error}"),
                          error=type(exc).__name__)
        raise _fail(message) from None


def _read_meta(wb: Any) -> _Meta:
    if fmt.SHEET_META not in wb.sheetnames:
        raise _fail(msg(QT_TRANSLATE_NOOP(
            "Messages", "not an OrgDesign RACI workbook: sheet {sheet!r} is missing "
            "(only workbooks exported by OrgDesign can be read back)"), sheet=fmt.SHEET_META))
    meta_ws = wb[fmt.SHEET_META]
    meta_ws.reset_dimensions()
    rows = list(meta_ws.iter_rows(values_only=True))
    kv = {_text(r[0]): r[1] if len(r) > 1 else None
          for r in rows[:fmt.META_TABLE_ROW - 1] if r and r[0] is not None}
    if _text(kv.get("format")) != fmt.FORMAT_TAG:
        raise _fail(msg(QT_TRANSLATE_NOOP(
            "Messages", "not an OrgDesign RACI workbook: {sheet}!B1 does not say {tag!r}"),
            sheet=fmt.SHEET_META, tag=fmt.FORMAT_TAG), 1, 2)
    try:
        version = int(kv.get("version") or 0)
    except (TypeError, ValueError):
        version = 0
    if version < 1 or version > fmt.FORMAT_VERSION:
        raise _fail(msg(QT_TRANSLATE_NOOP(
            "Messages", "{sheet}!B2: workbook format version {version!r} is not one this "
            "OrgDesign reads (it reads 1 to {latest})"),
            sheet=fmt.SHEET_META, version=kv.get("version"), latest=fmt.FORMAT_VERSION), 2, 2)
    scheme_name = _text(kv.get("scheme"))
    try:
        scheme = get_scheme(scheme_name)
    except ModelError as exc:
        raise _fail(_at_cell(f"{fmt.SHEET_META}!B5", _problem(exc)), 5, 2) from None
    matrix_id = _text(kv.get("matrix"))
    if not matrix_id:
        raise _fail(msg(QT_TRANSLATE_NOOP("Messages", "{sheet}!B3: the matrix id is missing"),
                        sheet=fmt.SHEET_META), 3, 2)
    meta = _Meta(matrix_id, _text(kv.get("name")), scheme)
    for r in rows[fmt.META_TABLE_ROW:]:
        if r and len(r) >= 3 and r[0] and r[1]:
            meta.links[(_text(r[0]), _text(r[1]))] = _text(r[2])
    return meta


def _merged_ranges(ws: Any) -> list[str]:
    # Read-only sheets do not parse mergeCells; they sit at the end of the XML.
    with ws._get_source() as src:
        data = src.read()
    return [m.decode("ascii", "replace") for m in _MERGE.findall(data)]


@dataclass
class _Grid:
    """Where things are on sheet RACI."""

    header_row: int
    group_col: int
    activity_col: int
    roles: list[tuple[int, str | None]]  # (column, role id or None for a new column)


def _find_grid(rows: list[tuple[Any, ...]]) -> _Grid:
    sheet = fmt.SHEET_RACI
    ids_row = header_row = None
    for i, row in enumerate(rows[:200], 1):
        mark = _text(row[0]) if row else ""
        if mark == fmt.IDS_ROW and ids_row is None:
            ids_row = i
        elif mark == fmt.HEADER_ROW and header_row is None:
            header_row = i
    if ids_row is None or header_row is None or header_row <= ids_row:
        raise _fail(msg(QT_TRANSLATE_NOOP(
            "Messages", "{sheet}!A{row}: the hidden id row and column are missing or damaged; "
            "this sheet cannot be matched to the matrix"), sheet=sheet, row=fmt.ID_ROW),
            fmt.ID_ROW, 1)
    ids = [_text(v) for v in rows[ids_row - 1]]
    group_col = activity_col = None
    roles: list[tuple[int, str | None]] = []
    first_count = None
    for c, tag in enumerate(ids, 1):
        if tag == fmt.COL_GROUP:
            group_col = c
        elif tag == fmt.COL_ACTIVITY:
            activity_col = c
        elif tag.startswith(fmt.COL_COUNT) and first_count is None:
            first_count = c
        elif tag.startswith(fmt.ROLE_PREFIX):
            roles.append((c, tag[len(fmt.ROLE_PREFIX):]))
    if group_col is None:
        raise _fail(msg(QT_TRANSLATE_NOOP("Messages",
                                          "{sheet}!{row}:{row}: the process column is missing"),
                        sheet=sheet, row=ids_row), ids_row)
    if activity_col is None:
        raise _fail(msg(QT_TRANSLATE_NOOP("Messages",
                                          "{sheet}!{row}:{row}: the activity column is missing"),
                        sheet=sheet, row=ids_row), ids_row)
    # Columns without an id between the activity column and the check
    # columns are roles the client added; columns elsewhere are the client's notes.
    end = first_count or max(len(ids), max((len(r) for r in rows), default=0)) + 1
    known = {c for c, _ in roles}
    for c in range(activity_col + 1, end):
        if c not in known and not (c <= len(ids) and ids[c - 1]):
            roles.append((c, None))
    roles.sort()
    return _Grid(header_row, group_col, activity_col, roles)


def _check_merges(ws: Any, grid: _Grid, last_row: int, last_col: int) -> None:
    for ref in _merged_ranges(ws):
        try:
            min_col, min_row, max_col, max_row = range_boundaries(ref)
        except (ValueError, TypeError):
            continue
        if (max_row >= grid.header_row and min_row <= last_row
                and min_col <= last_col):
            raise _fail(msg(QT_TRANSLATE_NOOP(
                "Messages", "{sheet}!{range}: merged cells over the matrix; unmerge them and "
                "import again"), sheet=fmt.SHEET_RACI, range=ref), min_row, min_col)


def read_raci_workbook(source: Source) -> tuple[RaciMatrix, dict[tuple[str, str], str]]:
    """Read an exported workbook into a matrix, without comparing it to a project.

    New rows and columns get fresh ids; the matrix has the workbook's id,
    name and scheme and default settings.  Also returns the links the
    workbook recorded at export, ``(kind, id) -> step or unit id``.
    Raises :class:`ImportError_` naming the sheet and cell of the first problem.
    """
    matrix, meta = _read(source)
    return matrix, meta.links


def _read(source: Source) -> tuple[RaciMatrix, _Meta]:
    with warnings.catch_warnings():
        # Excel and LibreOffice add extensions openpyxl does not know; they
        # hold formatting only, so the warning tells the user nothing.
        warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
        return _read_quietly(source)


def _read_quietly(source: Source) -> tuple[RaciMatrix, _Meta]:
    wb = _open(source)
    try:
        meta = _read_meta(wb)
        if fmt.SHEET_RACI not in wb.sheetnames:
            raise _fail(msg(QT_TRANSLATE_NOOP("Messages",
                                              "sheet {sheet!r} is missing from the workbook"),
                            sheet=fmt.SHEET_RACI))
        ws = wb[fmt.SHEET_RACI]
        # Some writers store a wrong <dimension>; read-only openpyxl would cut
        # the rows to it.  Without it every row comes back as long as it is.
        ws.reset_dimensions()
        rows = [tuple(r) for r in ws.iter_rows(values_only=True)]
        grid = _find_grid(rows)
        last_col = max([grid.activity_col, grid.group_col] + [c for c, _ in grid.roles])
        try:
            matrix, last_row = _build(rows, grid, meta)
        except ImportError_:
            # A merge over the table explains odd values; name it first.
            _check_merges(ws, grid, len(rows), last_col)
            raise
        _check_merges(ws, grid, last_row, last_col)
        return matrix, meta
    finally:
        wb.close()


def _build(rows: list[tuple[Any, ...]], grid: _Grid, meta: _Meta) -> tuple[RaciMatrix, int]:
    sheet, scheme, hr = fmt.SHEET_RACI, meta.scheme, grid.header_row
    header = rows[hr - 1]

    def cell(row: tuple[Any, ...], col: int) -> str:
        return _text(row[col - 1]) if col <= len(row) else ""

    roles: list[RaciRole] = []
    role_cols: list[tuple[int, str]] = []
    seen_roles: set[str] = set()
    data = rows[hr:]
    for col, rid in grid.roles:
        name = cell(header, col)
        if rid is None or rid in seen_roles:
            if not name and not any(cell(r, col) for r in data):
                continue
            if not name:
                raise _fail(msg(QT_TRANSLATE_NOOP(
                    "Messages", "{cell}: a new column needs the role's name in its header"),
                    cell=_at(sheet, hr, col)), hr, col)
            rid = new_id("r")
        seen_roles.add(rid)
        unit = meta.links.get(("role", rid)) or None
        roles.append(_model(RaciRole, sheet, hr, col, id=rid, name=name, unit=unit))
        role_cols.append((col, rid))
    activities: list[RaciActivity] = []
    cells: dict[str, dict[str, str]] = {}
    seen_acts: set[str] = set()
    memo: dict[str, str] = {}
    last_row = hr
    for r, row in enumerate(data, hr + 1):
        tag = cell(row, 1)
        aid = tag[len(fmt.ACT_PREFIX):] if tag.startswith(fmt.ACT_PREFIX) else None
        group, name = cell(row, grid.group_col), cell(row, grid.activity_col)
        letters = [(col, rid, cell(row, col)) for col, rid in role_cols]
        if aid is None and not group and not name and not any(t for _, _, t in letters):
            continue
        last_row = r
        if aid is None or aid in seen_acts:
            if not name:
                raise _fail(msg(QT_TRANSLATE_NOOP("Messages",
                                                  "{cell}: a new activity needs a name"),
                                cell=_at(sheet, r, grid.activity_col)), r, grid.activity_col)
            aid = new_id("a")
        seen_acts.add(aid)
        step = meta.links.get(("activity", aid)) or None
        activities.append(_model(RaciActivity, sheet, r, grid.activity_col,
                                 id=aid, name=name, group=group, step=step))
        out: dict[str, str] = {}
        for col, rid, text in letters:
            if not text:
                continue
            value = memo.get(text)
            if value is None:
                try:
                    value = parse_cell(text, scheme)
                except ValueError as exc:
                    raise _fail(_at_cell(_at(sheet, r, col), _problem(exc)), r, col) from None
                memo[text] = value
            if value:
                out[rid] = value
        cells[aid] = out
    matrix = RaciMatrix(id=meta.matrix_id, name=meta.name, scheme=scheme.name,
                        activities=activities, roles=roles, cells=cells)
    return matrix, last_row


def _model(cls: type, sheet: str, row: int, col: int, **values: Any) -> Any:
    try:
        return cls(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        # pydantic's sentence is English and stays so; the field is a name
        raise _fail(msg(QT_TRANSLATE_NOOP("Messages", "{cell}: {field}: {error}"),
                        cell=_at(sheet, row, col), field=first.get("loc", ("value",))[0],
                        error=first.get("msg", "invalid")), row, col) from None


def import_raci_workbook(source: Source, project: Project) -> RaciImport:
    """Read a workbook and compare it to the project's matrix with the same id.

    The new matrix keeps the project matrix's name, settings and the links of
    the activities and roles it still has (the workbook's records fill in
    for a matrix the project no longer has: then ``is_new`` is True).
    Nothing in ``project`` changes.  Raises :class:`ImportError_` naming the
    sheet and cell of the first problem.
    """
    new, meta = _read(source)
    old = next((m for m in project.raci_matrices if m.id == new.id), None)
    if old is None:
        return RaciImport(new, diff_raci(None, new), is_new=True)
    if get_scheme(old.scheme).name != meta.scheme.name:
        raise _fail(msg(QT_TRANSLATE_NOOP(
            "Messages", "{sheet}!B5: the workbook uses scheme {scheme}, the project's matrix "
            "{matrix!r} uses {matrix_scheme}"),
            sheet=fmt.SHEET_META, scheme=meta.scheme.name, matrix=old.name,
            matrix_scheme=old.scheme), 5, 2)
    old_acts = {a.id: a for a in old.activities}
    old_roles = {r.id: r for r in old.roles}
    activities = [a.model_copy(update={"step": old_acts[a.id].step}) if a.id in old_acts else a
                  for a in new.activities]
    roles = [r.model_copy(update={"unit": old_roles[r.id].unit}) if r.id in old_roles else r
             for r in new.roles]
    matrix = RaciMatrix(id=old.id, name=old.name, scheme=old.scheme, activities=activities,
                        roles=roles, cells=new.cells,
                        settings=old.settings.model_copy())
    return RaciImport(matrix, diff_raci(old, matrix))


def apply_raci_import(project: Project, matrix_id: str, new_matrix: RaciMatrix
                      ) -> RaciMatrix | None:
    """Put ``new_matrix`` in the place of the project's matrix ``matrix_id`` (or append it).

    Returns the matrix it replaced (None when it was appended), so that the
    caller can undo by applying that one again (or removing the new one).
    Raises :class:`ModelError` when ``new_matrix`` has another id.
    """
    if new_matrix.id != matrix_id:
        raise ModelError(msg(QT_TRANSLATE_NOOP("Messages",
                                               "the imported matrix is {new!r}, not {old!r}"),
                             new=new_matrix.id, old=matrix_id))
    for i, m in enumerate(project.raci_matrices):
        if m.id == matrix_id:
            project.raci_matrices[i] = new_matrix
            return m
    project.raci_matrices.append(new_matrix)
    return None
