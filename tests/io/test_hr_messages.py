"""HR import and update messages: translatable templates, English text unchanged.

The import's problems, the update's changes and the errors of reading a sheet
carry a :class:`~orgdesign.model.messages.Message` whose templates are marked
for translation in ``orgdesign/io/hr_*.py``; ``str()`` (what the CLI prints
and JSON holds) stays the English sentence it always was.
"""

from __future__ import annotations

import ast
import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference

from orgdesign.io.hr_import import (
    ImportOptions,
    Problem,
    apply_overrides,
    build_project,
    guess_mapping,
    import_hr,
    read_sheet,
)
from orgdesign.io.hr_update import Change, plan_update, update_op
from orgdesign.model import EditError, ImportError_, OrgDesignError
from orgdesign.model.messages import Message, msg

IO_DIR = Path(__file__).resolve().parents[2] / "orgdesign" / "io"


def marked_templates() -> set[str]:
    """Every ``QT_TRANSLATE_NOOP("Messages", "...")`` literal of the HR modules."""
    found: set[str] = set()
    for path in IO_DIR.glob("hr_*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == \
                    "QT_TRANSLATE_NOOP":
                context, text = node.args
                assert isinstance(text, ast.Constant), f"{path.name}: template not a literal"
                assert context.value == "Messages"  # type: ignore[attr-defined]
                found.add(text.value)
    return found


MARKED = marked_templates()


def messages_in(message: Message) -> Iterator[Message]:
    """``message`` and every clause nested in its parameters."""
    yield message
    for value in message.params.values():
        if isinstance(value, Message):
            yield from messages_in(value)


MESSY_HEAD = ["Employee ID", "Name", "Title", "Manager ID", "Manager Name", "Department",
              "Layer", "Customer-facing", "Unit Kind", "Person ID", "Parked", "Dotted Line To",
              "Assistant Position", "Notes", "Grade"]


def _row(eid: str = "", name: str = "", title: str = "", mgr: str = "", mgr_name: str = "",
         **kw: str) -> list[str]:
    keys = ["dept", "layer", "cf", "kind", "pid", "parked", "dotted", "assistant", "notes",
            "grade"]
    return [eid, name, title, mgr, mgr_name] + [kw.get(k, "") for k in keys]


def messy_rows() -> list[list[str]]:
    """A sheet where nearly every kind of import problem happens at least once."""
    rows = [MESSY_HEAD,
            _row("E1", "Alice", "CEO", dept="Board"),
            _row("E2", "Bob", "Sales head", "E1", notes="first"),
            _row("E3", "Carol", "Analyst", "E1", layer="banana"),
            _row("E4", "Dan", "Rep", "E1", cf="maybe"),
            _row("E5", "Eve", "Rep", "E1", kind="blob", parked="perhaps", assistant="zz"),
            _row("E2", "Frank", "Rep", "E1"),  # duplicate id, another person
            _row("E2", "Bob", "Project lead", "E3", notes="second"),  # second manager
            _row("E2", "Bob", "Sales head", "E1"),  # repeat
            _row("", "Grace", "Rep", "E1"),  # no id
            _row("E6", "", "Open post", "E1", pid="PX"),  # vacancy with a person id
            _row("E7", "Henry", "Rep", "E1", pid="P1"),
            _row("E8", "Ivy", "Rep", "E1", pid="P1"),  # person id used twice
            _row("E9", "Jim", "Rep", "E1", pid="P" * 250),  # person id too long
            _row("E10", "Jack", "Rep", "E1", parked="yes"),
            _row("E11", "Kim", "Rep", "E1; E2"),  # two managers in one cell
            _row("E12", "Leo", "Rep", "E12"),  # own manager
            _row("E14", "Sam", "Rep", "E1"),
            _row("E15", "Sam", "Rep", "E1"),
            _row("E13", "Mia", "Rep", "Sam"),  # ambiguous
            _row("E16", "Ned", "Rep", "E99"),  # unknown manager
            _row("E17", "Ola", "Rep", "E1", "Zed"),  # manager name mismatch
            _row("E18", "Pat", "Rep", "E6", "Xavier"),  # mismatch with a vacancy
            _row("E19", "Quin", "Rep", "E20"),  # cycle
            _row("E20", "Ray", "Rep", "E19"),
            _row("E21", "Sue", "Rep", "E1", dotted="Nobody; Sam"),  # unknown/ambiguous dotted
            _row("E22", "Tom", "Rep", "E1", dotted="E22"),  # dotted to itself
            _row("E23", "Uma", "#N/A", "E1"),  # spreadsheet error in free text
            _row("E24", "Vic", "Rep", "#REF!"),  # spreadsheet error in the manager
            _row("E25", "W" * 10_050, "Rep", "E1"),  # over-long name
            _row("X" * 250, "Xia", "Rep", "E1"),  # over-long id
            _row("E26", "Yan", "Rep", "E1", grade="G" * 1_000_010),  # over-long custom cell
            _row("E27", "Zoe", "Rep", "E1") + ["surplus"],  # more cells than headers
            [""] * 3]
    rows += [[""] for _ in range(11)]  # empty rows between data rows: "rows ... and 1 more"
    rows += [_row("E28", "Abe", "Rep", "")]  # another root
    return rows


def single_empty_rows() -> list[list[str]]:
    """One empty row, no manager column at all (every row a root)."""
    return [["Employee ID", "Name", "Title"], ["E1", "Ann", "CEO"], [""], ["E2", "Bo", "CFO"]]


UPDATE_HEAD = ["Employee ID", "Name", "Title", "Manager ID", "Department", "Email", "Grade",
               "Person: Shoe size"]
OLD = [UPDATE_HEAD,
       ["E1", "Ann Lee", "CEO", "", "Board", "ann@x", "G1", "40"],
       ["E2", "Bo Chen", "Head of Sales", "E1", "Sales", "bo@x", "G2", "41"],
       ["E3", "Cy Wu", "Sales rep", "E2", "Sales", "cy@x", "G3", "42"],
       ["E4", "Di Ma", "Sales rep", "E2", "Sales", "di@x", "G3", "43"],
       ["E5", "Ed Po", "Analyst", "E1", "Finance", "ed@x", "G3", "44"],
       ["E6", "", "Analyst", "E5", "Finance", "", "", ""],
       ["E8", "Hu Li", "Clerk", "E5", "Finance", "hu@x", "G4", "45"],
       ["E9", "Io Ng", "Clerk", "E5", "Finance", "io@x", "G4", "46"],
       ["E10", "Jo Ko", "Clerk", "E1", "Finance", "jo@x", "G4", "47"],
       ["E11", "Ka Lu", "Clerk", "E10", "Finance", "ka@x", "G4", "48"],
       ["E14", "Nu Qi", "Driver", "E1", "Logistics", "nu@x", "G4", "39"]]
NEW = [UPDATE_HEAD,
       ["E1", "Ann Lee", "CEO", "", "Board", "ann@new", "G1", "40"],  # updated
       ["E2", "Bo Chen-Li", "Head of Sales", "E1", "Sales", "bo@x", "G2", "41"],  # renamed
       ["E4", "Di Ma", "Sales rep", "E5", "Sales", "di@x", "G3", "43"],  # moved
       ["E5", "Ed Po", "Analyst", "", "Controlling", "ed@x", "G3", "44"],  # dept, to the top
       ["E6", "Fei Xu", "Analyst", "E5", "Finance", "", "", ""],  # filled
       ["E7", "Gil Tan", "Trainee", "E4", "Sales", "gil@x", "G4", "49"],  # joined under
       ["E12", "Lin Bo", "Trainee", "", "Sales", "", "", ""],  # joined as a root
       ["E13", "Mo Yu", "Trainee", "E77", "Sales", "", "", ""],  # joined, parked
       ["E8", "", "Clerk", "E5", "Finance", "", "", ""],  # vacated
       ["E9", "Io Ng", "Clerk", "E88", "Finance", "io@x", "G4", "46"],  # unknown: stays
       ["E10", "Jo Ko", "Clerk", "E11", "Finance", "jo@x", "G4", "47"],  # cycle E10<->E11
       ["E11", "Ka Lu", "Clerk", "E10", "Finance", "ka@x", "G4", "48"],
       ["", "No Id", "Clerk", "E1", "Finance", "", "", ""],  # no id
       # title and more; the manager (by name) has no id: not moved
       ["E3", "Cy Wu", "Senior sales rep", "No Id", "Sales", "cy@x", "G2", "50"]]
#: E3's new manager is unknown (it stays) while E2 would move under it: a cycle.
NEW_CYCLE = [[*r] for r in OLD]
NEW_CYCLE[3][3] = "E99"
NEW_CYCLE[2][3] = "E3"


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    """``rows`` as a UTF-8 CSV file at ``path``."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


#: What the messy sheet's problems said before they became templates (CLI output).
MESSY_TEXT = [
    'row 2: 4 rows have no manager (rows 2, 17, 29, 46); kept as 4 roots',
    "row 4: 'Layer' (G): 'banana' is not a valid layer; kept as custom field 'Layer'",
    "row 5: 'Customer-facing' (H): 'maybe' is not a valid customer-facing; kept as custom field "
    "'Customer-facing'",
    "row 6: 'Unit Kind' (I): 'blob' is not a valid kind; kept as custom field 'Unit Kind'",
    "row 6: 'Parked' (K): 'perhaps' is not a valid parked; kept as custom field 'Parked'",
    "row 6: 'Assistant Position' (M): 'zz' is not a valid assistant; kept as custom field "
    "'Assistant Position'",
    "row 7: id 'E2' is already used by row 3 (Bob); this row went to the parking lot with a new id",
    "row 8: 'Bob' (id 'E2') is listed again, under manager 'E3' (row 3: 'E1'); the second "
    "relation is kept as a dotted line; its differing cells (Notes) are kept as custom fields "
    "of row 3",
    "row 9: 'Bob' (id 'E2') is listed again under the same manager as row 3; the repeat is skipped",
    "row 10: 'Grace' has no id; the unit is named 'row-10' and cannot be found as a manager by id",
    'row 11: a vacancy (no name) has a person id; kept as custom field',
    "row 13: person id 'P1' is used twice; the person gets a new id",
    "row 14: person id '" + "P" * 80 + "' is too long; the person gets a new id",
    'row 15: marked as parked in the sheet; it stays in the parking lot',
    "row 16: the manager cell names 2 managers ('E1; E2'); placed under 'E1', the others are "
    "kept as dotted lines",
    "row 17: 'Leo' is its own manager ('E12'); placed as a root",
    "row 20: manager 'Sam' could be any of 2 people (rows 18, 19); the row went to the parking lot",
    "row 21: manager 'E99' is neither an id nor a name in the sheet; the row went to the "
    "parking lot with its reports",
    "row 22: manager id 'E1' is 'Alice' (row 2) but the manager name says 'Zed'; the id was "
    "followed",
    "row 23: manager id 'E6' is 'a vacancy' (row 11) but the manager name says 'Xavier'; the id "
    "was followed",
    "row 24: reporting cycle 'E19' -> 'E20' -> 'E19' (rows 24, 25); broken at row 24: it went "
    "to the parking lot with its reports",
    "row 26: dotted-line manager 'Nobody' names nobody; kept as custom field 'unresolved dotted "
    "line'",
    "row 26: dotted-line manager 'Sam' names several people; kept as custom field 'unresolved "
    "dotted line'",
    "row 27: dotted-line manager 'E22' names the row itself; kept as custom field 'unresolved "
    "dotted line'",
    "row 28: 'Title' (C) holds #N/A, which looks like a spreadsheet error; kept as text",
    "row 29: 'Manager ID' (D) holds the spreadsheet error #REF!; read as empty, the text is "
    "kept as custom field 'Manager ID'",
    "row 30: 'Name' (B) holds 10050 characters; the full text is kept as custom field 'Name'",
    "row 31: the id is 250 characters long (at most 200); the row gets a new id and keeps the "
    "old one as custom field 'employee_id'",
    "row 31: 'Xia' has no id; the unit is named 'row-31' and cannot be found as a manager by id",
    "row 32: 'Grade' (O) holds 1000010 characters; kept the first 1000000",
    'row 33: the row has 16 cells but the header only 15; the extra ones are kept as custom fields',
    'row 34: 12 empty rows skipped (rows 34, 35, 36, 37, 38, 39, 40, 41, 42, 43 and 2 more)',
]

CHANGES_TEXT = [
    'updated    row 2: Ann Lee (E1): email',
    "renamed    row 3: 'Bo Chen' -> 'Bo Chen-Li' (E2)",
    'moved      row 4: Di Ma (E4): from Bo Chen (E2) to Ed Po (E5)',
    'moved      row 5: Ed Po (E5): from Ann Lee (E1) to (no manager)',
    "department row 5: Ed Po (E5): 'Finance' -> 'Controlling'",
    'filled     row 6: Analyst (E6) is now filled by Fei Xu',
    'joined     row 7: Gil Tan (E7) under Di Ma (E4)',
    'joined     row 8: Lin Bo (E12) as a root',
    'joined     row 9: Mo Yu (E13) in the parking lot',
    'vacated    row 10: Hu Li (E8): the sheet lists the position as vacant; it becomes a vacancy',
    'updated    row 10: Hu Li (E8): Grade',
    "retitled   row 15: Cy Wu (E3): 'Sales rep' -> 'Senior sales rep'",
    'updated    row 15: Cy Wu (E3): Grade, person Shoe size',
    'left       Nu Qi (E14) is not in the sheet; the position stays as a vacancy',
]
PLAN_PROBLEMS_TEXT = [
    'row 2: 3 rows have no manager (rows 2, 5, 8); kept as 3 roots',
    "row 9: manager 'E77' is neither an id nor a name in the sheet; the row went to the parking "
    "lot with its reports",
    "row 11: manager 'E88' is neither an id nor a name in the sheet; the unit stays where it is",
    "row 12: reporting cycle 'E10' -> 'E11' -> 'E10' (rows 12, 13); broken at row 12: it went "
    "to the parking lot with its reports",
    "row 14: 'No Id' has no id; the unit is named 'row-14' and cannot be found as a manager by id",
    'row 14: the row has no id; an update matches people by id, so it is left out',
    "row 15: the new manager 'row-14' of 'E3' is neither in the project nor joining; not moved",
]

# --- helpers --------------------------------------------------------------------------


def messy_import(tmp_path: Path, **options: object):
    return import_hr(write_csv(tmp_path / "messy.csv", messy_rows()),
                     options=ImportOptions(**options))  # type: ignore[arg-type]


def update_plan(tmp_path: Path, rows: list[list[str]]):
    project = import_hr(write_csv(tmp_path / "old.csv", OLD)).project
    raw = read_sheet(write_csv(tmp_path / "new.csv", rows))
    return project, plan_update(project, raw, guess_mapping(raw.headers))


def raised(fn: Callable[[], object]) -> OrgDesignError:
    with pytest.raises(OrgDesignError) as info:
        fn()
    return info.value


# --- problems -------------------------------------------------------------------------


def test_problem_keeps_template_params_and_english(tmp_path: Path) -> None:
    result = messy_import(tmp_path)
    [p] = [p for p in result.problems if p.code == "unknown-manager"]
    assert p.text.template == ("manager {manager!r} is neither an id nor a name in the sheet; "
                               "the row went to the parking lot with its reports")
    assert dict(p.text.params) == {"manager": "E99"}
    english = ("manager 'E99' is neither an id nor a name in the sheet; the row went to the "
               "parking lot with its reports")
    assert p.message == english
    assert str(p) == "row 21: " + english
    assert p.located().template == "row {row}: {problem}"
    assert p.to_dict() == {"code": "unknown-manager", "severity": "error", "row": 21,
                           "rows": [21], "column": "'Manager ID' (D)", "unit": "E16",
                           "message": english}


def test_messy_sheet_problems_read_as_before(tmp_path: Path) -> None:
    assert [str(p) for p in messy_import(tmp_path).problems] == MESSY_TEXT


def test_every_problem_of_a_messy_import_is_a_marked_template(tmp_path: Path) -> None:
    problems = [*messy_import(tmp_path).problems,
                *messy_import(tmp_path, single_root=True).problems,
                *import_hr(write_csv(tmp_path / "one.csv", single_empty_rows())).problems]
    assert {p.code for p in problems} == {
        "several-roots", "malformed-cell", "duplicate-id", "second-manager", "repeated-row",
        "missing-id", "parked", "self-manager", "ambiguous-manager", "unknown-manager",
        "manager-mismatch", "cycle", "unknown-dotted", "extra-cells", "empty-rows",
        "no-manager-column"}
    for p in problems:
        for m in messages_in(p.located()):
            # a template that is just the escaped English text would not be marked
            assert m.template in MARKED, (p.code, m.template)
    # run-time words are clauses of their own, never English text in a parameter
    several = next(p for p in problems if p.code == "several-roots")
    assert several.text.params["rows"].template == "rows {rows}"
    empty = next(p for p in problems if p.code == "empty-rows")
    assert empty.text.params["rows"].template == "rows {rows} and {more} more"
    one = next(p for p in problems if p.code == "empty-rows" and p.rows == (3,))
    assert one.text.template == "{count} empty row skipped ({rows})"
    assert one.text.params["rows"].template == "row {rows}"
    dotted = next(p for p in problems if p.code == "second-manager" and "kept" in p.text.params)
    assert dotted.text.params["kept"].params == {"cells": "Notes", "row": 3}
    vacancy = next(p for p in problems if p.code == "manager-mismatch" and p.rows[0] == 23)
    assert "name" not in vacancy.text.params  # 'a vacancy' is part of its own template


def test_plain_text_still_makes_a_problem() -> None:
    p = Problem("custom", "braces {kept} as written", "note")
    assert p.message == "braces {kept} as written" and str(p) == p.message
    assert str(Problem("custom", msg("row text {x}", x=1), rows=(4,))) == "row 4: row text 1"


# --- update changes --------------------------------------------------------------------


def test_update_changes_and_problems_read_as_before(tmp_path: Path) -> None:
    _, plan = update_plan(tmp_path, NEW)
    assert [str(c) for c in plan.changes] == CHANGES_TEXT
    assert [str(p) for p in plan.problems] == PLAN_PROBLEMS_TEXT
    for item in [*plan.changes, *plan.problems]:
        for m in messages_in(item.located()):
            assert m.template in MARKED, m.template
    by_kind = {c.kind: c for c in plan.changes}
    assert {"joined", "left", "moved", "retitled", "department", "renamed", "filled",
            "vacated", "updated"} <= set(by_kind)
    left = by_kind["left"]
    assert left.text.template == "{who} is not in the sheet; the position stays as a vacancy"
    assert left.located() is left.text  # no row: no prefix
    assert left.to_dict()["message"] == ("Nu Qi (E14) is not in the sheet; the position stays "
                                         "as a vacancy")


def test_update_field_names_and_no_manager_are_clauses(tmp_path: Path) -> None:
    _, plan = update_plan(tmp_path, NEW)
    [email] = [c for c in plan.changes if c.kind == "updated" and c.key == "E1"]
    assert email.text.template == "{who}: {fields}"
    assert email.text.params["fields"].template == "email"
    [more] = [c for c in plan.changes if c.kind == "updated" and c.key == "E3"]
    fields = more.text.params["fields"]
    assert fields.template == "{first}, {rest}" and fields.params["first"] == "Grade"
    assert fields.params["rest"].template == "person {field}"
    [top] = [c for c in plan.changes if c.kind == "moved" and c.key == "E5"]
    assert top.new == "(no manager)" and top.to_dict()["new"] == "(no manager)"
    assert top.text.params["new"].template == "(no manager)"
    stays = next(p for p in plan.problems if "E88" in p.message)
    assert stays.text.template.endswith("the unit stays where it is")
    assert dict(stays.text.params) == {"manager": "E88"}


def test_cycle_of_a_move_is_a_template(tmp_path: Path) -> None:
    _, plan = update_plan(tmp_path, NEW_CYCLE)
    cycle = next(p for p in plan.problems if p.code == "cycle")
    assert str(cycle) == ("row 3: moving 'E2' under 'Cy Wu (E3)' would make a reporting cycle "
                          "with units of the project; not moved")
    assert cycle.text.template in MARKED


def test_change_accepts_plain_text() -> None:
    c = Change("left", "E1", "E1", None, "gone {x}")
    assert c.message == "gone {x}" and str(c) == "left       gone {x}"


# --- errors ----------------------------------------------------------------------------


def read_error_cases(tmp_path: Path) -> dict[str, Callable[[], object]]:
    """English text of each sheet-reading error -> what raises it."""
    (tmp_path / "empty.csv").write_bytes(b"")
    (tmp_path / "blank.csv").write_text(",,\n,,\n")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    (tmp_path / "bad.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "gbk.csv").write_bytes("工号,姓名\n1,张三\n".encode("gb18030"))
    (tmp_path / "dir").mkdir()
    one = write_csv(tmp_path / "one.csv", single_empty_rows())
    wb = Workbook()
    wb.active.title = "Staff"
    wb.active.append(["ID", "Name"])
    chart = wb.create_chartsheet("Chart")
    bars = BarChart()
    bars.add_data(Reference(wb.active, min_col=1, min_row=1, max_row=1))
    chart.add_chart(bars)
    wb.save(tmp_path / "w.xlsx")
    t = str(tmp_path)
    return {
        f"cannot read {t}/dir: it is a folder": lambda: read_sheet(tmp_path / "dir"),
        f"{t}/empty.csv is empty": lambda: read_sheet(tmp_path / "empty.csv"),
        f"{t}/blank.csv holds no data: every row is empty":
            lambda: read_sheet(tmp_path / "blank.csv"),
        f"cannot read {t}/old.xls: save it as .xlsx or .csv first":
            lambda: read_sheet(tmp_path / "old.xls"),
        f"cannot read {t}/bad.xlsx as a workbook: File is not a zip file":
            lambda: read_sheet(tmp_path / "bad.xlsx"),
        f"{t}/one.csv is a CSV file; it has no sheet 'S'": lambda: read_sheet(one, sheet="S"),
        "unknown encoding 'nope'": lambda: read_sheet(one, encoding="nope"),
        f"{t}/gbk.csv is not utf-8 text (line 1); try --encoding gb18030, utf-16 or latin-1":
            lambda: read_sheet(tmp_path / "gbk.csv", encoding="utf-8"),
        f"{t}/w.xlsx has no sheet 'Other' (it has: Staff, Chart)":
            lambda: read_sheet(tmp_path / "w.xlsx", sheet="Other"),
        f"sheet 'Chart' of {t}/w.xlsx is a chart, not a table":
            lambda: read_sheet(tmp_path / "w.xlsx", sheet="Chart"),
    }


def other_error_cases(tmp_path: Path) -> dict[str, Callable[[], object]]:
    """English text of each mapping, build and update error -> what raises it."""
    raw = read_sheet(write_csv(tmp_path / "one.csv", single_empty_rows()))
    mapping = guess_mapping(raw.headers)
    header_only = read_sheet(write_csv(tmp_path / "h.csv", [["ID", "Name"]]))
    unknown = read_sheet(write_csv(tmp_path / "u.csv", [["foo", "bar"], ["1", "2"]]))
    project, plan = update_plan(tmp_path, NEW)
    no_ids = read_sheet(write_csv(tmp_path / "n.csv", [["Name"], ["Ann"]]))
    stranger = read_sheet(write_csv(tmp_path / "x.csv", [["ID", "Name"], ["X1", "Ann"]]))
    moved = [c for c in plan.changes if c.kind == "moved"][:1]
    renamed = [c for c in plan.changes if c.kind == "renamed"]
    gone = project.model_copy(deep=True)
    gone.scenario().units = [u for u in gone.scenario().units if u.id != moved[0].unit]
    nobody = project.model_copy(deep=True)
    for u in nobody.scenario().units:
        if u.id == renamed[0].unit:
            u.person = None
    t = str(tmp_path)
    return {
        "cannot use --map 'bogus=A': write field=Column with a field of id, name, first_name, "
        "last_name, title, manager, manager_name, department, function, email, phone, "
        "location, layer, customer_facing, unit_name, kind, person_id, notes, parked, dotted, "
        "photo, assistant (or ignore=Column)":
            lambda: apply_overrides(mapping, raw.headers, ["bogus=A"]),
        "--map 'ignore=' names no column":
            lambda: apply_overrides(mapping, raw.headers, ["ignore="]),
        "--map 'name=Nope': no column 'Nope' in the sheet (it has: 'Employee ID', 'Name', "
        "'Title')": lambda: apply_overrides(mapping, raw.headers, ["name=Nope"]),
        f"{t}/h.csv has a header (row 1) but no data rows":
            lambda: build_project(header_only, guess_mapping(header_only.headers)),
        f"no column of {t}/u.csv is recognised as id, name or title (headers: 'foo', 'bar'); "
        "map them with --map field=Column":
            lambda: build_project(unknown, guess_mapping(unknown.headers)),
        "no scenario 'x' in the project":
            lambda: plan_update(project, raw, mapping, scenario="x"),
        "an update matches people by id, but no column is mapped to the id (map it with "
        "id=Column)": lambda: plan_update(project, no_ids, guess_mapping(no_ids.headers)),
        f"none of the ids in {t}/x.csv is in the project; is it the export of this "
        "organisation?": lambda: plan_update(project, stranger, guess_mapping(stranger.headers)),
        "no scenario 'zz' in the project": lambda: update_op(project, plan.changes, "zz"),
        "no unit 'E4' in scenario 'as-is' (changed since the comparison?)":
            lambda: update_op(gone, moved),
        "unit 'E2' has no person to update": lambda: update_op(nobody, renamed),
    }


def test_read_errors_are_templates_with_the_same_english(tmp_path: Path) -> None:
    for english, fn in read_error_cases(tmp_path).items():
        err = raised(fn)
        assert isinstance(err, ImportError_) and str(err) == english
        assert err.message.template in MARKED and err.message.params, english
    missing = raised(lambda: read_sheet(tmp_path / "missing.csv"))
    assert missing.message.template == "cannot read {path}: {reason}"
    assert str(missing).startswith(f"cannot read {tmp_path}/missing.csv: ")


def test_mapping_and_update_errors_are_templates(tmp_path: Path) -> None:
    for english, fn in other_error_cases(tmp_path).items():
        err = raised(fn)
        assert str(err) == english and err.message.template in MARKED, english
        # update_op refuses an edit; everything before it refuses the sheet
        assert isinstance(err, EditError if "'zz'" in english or "update" in english[-10:]
                          or "comparison" in english else ImportError_), english
    raw = read_sheet(tmp_path / "one.csv")
    bogus = raised(lambda: apply_overrides(guess_mapping(raw.headers), raw.headers, ["x=A"]))
    assert bogus.message.params["item"] == "x=A" and "{fields}" in bogus.message.template


# --- every site converted ----------------------------------------------------------------

#: Templates no test sheet reaches: a CSV the csv module rejects, a file over 512 MB and
#: a workbook without a visible sheet (openpyxl cannot write one).
UNREACHED = {
    "cannot read {path} as CSV: {reason}",
    "cannot read {path}: {size} MB is too large for an HR sheet",
    "{path} has no visible worksheet",
}

#: A sheet whose update changes every field an "updated" change names.
FIELDS_HEAD = ["Employee ID", "Name", "Manager ID", "Function", "Layer", "Notes", "Unit Kind",
               "Assistant Position", "Unit Name", "Phone", "Photo"]
FIELDS_OLD = [FIELDS_HEAD,
              ["E1", "Ann", "", "Board", "management", "", "department", "no", "Top", "1",
               "a.png"],
              ["E2", "Bo", "E1", "Sales", "support", "n1", "team", "no", "Sales team", "2",
               "b.png"]]
FIELDS_NEW = [FIELDS_HEAD, FIELDS_OLD[1],
              ["E2", "Bo", "E1", "Service", "front line", "n2", "position", "yes",
               "Service desk", "3", "c.png"]]


def test_every_marked_template_is_used(tmp_path: Path) -> None:
    """All sites are converted: every template marked in hr_*.py is what some text says,
    and no text of the HR import is a plain string."""
    seen: list[Message] = []
    for sub in ("a", "b", "c", "d", "e", "f"):
        (tmp_path / sub).mkdir()
    items = [*messy_import(tmp_path / "a").problems,
             *messy_import(tmp_path / "a", single_root=True).problems,
             *import_hr(write_csv(tmp_path / "one.csv", single_empty_rows())).problems,
             *import_hr(write_csv(tmp_path / "v.csv", [["ID", "Name", "Manager"],
                                                      ["E1", "Ann", ""], ["E2", "", "E1"],
                                                      ["E2", "Cy", "E1"]])).problems]
    for rows, sub in ((NEW, "b"), (NEW_CYCLE, "c")):
        _, plan = update_plan(tmp_path / sub, rows)
        items += [*plan.changes, *plan.problems]
    project = import_hr(write_csv(tmp_path / "d" / "old.csv", FIELDS_OLD)).project
    raw = read_sheet(write_csv(tmp_path / "d" / "new.csv", FIELDS_NEW))
    [fields] = plan_update(project, raw, guess_mapping(raw.headers)).changes
    assert str(fields) == ("updated    row 3: Bo (E2): function, layer, notes, kind, assistant, "
                           "unit name, phone, photo")
    items.append(fields)
    label = update_op(project, [fields]).label  # the undo-history label
    assert isinstance(label, Message) and str(label) == "Update from HR sheet"
    seen += messages_in(label)
    for item in items:
        seen += messages_in(item.located())
    for fn in [*read_error_cases(tmp_path / "e").values(),
               *other_error_cases(tmp_path / "f").values()]:
        seen += messages_in(raised(fn).message)
    seen += messages_in(raised(lambda: read_sheet(tmp_path / "missing.csv")).message)
    used = {m.template for m in seen}
    assert used <= MARKED, sorted(used - MARKED)  # no text is escaped English
    assert MARKED - used == UNREACHED, sorted(MARKED - used)
