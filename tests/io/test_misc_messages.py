"""Event-log, project-file and RACI-workbook messages keep their template and their English.

Each error carries a :class:`Message` whose ``str()`` is the exact English line
the CLI prints; rendered through a marking "translator" every word of it must
come from a template (no English clause may hide in a parameter).
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook

from orgdesign.export.raci_xlsx import export_raci_xlsx
from orgdesign.io import dumps_project, load_project, loads_project, save_project
from orgdesign.io.event_log import SkippedRow, read_event_log
from orgdesign.io.migrations import migrate
from orgdesign.io.raci_xlsx_import import (
    apply_raci_import,
    import_raci_workbook,
    read_raci_workbook,
)
from orgdesign.io.recovery import RecoveryEntry, load_recovery
from orgdesign.model import (
    ImportError_,
    ModelError,
    ProjectFileError,
    RaciMatrix,
    new_project,
)
from orgdesign.model.messages import Message, render
from orgdesign.samples.registry import build_sample


def marked(message: Message) -> str:
    """``message`` as a translator that wraps every template in «» would show it."""
    return render("«" + message.template + "»", message.params, marked)


def unmarked_words(message: Message) -> list[str]:
    """Words (3+ ASCII letters) outside every «template» once ``message`` is marked.

    Parameters (file names, values echoed from the file, OS and library texts) are
    blanked first, so what is left outside the marks is an English fragment that no
    template holds.
    """
    blanked = Message(message.template, {
        k: _blank(v) if isinstance(v, Message) else "" for k, v in message.params.items()})
    text, depth, outside = marked(blanked), 0, []
    for ch in text:
        depth += ch == "«"
        depth -= ch == "»"
        outside.append(ch if depth == 0 else " ")
    return re.findall(r"[A-Za-z]{3,}", "".join(outside))


def _blank(message: Message) -> Message:
    return Message(message.template, {
        k: _blank(v) if isinstance(v, Message) else "" for k, v in message.params.items()})


def templates(message: Message) -> list[str]:
    """The template of ``message`` and of every nested message, outermost first."""
    out = [message.template]
    for v in message.params.values():
        if isinstance(v, Message):
            out += templates(v)
    return out


# --- event logs ------------------------------------------------------------------------


LOG = """case,activity,group,timestamp
1,Order,Sales,2024-03-01T09:00:00Z
,Order,Sales,2024-03-01T10:00:00Z
2,Order,Sales,
3,Order,Sales,next tuesday
"""


def test_skipped_rows_carry_templates_and_the_same_english(tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    log = read_event_log(path)
    assert [(s.line, s.reason) for s in log.skipped] == [
        (3, "missing case id"), (4, "missing timestamp"),
        (5, "unparsable timestamp 'next tuesday'")]
    assert [s.message.template for s in log.skipped] == [
        "missing case id", "missing timestamp", "unparsable timestamp {stamp!r}"]
    assert log.skipped[2].message.params == {"stamp": "next tuesday"}
    assert [s.to_dict() for s in log.skipped][2] == {
        "line": 5, "reason": "unparsable timestamp 'next tuesday'"}
    # plain text is still accepted (kept as a message without parameters)
    assert SkippedRow(7, "odd {row}").reason == "odd {row}"


def test_xes_skipped_rows_carry_templates(tmp_path: Path) -> None:
    path = tmp_path / "log.xes"
    path.write_text('<log><trace><string key="concept:name" value="c1"/>'
                    '<event><date key="time:timestamp" value="bad"/></event>'
                    "<event/></trace></log>", encoding="utf-8")
    log = read_event_log(path)
    assert [s.reason for s in log.skipped] == ["unparsable timestamp 'bad'", "missing timestamp"]
    assert log.skipped[1].message.template == "missing timestamp"


@pytest.mark.parametrize(("header", "role"), [("activity,group,timestamp", "case"),
                                              ("case,activity,timestamp", "group"),
                                              ("case,activity,group", "timestamp")])
def test_each_missing_column_has_its_own_sentence(tmp_path: Path, header: str,
                                                  role: str) -> None:
    path = tmp_path / "x.csv"
    path.write_text(header + "\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ImportError_) as info:
        read_event_log(path)
    err = info.value
    assert str(err) == (f"cannot tell which column of {path} holds the {role} (columns: "
                        f"{header.replace(',', ', ')}); name it with --{role}")
    assert err.message.template.endswith(f"name it with --{role}")
    assert err.message.params == {"source": str(path), "columns": header.replace(",", ", ")}
    assert err.column == role and unmarked_words(err.message) == []


def test_event_log_read_errors_are_templates(tmp_path: Path) -> None:
    cases = []
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    cases.append((lambda: read_event_log(tmp_path / "empty.csv"),
                  f"{tmp_path / 'empty.csv'} is empty or has no header row"))
    cases.append((lambda: read_event_log(tmp_path / "gone.csv"),
                  f"cannot read {tmp_path / 'gone.csv'}: No such file or directory"))
    (tmp_path / "a.csv").write_text(LOG, encoding="utf-8")
    cases.append((lambda: read_event_log(tmp_path / "a.csv", fmt="json"),
                  "unknown event log format 'json' (csv or xes)"))
    cases.append((lambda: read_event_log(tmp_path / "a.csv", case="Nope"),
                  "the log has no column 'Nope' (columns: case, activity, group, timestamp)"))
    (tmp_path / "b.xes").write_text("<log><trace></log>", encoding="utf-8")
    cases.append((lambda: read_event_log(tmp_path / "b.xes"),
                  f"{tmp_path / 'b.xes'} is not well-formed XML: mismatched tag (line 1)"))
    (tmp_path / "d.xes").write_text('<?xml version="1.0"?>\n<!DOCTYPE log [<!ENTITY a "b">]>'
                                    "\n<log/>", encoding="utf-8")
    cases.append((lambda: read_event_log(tmp_path / "d.xes"),
                  f"{tmp_path / 'd.xes'} declares a document type (DTD) at line 2; XES logs "
                  "need none and entity declarations are refused for safety"))
    for call, english in cases:
        with pytest.raises(ImportError_) as info:
            call()
        assert str(info.value) == english
        assert info.value.message.params, english  # a template, not a fixed text
        assert unmarked_words(info.value.message) == [], english


# --- project files ------------------------------------------------------------------------


def _data() -> dict:
    return json.loads(dumps_project(new_project(title="客户中心")))


def _load(data: object, source: str = "clip.orgd") -> ProjectFileError:
    with pytest.raises(ProjectFileError) as info:
        loads_project(json.dumps(data, ensure_ascii=False), source=source)
    return info.value


def test_project_errors_name_the_file_in_a_template() -> None:
    err = _load([1, 2, 3])
    assert str(err) == ("clip.orgd: is not an OrgDesign project "
                        "(it holds a list of 3 items, not a JSON object)")
    assert templates(err.message) == [
        "{source}: {problem}",
        "is not an OrgDesign project (it holds {value}, not a JSON object)",
        "a list of {count:,} items"]
    assert err.message.params["source"] == "clip.orgd"
    assert marked(err.message) == ("«clip.orgd: «is not an OrgDesign project "
                                   "(it holds «a list of 3 items», not a JSON object)»»")


@pytest.mark.parametrize(("change", "english"), [
    (lambda d: d.pop("format"),
     "is not an OrgDesign project (it has no format tag; expected 'orgdesign-project')"),
    (lambda d: d.update(format={"a": 1}),
     "is not an OrgDesign project (it has format an object with 1 field; "
     "expected 'orgdesign-project')"),
    (lambda d: d.update(format="x" * 70),
     f"is not an OrgDesign project (it has format {'x' * 60!r}... (70 characters); "
     "expected 'orgdesign-project')"),
    (lambda d: d.pop("schema_version"), "has no schema_version"),
    (lambda d: d.update(schema_version="1"), "schema_version should be a whole number, got '1'"),
    (lambda d: d.update(schema_version=10**70),
     "was made by a newer OrgDesign (schema version a very large number; this version reads "
     "up to 1); please update OrgDesign"),
    (lambda d: d.update(schema_version=-2), "has an unknown schema version -2"),
    (lambda d: d["scenarios"][0].update(units=[{"id": "a", "name": 5}, {"id": "b", "name": 6},
                                               {"id": "c", "name": [1]}]),
     "$.scenarios[0].units[0].name: should be text, got 5 (and 2 more problems)"),
    (lambda d: d["scenarios"][0].update(units=[{"id": "a", "name": 5}, {"id": "b", "name": 6}]),
     "$.scenarios[0].units[0].name: should be text, got 5 (and 1 more problem)"),
    (lambda d: d["metadata"].update(title="x" * 10_001),
     "$.metadata.title: String should have at most 10000 characters (this one has 10,001)"),
    (lambda d: d.update(active_scenario="nope"), None),
])
def test_project_problems_keep_their_english(change, english: str | None) -> None:
    data = _data()
    change(data)
    err = _load(data)
    if english is not None:
        assert str(err) == "clip.orgd: " + english
    assert err.message.template == "{source}: {problem}"
    assert isinstance(err.message.params["problem"], Message)
    assert unmarked_words(err.message) == [], str(err)


def test_upgrade_problems_nest_the_migration_message() -> None:
    v0 = {"format": "orgdesign-project", "schema_version": 0, "scenarios": []}
    err = _load(v0)
    assert str(err) == ("clip.orgd: schema version 0 has no scenarios, yet this file has some; "
                        "is its schema_version wrong?")
    assert templates(err.message)[1].startswith("schema version 0 has no scenarios")
    bad = {"format": "orgdesign-project", "schema_version": 0,
           "units": [{"id": "a", "name": 5}]}
    err = _load(bad)
    assert str(err) == ("clip.orgd: $.scenarios[0].units[0].name: should be text, got 5 "
                        "(after upgrading the file from schema version 0)")
    assert templates(err.message)[1] == ("{problem} (after upgrading the file from schema "
                                         "version {version})")
    with pytest.raises(ProjectFileError) as info:
        migrate({"schema_version": -4})
    assert str(info.value) == "unknown schema version -4; cannot upgrade it"
    assert info.value.message.params == {"version": -4}


def test_file_level_errors_are_templates(tmp_path: Path) -> None:
    gone = tmp_path / "gone.orgd"
    with pytest.raises(ProjectFileError) as info:
        load_project(gone)
    assert str(info.value) == f"{gone}: no such file"
    assert templates(info.value.message) == ["{source}: {problem}", "no such file"]
    with pytest.raises(ProjectFileError) as info:
        loads_project(b'{"a": "\xfc"}', source="s")
    assert str(info.value) == ("s: is not UTF-8 text (byte 7: 0xFC); "
                               "OrgDesign project files are UTF-8")
    assert info.value.message.params["problem"].params == {"byte": 7, "value": 0xFC}
    with pytest.raises(ProjectFileError) as info:
        loads_project('{"format": "orgdesign-project", "x": [1, 2', source="s")
    assert str(info.value) == ("s: ends too early at line 1, column 43; the file looks "
                               "truncated (Expecting ',' delimiter)")
    assert unmarked_words(info.value.message) == []
    with pytest.raises(ProjectFileError) as info:
        save_project(new_project(), tmp_path)
    assert str(info.value) == f"{tmp_path}: is a folder; cannot save the project over it"
    with pytest.raises(ProjectFileError) as info:
        load_recovery(RecoveryEntry(tmp_path / "r.orgd-recovery", None, __import__(
            "datetime").datetime.now()))
    assert str(info.value) == (f"{tmp_path / 'r.orgd-recovery'}: cannot read the recovery "
                               "file: No such file or directory")
    assert templates(info.value.message)[1] == "cannot read the recovery file: {error}"


def test_messages_stay_one_line_and_exact_for_odd_file_names(tmp_path: Path) -> None:
    # Blanks are flattened in each part; a name ending in a blank keeps the exact English.
    for name, shown in [("two  spaces.orgd", "two spaces.orgd"),
                        ("line\nbreak.orgd", "line break.orgd"),
                        ("trailing.orgd ", "trailing.orgd ")]:
        with pytest.raises(ProjectFileError) as info:
            load_project(tmp_path / name)
        assert str(info.value) == f"{tmp_path / shown}: no such file"
        assert "\n" not in str(info.value.message)
        if not name.endswith(" "):
            assert info.value.message.params["source"] == str(tmp_path / shown)


# --- RACI workbooks -------------------------------------------------------------------------


@pytest.fixture()
def book(tmp_path: Path):
    project = build_sample("crm", "en")
    matrix = project.raci_matrices[0]
    path = tmp_path / "r.xlsx"
    export_raci_xlsx(project, matrix, path)
    return project, path


def _edited(path: Path, change) -> Path:
    wb = load_workbook(path)
    change(wb)
    out = path.with_name("edited.xlsx")
    wb.save(out)
    return out


@pytest.mark.parametrize(("change", "english", "template"), [
    (lambda wb: wb["RACI"].cell(6, 4, "Q"),
     "RACI!D6: 'Q' is not a letter of RACI (letters: R, A, C, I)",
     "{letter!r} is not a letter of {scheme} (letters: {letters})"),
    (lambda wb: wb["RACI"].cell(6, 4, "C/I"),
     "RACI!D6: 'C/I' is not an allowed combination in RACI (allowed: A/R)",
     "{combination!r} is not an allowed combination in {scheme} (allowed: {allowed})"),
    (lambda wb: wb["_orgdesign"].cell(5, 2, "ZZZ"),
     "_orgdesign!B5: unknown RACI scheme 'ZZZ'; known: RACI, RASCI, RACI-VS, CAIRO, DACI",
     "unknown RACI scheme {name!r}; known: {known}"),
    (lambda wb: wb["_orgdesign"].cell(2, 2, 7),
     "_orgdesign!B2: workbook format version 7 is not one this OrgDesign reads "
     "(it reads 1 to 1)", None),
    (lambda wb: setattr(wb["RACI"], "title", "Other"),
     "sheet 'RACI' is missing from the workbook", None),
    (lambda wb: wb["RACI"].merge_cells("D6:E7"),
     "RACI!D6:E7: merged cells over the matrix; unmerge them and import again", None),
])
def test_workbook_errors_are_templates(book, change, english: str, template: str | None) -> None:
    project, path = book
    with pytest.raises(ImportError_) as info:
        import_raci_workbook(_edited(path, change), project)
    err = info.value
    assert str(err) == english
    if template is not None:
        assert templates(err.message) == ["{source}: {problem}", template]
    assert err.message.params and unmarked_words(err.message) == []


def test_the_two_missing_columns_are_two_sentences(book) -> None:
    project, path = book
    for tag, what in (("col:group", "process"), ("col:activity", "activity")):
        def change(wb, tag=tag):
            for c in wb["RACI"][4]:
                if c.value == tag:
                    c.value = None

        with pytest.raises(ImportError_) as info:
            import_raci_workbook(_edited(path, change), project)
        assert str(info.value) == f"RACI!4:4: the {what} column is missing"
        assert info.value.message.template == (
            f"{{sheet}}!{{row}}:{{row}}: the {what} column is missing")


def test_scheme_mismatch_and_other_files(book) -> None:
    project, path = book
    project.raci_matrices[0].scheme = "RASCI"
    with pytest.raises(ImportError_) as info:
        import_raci_workbook(path, project)
    assert str(info.value) == ("_orgdesign!B5: the workbook uses scheme RACI, the project's "
                               "matrix 'RACI: lead to cash' uses RASCI")
    assert info.value.message.params["matrix"] == "RACI: lead to cash"
    with pytest.raises(ImportError_) as info:
        read_raci_workbook(io.BytesIO(b"no zip"))
    assert str(info.value) == "the file is not an Excel workbook (.xlsx): BadZipFile"
    assert unmarked_words(info.value.message) == []
    with pytest.raises(ModelError) as info:
        apply_raci_import(project, "x", RaciMatrix(id="y", name="Y"))
    assert str(info.value) == "the imported matrix is 'y', not 'x'"
    assert info.value.message.params == {"new": "y", "old": "x"}
