"""The RACI workbook: structure, safety of text, and LibreOffice's recalculation."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET  # noqa: N817 - parsing our own output
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from orgdesign import __version__
from orgdesign.analysis.raci import raci_problems
from orgdesign.export.raci_xlsx import (
    export_raci_csv,
    export_raci_xlsx,
    raci_csv_text,
    raci_workbook_bytes,
)
from orgdesign.io import raci_format as fmt
from orgdesign.io.raci_xlsx_import import import_raci_workbook
from orgdesign.model import RaciActivity, RaciMatrix, RaciRole, Unit, new_project
from orgdesign.model.raci_schemes import get_scheme, split_letters

# openpyxl does not know LibreOffice's formatting extensions and says so.
pytestmark = pytest.mark.filterwarnings("ignore:.*extension is not supported:UserWarning")

HOSTILE = ["=1+1", "+SUM(A1:A2)", "-2", "@cmd", "\tTab", "\rCR", "=HYPERLINK(\"http://x\")",
           "_x0041_", "a\x01b", "  spaced  ", "line\nbreak", "<b>&amp;</b>"]


def hostile_project():
    """A project whose matrix has Chinese and formula-like names, and a few problems."""
    p = new_project("项目 & <Co>")
    p.scenario().units = [Unit(id="u1", name="销售部"), Unit(id="u2", name="IT")]
    roles = [RaciRole(id="r-sales", name="销售部", unit="u1"),
             RaciRole(id="r-it", name="=IT()", unit="u2"),
             RaciRole(id="r-client", name="客户 Client"),
             RaciRole(id="r-gone", name="-Gone unit", unit="u-deleted")]
    m = RaciMatrix(id="m-1", name="RACI：订单 =SUM()", roles=roles)
    groups = ["订单处理", "订单处理", "+Billing", "+Billing", "@Care", "@Care"]
    rows = [["A/R", "C", "I", ""], ["A", "R", "", "I"], ["R", "A", "C", "C"],
            ["A", "R", "A", ""], ["", "R", "I", "I"], ["A", "R", "C", "I"]]
    for i, (g, row) in enumerate(zip(groups, rows, strict=True)):
        aid = f"a{i}"
        m.activities.append(RaciActivity(id=aid, name=HOSTILE[i] + f" 活动{i}", group=g))
        m.cells[aid] = {r.id: v for r, v in zip(roles, row, strict=True) if v}
    p.raci_matrices = [m]
    return p, m


@pytest.fixture(scope="module")
def book(tmp_path_factory) -> Path:
    p, m = hostile_project()
    path = tmp_path_factory.mktemp("raci") / "hostile.xlsx"
    export_raci_xlsx(p, m, path, lang="zh")
    return path


def test_sheets_and_layout(book: Path) -> None:
    wb = load_workbook(book)
    assert wb.sheetnames == ["RACI", "Workload", "Issues", "Legend", "_orgdesign"]
    assert wb.properties.creator == f"OrgDesign {__version__}"
    assert wb["_orgdesign"].sheet_state == "hidden"
    assert wb["_orgdesign"]["B1"].value == fmt.FORMAT_TAG
    ws = wb["RACI"]
    assert ws.freeze_panes == "D6"
    assert ws.auto_filter.ref == "A5:I11"
    assert ws.column_dimensions["A"].hidden and ws.row_dimensions[4].hidden
    assert ws["B1"].value == "RACI：订单 =SUM()" and ws["B1"].data_type == "s"
    assert ws["B1"].font.b and ws["B1"].font.name == "Microsoft YaHei"
    assert [ws.cell(5, c).value for c in range(4, 10)] == [
        "销售部", "=IT()", "客户 Client", "-Gone unit", "A计数", "R计数"]
    assert ws.cell(5, 5).alignment.text_rotation in (90, 255)
    assert ws.cell(6, 4).value == "A/R" and ws.cell(7, 5).value == "R"
    # print set-up
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$5:$5"
    # fitted widths: the activity column is wider than a role column
    assert ws.column_dimensions["C"].width > ws.column_dimensions["D"].width


def test_data_validation_and_conditional_formats(book: Path) -> None:
    ws = load_workbook(book)["RACI"]
    dvs = ws.data_validations.dataValidation
    assert len(dvs) == 1
    dv = dvs[0]
    assert dv.type == "list" and dv.formula1 == '"R,A,C,I,A/R"'
    assert dv.showErrorMessage and dv.allow_blank
    assert str(dv.sqref) == f"D6:G{11 + fmt.SPARE_ROWS}"
    formulas = [r.formula[0] for cf in ws.conditional_formatting for r in cf.rules]
    for code in "RACI":
        assert any(f'SEARCH("{code}",D6)' in f for f in formulas)
    # the A check column is highlighted when it is not exactly one
    assert any(f.endswith("H6<>1") for f in formulas)
    fills = {r.formula[0]: r.dxf.fill.bgColor.rgb for cf in ws.conditional_formatting
             for r in cf.rules if r.dxf and r.dxf.fill is not None}
    assert fills['ISNUMBER(SEARCH("A",D6))'].endswith(
        get_scheme("RACI").letter("A").fill.lstrip("#"))


def test_check_column_formulas(book: Path) -> None:
    ws = load_workbook(book)["RACI"]
    assert ws["H6"].value == '=COUNTIF($D6:$G6,"*A*")'
    assert ws["I11"].value == '=COUNTIF($D11:$G11,"*R*")'
    wl = load_workbook(book)["Workload"]
    assert wl["C5"].value == f"=COUNTIF('RACI'!D$6:D${11 + fmt.SPARE_ROWS},\"*R*\")"


def test_formula_like_text_is_never_a_formula(book: Path) -> None:
    ws = load_workbook(book)["RACI"]
    names = [ws.cell(r, 3).value for r in range(6, 12)]
    assert [fmt.from_xlsx_text(n) for n in names] == [
        h + f" 活动{i}" for i, h in enumerate(HOSTILE[:6])]
    for r in range(6, 12):
        assert ws.cell(r, 3).data_type == "s"
    assert ws.cell(6, 3).quotePrefix and ws.cell(8, 2).quotePrefix
    # in the file itself: string cells, and the only formulas are our COUNTIFs
    cells = _sheet_cells(book, "xl/worksheets/sheet1.xml")
    assert cells["C6"] == ("inlineStr", None, "=1+1 活动0")
    assert cells["E5"] == ("inlineStr", None, "=IT()")
    assert cells["B8"] == ("inlineStr", None, "+Billing")
    formulas = [f for _, f, _ in cells.values() if f is not None]
    assert formulas and all(f.startswith("COUNTIF") for f in formulas)


_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def _sheet_cells(path: Path, member: str) -> dict[str, tuple[str | None, str | None, str]]:
    """Cell ref -> (type attribute, formula text, inline text) from the raw sheet XML."""
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read(member))
    out = {}
    for c in root.iter(f"{_NS}c"):
        f = c.find(f"{_NS}f")
        text = "".join(t.text or "" for t in c.iter(f"{_NS}t"))
        out[c.get("r")] = (c.get("t"), f.text if f is not None else None, text)
    return out


def test_issues_and_legend(book: Path) -> None:
    wb = load_workbook(book)
    p, m = hostile_project()
    want = raci_problems(p, m)
    issues = wb["Issues"]
    got = [issues.cell(r, 2).value for r in range(5, 5 + len(want))]
    assert got == [x.code for x in want] and "R022" in got and "R011" in got
    assert issues.cell(5, 1).value in ("错误", "警告")
    legend = wb["Legend"]
    texts = [c.value for row in legend.iter_rows() for c in row if isinstance(c.value, str)]
    assert "最终负责" in texts and "负责执行" in texts
    assert any("A/R" in t for t in texts)


def test_english_labels() -> None:
    p, m = hostile_project()
    wb = load_workbook(io.BytesIO(raci_workbook_bytes(p, m, lang="en")))
    assert wb["RACI"]["B5"].value == "Process" and wb["RACI"]["C5"].value == "Activity"
    texts = [c.value for row in wb["Legend"].iter_rows() for c in row]
    assert "Accountable" in texts


def test_every_scheme_exports(tmp_path: Path) -> None:
    p, m = hostile_project()
    for scheme in ("RASCI", "RACI-VS", "CAIRO", "DACI"):
        m.scheme = scheme
        m.cells = {"a0": {"r-sales": get_scheme(scheme).codes[0]}}
        wb = load_workbook(io.BytesIO(raci_workbook_bytes(p, m)))
        dv = wb["RACI"].data_validations.dataValidation[0]
        assert dv.formula1 == '"' + ",".join(get_scheme(scheme).values()) + '"'


def test_empty_matrix_exports() -> None:
    p = new_project()
    m = RaciMatrix(id="e", name="")
    wb = load_workbook(io.BytesIO(raci_workbook_bytes(p, m)))
    assert wb["RACI"]["B1"].value == "RACI matrix"


def test_csv_export(tmp_path: Path) -> None:
    p, m = hostile_project()
    out = tmp_path / "m.csv"
    export_raci_csv(m, out, lang="zh")
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["流程", "活动", "销售部", "'=IT()", "客户 Client", "'-Gone unit"]
    assert rows[1] == ["订单处理", "'=1+1 活动0", "A/R", "C", "I", ""]
    assert rows[3][0] == "'+Billing"
    assert len(rows) == 7
    assert raci_csv_text(m).splitlines()[0].startswith("Process,Activity")


# --- LibreOffice ---------------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
needs_lo = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; "
                              "`make test` installs Debian libreoffice-calc-nogui")


def lo_convert(src: Path, outdir: Path, fmt_: str = "xlsx") -> Path:
    """Convert with LibreOffice headless, in a profile of its own (tests run in parallel)."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / "lo-profile"
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", fmt_, "--outdir", str(outdir), str(src)],
                   check=True, capture_output=True, timeout=180)
    out = outdir / (src.stem + "." + fmt_.split(":")[0])
    assert out.exists(), f"LibreOffice wrote no {out.name}"
    return out


@pytest.fixture(scope="module")
def recalculated(book: Path, tmp_path_factory) -> Path:
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    return lo_convert(book, tmp_path_factory.mktemp("lo"))


def _count(matrix: RaciMatrix, code: str, activity: str | None = None,
           role: str | None = None) -> int:
    n = 0
    for a in matrix.activities:
        if activity is not None and a.id != activity:
            continue
        for r in matrix.roles:
            if role is not None and r.id != role:
                continue
            if code in split_letters(matrix.cells.get(a.id, {}).get(r.id, "")):
                n += 1
    return n


@needs_lo
def test_libreoffice_recalculates_to_our_counts(recalculated: Path) -> None:
    _, m = hostile_project()
    wb = load_workbook(recalculated, data_only=True)
    ws = wb["RACI"]
    for i, a in enumerate(m.activities):
        assert ws.cell(6 + i, 8).value == _count(m, "A", activity=a.id)
        assert ws.cell(6 + i, 9).value == _count(m, "R", activity=a.id)
    wl = wb["Workload"]
    codes = [wl.cell(4, c).value for c in range(3, 7)]
    assert codes == ["R", "A", "C", "I"]
    for j, r in enumerate(m.roles):
        for k, code in enumerate(codes):
            assert wl.cell(5 + j, 3 + k).value == _count(m, code, role=r.id), (r.name, code)
        used = sum(1 for a in m.activities if m.cells.get(a.id, {}).get(r.id))
        assert wl.cell(5 + j, 7).value == used


@needs_lo
def test_libreoffice_keeps_text_validation_and_formats(recalculated: Path) -> None:
    wb = load_workbook(recalculated)
    ws = wb["RACI"]
    assert fmt.from_xlsx_text(ws["C6"].value) == "=1+1 活动0" and ws["C6"].data_type == "s"
    assert fmt.from_xlsx_text(ws["E5"].value) == "=IT()" and ws["E5"].data_type == "s"
    assert ws.data_validations.dataValidation[0].formula1 == '"R,A,C,I,A/R"'
    assert len(list(ws.conditional_formatting)) >= 3
    cells = _sheet_cells(recalculated, "xl/worksheets/sheet1.xml")
    assert cells["C6"][:2] == ("s", None) and cells["E5"][:2] == ("s", None)
    formulas = [f for _, f, _ in cells.values() if f is not None]
    assert formulas and all(f.startswith("COUNTIF") for f in formulas)


@needs_lo
def test_workbook_saved_by_libreoffice_imports_unchanged(recalculated: Path) -> None:
    p, m = hostile_project()
    result = import_raci_workbook(recalculated, p)
    assert result.changes.is_empty(), result.changes.lines()
    assert result.matrix == m.model_copy(update={"cells": {a.id: m.cells.get(a.id, {})
                                                           for a in m.activities}})


@needs_lo
def test_pdf_of_a_chinese_matrix(book: Path, tmp_path: Path) -> None:
    pdf = lo_convert(book, tmp_path, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdffonts"):
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        assert "CJK" in fonts or "Noto" in fonts or "Droid" in fonts
