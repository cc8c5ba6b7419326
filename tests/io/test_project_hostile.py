"""Hostile files: each one gives a ProjectFileError with one clear line, nothing else."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from orgdesign.io import dumps_project, load_project, loads_project
from orgdesign.io import project_file as pf
from orgdesign.model import Project, ProjectFileError, Scenario, Unit, new_project


def _project_dict() -> dict:
    project = new_project(title="客户中心")
    project.scenarios[0].units = [Unit(id="u1", name="总经理"), Unit(id="u2", name="销售部",
                                                                   parent="u1")]
    return json.loads(dumps_project(project))


def _json_bytes(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def _with(change: Callable[[dict], None]) -> bytes:
    data = _project_dict()
    change(data)
    return _json_bytes(data)


def _units(data: dict) -> list:
    return data["scenarios"][0]["units"]


def _cycle(data: dict) -> None:
    _units(data)[0]["parent"] = "u2"


def _duplicate_ids(data: dict) -> None:
    _units(data)[1]["id"] = "u1"
    _units(data)[1]["parent"] = None


def _wrong_type(data: dict) -> None:
    _units(data)[1]["name"] = 5


def _nested_name(data: dict) -> None:
    # deep, but not deep enough to stop the JSON parser: validation must name it
    _units(data)[0]["name"] = json.loads("[" * 500 + "]" * 500)


def _truncated() -> bytes:
    text = dumps_project(new_project(title="截断的文件 " * 20)).encode("utf-8")
    return text[: len(text) // 2]


def _zip() -> bytes:
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("xl/workbook.xml", "<workbook/>")
    return buf.getvalue()


_LATIN1 = dumps_project(new_project(title="Jürgen Müllers Organisation")).encode("latin-1")

# name -> (file bytes, words the message must contain)
CASES: dict[str, tuple[Callable[[], bytes], list[str]]] = {
    "empty": (lambda: b"", ["empty"]),
    "whitespace": (lambda: b"  \n\t ", ["empty"]),
    "truncated": (_truncated, ["truncated"]),
    "truncated-mid-character": (lambda: "总经理".encode()[:-1], ["truncated", "middle of a character"]),
    "truncated-after-comma": (lambda: dumps_project(new_project()).encode()[:80],
                              ["truncated", "line"]),
    "truncated-in-string": (lambda: b'{"format": "orgdesign-pro', ["never closed", "truncated"]),
    "latin-1": (lambda: _LATIN1, ["not UTF-8", "byte"]),
    "utf-16-bom": (lambda: json.dumps(_project_dict()).encode("utf-16"), ["UTF-16"]),
    "utf-16-no-bom": (lambda: json.dumps(_project_dict()).encode("utf-16-le"),
                      ["not UTF-8", "NUL"]),
    "100k-nested-arrays": (lambda: b"[" * 100_000 + b"]" * 100_000, ["nested too deeply"]),
    "100k-nested-objects": (lambda: b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
                            ["nested too deeply"]),
    "nested-in-a-field": (lambda: _with(_nested_name),
                          ["$.scenarios[0].units[0].name", "should be text", "list of 1 item"]),
    "not-json": (lambda: b"hello, world", ["not valid JSON", "line 1, column 1"]),
    "bad-json-middle": (lambda: b'{"format": "orgdesign-project",, "x": 1}',
                        ["not valid JSON", "line 1, column 32"]),
    "json-list": (lambda: b"[1, 2, 3]", ["not an OrgDesign project", "list of 3 items"]),
    "json-null": (lambda: b"null", ["not an OrgDesign project"]),
    "json-string": (lambda: b'"orgdesign-project"', ["not an OrgDesign project"]),
    "no-format": (lambda: _with(lambda d: d.pop("format")), ["not an OrgDesign project",
                                                              "no format tag"]),
    "other-format": (lambda: _with(lambda d: d.update(format="drawio")),
                     ["not an OrgDesign project", "'drawio'"]),
    "zip": (_zip, ["ZIP", "not an OrgDesign project"]),
    "schema-99": (lambda: _with(lambda d: d.update(schema_version=99)),
                  ["made by a newer OrgDesign", "schema version 99",
                   "this version reads up to 1"]),
    "schema-repeated-later": (lambda: _with(lambda d: None)[:-1] + b', "schema_version": 99}',
                              ["has the key 'schema_version' twice in one object"]),
    "schema-string": (lambda: _with(lambda d: d.update(schema_version="1")),
                      ["schema_version should be a whole number", "'1'"]),
    "schema-missing": (lambda: _with(lambda d: d.pop("schema_version")), ["no schema_version"]),
    "schema-negative": (lambda: _with(lambda d: d.update(schema_version=-1)),
                        ["unknown schema version -1"]),
    "schema-huge-int": (lambda: _with(lambda d: d.update(schema_version=0)).replace(
        b'"schema_version": 0', b'"schema_version": ' + b"9" * 5000), ["number too long"]),
    "wrong-type": (lambda: _with(_wrong_type),
                   ["$.scenarios[0].units[1].name", "should be text", "got 5"]),
    "bad-enum": (lambda: _with(lambda d: _units(d)[0].update(kind="boss")),
                 ["$.scenarios[0].units[0].kind", "'boss'"]),
    "unknown-field": (lambda: _with(lambda d: _units(d)[0].update(salary=1)),
                      ["$.scenarios[0].units[0].salary", "unknown field"]),
    "missing-field": (lambda: _with(lambda d: _units(d)[0].pop("name")),
                      ["$.scenarios[0].units[0].name", "missing"]),
    "many-problems": (lambda: _with(lambda d: [u.update(name=1) for u in _units(d)]),
                      ["$.scenarios[0].units[0].name", "(and 1 more problem)"]),
    "bad-dict-key": (lambda: _with(lambda d: _units(d)[0].update(custom={"k" * 20_000: "v"})),
                     ["$.scenarios[0].units[0].custom['kkkk", "(key)", "at most 10000"]),
    "cycle": (lambda: _with(_cycle), ["reporting cycle", "'u1'", "'u2'"]),
    "duplicate-ids": (lambda: _with(_duplicate_ids), ["duplicate unit id 'u1'"]),
    "dangling-parent": (lambda: _with(lambda d: _units(d)[1].update(parent="ghost")),
                        ["unknown unit 'ghost'"]),
    "bad-active-scenario": (lambda: _with(lambda d: d.update(active_scenario="nope")),
                            ["active scenario 'nope' does not exist"]),
    "lone-surrogate-escape": (lambda: _with(lambda d: None).replace(
        "客户中心".encode(), b"\\ud800"), ["$.metadata.title", "broken character", "\\ud800"]),
}


def _assert_one_clear_line(error: ProjectFileError, path: str, words: list[str]) -> None:
    message = str(error)
    assert "\n" not in message and "\r" not in message
    assert message.startswith(path + ": ")
    assert len(message) < 400, message
    for word in words:
        assert word in message, (word, message)
    message.encode("utf-8")  # printable to a UTF-8 terminal (no lone surrogates)


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_file_gives_one_clear_line(tmp_path: Path, case: str) -> None:
    make, words = CASES[case]
    path = tmp_path / f"{case}.orgd"
    path.write_bytes(make())
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    _assert_one_clear_line(info.value, str(path), words)
    assert info.value.path == str(path)


@pytest.mark.parametrize("case", ["truncated-after-comma", "100k-nested-arrays", "cycle", "schema-99"])
def test_hostile_text_in_memory(case: str) -> None:
    make, words = CASES[case]
    with pytest.raises(ProjectFileError) as info:
        loads_project(make(), source="clipboard")
    _assert_one_clear_line(info.value, "clipboard", words)
    with pytest.raises(ProjectFileError):
        loads_project(make().decode("utf-8"), source="clipboard")


def test_50_mb_name(tmp_path: Path) -> None:
    path = tmp_path / "huge-name.orgd"
    head, tail = dumps_project(new_project(title="MARK")).encode().split(b"MARK")
    with open(path, "wb") as f:  # written in pieces to keep the test's own memory small
        f.write(head)
        chunk = "名字".encode() * (1 << 19)  # 3 MB
        for _ in range(17):
            f.write(chunk)
        f.write(tail)
    assert path.stat().st_size > 50_000_000
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    _assert_one_clear_line(info.value, str(path),
                           ["$.metadata.title", "at most 10000 characters", "17,825,792"])


def test_missing_file_folder_and_size_cap(tmp_path: Path, monkeypatch) -> None:
    missing = tmp_path / "gone.orgd"
    with pytest.raises(ProjectFileError) as info:
        load_project(missing)
    _assert_one_clear_line(info.value, str(missing), ["no such file"])

    folder = tmp_path / "folder.orgd"
    folder.mkdir()
    with pytest.raises(ProjectFileError) as info:
        load_project(folder)
    _assert_one_clear_line(info.value, str(folder), ["is a folder"])

    big = tmp_path / "big.orgd"
    big.write_bytes(dumps_project(new_project()).encode())
    monkeypatch.setattr(pf, "MAX_FILE_BYTES", 100)
    with pytest.raises(ProjectFileError) as info:
        load_project(big)
    _assert_one_clear_line(info.value, str(big), ["too large", "limit"])
    with pytest.raises(ProjectFileError, match="too large"):
        loads_project("x" * 101)


def test_unexpected_exception_still_becomes_project_file_error(tmp_path, monkeypatch) -> None:
    path = tmp_path / "ok.orgd"
    path.write_bytes(dumps_project(new_project()).encode())

    def boom(project: Project) -> None:
        raise KeyError("surprise\nwith a newline")

    monkeypatch.setattr(pf, "check_project", boom)
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    _assert_one_clear_line(info.value, str(path), ["KeyError", "surprise"])


def test_undecodable_file_name_is_escaped(tmp_path: Path) -> None:
    name = "bad-\udcff.orgd"  # what os.fsdecode makes of a non-UTF-8 byte
    with pytest.raises(ProjectFileError) as info:
        load_project(tmp_path / name)
    message = str(info.value)
    message.encode("utf-8")
    assert "\\udcff" in message and "no such file" in message


def test_hostile_project_cannot_break_the_scenario_model() -> None:
    # A sanity check of the fixture itself: the untouched project loads.
    project = loads_project(_json_bytes(_project_dict()))
    assert isinstance(project.scenarios[0], Scenario)
    assert [u.id for u in project.scenarios[0].units] == ["u1", "u2"]


@pytest.mark.parametrize("head", ["current", "old"])
def test_a_key_given_twice_is_refused_not_overwritten(head: str) -> None:
    # the fast path (a current file) and the careful path (an older schema) both refuse
    text = dumps_project(new_project(title="T"))
    if head == "old":
        text = text.replace('"schema_version": 1', '"schema_version": 0', 1)
        assert '"schema_version": 0' in text
    unit = '{"id": "u1", "name": "总经理", "name": "销售部"}'
    text = text.replace('"units": []', f'"units": [{unit}]', 1)
    with pytest.raises(ProjectFileError) as err:
        loads_project(text, "dup.orgd")
    assert str(err.value) == ("dup.orgd: has the key 'name' twice in the object with id 'u1'; "
                              "it is unclear which one is meant, so nothing was loaded")
    assert "\n" not in str(err.value)


def test_a_repeated_top_level_key_is_refused() -> None:
    text = dumps_project(new_project(title="T")).replace('"metadata"', '"x": 1, "x": 2, '
                                                         '"metadata"', 1)
    with pytest.raises(ProjectFileError, match="has the key 'x' twice in one object"):
        loads_project(text, "dup.orgd")
