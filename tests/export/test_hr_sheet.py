"""HR sheet export: our own export imports back to the same tree, people and fields."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from orgdesign import __version__
from orgdesign.export.hr_sheet import csv_bytes, export_hr_sheet, sheet_table
from orgdesign.io.hr_columns import protect_csv_cell, unprotect_csv_cell
from orgdesign.io.hr_import import import_hr
from orgdesign.model import (
    Function,
    Layer,
    LineKind,
    OrgDesignError,
    Person,
    Project,
    SecondaryLine,
    Unit,
    UnitKind,
    invariant_problems,
    new_project,
)

#: Unit fields an HR sheet does not carry (presentation only).
NOT_IN_SHEET = {"function", "color", "collapsed", "compact"}


def assert_same_organisation(a: Project, b: Project) -> None:
    """Same units in the same order with the same fields, people, functions and lines."""
    sa, sb = a.scenario(), b.scenario()
    fa = {f.id: f for f in a.functions}
    fb = {f.id: f for f in b.functions}
    pa = {p.id: p for p in a.people}
    pb = {p.id: p for p in b.people}
    assert [u.id for u in sa.units] == [u.id for u in sb.units]
    for ua, ub in zip(sa.units, sb.units, strict=True):
        assert ua.model_dump(exclude=NOT_IN_SHEET) == ub.model_dump(exclude=NOT_IN_SHEET)
        if ua.function is None:
            assert ub.function is None, ua.id
        else:
            f, g = fa[ua.function], fb[ub.function]
            assert (f.name, f.customer_facing) == (g.name, g.customer_facing), ua.id
        if ua.person is not None:
            assert pa[ua.person] == pb[ub.person]
    key = lambda ln: (ln.source, ln.target, ln.kind, ln.label)  # noqa: E731
    assert sorted(map(key, sa.lines)) == sorted(map(key, sb.lines))
    assert invariant_problems(b) == []


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_every_sample_round_trips(sample_project: Project, tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"staff{ext}"
    rows = export_hr_sheet(sample_project, path)
    assert rows == len(sample_project.scenario().units)
    result = import_hr(path)
    assert_same_organisation(sample_project, result.project)
    assert result.language == sample_project.metadata.language
    parked = [u for u in sample_project.scenario().units if u.parked]
    assert all(p.code == "parked" for p in result.problems)
    assert len(result.problems) == len(parked)


def test_csv_is_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    from orgdesign.samples.registry import build_sample

    path = tmp_path / "zh.csv"
    export_hr_sheet(build_sample("bakery", "zh"), path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + "工号".encode())
    assert b"\r\n" in data and data.decode("utf-8-sig")


HOSTILE = ["=1+1", "+86 21 5555", "-", "@SUM(A1)", "x\ty", "'=quoted", "''=2", "'plain",
           "<b>&amp;</b>", "a,b\"c", "两行\n文字"]


def _hostile_project() -> Project:
    p = new_project("Hostile")
    p.functions = [Function(id="f1", name="=HYPERLINK(\"x\")")]
    p.people = [Person(id=f"p{i}", name=t, email=t, phone=t, custom={"=k": t})
                for i, t in enumerate(HOSTILE)]
    p.scenario().units = [
        Unit(id=f"=u{i}", name=t, title=t, parent=None if i == 0 else "=u0",
             function="f1" if i % 2 else None, person=f"p{i}", notes=t,
             custom={"department": t, "location": t, "=c": t, "Title": t})
        for i, t in enumerate(HOSTILE)]
    return p


@pytest.mark.parametrize("ext", [".csv", ".xlsx"])
def test_formula_like_text_is_written_as_text(tmp_path: Path, ext: str) -> None:
    project = _hostile_project()
    path = tmp_path / f"h{ext}"
    export_hr_sheet(project, path)
    if ext == ".xlsx":
        wb = load_workbook(path)
        assert wb.properties.creator == f"OrgDesign {__version__}"
        ws = wb.active
        cells = [c for row in ws.iter_rows() for c in row if c.value is not None]
        assert cells and all(c.data_type == "s" for c in cells)
    else:
        text = path.read_text(encoding="utf-8-sig")
        assert "'=1+1" in text and "'+86 21 5555" in text and "'''=2" in text
        assert "\n=" not in text and ",=" not in text
    assert_same_organisation(project, import_hr(path).project)


def test_protection_is_exactly_inverted() -> None:
    for text in HOSTILE + ["\tx", "", "'", "''", "x'=", "'-'", "=", "'\r"]:
        assert unprotect_csv_cell(protect_csv_cell(text)) == text
        assert not protect_csv_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_custom_keys_that_look_like_fields_keep_their_meaning() -> None:
    headers, _ = sheet_table(_hostile_project())
    assert "Custom: Title" in headers and "=c" in headers
    assert headers.count("Title") == 1 and "Person: =k" in headers


def test_control_characters_do_not_break_the_workbook(tmp_path: Path) -> None:
    p = new_project("ctl")
    p.people = [Person(id="p1", name="A\x00B\x07C")]
    p.scenario().units = [Unit(id="u1", name="Box\x1f", person="p1")]
    path = tmp_path / "c.xlsx"
    export_hr_sheet(p, path)
    result = import_hr(path)
    assert result.project.people[0].name == "ABC"


def test_bad_targets_are_refused_and_leave_nothing(tmp_path: Path) -> None:
    p = _hostile_project()
    with pytest.raises(OrgDesignError, match=r"\.csv or \.xlsx"):
        export_hr_sheet(p, tmp_path / "x.pdf")
    with pytest.raises(OrgDesignError, match="scenario"):
        export_hr_sheet(p, tmp_path / "x.csv", scenario="nope")
    with pytest.raises(OrgDesignError, match="cannot write"):
        export_hr_sheet(p, tmp_path / "no" / "such" / "x.csv")
    target = tmp_path / "keep.csv"
    target.write_text("old")
    export_hr_sheet(p, target)
    assert list(tmp_path.iterdir()) == [target]  # no temporary file left behind


def test_chinese_headers_on_request() -> None:
    headers, _ = sheet_table(_hostile_project(), language="zh")
    assert headers[:4] == ["工号", "姓名", "职位", "上级工号"]


def test_csv_bytes_quotes_delimiters_and_newlines() -> None:
    data = csv_bytes(["A", "B"], [["x,y", "two\nlines"]]).decode("utf-8-sig")
    assert data == 'A,B\r\n"x,y","two\nlines"\r\n'


# --- random trees --------------------------------------------------------------------

_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
                max_size=12).map(str.strip)
_NAME = _TEXT.filter(lambda t: t != "" and t.casefold() not in
                     {"vacant", "vacancy", "tbd", "to be hired", "open", "open position", "n/a",
                      "空缺", "待招", "待招聘", "空岗", "暂缺"})


@st.composite
def organisations(draw: st.DrawFn) -> Project:
    n = draw(st.integers(1, 14))
    p = new_project("Random", language=draw(st.sampled_from(["en", "zh"])))
    p.functions = [Function(id=f"f{i}", name=f"Function {i}", customer_facing=draw(st.booleans()))
                   for i in range(3)]
    units: list[Unit] = []
    people: list[Person] = []
    for i in range(n):
        parked = i > 0 and draw(st.integers(0, 9)) == 0
        parent = None if i == 0 or parked else f"u{draw(st.integers(0, i - 1))}"
        if parent is not None and units[int(parent[1:])].parked and draw(st.booleans()):
            parent = None
        person = None
        if draw(st.booleans()):
            person = f"p{i}"
            people.append(Person(id=person, name=draw(_NAME), email=draw(_TEXT),
                                 custom=draw(st.dictionaries(st.sampled_from(["Hobby", "=x"]),
                                                             _NAME, max_size=1))))
        units.append(Unit(
            id=f"u{i}", name=draw(_NAME), title=draw(_TEXT),
            kind=draw(st.sampled_from(list(UnitKind))), parent=parent,
            function=draw(st.sampled_from([None, "f0", "f1", "f2"])),
            layer=draw(st.sampled_from([None, *Layer])), person=person, parked=parked,
            assistant=draw(st.booleans()), notes=draw(_TEXT),
            custom=draw(st.dictionaries(st.sampled_from(["department", "location", "Grade",
                                                         "Title", "成本中心"]), _NAME,
                                        max_size=2))))
    p.people = people
    p.scenario().units = units
    if n > 1 and draw(st.booleans()):
        p.scenario().lines = [SecondaryLine(id="l1", source="u1", target="u0",
                                            kind=draw(st.sampled_from(list(LineKind))),
                                            label=draw(_TEXT))]
    return p


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(project=organisations(), ext=st.sampled_from([".csv", ".xlsx"]))
def test_random_trees_round_trip(tmp_path: Path, project: Project, ext: str) -> None:
    assert invariant_problems(project) == []
    path = tmp_path / f"r{ext}"
    export_hr_sheet(project, path)
    assert_same_organisation(project, import_hr(path).project)
