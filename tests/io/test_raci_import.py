"""Reading back RACI workbooks: round trip, a client's edits, and refusals."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from orgdesign.export.raci_xlsx import export_raci_xlsx, raci_workbook_bytes
from orgdesign.io import raci_format as fmt
from orgdesign.io.raci_xlsx_import import (
    apply_raci_import,
    diff_raci,
    import_raci_workbook,
    read_raci_workbook,
)
from orgdesign.model import (
    ImportError_,
    ModelError,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    RaciSettings,
    Unit,
    new_project,
)
from orgdesign.model.raci_schemes import get_scheme, scheme_names


def _base():
    p = new_project("Import test")
    p.scenario().units = [Unit(id=f"u{i}", name=f"Unit {i}") for i in range(4)]
    roles = [RaciRole(id=f"r{j}", name=f"Role {j}", unit=f"u{j}") for j in range(4)]
    roles.append(RaciRole(id="r-client", name="客户"))
    m = RaciMatrix(id="m1", name="Order to cash", roles=roles,
                   settings=RaciSettings(max_r=2, a_counts_as_r=True))
    rows = [["A/R", "C", "I", "", ""], ["A", "R", "", "", "I"], ["I", "A", "R", "", "C"],
            ["", "I", "A", "R", ""], ["C", "", "I", "A/R", ""]]
    for i, row in enumerate(rows):
        m.activities.append(RaciActivity(id=f"a{i}", name=f"Step {i}", group="Sales" if i < 3
                                         else "Finance", step=f"s{i}"))
        m.cells[f"a{i}"] = {r.id: v for r, v in zip(roles, row, strict=True) if v}
    p.raci_matrices = [m]
    return p, m


def _book(tmp_path: Path, project, matrix) -> Path:
    path = tmp_path / "book.xlsx"
    export_raci_xlsx(project, matrix, path)
    return path


def _edit(path: Path, change) -> Path:
    """Open the workbook as a client's spreadsheet program would, change it, save it."""
    wb = load_workbook(path)
    change(wb["RACI"])
    out = path.with_name("edited.xlsx")
    wb.save(out)
    return out


# --- round trip ----------------------------------------------------------------------


def test_round_trip_of_a_plain_matrix(tmp_path: Path) -> None:
    p, m = _base()
    result = import_raci_workbook(_book(tmp_path, p, m), p)
    assert result.changes.is_empty() and not result.is_new
    assert result.matrix == m
    assert result.changes.lines()[-1] == "cells: 0 changed"


HOSTILE_TEXT = st.sampled_from([
    "=1+1", "+A1", "-1", "@SUM(A1)", "\tx", "\rx", "_x0041_", "_x005F_", "a\x01b\x1f",
    "  lead ", "two\nlines", "\r\n", "<script>&</script>", "销售部", "客户服务中心", "",
    "'quoted", "x" * 300, "Ａ／Ｒ", "\ufffe",
])
NAMES = st.one_of(HOSTILE_TEXT, st.text(st.characters(exclude_categories=("Cs",)), max_size=20))
IDS = st.one_of(st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=12),
                st.sampled_from(["=x", "act:1", "role:", "_x0030_", "中"]))


@st.composite
def matrices(draw) -> RaciMatrix:
    scheme = get_scheme(draw(st.sampled_from(scheme_names())))
    act_ids = draw(st.lists(IDS, max_size=6, unique=True))
    role_ids = draw(st.lists(IDS, max_size=5, unique=True))
    m = RaciMatrix(id=draw(IDS), name=draw(NAMES), scheme=scheme.name,
                   activities=[RaciActivity(id=a, name=draw(NAMES), group=draw(NAMES))
                               for a in act_ids],
                   roles=[RaciRole(id=r, name=draw(NAMES)) for r in role_ids])
    values = st.sampled_from(("",) * 3 + scheme.values())
    for a in act_ids:
        m.cells[a] = {r: v for r in role_ids if (v := draw(values))}
    return m


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(matrices())
def test_round_trip_is_identity(m: RaciMatrix) -> None:
    p = new_project("t")
    p.raci_matrices = [m]
    data = raci_workbook_bytes(p, m, lang="zh")
    result = import_raci_workbook(io.BytesIO(data), p)
    assert result.changes.is_empty(), result.changes.lines()
    assert result.matrix == m


# --- a client's edits -----------------------------------------------------------------


def _row_of(ws, name: str) -> int:
    for r in range(fmt.FIRST_DATA_ROW, ws.max_row + 1):
        if ws.cell(r, fmt.ACTIVITY_COL).value == name:
            return r
    raise AssertionError(name)


def test_changed_letters(tmp_path: Path) -> None:
    p, m = _base()

    def change(ws):
        ws.cell(_row_of(ws, "Step 1"), 5).value = "c"  # Role 1: R -> C (typed lower case)
        ws.cell(_row_of(ws, "Step 3"), 4).value = None  # Role 0: "" stays ""
        ws.cell(_row_of(ws, "Step 0"), 8).value = "r/a"  # 客户: "" -> A/R
        ws.cell(_row_of(ws, "Step 2"), 6).value = None  # Role 2: R -> ""

    ch = import_raci_workbook(_edit(_book(tmp_path, p, m), change), p).changes
    assert sorted((c["activity"], c["role"], c["old"], c["new"]) for c in ch.changed_cells) == [
        ("a0", "r-client", "", "A/R"), ("a1", "r1", "R", "C"), ("a2", "r2", "R", "")]
    assert not ch.added_activities and not ch.removed_activities and not ch.renamed_roles
    assert "cells: 3 changed" in ch.lines()


def test_rows_added_deleted_and_resorted(tmp_path: Path) -> None:
    p, m = _base()

    def change(ws):
        ws.delete_rows(_row_of(ws, "Step 2"))
        r = _row_of(ws, "Step 4") + 1
        ws.insert_rows(r)
        ws.cell(r, fmt.GROUP_COL).value = "Finance"
        ws.cell(r, fmt.ACTIVITY_COL).value = "Write off"
        ws.cell(r, 4).value = "A"
        ws.cell(r, 7).value = "R"
        # sort all data rows by activity name, descending, as Excel's sort does
        first, last = fmt.FIRST_DATA_ROW, r
        rows = [[ws.cell(i, c).value for c in range(1, 11)] for i in range(first, last + 1)]
        rows.sort(key=lambda row: row[2], reverse=True)
        for i, row in enumerate(rows):
            for c, v in enumerate(row, 1):
                ws.cell(first + i, c).value = v

    result = import_raci_workbook(_edit(_book(tmp_path, p, m), change), p)
    ch = result.changes
    assert [a.name for a in result.matrix.activities] == [
        "Write off", "Step 4", "Step 3", "Step 1", "Step 0"]
    assert [x["name"] for x in ch.added_activities] == ["Write off"]
    assert ch.removed_activities == [{"id": "a2", "name": "Step 2"}]
    assert ch.activities_reordered and not ch.roles_reordered
    new = result.matrix.activities[0]
    assert new.group == "Finance" and new.id not in {a.id for a in m.activities}
    assert result.matrix.cells[new.id] == {"r0": "A", "r3": "R"}
    # the kept rows keep their letters and their step links through the sort
    assert result.matrix.cells["a4"] == m.cells["a4"]
    assert {a.id: a.step for a in result.matrix.activities}["a1"] == "s1"
    assert result.matrix.settings == m.settings
    assert sorted(c["new"] for c in ch.changed_cells) == ["A", "R"]


def test_roles_renamed_added_and_deleted(tmp_path: Path) -> None:
    p, m = _base()

    def change(ws):
        ws.cell(fmt.HEADER_ROW_NO, 5).value = "Role One (renamed)"
        ws.delete_cols(6)  # Role 2
        ws.insert_cols(8)  # after 客户 (now in column 7), before the check columns
        ws.cell(fmt.HEADER_ROW_NO, 8).value = "Auditor"
        ws.cell(_row_of(ws, "Step 4"), 8).value = "I"
        ws.cell(fmt.HEADER_ROW_NO, 4).value = "=Role 0"
        ws.cell(fmt.HEADER_ROW_NO, 4).data_type = "s"  # typed as text, as after a quote

    result = import_raci_workbook(_edit(_book(tmp_path, p, m), change), p)
    ch = result.changes
    assert [r.name for r in result.matrix.roles] == [
        "=Role 0", "Role One (renamed)", "Role 3", "客户", "Auditor"]
    assert sorted((x["id"], x["new"]) for x in ch.renamed_roles) == [
        ("r0", "=Role 0"), ("r1", "Role One (renamed)")]
    assert ch.removed_roles == [{"id": "r2", "name": "Role 2"}]
    assert [x["name"] for x in ch.added_roles] == ["Auditor"]
    assert result.matrix.roles[1].unit == "u1" and result.matrix.roles[4].unit is None
    auditor = result.matrix.roles[4].id
    assert result.matrix.cells["a4"][auditor] == "I"
    assert result.matrix.cells["a1"] == {"r0": "A", "r1": "R", "r-client": "I"}
    lines = ch.lines()
    assert "roles: 1 added, 1 removed, 2 renamed" in lines
    assert "  ~ 'Role 1' -> 'Role One (renamed)'" in lines


def test_renamed_activity_and_moved_group(tmp_path: Path) -> None:
    p, m = _base()

    def change(ws):
        r = _row_of(ws, "Step 3")
        ws.cell(r, fmt.ACTIVITY_COL).value = "Step three 第三步"
        ws.cell(r, fmt.GROUP_COL).value = "Sales"

    ch = import_raci_workbook(_edit(_book(tmp_path, p, m), change), p).changes
    assert ch.renamed_activities == [{"id": "a3", "old": "Step 3", "new": "Step three 第三步"}]
    assert ch.regrouped_activities == [{"id": "a3", "old": "Finance", "new": "Sales"}]
    assert ch.changed_cells == [] and not ch.activities_reordered


def test_client_notes_beside_the_table_are_ignored(tmp_path: Path) -> None:
    p, m = _base()

    def change(ws):
        ws.cell(fmt.HEADER_ROW_NO, 14).value = "Comments"
        ws.cell(7, 14).value = "please check"
        ws.cell(2, 2).value = "edited subtitle"

    assert import_raci_workbook(_edit(_book(tmp_path, p, m), change), p).changes.is_empty()


# --- refusals --------------------------------------------------------------------------


def _refused(tmp_path: Path, change, match: str) -> ImportError_:
    p, m = _base()
    before = p.model_copy(deep=True)
    path = _edit(_book(tmp_path, p, m), change)
    with pytest.raises(ImportError_, match=match) as info:
        import_raci_workbook(path, p)
    assert p == before  # nothing applied
    return info.value


def test_letter_not_in_scheme(tmp_path: Path) -> None:
    err = _refused(tmp_path, lambda ws: ws.cell(7, 4).__setattr__("value", "X"),
                   r"^RACI!D7: 'X' is not a letter of RACI")
    assert err.row == 7 and err.column == "D"


def test_combination_not_allowed(tmp_path: Path) -> None:
    _refused(tmp_path, lambda ws: ws.cell(8, 5).__setattr__("value", "C/I"),
             r"^RACI!E8: 'C/I' is not an allowed combination in RACI")


def test_merged_cells_over_the_grid(tmp_path: Path) -> None:
    err = _refused(tmp_path, lambda ws: ws.merge_cells("D7:E8"),
                   r"^RACI!D7:E8: merged cells over the matrix")
    assert err.row == 7


def test_merged_title_cells_are_fine(tmp_path: Path) -> None:
    p, m = _base()
    path = _edit(_book(tmp_path, p, m), lambda ws: ws.merge_cells("B1:F1"))
    assert import_raci_workbook(path, p).changes.is_empty()


def test_new_row_without_name(tmp_path: Path) -> None:
    def change(ws):
        ws.cell(12, 4).value = "A"

    _refused(tmp_path, change, r"^RACI!C12: a new activity needs a name")


def test_new_column_without_header(tmp_path: Path) -> None:
    def change(ws):
        ws.insert_cols(9)
        ws.cell(7, 9).value = "R"

    _refused(tmp_path, change, r"^RACI!I5: a new column needs the role's name")


def test_missing_raci_sheet(tmp_path: Path) -> None:
    p, m = _base()
    wb = load_workbook(_book(tmp_path, p, m))
    del wb["RACI"]
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(ImportError_, match="sheet 'RACI' is missing"):
        import_raci_workbook(tmp_path / "x.xlsx", p)


def test_id_markers_damaged(tmp_path: Path) -> None:
    _refused(tmp_path, lambda ws: ws.delete_rows(fmt.ID_ROW),
             r"^RACI!A4: the hidden id row and column are missing")


def test_not_our_workbook(tmp_path: Path) -> None:
    p, _ = _base()
    wb = Workbook()
    wb.active.title = "RACI"
    wb.active["A1"] = "R"
    wb.save(tmp_path / "other.xlsx")
    with pytest.raises(ImportError_, match="not an OrgDesign RACI workbook"):
        import_raci_workbook(tmp_path / "other.xlsx", p)
    (tmp_path / "junk.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportError_, match="is not an Excel workbook"):
        import_raci_workbook(tmp_path / "junk.xlsx", p)
    (tmp_path / "m.csv").write_text("a,b\n")
    with pytest.raises(ImportError_, match="is not an Excel workbook"):
        import_raci_workbook(tmp_path / "m.csv", p)


def test_newer_format_version(tmp_path: Path) -> None:
    p, m = _base()
    wb = load_workbook(_book(tmp_path, p, m))
    wb[fmt.SHEET_META]["B2"] = fmt.FORMAT_VERSION + 1
    wb.save(tmp_path / "newer.xlsx")
    with pytest.raises(ImportError_, match=r"_orgdesign!B2: workbook format version 2"):
        import_raci_workbook(tmp_path / "newer.xlsx", p)


def test_scheme_changed_in_the_project(tmp_path: Path) -> None:
    p, m = _base()
    path = _book(tmp_path, p, m)
    m.scheme = "RASCI"
    with pytest.raises(ImportError_, match="uses scheme RACI"):
        import_raci_workbook(path, p)


# --- applying ----------------------------------------------------------------------------


def test_apply_replaces_in_place_and_returns_the_old(tmp_path: Path) -> None:
    p, m = _base()
    other = RaciMatrix(id="m0", name="other")
    p.raci_matrices.insert(0, other)
    path = _edit(_book(tmp_path, p, m), lambda ws: ws.cell(7, 5).__setattr__("value", "C"))
    result = import_raci_workbook(path, p)
    old = apply_raci_import(p, "m1", result.matrix)
    assert old == m and p.raci_matrices[1] == result.matrix and p.raci_matrices[0] is other
    assert apply_raci_import(p, "m1", old) == result.matrix  # undo is the same call
    assert p.raci_matrices[1] == m
    with pytest.raises(ModelError):
        apply_raci_import(p, "m0", result.matrix)


def test_import_into_a_project_that_lost_the_matrix(tmp_path: Path) -> None:
    p, m = _base()
    path = _book(tmp_path, p, m)
    p.raci_matrices = []
    result = import_raci_workbook(path, p)
    assert result.is_new and result.changes.new_matrix
    assert [r.unit for r in result.matrix.roles] == ["u0", "u1", "u2", "u3", None]
    assert [a.step for a in result.matrix.activities] == [f"s{i}" for i in range(5)]
    assert apply_raci_import(p, "m1", result.matrix) is None and p.raci_matrices == [
        result.matrix]


def test_read_without_project(tmp_path: Path) -> None:
    p, m = _base()
    matrix, links = read_raci_workbook(_book(tmp_path, p, m))
    assert matrix.cells == m.cells and links[("role", "r0")] == "u0"


def test_diff_json_counts() -> None:
    _, m = _base()
    new = m.model_copy(deep=True)
    new.cells["a0"]["r1"] = "A"
    d = diff_raci(m, new).to_dict()
    assert d["counts"]["changed_cells"] == 1 and d["changed_cells"][0]["old"] == "C"
    assert diff_raci(None, m).to_dict()["counts"]["added_activities"] == 5


def test_import_of_1000_rows_reads_every_cell(tmp_path: Path) -> None:
    p = new_project()
    roles = [RaciRole(id=f"r{j}", name=f"R{j}") for j in range(20)]
    m = RaciMatrix(id="big", name="big", roles=roles)
    letters = ["R", "A", "C", "I", "A/R", ""]
    for i in range(1000):
        m.activities.append(RaciActivity(id=f"a{i}", name=f"Act {i}", group=f"G{i // 100}"))
        m.cells[f"a{i}"] = {r.id: v for j, r in enumerate(roles) if (v := letters[(i + j) % 6])}
    p.raci_matrices = [m]
    result = import_raci_workbook(io.BytesIO(raci_workbook_bytes(p, m)), p)
    assert result.changes.is_empty() and result.matrix == m
