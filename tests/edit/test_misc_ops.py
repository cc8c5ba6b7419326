"""People, functions, segments, lines, processes, scenarios, batches and splices."""

from __future__ import annotations

import pytest

from orgdesign.edit import (
    AddFunction,
    AddLine,
    AddPerson,
    AddProcess,
    AddScenario,
    AddSegment,
    AddUnit,
    Batch,
    MoveUnit,
    RemoveFunction,
    RemoveLine,
    RemovePerson,
    RemoveProcess,
    RemoveScenario,
    RemoveSegment,
    SetActiveScenario,
    Splice,
    UpdateFunction,
    UpdateLine,
    UpdatePerson,
    UpdateProcess,
    UpdateScenario,
    UpdateSegment,
    UpdateUnit,
    apply,
    copy_scenario,
)
from orgdesign.model import (
    CustomerSegment,
    EditError,
    Flow,
    Function,
    LineKind,
    Person,
    Process,
    Project,
    Scenario,
    SecondaryLine,
    Step,
    Unit,
)


def refused(project: Project, op, match: str) -> None:
    before = project.model_dump()
    with pytest.raises(EditError, match=match):
        apply(project, op)
    assert project.model_dump() == before


def person_of(project: Project, uid: str, scenario: str | None = None) -> str | None:
    return next(u.person for u in project.scenario(scenario).units if u.id == uid)


# --- people ------------------------------------------------------------------------


def test_add_update_remove_person(project, roundtrip):
    roundtrip(project, AddPerson(Person(id="p-zhao", name="赵磊"), index=0))
    assert project.people[0].name == "赵磊"
    roundtrip(project, UpdatePerson("p-zhao", {"email": "zhao@example.cn", "name": "赵 磊"}))
    assert project.people[0].email == "zhao@example.cn"
    roundtrip(project, RemovePerson("p-zhao"))
    assert "p-zhao" not in {p.id for p in project.people}


def test_remove_assigned_person_leaves_vacancies_everywhere(project, roundtrip):
    roundtrip(project, RemovePerson("p-li"))
    assert person_of(project, "sales") is None
    assert person_of(project, "front", "to-be") is None


def test_person_refusals(project):
    refused(project, AddPerson(Person(id="p-li", name="dup")), "duplicate person id 'p-li'")
    refused(project, RemovePerson("p-nope"), "no person 'p-nope'")
    refused(project, UpdatePerson("p-li", {"id": "p-x"}), "cannot change 'id'")
    refused(project, UpdatePerson("p-li", {"name": "x" * 20_000}), "invalid value")
    refused(project, AddPerson(Person(id="p-x", name="x"), index=9), "out of order or range")


# --- functions ---------------------------------------------------------------------


def test_add_update_remove_function(project, roundtrip):
    roundtrip(project, AddFunction(Function(id="f-mkt", name="市场 Marketing")))
    roundtrip(project, UpdateFunction("f-mkt", {"color": "#123456", "customer_facing": True}))
    assert project.functions[-1].customer_facing
    roundtrip(project, RemoveFunction("f-mkt"))
    assert len(project.functions) == 4


def test_remove_used_function_clears_units_and_undo_restores(project, roundtrip):
    roundtrip(project, RemoveFunction("f-sales"))
    for sc in project.scenarios:
        assert all(u.function != "f-sales" for u in sc.units)


def test_function_refusals(project):
    refused(project, AddFunction(Function(id="f-it", name="dup")), "duplicate function id")
    refused(project, UpdateFunction("f-it", {"color": "blue"}), "invalid value .*color")
    refused(project, RemoveFunction("f-nope"), "no function 'f-nope'")


# --- segments and lines ------------------------------------------------------------


def test_segments(project, roundtrip):
    roundtrip(project, AddSegment(CustomerSegment(id="seg-gov", name="政府客户",
                                                  contacts=["service"]), index=1))
    assert [s.id for s in project.scenario().segments] == ["seg-b2b", "seg-gov", "seg-b2c"]
    roundtrip(project, UpdateSegment("seg-gov", {"contacts": ["sales", "hotline"]}))
    roundtrip(project, RemoveSegment("seg-b2b"))
    refused(project, AddSegment(CustomerSegment(id="x", name="x", contacts=["nope"])),
            "unknown contact unit 'nope'")
    refused(project, UpdateSegment("seg-gov", {"contacts": ["nope"]}), "unknown contact")
    refused(project, RemoveSegment("seg-b2b"), "no segment 'seg-b2b' in scenario 'as-is'")
    refused(project, AddSegment(CustomerSegment(id="seg-gov", name="dup")), "duplicate")


def test_lines(project, roundtrip):
    line = SecondaryLine(id="ln-9", source="asst", target="it", kind=LineKind.PROJECT)
    roundtrip(project, AddLine(line))
    roundtrip(project, UpdateLine("ln-9", {"label": "项目", "kind": "functional"}))
    assert project.scenario().lines[-1].kind is LineKind.FUNCTIONAL
    roundtrip(project, RemoveLine("ln-1"))
    refused(project, AddLine(SecondaryLine(id="x", source="it", target="it")), "itself")
    refused(project, AddLine(SecondaryLine(id="x", source="it", target="nope")), "unknown unit")
    refused(project, UpdateLine("ln-9", {"target": "asst"}), "itself")
    refused(project, UpdateLine("ln-9", {"target": "nope"}), "unknown unit 'nope'")
    refused(project, RemoveLine("ln-1"), "no secondary line 'ln-1'")


# --- processes ---------------------------------------------------------------------


def test_processes(project, roundtrip):
    sub = Process(id="pr-sub", name="开票", parent="pr-order",
                  steps=[Step(id="a", name="开票", unit="nope")])  # unit refs are soft
    roundtrip(project, AddProcess(sub))
    roundtrip(project, UpdateProcess("pr-sub", {"steps": [Step(id="a", name="A"),
                                                          Step(id="b", name="B")],
                                                "flows": [Flow(id="f", source="a",
                                                               target="b")]}))
    refused(project, RemoveProcess("pr-order"), "sub-process of removed process")
    refused(project, UpdateProcess("pr-sub", {"flows": [Flow(id="f", source="a", target="z")]}),
            "unknown step 'z'")
    refused(project, UpdateProcess("pr-order", {"parent": "pr-sub"}), "cycle")
    refused(project, AddProcess(Process(id="x", name="x", parent="nope")), "unknown process")
    roundtrip(project, RemoveProcess("pr-sub"))
    roundtrip(project, RemoveProcess("pr-order"))
    assert project.processes == []


# --- scenarios ---------------------------------------------------------------------


def test_copy_scenario_and_switch(project, roundtrip):
    op = copy_scenario(project, "as-is", "plan-b", "方案 B")
    roundtrip(project, op)
    copy = project.scenario("plan-b")
    assert copy.name == "方案 B"
    assert [u.id for u in copy.units] == [u.id for u in project.scenario("as-is").units]
    roundtrip(project, SetActiveScenario("plan-b"))
    assert project.active_scenario == "plan-b"
    roundtrip(project, UpdateScenario("plan-b", {"notes": "合并前台"}))
    # edits of the copy do not reach the source
    apply(project, MoveUnit("it", "service"))
    assert next(u for u in project.scenario("as-is").units if u.id == "it").parent == "ceo"
    fresh = copy_scenario(project)
    assert fresh.scenario.id not in {s.id for s in project.scenarios}
    assert fresh.scenario.name == "方案 B (copy)"


def test_scenario_refusals(project):
    refused(project, RemoveScenario("as-is"), "active one")
    refused(project, RemoveScenario("nope"), "no scenario 'nope'")
    refused(project, SetActiveScenario("nope"), "no scenario 'nope'")
    refused(project, UpdateScenario("to-be", {"units": []}), "cannot change 'units'")
    refused(project, UpdateScenario("to-be", {"id": "x"}), "cannot change 'id'")
    with pytest.raises(EditError, match="already taken"):
        copy_scenario(project, "as-is", "to-be")
    bad = Scenario(id="bad", name="bad", units=[Unit(id="a", name="a", parent="b")])
    refused(project, AddScenario(bad), "not sound: unit 'a'")
    refused(project, AddScenario(Scenario(id="x", name="x",
                                          units=[Unit(id="a", name="a", person="p-nope")])),
            "unknown person")
    apply(project, RemoveScenario("to-be"))
    only = Project.model_validate(project.model_dump())
    refused(only, Splice("scenarios", remove=("as-is",)), "at least one scenario")


def test_undo_lands_in_the_scenario_of_the_edit(project):
    inverse = apply(project, UpdateUnit("ceo", {"name": "CEO"}))  # scenario None: active
    apply(project, SetActiveScenario("to-be"))
    apply(project, inverse)
    assert project.scenario("as-is").units[0].name == "总经理"
    assert project.scenario("to-be").units[0].name == "总经理"


# --- batches, splices, aliasing ----------------------------------------------------


def test_batch_is_one_step_and_all_or_nothing(project, roundtrip):
    ops = [AddUnit(Unit(id="a", name="甲"), parent="ceo"),
           AddUnit(Unit(id="b", name="乙"), parent="a"),
           AddLine(SecondaryLine(id="ln-ab", source="a", target="b"))]
    inverse = roundtrip(project, Batch(ops, label="导入"))
    assert isinstance(inverse, Batch) and len(inverse.ops) == 3
    refused(project, Batch([AddUnit(Unit(id="c", name="丙"), parent="ceo"),
                            MoveUnit("ceo", "c")]), "inside its subtree")
    assert "c" not in {u.id for u in project.scenario().units}


@pytest.mark.parametrize("op, match", [
    (Splice("nope"), "unknown collection"),
    (Splice("units", remove=("s1", "s1")), "named twice"),
    (Splice("units", remove=("sales",)), "still reports to removed unit 'sales'"),
    (Splice("units", remove=("it",)), "secondary line 'ln-1'"),
    (Batch([Splice("lines", remove=("ln-3",)), Splice("units", remove=("hotline",))]),
     "segment '个人客户'"),
    (Splice("units", insert=((99, Unit(id="x", name="x")),)), "out of order or range"),
    (Splice("units", insert=((1, Unit(id="x", name="x")), (0, Unit(id="y", name="y")))),
     "out of order"),
    (Splice("units", insert=((0, Person(id="x", name="x")),)), "a unit was expected"),
    (Splice("people", scenario="as-is"), "belong to the project"),
    (Splice("people", remove=("p-li",)), "still fills unit '销售部'"),
    (Splice("functions", remove=("f-it",)), "still used by unit 'IT 支持'"),
    (Splice("units", remove=("ceo",), insert=((0, Unit(id="ceo", name="c", parent="s1")),)),
     "cycle"),
    (Splice("units", remove=("s2",), insert=((4, Unit(id="s2", name="s2", parent="sales",
                                                      person="p-li")),)),
     "already fills unit '销售部'"),
    (Splice("units", remove=("s2",), insert=((4, Unit(id="s2", name="s2", parent="sales",
                                                      function="f-nope")),)),
     "unknown function"),
])
def test_splice_refusals(project, op, match):
    refused(project, op, match)


def test_ops_never_alias_the_project(project):
    u = Unit(id="new", name="新部门")
    op = AddUnit(u, parent="ceo")
    u.name = "changed after building the op"
    inverse = apply(project, op)
    live = next(x for x in project.scenario().units if x.id == "new")
    assert live.name == "新部门" and live is not op.unit
    live.custom["k"] = "v"
    apply(project, UpdateUnit("new", {"name": "改名"}))
    assert op.unit.name == "新部门" and op.unit.custom == {}
    redo = apply(project, inverse)
    assert isinstance(redo, Splice)
    held = redo.insert[0][1]
    apply(project, redo)
    live = next(x for x in project.scenario().units if x.id == "new")
    assert live is not held
    live.custom["k"] = "changed"
    assert held.custom == {"k": "v"}


def test_raci_matrix_replace_is_one_undoable_splice() -> None:
    from orgdesign.edit import Splice, apply
    from orgdesign.model import EditError, RaciActivity, RaciMatrix, RaciRole
    from orgdesign.samples.registry import build_sample

    project = build_sample("crm", "zh")
    old = project.raci_matrices[0]
    start = project.model_dump()
    new = RaciMatrix(id=old.id, name="新矩阵", activities=[RaciActivity(id="a", name="甲")],
                     roles=[RaciRole(id="r", name="乙")], cells={"a": {"r": "A/R"}})
    inverse = apply(project, Splice("raci_matrices", remove=(old.id,), insert=((0, new),)))
    assert project.raci_matrices[0].name == "新矩阵"
    apply(project, inverse)
    assert project.model_dump() == start
    broken = new.model_copy(update={"cells": {"a": {"ghost": "R"}}})
    import pytest

    with pytest.raises(EditError):
        apply(project, Splice("raci_matrices", remove=(old.id,), insert=((0, broken),)))
    assert project.model_dump() == start


def test_renaming_a_unit_renames_its_raci_columns_in_one_step() -> None:
    from orgdesign.edit import UpdateUnit, apply
    from orgdesign.samples.registry import build_sample

    project = build_sample("crm", "zh")
    matrix = project.raci_matrices[0]
    role = next(r for r in matrix.roles if r.unit)
    start = project.model_dump()
    inverse = apply(project, UpdateUnit(role.unit, {"name": "新名称"}))
    renamed = next(r for r in project.raci_matrices[0].roles if r.id == role.id)
    assert renamed.name == "新名称"
    apply(project, inverse)
    assert project.model_dump() == start
