"""Schema migrations: the hand-written version-0 fixture loads as version 1."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from orgdesign.io import MIGRATIONS, dumps_project, load_project, loads_project, migrate
from orgdesign.model import SCHEMA_VERSION, ProjectFileError

V0 = Path(__file__).parent / "fixtures" / "v0_project.orgd"


def _v0() -> dict:
    return json.loads(V0.read_text(encoding="utf-8"))


def test_every_old_version_has_a_step() -> None:
    assert sorted(MIGRATIONS) == list(range(SCHEMA_VERSION))


def test_v0_fixture_loads_into_one_as_is_scenario() -> None:
    project = load_project(V0)
    assert project.schema_version == SCHEMA_VERSION
    assert [(s.id, s.name) for s in project.scenarios] == [("as-is", "As-is")]
    assert project.active_scenario == "as-is"
    sc = project.scenario()
    assert [(u.id, u.parent) for u in sc.units] == [
        ("u-gm", None), ("u-sales", "u-gm"), ("u-hotline", "u-gm"), ("u-agent", "u-hotline")]
    assert sc.units[0].name == "总经理" and sc.units[3].person == "p-li"
    assert sc.segments[0].contacts == ["u-hotline"]
    assert sc.lines[0].label == "投诉转交"
    assert project.metadata.author == "王芳"
    assert project.processes[0].flows[0].interface.procedure == "每日交接会"
    assert project.raci_matrices[0].cells == {"a-1": {"r-gm": "A", "r-client": "I"}}


def test_migrated_project_saves_as_current_version_and_round_trips() -> None:
    project = load_project(V0)
    again = loads_project(dumps_project(project))
    assert again.model_dump() == project.model_dump()
    assert json.loads(dumps_project(project))["schema_version"] == SCHEMA_VERSION


def test_migrate_does_not_modify_its_input() -> None:
    data = _v0()
    before = copy.deepcopy(data)
    out = migrate(data)
    assert data == before
    assert "units" not in out and "manager" not in json.dumps(out)
    assert out["schema_version"] == SCHEMA_VERSION


def test_current_version_is_left_alone() -> None:
    data = {"schema_version": SCHEMA_VERSION, "anything": [1]}
    assert migrate(data) == data


def test_v0_unit_with_both_manager_and_parent_is_reported_not_merged(tmp_path) -> None:
    data = _v0()
    data["units"][1]["parent"] = "u-gm"  # manager stays: validation names it
    path = tmp_path / "both.orgd"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    message = str(info.value)
    assert "$.scenarios[0].units[1].manager: unknown field" in message
    assert "upgrading the file from schema version 0" in message and "\n" not in message


def test_v0_file_with_scenarios_is_refused(tmp_path) -> None:
    data = _v0() | {"scenarios": []}
    path = tmp_path / "odd.orgd"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert str(info.value).startswith(f"{path}: schema version 0 has no scenarios")


def test_v0_with_broken_reference_names_it(tmp_path) -> None:
    data = _v0()
    data["units"][3]["manager"] = "u-nobody"
    path = tmp_path / "dangling.orgd"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectFileError, match="reports to unknown unit 'u-nobody'"):
        load_project(path)


def test_missing_step_is_a_project_file_error(monkeypatch) -> None:
    monkeypatch.delitem(MIGRATIONS, 0)
    with pytest.raises(ProjectFileError, match="cannot upgrade"):
        loads_project(V0.read_bytes(), source="v0")


def test_step_that_crashes_is_a_project_file_error(monkeypatch) -> None:
    def broken(data: dict) -> dict:
        return data["no such key"]

    monkeypatch.setitem(MIGRATIONS, 0, broken)
    with pytest.raises(ProjectFileError) as info:
        loads_project(V0.read_bytes(), source="v0")
    assert str(info.value).startswith("v0: cannot upgrade from schema version 0: KeyError")
