"""HR sheet import: encodings, header detection, mapping, and every named problem.

Each bad sheet is purpose-built; the tests assert the row numbers the
problems name and that no row was dropped (every data row is placed, parked,
kept as a dotted line or reported as a repeat).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from orgdesign.io.hr_columns import (
    DEPARTMENT_KEY,
    EMPLOYEE_ID_KEY,
    UNRESOLVED_MANAGER_KEY,
    field_for_header,
    parse_bool,
    parse_layer,
)
from orgdesign.io.hr_import import (
    DOTTED,
    PARKED,
    PLACED,
    REPEAT,
    ImportOptions,
    ImportResult,
    RawRow,
    RawSheet,
    apply_overrides,
    build_project,
    guess_mapping,
    import_hr,
    read_sheet,
)
from orgdesign.model import ImportError_, Layer, LineKind, TreeIndex, UnitKind, invariant_problems

HEAD = ["Employee ID", "Name", "Title", "Manager ID", "Department"]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8",
              delimiter: str = ",") -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[object]], merges: tuple[str, ...] = (),
               title: str = "Staff") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for r in rows:
        ws.append(r)
    for m in merges:
        ws.merge_cells(m)
    wb.save(path)
    return path


def accounted(result: ImportResult) -> None:
    """Nothing dropped: every data row has a fate and the project is sound."""
    assert set(result.row_status) == {r.number for r in result.sheet.rows}
    units = {u.id: u for u in result.project.scenario().units}
    for row, status in result.row_status.items():
        assert status in (PLACED, PARKED, DOTTED, REPEAT)
        assert result.row_unit[row] in units, row
    assert invariant_problems(result.project) == []
    index = TreeIndex(result.project.scenario())
    parked = {result.row_unit[r] for r in result.parked_rows}
    placed = {result.row_unit[r] for r in result.placed_rows}
    assert parked <= set(index.parked())
    assert placed <= set(index.placed())


def problems(result: ImportResult, code: str) -> list:
    return [p for p in result.problems if p.code == code]


def unit_of(result: ImportResult, row: int):
    uid = result.row_unit[row]
    return next(u for u in result.project.scenario().units if u.id == uid)


def person_of(result: ImportResult, row: int):
    u = unit_of(result, row)
    return next((p for p in result.project.people if p.id == u.person), None)


BASIC = [HEAD,
         ["E1", "Ann Lee", "CEO", "", "Board"],
         ["E2", "Bo Chen", "Head of Sales", "E1", "Sales"],
         ["E3", "Cy Wu", "Sales rep", "E2", "Sales"],
         ["E4", "", "Sales rep", "E2", "Sales"]]


# --- files and encodings ---------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16",
                                      "utf-16-le", "utf-16-be"])
def test_chinese_csv_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    rows = [["工号", "姓名", "职位", "上级工号", "部门"],
            ["1001", "王伟", "总经理", "", "总经办"],
            ["1002", "李娜", "销售经理", "1001", "销售部"],
            ["1003", "张敏", "客服专员", "1002", "客服中心"]]
    result = import_hr(write_csv(tmp_path / "staff.csv", rows, encoding))
    accounted(result)
    assert result.clean
    assert [p.name for p in result.project.people] == ["王伟", "李娜", "张敏"]
    assert unit_of(result, 3).parent == "1001"
    assert unit_of(result, 4).custom[DEPARTMENT_KEY] == "客服中心"
    assert result.language == "zh" and result.project.scenario().name == "现状"


def test_bom_is_not_part_of_the_first_header(tmp_path: Path) -> None:
    raw = read_sheet(write_csv(tmp_path / "s.csv", BASIC, "utf-8-sig"))
    assert raw.headers[0] == "Employee ID" and raw.encoding == "utf-8"


def test_encoding_override(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [HEAD, ["E1", "Zoë Müller", "CEO", "", ""]], "latin-1")
    result = import_hr(path, encoding="latin-1")
    assert result.project.people[0].name == "Zoë Müller"
    with pytest.raises(ImportError_, match="unknown encoding"):
        read_sheet(path, encoding="no-such-codec")


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    raw = read_sheet(write_csv(tmp_path / "s.csv", BASIC, delimiter=delimiter))
    assert raw.delimiter == delimiter
    assert raw.headers == HEAD and len(raw.rows) == 4


def test_quoted_cells_keep_commas_quotes_and_line_breaks(tmp_path: Path) -> None:
    text = ('Employee ID,Name,Title,Manager ID\r\n'
            'E1,"Lee, Ann","Chief ""people"" officer",\r\n'
            'E2,Bo,"Two\nlines",E1\r\n'
            'E3,Cy,Rep,E2\r\n')
    path = tmp_path / "q.csv"
    path.write_text(text, encoding="utf-8", newline="")
    result = import_hr(path)
    assert person_of(result, 2).name == "Lee, Ann"
    assert unit_of(result, 2).title == 'Chief "people" officer'
    assert unit_of(result, 3).title == "Two\nlines"
    assert unit_of(result, 4).parent == "E2"  # record numbers, not physical lines


def test_unreadable_files_say_why(tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="cannot read"):
        read_sheet(tmp_path / "missing.csv")
    (tmp_path / "empty.csv").write_bytes(b"")
    with pytest.raises(ImportError_, match="empty"):
        read_sheet(tmp_path / "empty.csv")
    (tmp_path / "blank.csv").write_text(",,\n,,\n")
    with pytest.raises(ImportError_, match="no data"):
        read_sheet(tmp_path / "blank.csv")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    with pytest.raises(ImportError_, match="xlsx"):
        read_sheet(tmp_path / "old.xls")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportError_, match="workbook"):
        read_sheet(bad)


def test_header_only_and_unrecognised_columns_cannot_build(tmp_path: Path) -> None:
    raw = read_sheet(write_csv(tmp_path / "h.csv", [HEAD]))
    with pytest.raises(ImportError_, match="no data rows"):
        build_project(raw, guess_mapping(raw.headers))
    raw = read_sheet(write_csv(tmp_path / "u.csv", [["foo", "bar"], ["1", "2"]]))
    with pytest.raises(ImportError_, match="recognised"):
        build_project(raw, guess_mapping(raw.headers))


# --- header row, merged headers, sheets --------------------------------------------------


def test_header_on_row_4_below_a_title_block_csv(tmp_path: Path) -> None:
    rows = [["ACME Corp — staff list"], ["Exported 2024-05-01", "", ""], [], *BASIC]
    result = import_hr(write_csv(tmp_path / "t.csv", rows))
    assert result.sheet.header_row == 4
    assert sorted(result.row_status) == [5, 6, 7, 8]
    assert unit_of(result, 7).parent == "E2"
    accounted(result)


def test_header_on_row_4_in_a_chosen_xlsx_sheet(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Cover"
    wb.active.append(["nothing here"])
    ws = wb.create_sheet("Staff")
    ws.append(["Staff list"])
    ws.append(["as of", "2024-05-01"])
    ws.append([])
    for r in BASIC:
        ws.append(r)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    raw = read_sheet(path, sheet="Staff")
    assert raw.sheets == ["Cover", "Staff"] and raw.header_row == 4
    result = build_project(raw, guess_mapping(raw.headers))
    assert sorted(result.row_status) == [5, 6, 7, 8]
    with pytest.raises(ImportError_, match="no sheet 'Nope'"):
        read_sheet(path, sheet="Nope")
    # without a choice, the staff list is found behind the cover sheet
    assert read_sheet(path).sheet == "Staff"


def test_a_workbook_of_notes_only_reads_its_first_sheet(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.title = "Notes"
    wb.active.append(["read me"])
    wb.create_sheet("More").append(["nothing"])
    path = tmp_path / "n.xlsx"
    wb.save(path)
    assert read_sheet(path).sheet == "Notes"


def test_a_malformed_chart_sheet_is_a_clear_error(tmp_path: Path) -> None:
    wb = Workbook()
    for r in BASIC:
        wb.active.append(r)
    wb.create_chartsheet("Chart1")  # no chart in it: openpyxl cannot read it back
    path = tmp_path / "c.xlsx"
    wb.save(path)
    with pytest.raises(ImportError_, match="cannot read .* as a workbook"):
        read_sheet(path)


def test_xlsx_with_merged_header_cells(tmp_path: Path) -> None:
    # Row 1: a merged title; rows 3-4: a two-row header where 工号/姓名/上级工号 are
    # merged vertically and "联系方式" spans the two sub-headers 电话 and 邮箱.
    rows: list[list[object]] = [
        ["2024 年员工花名册", None, None, None, None, None],
        [None] * 6,
        ["工号", "姓名", "联系方式", None, "上级工号", "职位"],
        [None, None, "电话", "邮箱", None, None],
        [1001, "王伟", "13800000001", "wang@x.cn", None, "总经理"],
        [1002, "李娜", "13800000002", "li@x.cn", 1001, "销售经理"],
    ]
    path = write_xlsx(tmp_path / "m.xlsx", rows,
                      merges=("A1:F1", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"))
    raw = read_sheet(path)
    assert raw.header_rows == 2 and raw.header_row == 4
    assert raw.headers[:6] == ["工号", "姓名", "电话", "邮箱", "上级工号", "职位"]
    result = build_project(raw, guess_mapping(raw.headers))
    assert result.clean
    li = person_of(result, 6)
    assert (li.name, li.phone, li.email) == ("李娜", "13800000002", "li@x.cn")
    assert unit_of(result, 6).parent == "1001"  # the numeric cell 1001 read as "1001"


def test_merged_group_title_over_sub_headers_without_vertical_merges(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["ID", "Name", "Contact", None, "Manager ID"],
        [None, None, "Phone", "Email", None],
        ["E1", "Ann", "1", "a@x", None],
        ["E2", "Bo", "2", "b@x", "E1"],
    ]
    raw = read_sheet(write_xlsx(tmp_path / "g.xlsx", rows, merges=("C1:D1",)))
    assert raw.headers[:5] == ["ID", "Name", "Phone", "Email", "Manager ID"]
    assert [r.number for r in raw.rows] == [3, 4]


def test_merged_single_row_header_is_not_mistaken_for_two(tmp_path: Path) -> None:
    rows: list[list[object]] = [["ID", "Name", "Manager", None], ["E1", "Ann", None, None],
                                ["E2", "Bo", "E1", "Ann"]]
    raw = read_sheet(write_xlsx(tmp_path / "s.xlsx", rows, merges=("C1:D1",)))
    assert raw.header_rows == 1 and [r.number for r in raw.rows] == [2, 3]
    result = build_project(raw, guess_mapping(raw.headers))
    assert unit_of(result, 3).parent == "E1"


def test_xlsx_values_are_text_as_shown(tmp_path: Path) -> None:
    import datetime as dt

    rows: list[list[object]] = [["Employee ID", "Name", "Manager ID", "Hired", "Formula"],
                                [7, "Ann", None, dt.datetime(2020, 3, 1), "=1+1"],
                                [8.0, "Bo", 7, dt.date(2021, 1, 2), "=SUM(A1:A3)"]]
    wb = Workbook()
    ws = wb.active
    for r in rows:
        ws.append(r)
    for row in ws.iter_rows(min_row=2, min_col=5, max_col=5):
        row[0].data_type = "s"  # text that looks like a formula, stored as text
    path = tmp_path / "v.xlsx"
    wb.save(path)
    result = import_hr(path)
    assert unit_of(result, 3).parent == "7"
    assert unit_of(result, 2).custom["Hired"] == "2020-03-01"
    assert unit_of(result, 3).custom["Formula"] == "=SUM(A1:A3)"


def test_csv_apostrophe_protection_is_stripped_once(tmp_path: Path) -> None:
    rows = [["Employee ID", "Name", "Note"], ["E1", "'=HYPERLINK(\"x\")", "''=1"],
            ["E2", "O'Brien", "'plain"]]
    result = import_hr(write_csv(tmp_path / "f.csv", rows))
    assert person_of(result, 2).name == '=HYPERLINK("x")'
    assert unit_of(result, 2).custom["Note"] == "'=1"
    assert person_of(result, 3).name == "O'Brien"
    assert unit_of(result, 3).custom["Note"] == "'plain"


# --- columns and mapping --------------------------------------------------------------------


def test_headers_in_english_and_chinese() -> None:
    cases = {"Emp No": "id", "员工编号": "id", "Full Name": "name", "姓名": "name",
             "Job Title": "title", "岗位": "title", "Reports To": "manager", "直属上级": "manager",
             "上级工号": "manager", "Supervisor": "manager", "Dept": "department",
             "部门": "department", "E-mail": "email", "Customer-facing": "customer_facing",
             "First Name": "first_name", "姓": "last_name", "名": "first_name",
             " employee_id ": "id", "Manager Name": "manager_name", "Custom: Title": None,
             "Cost Center": None}
    for header, key in cases.items():
        assert field_for_header(header) == key, header


def test_first_and_last_names_western_and_chinese(tmp_path: Path) -> None:
    en = [["ID", "First Name", "Last Name", "Manager ID"], ["E1", "Ann", "Lee", ""],
          ["E2", "Bo", "", "E1"]]
    result = import_hr(write_csv(tmp_path / "en.csv", en))
    assert [p.name for p in result.project.people] == ["Ann Lee", "Bo"]
    zh = [["工号", "姓", "名", "上级"], ["1", "王", "小明", ""], ["2", "欧阳", "娜娜", "1"]]
    result = import_hr(write_csv(tmp_path / "zh.csv", zh))
    assert [p.name for p in result.project.people] == ["王小明", "欧阳娜娜"]


def test_unmapped_columns_become_custom_fields(tmp_path: Path) -> None:
    rows = [HEAD + ["Grade", "Person: Hobby", "Cost Center"],
            ["E1", "Ann", "CEO", "", "Board", "G12", "Chess", ""]]
    result = import_hr(write_csv(tmp_path / "c.csv", rows))
    u, p = unit_of(result, 2), person_of(result, 2)
    assert u.custom == {"Grade": "G12", DEPARTMENT_KEY: "Board"}
    assert p.custom == {"Hobby": "Chess"}
    assert result.custom_columns == ["Grade", "person:Hobby", "Cost Center"]


def test_map_overrides_and_department_as_function(tmp_path: Path) -> None:
    rows = [["Staff", "Who", "Boss", "Dept"], ["A", "Ann", "", "Management"],
            ["B", "Bo", "A", "Sales"], ["C", "Cy", "B", "Sales"]]
    raw = read_sheet(write_csv(tmp_path / "o.csv", rows))
    mapping = apply_overrides(guess_mapping(raw.headers), raw.headers,
                              ["id=Staff", "name=who", "manager=C", "function=Dept"])
    result = build_project(raw, mapping)
    assert result.clean
    assert unit_of(result, 4).parent == "B"
    sales = next(f for f in result.project.functions if f.name == "Sales")
    assert unit_of(result, 3).function == sales.id
    assert unit_of(result, 3).custom[DEPARTMENT_KEY] == "Sales"  # the same column, both fields
    unmapped = apply_overrides(mapping, raw.headers, ["department=", "ignore=Dept"])
    assert "department" not in unmapped.columns and "function" not in unmapped.columns
    assert build_project(raw, unmapped).custom_columns == []
    for bad in (["nonsense=Staff"], ["name"], ["name=No Such Column"]):
        with pytest.raises(ImportError_):
            apply_overrides(mapping, raw.headers, bad)


def test_vacancy_rows_have_no_person(tmp_path: Path) -> None:
    rows = BASIC + [["E5", "Vacant", "Sales rep", "E2", "Sales"],
                    ["", "", "Analyst", "E1", ""]]
    result = import_hr(write_csv(tmp_path / "v.csv", rows))
    accounted(result)
    for row in (5, 6, 7):
        assert unit_of(result, row).person is None
    assert unit_of(result, 5).name == "Sales rep"
    assert unit_of(result, 7).parent == "E1"
    assert len(result.project.people) == 3
    assert result.clean  # a vacancy without an id is normal, not a problem


def test_layer_customer_facing_and_functions(tmp_path: Path) -> None:
    rows = [["ID", "Name", "Manager", "Function", "Customer-facing", "Layer"],
            ["1", "A", "", "Management", "no", ""],
            ["2", "B", "1", "Service", "yes", ""],
            ["3", "C", "2", "Service", "是", ""],
            ["4", "D", "1", "Sales", "yes", ""],
            ["5", "E", "1", "Sales", "no", "management"],
            ["6", "F", "1", "", "yes", "支持"]]
    result = import_hr(write_csv(tmp_path / "l.csv", rows))
    fs = {f.name: f for f in result.project.functions}
    assert fs["Service"].customer_facing and not fs["Sales"].customer_facing
    assert unit_of(result, 5).layer is Layer.CUSTOMER_CONTACT  # yes, function mixed
    assert unit_of(result, 6).layer is Layer.MANAGEMENT
    assert unit_of(result, 7).layer is Layer.SUPPORT  # explicit layer wins
    assert unit_of(result, 3).layer is None  # the function says it
    assert parse_bool("√") is True and parse_layer("一线") is Layer.CUSTOMER_CONTACT


# --- problems, each with its rows --------------------------------------------------------------


def test_duplicate_id_second_row_parked(tmp_path: Path) -> None:
    rows = BASIC + [["E3", "Dan Ho", "Sales rep", "E2", "Sales"]]
    result = import_hr(write_csv(tmp_path / "d.csv", rows))
    accounted(result)
    [p] = problems(result, "duplicate-id")
    assert p.rows == (6, 4) and p.severity == "error"
    assert result.row_status[6] == PARKED and result.row_status[4] == PLACED
    dup = unit_of(result, 6)
    assert dup.parked and dup.parent is None and dup.id != "E3"
    assert dup.custom[EMPLOYEE_ID_KEY] == "E3" and dup.custom[UNRESOLVED_MANAGER_KEY] == "E2"
    assert person_of(result, 6).name == "Dan Ho"
    assert not result.clean


def test_unknown_manager_parks_the_row_with_its_reports(tmp_path: Path) -> None:
    rows = BASIC + [["E5", "Eve", "Lead", "E99", ""], ["E6", "Fay", "Rep", "E5", ""]]
    result = import_hr(write_csv(tmp_path / "u.csv", rows))
    accounted(result)
    [p] = problems(result, "unknown-manager")
    assert p.rows == (6,) and "E99" in p.message and p.column == "'Manager ID' (D)"
    assert result.parked_rows == [6, 7]
    eve, fay = unit_of(result, 6), unit_of(result, 7)
    assert eve.parked and eve.custom[UNRESOLVED_MANAGER_KEY] == "E99"
    assert fay.parent == "E5" and not fay.parked


def test_cycle_is_broken_at_one_reported_row(tmp_path: Path) -> None:
    rows = BASIC + [["E7", "Gus", "A", "E9", ""], ["E8", "Hal", "B", "E7", ""],
                    ["E9", "Ida", "C", "E8", ""]]
    result = import_hr(write_csv(tmp_path / "c.csv", rows))
    accounted(result)
    [p] = problems(result, "cycle")
    assert p.rows == (6, 7, 8) and "broken at row 6" in p.message
    gus = unit_of(result, 6)
    assert gus.parked and gus.parent is None and gus.custom[UNRESOLVED_MANAGER_KEY] == "E9"
    assert unit_of(result, 8).parent == "E8" and unit_of(result, 7).parent == "E7"
    assert sorted(result.parked_rows) == [6, 7, 8]


def test_own_manager_becomes_a_root(tmp_path: Path) -> None:
    rows = [HEAD, ["E1", "Ann", "CEO", "E1", ""], ["E2", "Bo", "Rep", "E1", ""]]
    result = import_hr(write_csv(tmp_path / "s.csv", rows))
    [p] = problems(result, "self-manager")
    assert p.rows == (2,)
    assert unit_of(result, 2).parent is None and not unit_of(result, 2).parked
    assert result.parked_rows == []


def test_several_roots_kept_or_put_under_a_top_unit(tmp_path: Path) -> None:
    rows = BASIC + [["E9", "Zed", "CFO", "", "Finance"]]
    path = write_csv(tmp_path / "r.csv", rows)
    result = import_hr(path)
    [p] = problems(result, "several-roots")
    assert p.rows == (2, 6) and p.severity == "warning"
    assert len(TreeIndex(result.project.scenario()).placed_roots()) == 2
    result = import_hr(path, options=ImportOptions(single_root=True, top_name="ACME"))
    accounted(result)
    index = TreeIndex(result.project.scenario())
    [top] = index.placed_roots()
    assert index.units[top].name == "ACME"
    assert set(index.kids(top)) == {"E1", "E9"}
    assert problems(result, "several-roots")[0].severity == "note"


def test_person_under_two_managers_keeps_a_dotted_line(tmp_path: Path) -> None:
    rows = BASIC + [["E5", "Eve", "Analyst", "E1", ""], ["E3", "Cy Wu", "Project lead", "E5", ""],
                    ["E3", "Cy Wu", "Sales rep", "E2", "Retail"]]
    result = import_hr(write_csv(tmp_path / "t.csv", rows))
    accounted(result)
    [p] = problems(result, "second-manager")
    assert p.rows == (7, 4)
    assert result.row_status[7] == DOTTED and result.row_unit[7] == "E3"
    [line] = result.project.scenario().lines
    assert (line.source, line.target, line.kind, line.label) == \
        ("E3", "E5", LineKind.DOTTED, "Project lead")
    [r] = problems(result, "repeated-row")
    assert r.rows == (8, 4) and result.row_status[8] == REPEAT
    assert unit_of(result, 4).custom["Department (row 8)"] == "Retail"  # nothing lost


def test_several_managers_in_one_cell(tmp_path: Path) -> None:
    rows = BASIC + [["E5", "Eve", "Analyst", "E1; E2", ""]]
    result = import_hr(write_csv(tmp_path / "m.csv", rows))
    accounted(result)
    assert unit_of(result, 6).parent == "E1"
    assert [(ln.source, ln.target) for ln in result.project.scenario().lines] == [("E5", "E2")]
    assert problems(result, "second-manager")[0].rows == (6,)


def test_manager_by_unique_name_and_ambiguous_names(tmp_path: Path) -> None:
    rows = [["ID", "Name", "Manager"], ["1", "Ann Lee", ""], ["2", "Bo Chen", "ann  LEE"],
            ["3", "Cy", "Bo Chen"], ["4", "Bo Chen", "Ann Lee"], ["5", "Dee", "Bo Chen"],
            ["6", "Eve", "Nobody"]]
    result = import_hr(write_csv(tmp_path / "n.csv", rows))
    accounted(result)
    assert unit_of(result, 3).parent == "1"  # case and spaces do not matter
    assert unit_of(result, 5).parent == "1"
    amb = problems(result, "ambiguous-manager")
    assert [p.rows for p in amb] == [(4, 3, 5), (6, 3, 5)]
    assert result.row_status[4] == PARKED and result.row_status[6] == PARKED
    assert problems(result, "unknown-manager")[0].rows == (7,)


def test_manager_name_column_when_the_id_is_missing(tmp_path: Path) -> None:
    rows = [["ID", "Name", "Manager ID", "Manager Name"], ["1", "Ann", "", ""],
            ["2", "Bo", "", "Ann"], ["3", "Cy", "2", "Ann"]]
    result = import_hr(write_csv(tmp_path / "mn.csv", rows))
    assert unit_of(result, 3).parent == "1"
    assert unit_of(result, 4).parent == "2"
    [p] = problems(result, "manager-mismatch")
    assert p.rows == (4, 3)


def test_empty_rows_are_skipped_and_counted(tmp_path: Path) -> None:
    rows = [HEAD, ["E1", "Ann", "CEO", "", ""], [], ["", "", "", "", ""],
            ["E2", "Bo", "Rep", "E1", ""], [], []]
    result = import_hr(write_csv(tmp_path / "e.csv", rows))
    [p] = problems(result, "empty-rows")
    assert p.rows == (3, 4) and p.severity == "note"
    assert sorted(result.row_status) == [2, 5]
    assert result.clean  # blank rows are only counted


def test_malformed_cells_are_named_and_kept(tmp_path: Path) -> None:
    long_id = "X" * 250
    rows = [["ID", "Name", "Manager", "Layer", "Customer-facing", "Email"],
            ["1", "Ann", "", "sideways", "perhaps", "#N/A"],
            [long_id, "Bo", "1", "", "", ""],
            ["3", "Cy", "1", "", "", "", "surplus"]]
    result = import_hr(write_csv(tmp_path / "x.csv", rows))
    accounted(result)
    mal = problems(result, "malformed-cell")
    assert sorted(p.row for p in mal) == [2, 2, 2, 3]
    ann = unit_of(result, 2)
    assert ann.layer is None and ann.custom["Layer"] == "sideways"
    assert ann.custom["Customer-facing"] == "perhaps"
    assert person_of(result, 2).email == "" and ann.custom["Email"] == "#N/A"
    bo = unit_of(result, 3)
    assert bo.custom[EMPLOYEE_ID_KEY] == long_id and len(bo.id) <= 200
    assert problems(result, "extra-cells")[0].rows == (4,)
    assert unit_of(result, 4).custom["Column G"] == "surplus"


def test_group_by_department_adds_boxes(tmp_path: Path) -> None:
    rows = BASIC + [["E5", "Eve", "Analyst", "E3", "Sales"], ["E6", "Fay", "Ops", "E1", "Ops"]]
    path = write_csv(tmp_path / "g.csv", rows)
    result = import_hr(path, options=ImportOptions(group_by_department=True))
    accounted(result)
    sc = result.project.scenario()
    boxes = {u.name: u for u in sc.units if u.kind is UnitKind.DEPARTMENT}
    assert set(boxes) == {"Board", "Sales", "Ops"}
    assert boxes["Sales"].parent == "E1" and unit_of(result, 3).parent == boxes["Sales"].id
    assert unit_of(result, 4).parent == "E2"  # same department: no box in between
    assert boxes["Board"].parent is None and unit_of(result, 2).parent == boxes["Board"].id
    plain = import_hr(path)
    assert not any(u.kind is UnitKind.DEPARTMENT for u in plain.project.scenario().units)


def test_formula_like_text_is_only_text(tmp_path: Path) -> None:
    rows = [["ID", "Name", "Title", "Manager"], ["=1+1", "@cmd", "-2", ""],
            ["+3", "=HYPERLINK(\"http://x\")", "Rep", "=1+1"]]
    result = import_hr(write_csv(tmp_path / "f.csv", rows))
    accounted(result)
    assert unit_of(result, 2).id == "=1+1" and person_of(result, 2).name == "@cmd"
    assert unit_of(result, 3).parent == "=1+1"


def test_preview_on_the_first_rows(tmp_path: Path) -> None:
    raw = read_sheet(write_csv(tmp_path / "p.csv", BASIC + [[]] + BASIC[1:2]))
    head = raw.head(2)
    assert [r.number for r in head.rows] == [2, 3] and head.empty_rows == []
    result = build_project(head, guess_mapping(head.headers))
    assert len(result.project.scenario().units) == 2


# --- any sheet: nothing dropped, the project always sound ----------------------------------

_IDS = ["E1", "E2", "E3", "E4", "E5", "", "E1; E2", "#N/A", "x" * 201]
_NAMES = ["Ann", "Bo", "Bo", "Cy", "", "vacant", "王伟"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_IDS), st.sampled_from(_NAMES),
                          st.sampled_from(_IDS + _NAMES + ["nobody"]),
                          st.sampled_from(["", "Sales", "销售"]),
                          st.sampled_from(["", "support", "bogus"])),
                min_size=1, max_size=12),
       st.booleans(), st.booleans())
def test_any_sheet_accounts_for_every_row(cells, single_root: bool, by_dept: bool) -> None:
    raw = RawSheet(path="mem.csv", format="csv", width=5,
                   headers=["ID", "Name", "Manager", "Department", "Layer"],
                   rows=[RawRow(i + 2, list(c)) for i, c in enumerate(cells)], header_row=1)
    result = build_project(raw, guess_mapping(raw.headers),
                           ImportOptions(single_root=single_root, group_by_department=by_dept))
    accounted(result)
    named = [c for c in cells if c[1] and c[1] != "vacant"]
    kept = {p.name for p in result.project.people}
    assert {c[1] for c in named} == kept


def test_department_merged_down_over_its_people(tmp_path: Path) -> None:
    rows: list[list[object]] = [["工号", "姓名", "部门", "上级工号"],
                                ["1", "王伟", "总经办", None],
                                ["2", "李娜", "销售部", "1"], ["3", "张敏", None, "2"],
                                ["4", "刘洋", None, "2"], ["5", "陈静", "客服部", "1"]]
    raw = read_sheet(write_xlsx(tmp_path / "d.xlsx", rows, merges=("C3:C5",)))
    result = build_project(raw, guess_mapping(raw.headers))
    assert [unit_of(result, r).custom[DEPARTMENT_KEY] for r in range(2, 7)] == \
        ["总经办", "销售部", "销售部", "销售部", "客服部"]
