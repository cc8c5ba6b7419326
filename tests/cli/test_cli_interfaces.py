"""The interfaces, suggest and handoffs commands: output, JSON keys, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from orgdesign.cli import main
from orgdesign.io.project_file import load_project, save_project
from orgdesign.samples.registry import build_sample


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def crm_file(tmp_path: Path) -> Path:
    path = tmp_path / "crm.orgd"
    save_project(build_sample("crm", "zh"), path, backup=False)
    return path


def test_interfaces_json(capsys, crm_file: Path) -> None:
    code, out, err = run(capsys, "interfaces", str(crm_file), "--json")
    assert code == 0 and err == ""
    data = json.loads(out)
    assert {"total", "within", "groups", "matrix", "pairs", "processes"} <= data.keys()
    assert data["total"] == 11 and data["within"] == 1
    assert [p["interfaces"] for p in data["processes"]] == [8, 3]
    n = len(data["groups"])
    assert len(data["matrix"]) == n and all(len(r) == n for r in data["matrix"])
    assert sum(p["count"] for p in data["pairs"]) == 11
    assert "销售" in {g["name"] for g in data["groups"]}


def test_interfaces_text_and_one_process(capsys, crm_file: Path) -> None:
    project = load_project(crm_file)
    second = project.processes[1]
    code, out, _ = run(capsys, "interfaces", str(crm_file), "--process", second.name)
    assert code == 0
    assert second.name in out and project.processes[0].name not in out
    assert "total" in out and "matrix" in out
    code, out, _ = run(capsys, "interfaces", str(crm_file), "--process", second.id, "--json",
                       "--by", "unit")
    data = json.loads(out)
    assert data["by"] == "unit" and [p["id"] for p in data["processes"]] == [second.id]


def test_interfaces_unknown_process_and_scenario_exit_2(capsys, crm_file: Path) -> None:
    code, out, err = run(capsys, "interfaces", str(crm_file), "--process", "No such process")
    assert code == 2 and out == ""
    assert err.startswith("orgdesign: error: no process named 'No such process'")
    assert err.count("\n") == 1
    code, _, err = run(capsys, "interfaces", str(crm_file), "--scenario", "nope")
    assert code == 2 and "no scenario 'nope'" in err


def test_suggest_json_and_apply(capsys, crm_file: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "suggest", str(crm_file), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["after"] <= data["before"] == 11
    assert data["before"] + sum(m["delta"] for m in data["moves"]) == data["after"]
    target = tmp_path / "suggested.orgd"
    code, out, _ = run(capsys, "suggest", str(crm_file), "--groups", "4", "--max-size", "6",
                       "--apply", "建议方案", "-o", str(target))
    assert code == 0 and "建议方案" in out
    project = load_project(target)
    assert [s.name for s in project.scenarios][-1] == "建议方案"
    code, out, _ = run(capsys, "interfaces", str(target), "--scenario", "suggested", "--json")
    applied = json.loads(out)
    code, out, _ = run(capsys, "suggest", str(crm_file), "--groups", "4", "--max-size", "6",
                       "--json")
    assert applied["total"] == json.loads(out)["after"]


def test_suggest_bad_options_exit_2(capsys, crm_file: Path) -> None:
    code, _, err = run(capsys, "suggest", str(crm_file), "--min-size", "5", "--max-size", "2")
    assert code == 2 and "size bounds" in err
    code, _, err = run(capsys, "suggest", str(crm_file), "--apply", "X")
    assert code == 2 and "-o" in err


LOG = """case,activity,group,timestamp
c1,Order,Sales,2024-03-01T09:00:00+08:00
c1,Ship,Logistics,2024-03-01T03:00:00Z
c2,Order,Sales,2024-03-01T10:00:00Z
,Lost,Sales,2024-03-01T10:00:00Z
c2,Bill,,2024-03-01T10:30:00Z
c1,Bill,Finance,bad
"""


def test_handoffs_json_keys_and_values(capsys, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(LOG, encoding="utf-8")
    code, out, _ = run(capsys, "handoffs", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert {"events", "cases", "successions", "handoffs", "within", "pairs", "per_case"} <= \
        data.keys()
    assert (data["events"], data["cases"], data["successions"]) == (4, 2, 2)
    assert (data["handoffs"], data["within"]) == (2, 0)
    # c1: 09:00+08:00 is 01:00Z, before the 03:00Z shipment
    assert data["pairs"] == [
        {"from": "Sales", "to": "(none)", "count": 1, "mean_wait_s": 1800.0},
        {"from": "Sales", "to": "Logistics", "count": 1, "mean_wait_s": 7200.0}]
    assert data["per_case"] == {"mean": 1.0, "max": 1, "zero": 0}
    assert [s["line"] for s in data["skipped"]] == [5, 7]


def test_handoffs_text_named_columns_and_add_process(capsys, tmp_path: Path) -> None:
    path = tmp_path / "log.csv"
    path.write_text(LOG.replace("case,activity,group,timestamp", "Fall,Tätigkeit,Team,Zeit"),
                    encoding="utf-8")
    code, _, err = run(capsys, "handoffs", str(path))
    assert code == 2 and "--case" in err
    project_file = tmp_path / "p.orgd"
    save_project(build_sample("crm", "en"), project_file, backup=False)
    out_file = tmp_path / "with-process.orgd"
    code, out, _ = run(capsys, "handoffs", str(path), "--case", "Fall", "--activity", "Tätigkeit",
                       "--group", "Team", "--timestamp", "Zeit", "--add-to", str(project_file),
                       "--process-name", "Mined", "-o", str(out_file))
    assert code == 0
    assert "4 events in 2 cases" in out and "Sales → Logistics" in out
    assert "skipped 2 rows: line 5: missing case id" in out
    mined = load_project(out_file).processes[-1]
    assert mined.name == "Mined" and [s.name for s in mined.steps] == ["Order", "Ship", "Bill"]
    assert mined.steps[0].unit is not None  # "Sales" names a unit of the CRM sample


def test_handoffs_unreadable_log_exit_2(capsys, tmp_path: Path) -> None:
    code, out, err = run(capsys, "handoffs", str(tmp_path / "missing.xes"))
    assert code == 2 and out == "" and err.startswith("orgdesign: error: cannot read")
    bad = tmp_path / "evil.xes"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE log [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   '<log><trace><string key="concept:name" value="&x;"/></trace></log>',
                   encoding="utf-8")
    code, _, err = run(capsys, "handoffs", str(bad), "--json")
    assert code == 2 and "document type" in err and "root:" not in err


def test_commands_run_as_a_program(tmp_path: Path, crm_file: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "orgdesign", "interfaces", str(crm_file),
                          "--json"], capture_output=True, text=True, encoding="utf-8", check=False)
    assert res.returncode == 0 and json.loads(res.stdout)["total"] == 11
    res = subprocess.run([sys.executable, "-m", "orgdesign", "interfaces", str(crm_file),
                          "--process", "nope"], capture_output=True, text=True, check=False)
    assert res.returncode == 2 and res.stderr.startswith("orgdesign: error: no process named")
