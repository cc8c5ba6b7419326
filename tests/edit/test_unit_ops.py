"""Unit edits: add, delete, promote, move, reorder, park, update, and their refusals."""

from __future__ import annotations

import pytest

from orgdesign.edit import (
    AddUnit,
    Batch,
    DeletePromote,
    DeleteSubtree,
    MoveUnit,
    ParkUnit,
    ReorderUnit,
    Splice,
    UnparkUnit,
    UpdateUnit,
    UpdateUnits,
    add_assistant,
    add_child,
    add_sibling,
    apply,
    assign_person,
    unassign_person,
)
from orgdesign.model import EditError, Layer, Project, TreeIndex, Unit, UnitKind


def kids(project: Project, uid: str | None, scenario: str | None = None) -> list[str]:
    return TreeIndex(project.scenario(scenario)).children.get(uid, [])


def unit(project: Project, uid: str, scenario: str | None = None) -> Unit:
    return next(u for u in project.scenario(scenario).units if u.id == uid)


def ids(project: Project, scenario: str | None = None) -> set[str]:
    return {u.id for u in project.scenario(scenario).units}


def refused(project: Project, op, match: str) -> None:
    """Assert ``op`` is refused with a message matching ``match`` and nothing changed."""
    before = project.model_dump()
    with pytest.raises(EditError, match=match):
        apply(project, op)
    assert project.model_dump() == before


# --- add ---------------------------------------------------------------------------


def test_add_child_at_each_sibling_index(project, roundtrip):
    assert kids(project, "ceo") == ["sales", "service", "asst", "it"]
    for index in range(5):
        p = project.model_copy(deep=True)
        roundtrip(p, AddUnit(Unit(id="new", name="市场部"), parent="ceo", index=index))
        expected = ["sales", "service", "asst", "it"]
        expected.insert(index, "new")
        assert kids(p, "ceo") == expected
        assert unit(p, "new").parent == "ceo"


def test_add_child_appends_by_default_and_to_a_leaf(project, roundtrip):
    roundtrip(project, add_child("it", Unit(id="dev", name="开发组")))
    roundtrip(project, add_child("it", Unit(id="ops", name="运维组")))
    assert kids(project, "it") == ["dev", "ops"]
    # the unit's own parent field is ignored: the op's parent wins
    roundtrip(project, AddUnit(Unit(id="x", name="X", parent="sales"), parent="it", index=0))
    assert kids(project, "it") == ["x", "dev", "ops"]


def test_add_roots_placed_and_parked(project, roundtrip):
    roundtrip(project, AddUnit(Unit(id="board", name="董事会")))
    assert TreeIndex(project.scenario()).placed_roots() == ["ceo", "board"]
    roundtrip(project, AddUnit(Unit(id="lot", name="待定", parked=True), index=0))
    assert TreeIndex(project.scenario()).parked_roots() == ["lot", "old"]


def test_add_sibling_and_assistant(project, roundtrip):
    roundtrip(project, add_sibling(project, "sales", Unit(id="mkt", name="市场部")))
    assert kids(project, "ceo") == ["sales", "mkt", "service", "asst", "it"]
    roundtrip(project, add_sibling(project, "old", Unit(id="old2", name="旧组二")))
    assert unit(project, "old2").parked
    assert TreeIndex(project.scenario()).parked_roots() == ["old", "old2"]
    roundtrip(project, add_assistant("sales", Unit(id="sa", name="销售助理")))
    assert unit(project, "sa").assistant and kids(project, "sales")[-1] == "sa"


def test_add_in_another_scenario(project, roundtrip):
    inverse = roundtrip(project, add_child("front", Unit(id="kam", name="大客户经理"),
                                           scenario="to-be"))
    assert "kam" in ids(project, "to-be") and "kam" not in ids(project)
    assert inverse.scenario == "to-be"


@pytest.mark.parametrize("op, match", [
    (AddUnit(Unit(id="x", name="X"), parent="nope"), "no unit 'nope'"),
    (AddUnit(Unit(id="s1", name="dup")), "duplicate unit id 's1'"),
    (AddUnit(Unit(id="x", name="X", function="f-nope"), parent="ceo"), "unknown function"),
    (AddUnit(Unit(id="x", name="X", person="p-nope"), parent="ceo"), "unknown person"),
    (AddUnit(Unit(id="x", name="X", person="p-li"), parent="ceo"), "already fills unit '销售部'"),
    (AddUnit(Unit(id="x", name="X", parked=True), parent="ceo"), "parked"),
    (AddUnit(Unit(id="x", name="X"), parent="ceo", index=5), "out of range"),
    (AddUnit(Unit(id="x", name="X"), parent="ceo", index=-1), "out of range"),
    (AddUnit(Unit(id="x", name="X"), scenario="nope"), "no scenario 'nope'"),
])
def test_add_refusals(project, op, match):
    refused(project, op, match)


# --- delete ------------------------------------------------------------------------


def test_delete_subtree_drops_lines_and_contacts_keeps_soft_refs(project, roundtrip):
    roundtrip(project, DeleteSubtree("sales"))
    sc = project.scenario()
    assert not {"sales", "s1", "s2"} & ids(project)
    assert [ln.id for ln in sc.lines] == []  # every line touched the subtree
    assert [s.contacts for s in sc.segments] == [[], ["hotline"]]
    # soft references stay: RACI roles and process steps keep the unit ids
    assert [r.unit for r in project.raci_matrices[0].roles] == ["sales", "s1"]
    assert project.processes[0].steps[0].unit == "s1"
    # the other scenario is untouched
    assert ids(project, "to-be") == {"ceo", "front", "back"}


def test_delete_leaf_and_parked_subtree(project, roundtrip):
    roundtrip(project, DeleteSubtree("s2"))
    assert kids(project, "sales") == ["s1"]
    roundtrip(project, DeleteSubtree("old"))
    assert TreeIndex(project.scenario()).parked_roots() == []
    refused(project, DeleteSubtree("old"), "no unit 'old'")


def test_delete_whole_tree(project, roundtrip):
    roundtrip(project, DeleteSubtree("ceo"))
    assert ids(project) == {"old", "old1"}


def test_delete_promote_moves_reports_into_the_slot(project, roundtrip):
    roundtrip(project, DeletePromote("sales"))
    assert kids(project, "ceo") == ["s1", "s2", "service", "asst", "it"]
    assert unit(project, "s1").parent == "ceo"
    sc = project.scenario()
    assert [ln.id for ln in sc.lines] == ["ln-1", "ln-2", "ln-3"][1:]  # ln-1 ended at sales
    assert sc.segments[0].contacts == []


def test_delete_promote_roots(project, roundtrip):
    roundtrip(project, DeletePromote("old"))
    tree = TreeIndex(project.scenario())
    assert tree.parked_roots() == ["old1"] and unit(project, "old1").parked
    roundtrip(project, DeletePromote("ceo"))
    tree = TreeIndex(project.scenario())
    assert tree.placed_roots() == ["sales", "service", "asst", "it"]
    assert not unit(project, "sales").parked


def test_delete_promote_when_a_report_stands_before_its_parent(project, roundtrip):
    sc = project.scenario()
    # list order is free: put s2 ahead of its parent
    s2 = sc.units.pop(4)
    sc.units.insert(0, s2)
    assert kids(project, "sales") == ["s2", "s1"]
    roundtrip(project, DeletePromote("sales"))
    assert kids(project, "ceo") == ["s2", "s1", "service", "asst", "it"]


# --- move, reorder -----------------------------------------------------------------


def test_move_under_new_parent_at_index(project, roundtrip):
    roundtrip(project, MoveUnit("it", "service", 0))
    assert kids(project, "service") == ["it", "hotline"]
    assert kids(project, "ceo") == ["sales", "service", "asst"]
    roundtrip(project, MoveUnit("s1", "service"))
    assert kids(project, "service") == ["it", "hotline", "s1"]
    assert unit(project, "s1").parent == "service"


def test_move_to_top_level_and_parked_into_tree(project, roundtrip):
    roundtrip(project, MoveUnit("service", None))
    assert TreeIndex(project.scenario()).placed_roots() == ["ceo", "service"]
    roundtrip(project, MoveUnit("old", "it", 0))
    old = unit(project, "old")
    assert old.parent == "it" and not old.parked
    assert kids(project, "old") == ["old1"]


@pytest.mark.parametrize("op, match", [
    (MoveUnit("sales", "sales"), "inside its subtree"),
    (MoveUnit("sales", "s1"), "cannot place unit '销售部' under '华东销售代表'"),
    (MoveUnit("ceo", "hotline"), "inside its subtree"),
    (MoveUnit("nope", "ceo"), "no unit 'nope'"),
    (MoveUnit("s1", "nope"), "no unit 'nope'"),
    (MoveUnit("s1", "service", 2), "out of range"),
])
def test_move_refusals(project, op, match):
    refused(project, op, match)


def test_reorder_each_index(project, roundtrip):
    for index, expected in enumerate([["it", "sales", "service", "asst"],
                                      ["sales", "it", "service", "asst"],
                                      ["sales", "service", "it", "asst"],
                                      ["sales", "service", "asst", "it"]]):
        p = project.model_copy(deep=True)
        roundtrip(p, ReorderUnit("it", index))
        assert kids(p, "ceo") == expected
    refused(project, ReorderUnit("it", 4), "out of range")


def test_reorder_roots_stays_among_its_kind(project, roundtrip):
    apply(project, AddUnit(Unit(id="lot", name="lot", parked=True)))
    roundtrip(project, ReorderUnit("lot", 0))
    tree = TreeIndex(project.scenario())
    assert tree.parked_roots() == ["lot", "old"] and tree.placed_roots() == ["ceo"]


# --- parking lot -------------------------------------------------------------------


def test_park_and_unpark(project, roundtrip):
    inverse = roundtrip(project, ParkUnit("sales"))
    sales = unit(project, "sales")
    assert sales.parked and sales.parent is None
    assert kids(project, "sales") == ["s1", "s2"]  # the subtree went with it
    assert TreeIndex(project.scenario()).parked_roots() == ["old", "sales"]
    # the inverse remembers where it stood
    assert isinstance(inverse, Splice)
    assert inverse.insert[0][1].parent == "ceo"
    roundtrip(project, UnparkUnit("sales", "service", 1))
    assert kids(project, "service") == ["hotline", "sales"]
    assert not unit(project, "sales").parked
    roundtrip(project, ParkUnit("it", index=0))
    assert TreeIndex(project.scenario()).parked_roots() == ["it", "old"]
    roundtrip(project, UnparkUnit("it"))
    assert TreeIndex(project.scenario()).placed_roots() == ["ceo", "it"]


def test_park_undo_restores_original_place(project):
    before = project.model_dump()
    inverse = apply(project, ParkUnit("service"))
    apply(project, inverse)
    assert project.model_dump() == before
    assert kids(project, "ceo") == ["sales", "service", "asst", "it"]


def test_park_refusals(project):
    refused(project, ParkUnit("old"), "already in the parking lot")
    refused(project, UnparkUnit("sales", "ceo"), "not in the parking lot")
    refused(project, UnparkUnit("old", "old1"), "inside its subtree")
    refused(project, ParkUnit("nope"), "no unit 'nope'")


# --- update ------------------------------------------------------------------------


def test_update_fields_validated_and_inverse_holds_old_values(project, roundtrip):
    inverse = roundtrip(project, UpdateUnit("s1", {"name": "华东大区经理", "kind": "team",
                                                   "layer": "support", "color": "#AABBCC",
                                                   "custom": {"级别": "P7"}}))
    s1 = unit(project, "s1")
    assert s1.name == "华东大区经理" and s1.kind is UnitKind.TEAM and s1.layer is Layer.SUPPORT
    assert s1.custom == {"级别": "P7"}
    # s1 heads a RACI column, so the rename carries the column along in a Batch
    if isinstance(inverse, Batch):
        inverse = inverse.ops[0]
    assert inverse == UpdateUnit("s1", {"name": "华东销售代表", "kind": UnitKind.POSITION,
                                        "layer": None, "color": None, "custom": {}},
                                 scenario="as-is")


@pytest.mark.parametrize("changes, match", [
    ({"id": "x"}, "cannot change 'id'"),
    ({"parent": "it"}, "cannot change 'parent'"),
    ({"parked": True}, "cannot change 'parked'"),
    ({"colour": "#000000"}, "no field 'colour'"),
    ({"color": "red"}, "invalid value .*color"),
    ({"kind": "tribe"}, "invalid value .*kind"),
    ({"name": None}, "invalid value .*name"),
    ({"function": "f-nope"}, "unknown function 'f-nope'"),
    ({"person": "p-nope"}, "unknown person 'p-nope'"),
    ({"person": "p-wang"}, "already fills unit '总经理'"),
])
def test_update_refusals(project, changes, match):
    refused(project, UpdateUnit("s1", changes), match)


def test_update_unknown_unit_or_scenario(project):
    refused(project, UpdateUnit("nope", {"name": "x"}), "no unit 'nope' in scenario 'as-is'")
    refused(project, UpdateUnit("s1", {"name": "x"}, scenario="to-be"), "no unit 's1'")
    refused(project, UpdateUnits({"s1": {"name": "x"}, "nope": {"name": "y"}}), "no unit 'nope'")


def test_assign_and_unassign_person(project, roundtrip):
    roundtrip(project, assign_person("s2", "p-chen"))
    assert unit(project, "s2").person == "p-chen"
    refused(project, assign_person("it", "p-chen"), "already fills unit '华南销售代表'")
    roundtrip(project, unassign_person("s2"))
    roundtrip(project, assign_person("it", "p-chen"))
    # the same person may fill a position in another scenario
    roundtrip(project, assign_person("back", "p-chen", scenario="to-be"))


def test_update_units_bulk_swaps_people(project, roundtrip):
    # one at a time a swap is refused; in one bulk op the final state is what counts
    refused(project, UpdateUnit("sales", {"person": "p-zhang"}), "already fills")
    roundtrip(project, UpdateUnits({"sales": {"person": "p-zhang"},
                                    "s1": {"person": "p-li"}}))
    assert unit(project, "sales").person == "p-zhang" and unit(project, "s1").person == "p-li"
    refused(project, UpdateUnits({"s2": {"person": "p-chen"}, "it": {"person": "p-chen"}}),
            "already fills")
