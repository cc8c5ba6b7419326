"""The core commands: sample, new, info, check, and the error contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orgdesign.cli import main

INFO_KEYS = {"units", "people", "vacancies", "roots", "depth", "max_span", "functions",
             "processes", "raci_matrices", "parking_lot"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_list_names_the_three_samples(capsys) -> None:
    code, out, _ = run(capsys, "sample", "--list", "--json")
    assert code == 0
    assert [d["name"] for d in json.loads(out)] == ["bakery", "crm", "callcenter"]


def test_newcomer_flow_in_chinese(capsys, tmp_path: Path) -> None:
    target = tmp_path / "crm.orgd"
    assert run(capsys, "sample", "crm", "--lang", "zh", "-o", str(target))[0] == 0
    code, out, _ = run(capsys, "info", str(target))
    assert code == 0
    assert "销售" in out and "units 48" in out
    code, out, _ = run(capsys, "info", str(target), "--json")
    data = json.loads(out)
    assert INFO_KEYS <= data.keys()
    assert data["units"] == 48 and data["people"] + data["vacancies"] <= data["units"]
    assert "客户服务" in data["functions"]
    assert data["parking_lot"] == 1 and data["processes"] == 2 and data["raci_matrices"] == 1


def test_info_counts_a_hand_built_tree(capsys, tmp_path: Path) -> None:
    from orgdesign.io.project_file import save_project
    from orgdesign.model import Function, Person, Unit, UnitKind, new_project

    p = new_project("t")
    p.functions = [Function(id="f", name="Sales", customer_facing=True)]
    p.people = [Person(id="p1", name="Ann")]
    sc = p.scenario()
    sc.units = [
        Unit(id="a", name="CEO", person="p1", kind=UnitKind.POSITION),
        Unit(id="b", name="Sales", parent="a", kind=UnitKind.DEPARTMENT, function="f"),
        Unit(id="c", name="Rep", parent="b"),
        Unit(id="d", name="Rep", parent="b"),
        Unit(id="e", name="Rep", parent="d"),
        Unit(id="x", name="Parked", parked=True),
        Unit(id="y", name="Parked child", parent="x"),
    ]
    path = tmp_path / "t.orgd"
    save_project(p, path)
    data = json.loads(run(capsys, "info", str(path), "--json")[1])
    assert (data["units"], data["people"], data["vacancies"]) == (7, 1, 5)
    assert (data["roots"], data["depth"], data["max_span"]) == (1, 3, 2)
    assert data["parking_lot"] == 2 and data["functions"] == ["Sales"]


def test_check_exit_codes(capsys, tmp_path: Path) -> None:
    from orgdesign.io.project_file import save_project
    from orgdesign.model import Process, Step, new_project

    good = tmp_path / "good.orgd"
    assert run(capsys, "new", "-o", str(good))[0] == 0
    code, out, _ = run(capsys, "check", str(good), "--json")
    assert code == 0 and json.loads(out)["errors"] == 0
    bad = new_project()
    bad.processes = [Process(id="pr", name="Order", strategic=True,
                             steps=[Step(id="s", name="Take", unit="ghost")])]
    save_project(bad, tmp_path / "bad.orgd")
    code, out, _ = run(capsys, "check", str(tmp_path / "bad.orgd"), "--json")
    data = json.loads(out)
    assert code == 1 and data["errors"] >= 1
    assert all({"code", "severity", "message", "object"} <= p.keys() for p in data["problems"])


HOSTILE = {
    "truncated": b'{"format": "orgdesign-project", "schema_version": 1, "scen',
    "latin1": '{"format": "orgdesign-project", "x": "Müller"}'.encode("latin-1"),
    "nested": b"[" * 100_000 + b"]" * 100_000,
    "version": b'{"format": "orgdesign-project", "schema_version": 99}',
    "notjson": b"hello",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_exits_2_with_one_line(capsys, tmp_path: Path, name: str) -> None:
    path = tmp_path / f"{name}.orgd"
    path.write_bytes(HOSTILE[name])
    code, out, err = run(capsys, "info", str(path))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("orgdesign: error: ")
    assert "Traceback" not in err


def test_bad_arguments_exit_2(capsys, tmp_path: Path) -> None:
    for argv in (["info"], ["frobnicate"], ["sample", "nosuch", "-o", str(tmp_path / "x")],
                 ["info", str(tmp_path / "missing.orgd")], ["sample", "crm", "--lang", "fr"]):
        code, _, err = run(capsys, *argv)
        assert code == 2, argv
        assert len(err.strip().splitlines()) == 1 and err.startswith("orgdesign: error: ")


def test_module_entry_point_and_version() -> None:
    proc = subprocess.run([sys.executable, "-m", "orgdesign", "--version"],
                          capture_output=True, text=True)
    from orgdesign import __version__
    assert proc.returncode == 0 and proc.stdout.strip() == f"orgdesign {__version__}"


def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    path = tmp_path / "x.orgd"
    path.write_text("nope")
    proc = subprocess.run([sys.executable, "-m", "orgdesign", "--debug", "info", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode != 0 and "Traceback" in proc.stderr


def test_shipped_samples_equal_the_builders() -> None:
    from orgdesign.io.project_file import dumps_project
    from orgdesign.resources import resource_path
    from orgdesign.samples.registry import build_sample, sample_names
    from orgdesign.samples.write import LANGS, sample_filename

    for name in sample_names():
        for lang in LANGS:
            shipped = resource_path("samples", sample_filename(name, lang)).read_text("utf-8")
            assert shipped == dumps_project(build_sample(name, lang)), (name, lang)
