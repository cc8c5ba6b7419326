"""Update from a newer HR export: the changes found, applied as one undoable step."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from orgdesign.edit import MoveUnit, apply
from orgdesign.io.hr_columns import DEPARTMENT_KEY
from orgdesign.io.hr_import import guess_mapping, import_hr, read_sheet
from orgdesign.io.hr_update import apply_update, diff_update, plan_update, update_op
from orgdesign.model import EditError, ImportError_, Unit, UnitKind, invariant_problems

HEAD = ["Employee ID", "Name", "Title", "Manager ID", "Department", "Email", "Grade"]
OLD = [HEAD,
       ["E1", "Ann Lee", "CEO", "", "Board", "ann@x", "G1"],
       ["E2", "Bo Chen", "Head of Sales", "E1", "Sales", "bo@x", "G2"],
       ["E3", "Cy Wu", "Sales rep", "E2", "Sales", "cy@x", "G3"],
       ["E4", "Di Ma", "Sales rep", "E2", "Sales", "di@x", "G3"],
       ["E5", "Ed Po", "Analyst", "E1", "Finance", "ed@x", "G3"],
       ["E6", "", "Analyst", "E5", "Finance", "", ""]]


def write(path: Path, rows: list[list[str]]) -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


@pytest.fixture
def project(tmp_path: Path):
    return import_hr(write(tmp_path / "old.csv", OLD)).project


def plan_for(project, tmp_path: Path, rows: list[list[str]]):
    raw = read_sheet(write(tmp_path / "new.csv", rows))
    return plan_update(project, raw, guess_mapping(raw.headers))


def changed(**edits: tuple[int, int, str]) -> list[list[str]]:
    rows = [list(r) for r in OLD]
    for row, col, text in edits.values():
        rows[row][col] = text
    return rows


def units(project) -> dict[str, Unit]:
    return {u.id: u for u in project.scenario().units}


def test_an_identical_sheet_changes_nothing(project, tmp_path: Path) -> None:
    plan = plan_for(project, tmp_path, OLD)
    assert plan.changes == [] and plan.problems == []


def test_every_kind_of_change_found_and_applied_as_one_step(project, tmp_path: Path) -> None:
    rows = [HEAD,
            ["E1", "Ann Lee", "CEO", "", "Board", "ann@new", "G1"],  # e-mail
            ["E2", "Bo Chen-Li", "Head of Sales", "E1", "Sales", "bo@x", "G2"],  # renamed
            ["E4", "Di Ma", "Sales rep", "E5", "Sales", "di@x", "G3"],  # moved
            ["E5", "Ed Po", "Analyst", "E1", "Controlling", "ed@x", "G3"],  # department
            ["E6", "Fei Xu", "Analyst", "E5", "Finance", "", ""],  # filled
            ["E7", "Gil Tan", "Trainee", "E4", "Sales", "gil@x", "G4"],  # joined
            ["E3", "Cy Wu", "Senior sales rep", "E2", "Sales", "cy@x", "G2"]]  # title, grade
    before = project.model_dump()
    plan = plan_for(project, tmp_path, rows)
    kinds = sorted((c.kind, c.key) for c in plan.changes)
    assert kinds == [("department", "E5"), ("filled", "E6"), ("joined", "E7"),
                     ("moved", "E4"), ("renamed", "E2"), ("retitled", "E3"),
                     ("updated", "E1"), ("updated", "E3")]
    assert plan.counts()["joined"] == 1
    moved = next(c for c in plan.changes if c.kind == "moved")
    assert moved.old == "Bo Chen (E2)" and moved.new == "Ed Po (E5)" and moved.row is not None
    inverse = apply_update(project, plan.changes)
    assert invariant_problems(project) == []
    us = units(project)
    people = {p.id: p for p in project.people}
    assert us["E4"].parent == "E5"
    assert us["E3"].title == "Senior sales rep" and us["E3"].name == "Senior sales rep"
    assert us["E3"].custom["Grade"] == "G2"
    assert us["E5"].custom[DEPARTMENT_KEY] == "Controlling"
    assert people[us["E2"].person].name == "Bo Chen-Li"
    assert people[us["E6"].person].name == "Fei Xu"
    assert people[us["E1"].person].email == "ann@new"
    assert us["E7"].parent == "E4" and people[us["E7"].person].name == "Gil Tan"
    assert plan_for(project, tmp_path, rows).changes == []  # applied: nothing left to do
    apply(project, inverse)  # one undo step restores everything
    assert project.model_dump() == before


def test_leaver_position_becomes_a_vacancy(project, tmp_path: Path) -> None:
    rows = [r for r in OLD if r[0] != "E2"]
    plan = plan_for(project, tmp_path, rows)
    [left] = [c for c in plan.changes if c.kind == "left"]
    assert left.key == "E2" and left.row is None and left.old == "Bo Chen"
    # The reports still name E2: the project knows it, so they stay without a problem.
    assert [p.code for p in plan.problems] == []
    apply_update(project, plan.changes)
    us = units(project)
    assert us["E2"].person is None and us["E2"].parent == "E1"
    assert us["E3"].parent == "E2"
    assert "Bo Chen" not in {p.name for p in project.people}
    assert plan_for(project, tmp_path, rows).changes == []


def test_vacated_row(project, tmp_path: Path) -> None:
    rows = changed(v=(4, 1, ""))
    plan = plan_for(project, tmp_path, rows)
    assert [(c.kind, c.key) for c in plan.changes] == [("vacated", "E4")]
    apply_update(project, plan.changes)
    assert units(project)["E4"].person is None


def test_moves_ignore_boxes_the_designer_added(project, tmp_path: Path) -> None:
    sc = project.scenario()
    apply(project, update_op(project, []))  # an empty update is a harmless no-op
    team = Unit(id="team-east", name="East team", kind=UnitKind.TEAM, parent="E2")
    sc.units.append(team)
    apply(project, MoveUnit("E3", "team-east"))
    assert plan_for(project, tmp_path, OLD).changes == []  # E3 still reports to E2


def test_sheet_without_a_column_never_clears_it(project, tmp_path: Path) -> None:
    rows = [[r[0], r[1], r[2], r[3]] for r in OLD]  # no department, email or grade
    assert plan_for(project, tmp_path, rows).changes == []


def test_unknown_new_manager_is_reported_and_the_unit_stays(project, tmp_path: Path) -> None:
    rows = changed(m=(3, 3, "E99"))
    plan = plan_for(project, tmp_path, rows)
    assert plan.changes == []
    [p] = plan.problems
    assert p.code == "unknown-manager" and p.rows == (4,) and "stays" in p.message


def test_joined_manager_and_report_in_any_order(project, tmp_path: Path) -> None:
    rows = [list(r) for r in OLD] + [["E9", "Ivy", "Rep", "E8", "", "", ""],
                                     ["E8", "Hu", "Lead", "E1", "", "", ""]]
    plan = plan_for(project, tmp_path, rows)
    assert sorted(c.key for c in plan.changes if c.kind == "joined") == ["E8", "E9"]
    apply_update(project, plan.changes)
    us = units(project)
    assert us["E9"].parent == "E8" and us["E8"].parent == "E1"
    # a subset without the joined manager parks the report instead of failing
    fresh = import_hr(write(tmp_path / "again.csv", OLD)).project
    plan = plan_for(fresh, tmp_path, rows)
    apply_update(fresh, [c for c in plan.changes if c.key == "E9"])
    assert units(fresh)["E9"].parked and units(fresh)["E9"].parent is None


def test_changes_on_a_project_changed_since_are_refused(project, tmp_path: Path) -> None:
    plan = plan_for(project, tmp_path, changed(t=(3, 2, "X")))
    project.scenario().units = [u for u in project.scenario().units if u.id != "E3"]
    with pytest.raises(EditError):
        update_op(project, plan.changes)


def test_diff_update_lists_the_changes(project, tmp_path: Path) -> None:
    raw = read_sheet(write(tmp_path / "n.csv", changed(t=(3, 2, "Lead"))))
    [c] = diff_update(project, raw, guess_mapping(raw.headers))
    assert c.kind == "retitled" and (c.old, c.new) == ("Sales rep", "Lead")
    assert c.to_dict()["row"] == 4 and "Lead" in str(c)


def test_a_move_that_would_close_a_cycle_is_reported_not_applied(project,
                                                                  tmp_path: Path) -> None:
    # E3 keeps its place (its new manager is unknown) while E2 would move under it.
    rows = changed(a=(3, 3, "E99"), b=(2, 3, "E3"))
    plan = plan_for(project, tmp_path, rows)
    assert [c.kind for c in plan.changes] == []
    assert sorted(p.code for p in plan.problems) == ["cycle", "unknown-manager"]
    cycle = next(p for p in plan.problems if p.code == "cycle")
    assert cycle.rows == (3,)
    apply_update(project, plan.changes)
    assert invariant_problems(project) == []


def test_the_wrong_sheet_is_refused_before_anyone_leaves(project, tmp_path: Path) -> None:
    other = [HEAD, ["X1", "Stranger", "CEO", "", "", "", ""]]
    with pytest.raises(ImportError_, match="none of the ids"):
        plan_for(project, tmp_path, other)
    no_ids = [["Name", "Title"], ["Ann Lee", "CEO"]]
    with pytest.raises(ImportError_, match="by id"):
        plan_for(project, tmp_path, no_ids)
    raw = read_sheet(write(tmp_path / "s.csv", OLD))
    with pytest.raises(ImportError_, match="scenario"):
        plan_update(project, raw, guess_mapping(raw.headers), scenario="nope")
