"""Copy/paste of subtrees, undo-history labels, and the cost of an edit on a big chart."""

from __future__ import annotations

import time

import pytest

from orgdesign.edit import (
    AddFunction,
    AddUnit,
    Batch,
    DeletePromote,
    DeleteSubtree,
    MoveUnit,
    ParkUnit,
    RemovePerson,
    ReorderUnit,
    SetActiveScenario,
    UnparkUnit,
    UpdateUnit,
    apply,
    assign_person,
    copy_subtree,
    describe,
    paste_subtree,
    unassign_person,
)
from orgdesign.model import EditError, Function, TreeIndex, Unit, check_project
from orgdesign.samples.synthetic import random_project


def test_copy_subtree_is_depth_first_and_detached(project):
    units = copy_subtree(project, None, "ceo")
    assert [u.id for u in units] == ["ceo", "sales", "s1", "s2", "service", "hotline", "asst",
                                     "it"]
    units[0].name = "changed"
    assert project.scenario().units[0].name == "总经理"
    with pytest.raises(EditError, match="no unit 'nope'"):
        copy_subtree(project, None, "nope")


def test_paste_subtree_fresh_ids_vacancies_same_shape(project, roundtrip):
    units = copy_subtree(project, None, "sales")
    op = paste_subtree(project, None, units, "service", 0)
    assert describe(op) == "Paste 3 units"
    roundtrip(project, op)
    tree = TreeIndex(project.scenario())
    pasted = tree.kids("service")[0]
    assert pasted not in {"sales", "hotline"}
    assert [tree.units[c].name for c in tree.kids(pasted)] == ["华东销售代表", "华南销售代表"]
    copies = [tree.units[uid] for uid in tree.walk(pasted)]
    assert all(u.person is None for u in copies)  # a person fills one position only
    assert copies[0].function == "f-sales"
    assert len(tree.units) == 13
    # pasting the same clipboard twice gives different ids again
    apply(project, paste_subtree(project, None, units, None))
    assert len(TreeIndex(project.scenario()).placed_roots()) == 2


def test_paste_several_roots_and_into_another_scenario(project, roundtrip):
    units = copy_subtree(project, None, "s1") + copy_subtree(project, None, "it")
    roundtrip(project, paste_subtree(project, "to-be", units, "back", None))
    names = [u.name for u in project.scenario("to-be").units if u.parent == "back"]
    assert names == ["华东销售代表", "IT 支持"]
    # the function id exists in the project, so it is kept
    assert project.scenario("to-be").units[-1].function == "f-it"


def test_paste_refusals(project):
    units = copy_subtree(project, None, "sales")
    with pytest.raises(EditError, match="nothing to paste"):
        paste_subtree(project, None, [], "ceo")
    with pytest.raises(EditError, match="no unit 'nope'"):
        paste_subtree(project, None, units, "nope")
    with pytest.raises(EditError, match="out of range"):
        paste_subtree(project, None, units, "ceo", 9)
    with pytest.raises(EditError, match="twice"):
        paste_subtree(project, None, units + units, "ceo")


def test_describe_names_objects(project):
    assert describe(AddUnit(Unit(id="x", name="市场部"), parent="ceo")) == "Add unit '市场部'"
    assert describe(MoveUnit("it", "service"), project) == "Move 'IT 支持' under '客服中心'"
    assert describe(MoveUnit("it", None), project) == "Move 'IT 支持' to the top level"
    assert describe(MoveUnit("it", "service")) == "Move 'it' under 'service'"
    assert describe(DeleteSubtree("sales"), project) == "Delete '销售部'"
    assert describe(DeletePromote("sales"), project).startswith("Delete '销售部' and promote")
    assert describe(ReorderUnit("it", 0), project) == "Reorder 'IT 支持'"
    assert describe(ParkUnit("it"), project) == "Park 'IT 支持'"
    assert describe(UnparkUnit("old", "ceo"), project) == "Place '旧项目组' under '总经理'"
    assert describe(assign_person("s2", "p-chen"), project) == "Assign '陈静' to '华南销售代表'"
    assert describe(unassign_person("s1"), project) == "Unassign the person of '华东销售代表'"
    assert describe(UpdateUnit("s1", {"name": "新"}), project) == "Rename '华东销售代表' to '新'"
    assert describe(UpdateUnit("s1", {"notes": "x"}), project) == "Edit '华东销售代表'"
    assert describe(RemovePerson("p-li"), project) == "Remove person '李娜'"
    assert describe(AddFunction(Function(id="f", name="财务"))) == "Add function '财务'"
    assert describe(SetActiveScenario("to-be"), project) == "Switch to scenario '目标'"
    assert describe(Batch([ParkUnit("it")]), project) == "Park 'IT 支持'"
    assert describe(Batch([ParkUnit("it")], label="导入")) == "导入"
    assert describe(UpdateUnit("s1", {"name": "x"}, scenario="to-be"), project) == \
        "Rename 's1' to 'x'"
    assert describe(apply(project, DeleteSubtree("asst"))) == "Restore 1 unit"
    # a compound edit's inverse keeps its label: it is the same history entry
    assert describe(apply(project, DeleteSubtree("sales"))) == "Delete '销售部'"


def test_edits_stay_local_on_a_big_chart():
    """No edit runs the whole-project check: each costs a few linear passes."""
    project = random_project(20_000, seed=3)
    sc = project.scenario()
    mid = sc.units[len(sc.units) // 2].id
    ops = [
        AddUnit(Unit(id="new", name="新部门"), parent="u1", index=0),
        MoveUnit(mid, "u2"),
        ParkUnit("u5"),
        UpdateUnit("u7", {"name": "改名"}),
        DeletePromote("u3"),
        DeleteSubtree("u1"),
    ]
    inverses = []
    start = time.perf_counter()
    for op in ops:
        inverses.append(apply(project, op))
    for inverse in reversed(inverses):
        apply(project, inverse)
    elapsed = time.perf_counter() - start
    check_project(project)
    # 12 edits; the whole-project check alone takes ~0.15 s at this size
    assert elapsed < 2.0, elapsed
