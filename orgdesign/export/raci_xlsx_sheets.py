"""The sheets of the RACI workbook beside the matrix: Workload, Issues, Legend, ids."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.formatting.rule import CellIsRule, DataBarRule
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from orgdesign.analysis.problems import Severity
from orgdesign.analysis.raci import raci_problems
from orgdesign.io import raci_format as fmt

from .raci_labels import issue_text, label
from .raci_xlsx_style import BAD, NOTE, WARN, letter_fill, letter_font, solid, text_units

if TYPE_CHECKING:
    from .raci_xlsx import RaciSheet


def print_setup(ws: Worksheet, area: str, title_rows: str | None, title: str) -> None:
    """Landscape A4, one page wide, header rows repeated, title and page numbers below."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    # Room for the footer line: LibreOffice clips it when the margin is tight.
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    ws.print_area = area
    if title_rows:
        ws.print_title_rows = title_rows
    # Header/footer codes start with "&": a user's "&" must be doubled; Excel
    # allows 255 characters in all, and control characters do not print.
    plain = "".join(ch for ch in " ".join(title.split()) if ch.isprintable())[:120]
    ws.oddFooter.left.text = plain.replace("&", "&&")
    ws.oddFooter.right.text = "&P / &N"


def _visual_units(text: str) -> float:
    # Printed width in column units: proportional Latin letters are narrower
    # than the "0" a unit is measured by, CJK characters a little under two.
    return sum(1.75 if unicodedata.east_asian_width(ch) in "WF" else 0.95 for ch in text)


def fit_height(ws: Worksheet, row: int, cells: Iterable[tuple[str, float]]) -> None:
    """Make ``row`` tall enough for its wrapped texts (text, column width) to show whole.

    Neither openpyxl nor LibreOffice's import sizes wrapped rows, so the
    lines are estimated from the text width; one line keeps the default height.
    """
    lines = max((sum(max(1, math.ceil(_visual_units(part) / max(width - 1, 1)))
                     for part in text.split("\n"))
                 for text, width in cells), default=1)
    if lines > 1:
        ws.row_dimensions[row].height = 15 * min(lines, 12)


def _sheet_title(rs: RaciSheet, ws: Worksheet, text: str, sub: str) -> None:
    rs.paint.text(ws.cell(1, 1), text, "sheet_title")
    ws.row_dimensions[1].height = 22
    rs.paint.text(ws.cell(2, 1), sub, "subtitle")


def _header(rs: RaciSheet, ws: Worksheet, row: int, texts: list[str], left: int = 2) -> None:
    for col, text in enumerate(texts, 1):
        rs.paint.text(ws.cell(row, col), text, "head" if col <= left else "head_center")
    ws.row_dimensions[row].height = 20


def write_workload(wb: Workbook, rs: RaciSheet) -> None:
    """Sheet Workload: per role, the count of each letter as COUNTIF formulas over RACI."""
    ws = wb.create_sheet(fmt.SHEET_WORKLOAD)
    lang, scheme, m, paint = rs.lang, rs.scheme, rs.m, rs.paint
    _sheet_title(rs, ws, f"{label('workload_title', lang)} · {m.name}", label("workload_sub", lang))
    head_row = 4
    codes = list(scheme.codes)
    _header(rs, ws, head_row, [label("role", lang), label("unit", lang)] + codes
            + [label("total", lang)])
    for k, code in enumerate(codes):
        key = paint.add(f"letter_head:{code}", fill=letter_fill(scheme, code),
                        border=rs.paint.styles["head_center"]["border"],
                        alignment=rs.paint.styles["head_center"]["alignment"],
                        font={"bold": True, "color": letter_font(scheme, code).color})
        paint.style(ws.cell(head_row, 3 + k), key)
    units = {u.id: u.name for u in rs.sc.units}
    for j, role in enumerate(m.roles):
        r = head_row + 1 + j
        paint.text(ws.cell(r, 1), role.name, "cell")
        unit = (units.get(role.unit, f"{role.unit} ({label('deleted', lang)})") if role.unit
                else "—")
        paint.text(ws.cell(r, 2), unit, "cell")
        rng = f"'{fmt.SHEET_RACI}'!{rs.role_range(fmt.FIRST_ROLE_COL + j)}"
        for k, code in enumerate(codes):
            cell = ws.cell(r, 3 + k)
            cell.value = f'=COUNTIF({rng},"*{code}*")'
            paint.style(cell, "cell_center")
        total = ws.cell(r, 3 + len(codes))
        total.value = f'=COUNTIF({rng},"?*")'
        paint.style(total, "total")
    last = head_row + len(m.roles)
    if m.roles:
        tcol = get_column_letter(3 + len(codes))
        ws.conditional_formatting.add(f"{tcol}{head_row + 1}:{tcol}{last}", DataBarRule(
            start_type="num", start_value=0, end_type="max", color="7FA7D1"))
        acol = get_column_letter(3 + codes.index(scheme.accountable))
        limit = m.settings.bottleneck_share * max(len(m.activities), 1)
        ws.conditional_formatting.add(f"{acol}{head_row + 1}:{acol}{last}", CellIsRule(
            operator="greaterThan", formula=[f"{limit:g}"], fill=solid(BAD)))
    ws.column_dimensions["A"].width = min(40, max([text_units(r.name) for r in m.roles] + [16]) + 2)
    ws.column_dimensions["B"].width = min(
        30, max([text_units(units.get(r.unit, "")) for r in m.roles if r.unit] + [12]) + 2)
    for k in range(len(codes) + 1):
        ws.column_dimensions[get_column_letter(3 + k)].width = 8
    ws.freeze_panes = ws.cell(head_row + 1, 3).coordinate
    ws.sheet_view.showGridLines = False
    print_setup(ws, f"A1:{get_column_letter(3 + len(codes))}{max(last, head_row)}",
                f"{head_row}:{head_row}", m.name)
    ws.page_setup.orientation = "portrait"


def write_issues(wb: Workbook, rs: RaciSheet) -> None:
    """Sheet Issues: the rule problems of the matrix at export time, as values."""
    ws = wb.create_sheet(fmt.SHEET_ISSUES)
    lang, m, paint = rs.lang, rs.m, rs.paint
    problems = raci_problems(rs.project, m, rs.sc)
    _sheet_title(rs, ws, f"{label('issues_title', lang)} · {m.name}",
                 label("issues_sub", lang, n=len(problems)))
    head_row = 4
    _header(rs, ws, head_row,
            [label(k, lang) for k in ("severity", "code", "activity", "role", "message")], 5)
    acts = {a.id: a.name for a in m.activities}
    roles = {r.id: r.name for r in m.roles}
    for sev, color in ((Severity.ERROR, BAD), (Severity.WARNING, WARN), (Severity.INFO, NOTE)):
        paint.add(f"sev:{sev.value}", fill=solid(color),
                  border=paint.styles["cell"]["border"], alignment=paint.styles["cell"]["alignment"])
    widths = (11, 8, 34, 24, 90)
    for i, p in enumerate(problems):
        r = head_row + 1 + i
        activity = acts.get(getattr(p, "activity", None) or "", "")
        role = roles.get(getattr(p, "role", None) or "", "")
        paint.text(ws.cell(r, 1), label(p.severity.value, lang), f"sev:{p.severity.value}")
        texts = (p.code, activity, role, issue_text(p, lang))
        for col, text in enumerate(texts, 2):
            paint.text(ws.cell(r, col), text, "cell")
        fit_height(ws, r, zip(texts, widths[1:], strict=True))
    if not problems:
        paint.text(ws.cell(head_row + 1, 1), label("no_issues", lang), "italic")
    for letter, width in zip("ABCDE", widths, strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = f"A{head_row + 1}"
    ws.sheet_view.showGridLines = False
    if problems:
        ws.auto_filter.ref = f"A{head_row}:E{head_row + len(problems)}"
    print_setup(ws, f"A1:E{head_row + max(len(problems), 1)}", f"{head_row}:{head_row}", m.name)


def write_legend(wb: Workbook, rs: RaciSheet) -> None:
    """Sheet Legend: the scheme's letters and meanings, the rules, how to edit."""
    ws = wb.create_sheet(fmt.SHEET_LEGEND)
    lang, scheme, st, paint = rs.lang, rs.scheme, rs.m.settings, rs.paint
    _sheet_title(rs, ws, f"{label('legend_title', lang)} · {scheme.name}", scheme.description(lang))
    _header(rs, ws, 4, [label("letter", lang), label("name", lang), label("meaning", lang)], 3)
    for i, lt in enumerate(scheme.letters):
        r = 5 + i
        key = paint.add(f"legend:{lt.code}", fill=letter_fill(scheme, lt.code),
                        border=paint.styles["cell_center"]["border"],
                        alignment=paint.styles["cell_center"]["alignment"],
                        font={"bold": True, "color": letter_font(scheme, lt.code).color})
        paint.text(ws.cell(r, 1), lt.code, key)
        paint.text(ws.cell(r, 2), lt.name(lang), "cell")
        paint.text(ws.cell(r, 3), lt.meaning(lang), "cell")
        ws.row_dimensions[r].height = 20
    r = 6 + len(scheme.letters)
    combos = ", ".join(scheme.combinations) or "—"
    paint.text(ws.cell(r, 1), label("combinations", lang, combos=combos), "italic")
    r += 2
    paint.text(ws.cell(r, 1), label("rules_title", lang), "heading")
    rules = [label("rule_one_a", lang, a=scheme.accountable),
             label("rule_r", lang, r=scheme.responsible[0], max_r=st.max_r),
             label("rule_ci", lang, c=scheme.consulted or "C", i=scheme.informed or "I",
                   cs=f"{st.consult_share:.0%}", is_=f"{st.inform_share:.0%}"),
             label("rule_role", lang, a=scheme.accountable, bs=f"{st.bottleneck_share:.0%}")]
    if st.a_counts_as_r:
        rules.append(label("rule_a_as_r", lang))
    for k, text in enumerate(rules, 1):
        paint.text(ws.cell(r + k, 1), "• " + text, "bullet")
    r += len(rules) + 2
    paint.text(ws.cell(r, 1), label("edit_title", lang), "heading")
    edits = [label(k, lang) for k in ("edit_1", "edit_2", "edit_3", "edit_4")]
    for k, text in enumerate(edits, 1):
        paint.text(ws.cell(r + k, 1), "• " + text, "bullet")
    ws.column_dimensions["A"].width = 8
    ws.column_dimensions["B"].width = 22
    ws.column_dimensions["C"].width = 70
    ws.sheet_view.showGridLines = False
    print_setup(ws, f"A1:C{r + len(edits)}", None, rs.m.name)
    ws.page_setup.orientation = "portrait"


def write_meta(wb: Workbook, rs: RaciSheet) -> None:
    """The hidden sheet: format tag and version, matrix id and scheme, links of rows/columns."""
    ws = wb.create_sheet(fmt.SHEET_META)
    ws.sheet_state = "hidden"
    m, paint = rs.m, rs.paint
    values: dict[str, str | int] = {
        "format": fmt.FORMAT_TAG, "version": fmt.FORMAT_VERSION, "matrix": m.id,
        "name": m.name, "scheme": rs.scheme.name, "lang": rs.lang,
        "exported": date.today().isoformat(), "project": rs.project.metadata.title}
    for i, key in enumerate(fmt.META_KEYS, 1):
        ws.cell(i, 1).value = key
        value = values[key]
        if isinstance(value, str):
            paint.text(ws.cell(i, 2), value)
        else:
            ws.cell(i, 2).value = value
    r = fmt.META_TABLE_ROW
    for col, text in enumerate(("kind", "id", "link", "name"), 1):
        ws.cell(r, col).value = text
    rows = [("activity", a.id, a.step or "", a.name) for a in m.activities]
    rows += [("role", x.id, x.unit or "", x.name) for x in m.roles]
    for i, row in enumerate(rows, 1):
        for col, text in enumerate(row, 1):
            paint.text(ws.cell(r + i, col), text)
