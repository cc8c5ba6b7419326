"""RACI matrices as Excel workbooks a consultant hands to a client, and as CSV.

Sheets: **RACI** (the matrix with drop-downs, letter colours, check columns
and print set-up), **Workload** (letters per role, as formulas over RACI),
**Issues** (the rule problems at export time), **Legend** (letters and
meanings in English or Chinese) and the hidden ``_orgdesign`` sheet.  The
layout and the id markers that make the workbook importable again are
described in :mod:`orgdesign.io.raci_format`.

Every piece of user text is written as a string cell (never a formula, even
when it starts with ``=``), with Excel's quote prefix where it looks like one.
Activities appear in the matrix's order; a line and the process name in bold
mark where a new process (group) starts.  Grid lines, letter colours and those
group marks are conditional formats, so they follow the rows when the client
sorts or inserts, and empty cells cost nothing.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from orgdesign import __version__
from orgdesign.io import raci_format as fmt
from orgdesign.io.atomic import atomic_write_bytes
from orgdesign.model import Project, RaciMatrix, Scenario
from orgdesign.model.raci_schemes import Scheme, get_scheme, parse_cell

from .raci_labels import label
from .raci_xlsx_sheets import (
    fit_height,
    print_setup,
    write_issues,
    write_legend,
    write_meta,
    write_workload,
)
from .raci_xlsx_style import (
    BAD,
    CENTER,
    GRID,
    INK,
    LATIN_FONT,
    THIN,
    WARN,
    Painter,
    has_cjk,
    letter_fill,
    letter_font,
    solid,
    text_units,
)

__all__ = ["export_raci_csv", "export_raci_xlsx", "raci_csv_text", "raci_workbook",
           "raci_workbook_bytes"]

_ROLE_WIDTH = 6.0
_COUNT_WIDTH = 6.5
_MAX_HEAD = 150.0  # points: the tallest header row
_SEP_TOP = Side(style="thin", color=INK)
_SEP = Border(left=THIN, right=THIN, top=_SEP_TOP, bottom=THIN)


class RaciSheet:
    """Writes sheet RACI; the other sheets read where things went from it."""

    def __init__(self, ws: Worksheet, project: Project, matrix: RaciMatrix, scheme: Scheme,
                 sc: Scenario, lang: str, painter: Painter) -> None:
        self.ws, self.project, self.m, self.scheme, self.sc, self.lang = (
            ws, project, matrix, scheme, sc, lang)
        self.paint = painter
        self.n_roles = len(matrix.roles)
        self.last_row = fmt.FIRST_DATA_ROW + len(matrix.activities) - 1
        self.last_role_col = fmt.FIRST_ROLE_COL + self.n_roles - 1
        self.count_letters = (scheme.accountable, scheme.responsible[0])
        self.first_count_col = self.last_role_col + 1
        self.last_col = self.first_count_col + len(self.count_letters) - 1
        self.group_width = 12.0
        self.act_width = 26.0

    def role_range(self, col: int) -> str:
        """The data cells of one role column down to the spare rows, rows absolute."""
        c = get_column_letter(col)
        return f"{c}${fmt.FIRST_DATA_ROW}:{c}${self.last_row + fmt.SPARE_ROWS}"

    def write(self) -> None:
        """Write the whole sheet."""
        self._top()
        self._ids_and_header()
        self._body()
        self._checks()
        self._grid_rules()
        self._layout()

    def _top(self) -> None:
        ws, lang, paint = self.ws, self.lang, self.paint
        paint.text(ws.cell(fmt.TITLE_ROW, fmt.GROUP_COL), self.m.name or label("untitled", lang),
                   "title")
        parts = [self.project.metadata.title, f"{label('scenario', lang)}: {self.sc.name}",
                 f"{label('scheme', lang)}: {self.scheme.name}",
                 f"{label('exported', lang)}: {date.today().isoformat()}"]
        paint.text(ws.cell(fmt.SUBTITLE_ROW, fmt.GROUP_COL),
                   "  ·  ".join(p for p in parts if p), "subtitle")
        legend = "   ".join(f"{x.code} = {x.name(lang)}" for x in self.scheme.letters)
        paint.text(ws.cell(fmt.NOTE_ROW, fmt.GROUP_COL),
                   f"{legend}   ·   {label('note', lang, a=self.scheme.accountable)}", "subtitle")
        ws.row_dimensions[fmt.TITLE_ROW].height = 26

    def _ids_and_header(self) -> None:
        ws, lang, hr, paint = self.ws, self.lang, fmt.HEADER_ROW_NO, self.paint
        ids = {fmt.ID_COL: fmt.IDS_ROW, fmt.GROUP_COL: fmt.COL_GROUP,
               fmt.ACTIVITY_COL: fmt.COL_ACTIVITY}
        paint.text(ws.cell(hr, fmt.ID_COL), fmt.HEADER_ROW, "id")
        paint.text(ws.cell(hr, fmt.GROUP_COL), label("group", lang), "head")
        paint.text(ws.cell(hr, fmt.ACTIVITY_COL), label("activity", lang), "head")
        units = {u.id for u in self.sc.units}
        heads = [r.name for r in self.m.roles] + [label("count", lang, letter=c)
                                                  for c in self.count_letters]
        stacked, height = _header_shape(heads)
        tail = "_stacked" if stacked else ""
        for j, role in enumerate(self.m.roles):
            col = fmt.FIRST_ROLE_COL + j
            ids[col] = fmt.ROLE_PREFIX + role.id
            key = ("head_free" if role.unit is None else
                   "head_rotated" if role.unit in units else "head_dangling")
            paint.text(ws.cell(hr, col), role.name, key + tail)
        for k, code in enumerate(self.count_letters):
            col = self.first_count_col + k
            ids[col] = fmt.COL_COUNT + code
            paint.text(ws.cell(hr, col), label("count", lang, letter=code), "head_rotated" + tail)
        for col, text in ids.items():
            paint.text(ws.cell(fmt.ID_ROW, col), text, "id")
        ws.row_dimensions[fmt.ID_ROW].hidden = True
        ws.row_dimensions[hr].height = height

    def _body(self) -> None:
        ws, m, paint = self.ws, self.m, self.paint
        role_ids = [r.id for r in m.roles]
        self.group_width = min(28, max([text_units(a.group) for a in m.activities] + [10]) + 2)
        self.act_width = min(54, max([text_units(a.name) for a in m.activities] + [24]) + 2)
        memo: dict[str, str] = {}
        empty: dict[str, str] = {}
        for i, act in enumerate(m.activities):
            r = fmt.FIRST_DATA_ROW + i
            paint.text(ws.cell(r, fmt.ID_COL), fmt.ACT_PREFIX + act.id, "id")
            paint.text(ws.cell(r, fmt.GROUP_COL), act.group, "group")
            paint.text(ws.cell(r, fmt.ACTIVITY_COL), act.name, "activity")
            fit_height(ws, r, ((act.group, self.group_width), (act.name, self.act_width)))
            row = m.cells.get(act.id, empty)
            for j, rid in enumerate(role_ids):
                text = row.get(rid)
                if text:
                    cell = ws.cell(r, fmt.FIRST_ROLE_COL + j)
                    cell.value = self._canonical(text, memo)
                    cell.data_type = "s"
                    paint.style(cell, "letter")

    def _canonical(self, text: str, memo: dict[str, str]) -> str:
        # Valid cells are written in canonical form; anything else verbatim, so
        # that the Issues sheet and the import both point at it.
        hit = memo.get(text)
        if hit is None:
            try:
                hit = parse_cell(text, self.scheme)
            except ValueError:
                hit = fmt.to_xlsx_text(text)
            memo[text] = hit
        return hit

    def _sep(self, row: int) -> str:
        # True where a new process (group) starts: the group differs from the row above.
        return f"$B{row}<>$B{row - 1}"

    def _checks(self) -> None:
        ws, first_row = self.ws, fmt.FIRST_DATA_ROW
        first, last = get_column_letter(fmt.FIRST_ROLE_COL), get_column_letter(self.last_role_col)
        for k, code in enumerate(self.count_letters):
            col = self.first_count_col + k
            for r in range(first_row, self.last_row + 1):
                cell = ws.cell(r, col)
                cell.value = (f'=COUNTIF(${first}{r}:${last}{r},"*{code}*")' if self.n_roles
                              else 0)
                self.paint.style(cell, "count")
        if self.last_row < first_row:
            return
        sep = self._sep(first_row)
        a_col = get_column_letter(self.first_count_col)
        r_col = get_column_letter(self.first_count_col + 1)
        bad_font = Font(name=LATIN_FONT, bold=True, color="9C0006")
        warn_font = Font(name=LATIN_FONT, color="7A4E00")
        for col, test, fill, font in ((a_col, "<>1", BAD, bad_font), (r_col, "=0", WARN, warn_font)):
            rng = f"{col}{first_row}:{col}{self.last_row}"
            cond = f"{col}{first_row}{test}"
            self._rules(rng, [(f"AND({sep},{cond})", {"fill": solid(fill), "font": font,
                                                      "border": _SEP}),
                              (cond, {"fill": solid(fill), "font": font}),
                              (sep, {"border": _SEP})])

    def _rules(self, rng: str, rules: list[tuple[str, dict]]) -> None:
        # Every rule stops the ones after it: LibreOffice applies only the first
        # matching format of a cell, so each rule carries all it needs.
        for formula, style in rules:
            self.ws.conditional_formatting.add(
                rng, FormulaRule(formula=[formula], stopIfTrue=True, **style))

    def _grid_rules(self) -> None:
        ws, scheme, r0 = self.ws, self.scheme, fmt.FIRST_DATA_ROW
        sep = self._sep(r0)
        if self.last_row >= r0:
            group_font = Font(bold=True, color=INK)
            self._rules(f"B{r0}:B{self.last_row}", [(sep, {"border": _SEP, "font": group_font}),
                                                     ("TRUE", {"border": GRID})])
            self._rules(f"C{r0}:C{self.last_row}", [(sep, {"border": _SEP}),
                                                     ("TRUE", {"border": GRID})])
        if not self.n_roles:
            return
        first, last = get_column_letter(fmt.FIRST_ROLE_COL), get_column_letter(self.last_role_col)
        spare_end = self.last_row + fmt.SPARE_ROWS
        values = ",".join(scheme.values())
        dv = DataValidation(type="list", formula1=f'"{values}"', allow_blank=True,
                            showErrorMessage=True, showInputMessage=False,
                            errorTitle=label("dv_title", self.lang),
                            error=label("dv_error", self.lang, scheme=scheme.name, values=values))
        dv.add(f"{first}{r0}:{last}{spare_end}")
        ws.add_data_validation(dv)
        # The accountable letter first: "A/R" is coloured as A, the letter checked most.
        order = [scheme.accountable] + [c for c in scheme.codes if c != scheme.accountable]

        def has(code: str, row: int) -> str:
            return f'ISNUMBER(SEARCH("{code}",{first}{row}))'

        def look(code: str) -> dict:
            return {"fill": letter_fill(scheme, code), "font": letter_font(scheme, code)}

        if self.last_row >= r0:
            grid = f"{first}{r0}:{last}{self.last_row}"
            self._rules(grid, [(f"AND({sep},{has(c, r0)})", {**look(c), "border": _SEP})
                               for c in order]
                        + [(has(c, r0), {**look(c), "border": GRID}) for c in order]
                        + [(sep, {"border": _SEP}), ("TRUE", {"border": GRID})])
        s0 = self.last_row + 1
        self._rules(f"{first}{s0}:{last}{spare_end}", [(has(c, s0), look(c)) for c in order])
        for col in range(fmt.FIRST_ROLE_COL, self.last_role_col + 1):
            # New cells typed in by the client are centred like ours.
            ws.column_dimensions[get_column_letter(col)].alignment = CENTER

    def _layout(self) -> None:
        ws = self.ws
        ws.column_dimensions["A"].hidden = True
        ws.column_dimensions["A"].width = 4
        ws.column_dimensions[get_column_letter(fmt.GROUP_COL)].width = self.group_width
        ws.column_dimensions[get_column_letter(fmt.ACTIVITY_COL)].width = self.act_width
        for col in range(fmt.FIRST_ROLE_COL, self.last_role_col + 1):
            ws.column_dimensions[get_column_letter(col)].width = _ROLE_WIDTH
        for col in range(self.first_count_col, self.last_col + 1):
            ws.column_dimensions[get_column_letter(col)].width = _COUNT_WIDTH
        ws.freeze_panes = ws.cell(fmt.FIRST_DATA_ROW, fmt.FIRST_ROLE_COL).coordinate
        last = get_column_letter(self.last_col)
        bottom = max(self.last_row, fmt.HEADER_ROW_NO)
        ws.auto_filter.ref = f"A{fmt.HEADER_ROW_NO}:{last}{bottom}"
        ws.sheet_view.showGridLines = False
        print_setup(ws, f"B1:{last}{bottom}", f"{fmt.HEADER_ROW_NO}:{fmt.HEADER_ROW_NO}",
                    self.m.name)


def _header_shape(names: list[str]) -> tuple[bool, float]:
    """Whether role headers stack their characters, and the header row's height in points.

    Chinese reads top to bottom, so mostly-Chinese headers are stacked
    upright when the longest fits in :data:`_MAX_HEAD` points (stacked text
    does not wrap); otherwise all are turned 90 degrees and wrap onto two lines.
    """
    if not names:
        return False, 64
    chinese = sum(1 for n in names if has_cjk(n))
    longest_chars = max(len(n) for n in names)
    if chinese * 2 > len(names) and longest_chars * 16 + 12 <= _MAX_HEAD:
        return True, max(64, longest_chars * 16 + 12)
    longest = max(text_units(n) for n in names)
    lines = 1 if longest <= 22 else 2
    return False, max(64, min(_MAX_HEAD, math.ceil(longest / lines) * 6.5 + 16))


def raci_workbook(project: Project, matrix: RaciMatrix, *, lang: str = "en",
                  scenario_id: str | None = None) -> Workbook:
    """Return the workbook of one matrix (see the module doc), not yet saved.

    ``lang`` ("en" or "zh") chooses the language of labels and legend.
    Raises :class:`~orgdesign.model.ModelError` for an unknown scheme and
    KeyError for an unknown scenario.
    """
    scheme = get_scheme(matrix.scheme)
    sc = project.scenario(scenario_id)
    wb = Workbook()
    ws = wb.active
    ws.title = fmt.SHEET_RACI
    rs = RaciSheet(ws, project, matrix, scheme, sc, "zh" if lang == "zh" else "en", Painter())
    rs.write()
    write_workload(wb, rs)
    write_issues(wb, rs)
    write_legend(wb, rs)
    write_meta(wb, rs)
    wb.active = 0
    wb.properties.title = fmt.to_xlsx_text(matrix.name)[:250]
    wb.properties.creator = f"OrgDesign {__version__}"
    return wb


def raci_workbook_bytes(project: Project, matrix: RaciMatrix, *, lang: str = "en",
                        scenario_id: str | None = None) -> bytes:
    """Return the .xlsx file of one matrix as bytes (see :func:`raci_workbook`)."""
    buf = io.BytesIO()
    raci_workbook(project, matrix, lang=lang, scenario_id=scenario_id).save(buf)
    return buf.getvalue()


def export_raci_xlsx(project: Project, matrix: RaciMatrix, path: str | Path, *,
                     lang: str = "en", scenario_id: str | None = None) -> None:
    """Write the workbook of one matrix to ``path`` atomically.

    Raises :class:`~orgdesign.model.ModelError` for an unknown scheme,
    KeyError for an unknown scenario and OSError when the file cannot be written.
    """
    atomic_write_bytes(path, raci_workbook_bytes(project, matrix, lang=lang,
                                                 scenario_id=scenario_id))


def _csv_safe(text: str) -> str:
    # A CSV has no cell types: a spreadsheet opening it would run "=..." as a
    # formula, so such text gets the apostrophe spreadsheets take as "text".
    return "'" + text if fmt.looks_like_formula(text) else text


def raci_csv_text(matrix: RaciMatrix, lang: str = "en") -> str:
    """Return the plain matrix as CSV text: process, activity, one column per role.

    Cells hold the letters as stored; formula-like text is prefixed with an
    apostrophe.
    """
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([label("group", lang), label("activity", lang)]
               + [_csv_safe(r.name) for r in matrix.roles])
    empty: dict[str, str] = {}
    for act in matrix.activities:
        row = matrix.cells.get(act.id, empty)
        w.writerow([_csv_safe(act.group), _csv_safe(act.name)]
                   + [_csv_safe(row.get(r.id, "")) for r in matrix.roles])
    return buf.getvalue()


def export_raci_csv(matrix: RaciMatrix, path: str | Path, lang: str = "en") -> None:
    """Write :func:`raci_csv_text` to ``path`` as UTF-8 with BOM (Excel then reads Chinese).

    Raises OSError when the file cannot be written.
    """
    atomic_write_bytes(path, raci_csv_text(matrix, lang).encode("utf-8-sig"))
