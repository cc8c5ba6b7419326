"""Every refusal of the edits carries a translatable template and its parameters.

Each case provokes one refusal on the sample project and checks the English
text (what the CLI prints, unchanged by the templates) and the template the
window translates.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pydantic import BaseModel, ValidationError, model_validator

from orgdesign.edit import (
    AddLine,
    AddProcess,
    AddScenario,
    AddSegment,
    AddUnit,
    MoveUnit,
    Op,
    ParkUnit,
    RemoveLine,
    RemovePerson,
    RemoveScenario,
    RemoveSegment,
    Splice,
    UnparkUnit,
    UpdateFunction,
    UpdateLine,
    UpdateProcess,
    UpdateUnit,
    UpdateUnits,
    apply,
    copy_scenario,
    paste_subtree,
)
from orgdesign.edit.checks import process_problem
from orgdesign.edit.common import NOUNS, validation_message
from orgdesign.model import (
    CustomerSegment,
    EditError,
    Flow,
    Function,
    Person,
    Process,
    Project,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    Scenario,
    SecondaryLine,
    Step,
    Unit,
)
from orgdesign.model.messages import Message


def _op(op: Op) -> Callable[[Project], object]:
    return lambda p: apply(p, op)


def _unit(**kw: object) -> Unit:
    return Unit(**{"id": "new", "name": "新单元", **kw})


def _insert_unit(**kw: object) -> Callable[[Project], object]:
    return _op(Splice("units", insert=((0, _unit(**kw)),), scenario="as-is"))


def _prepared(setup: Callable[[Project], object], op: Op) -> Callable[[Project], object]:
    """``op`` on the sample project changed by ``setup`` first (the test runs setup)."""
    run = _op(op)
    run.setup = setup  # type: ignore[attr-defined]
    return run


def _without_lines(op: Op) -> Callable[[Project], object]:
    return _prepared(lambda p: p.scenario().lines.clear(), op)


def _with_sub_process(op: Op) -> Callable[[Project], object]:
    sub = Process(id="pr-sub", name="子流程", parent="pr-order")
    return _prepared(lambda p: p.processes.append(sub.model_copy()), op)


def _raci(**kw: object) -> Callable[[Project], object]:
    base = {"id": "m-2", "name": "新矩阵", "roles": [], "activities": [], "cells": {}}
    matrix = RaciMatrix.model_construct(**{**base, **kw})
    return _op(Splice("raci_matrices", insert=((1, matrix),)))


ROLE = RaciRole(id="r", name="角色", unit="sales")
ACT = RaciActivity(id="a", name="活动")

#: (provoke the refusal on the sample project, template, English text)
CASES: list[tuple[Callable[[Project], object], str, str]] = [
    # common.py
    (_op(UpdateUnit("ceo", {"name": "x"}, scenario="nope")),
     "no scenario {scenario!r} in the project", "no scenario 'nope' in the project"),
    (_op(RemovePerson("nope")), "no {what} {id!r}", "no person 'nope'"),
    (_op(RemoveSegment("nope")), "no {what} {id!r} in scenario {scenario!r}",
     "no segment 'nope' in scenario 'as-is'"),
    (_op(RemoveLine("nope")), "no {what} {id!r} in scenario {scenario!r}",
     "no secondary line 'nope' in scenario 'as-is'"),
    (_op(ParkUnit("nope")), "no {what} {id!r} in scenario {scenario!r}",
     "no unit 'nope' in scenario 'as-is'"),
    (_op(UpdateUnit("ceo", {"parent": "sales"})),
     "cannot change {field!r} of {what} {name} with this edit",
     "cannot change 'parent' of unit '总经理' with this edit"),
    (_op(UpdateProcess("pr-order", {"bogus": 1})), "{what} {name} has no field {field!r}",
     "process '订单处理' has no field 'bogus'"),
    (_op(UpdateFunction("f-it", {"name": 5})), "invalid value for {what} {name}: {problem}",
     "invalid value for function 'IT': name: Input should be a valid string"),
    (_op(UpdateUnit("ceo", {"name": 5, "assistant": "maybe"})),
     "invalid value for {what} {name}: {problem}",
     "invalid value for unit '总经理': name: Input should be a valid string (and 1 more)"),
    # primitives.py
    (_op(Splice("bogus")), "unknown collection {collection!r}", "unknown collection 'bogus'"),
    (_op(Splice("functions", scenario="as-is")),
     "functions belong to the project, not to scenario {scenario!r}",
     "functions belong to the project, not to scenario 'as-is'"),
    (_op(Splice("people", scenario="as-is")),
     "people belong to the project, not to scenario {scenario!r}",
     "people belong to the project, not to scenario 'as-is'"),
    (_op(Splice("raci_matrices", scenario="as-is")),
     "RACI matrices belong to the project, not to scenario {scenario!r}",
     "RACI matrices belong to the project, not to scenario 'as-is'"),
    (_op(Splice("units", remove=("s2", "s2"), scenario="as-is")),
     "a {what} is named twice in one removal", "a unit is named twice in one removal"),
    (_op(Splice("raci_matrices", remove=("nope",))), "no {what} {id!r}",
     "no RACI matrix 'nope'"),
    (_op(Splice("functions", insert=((0, Person(id="x", name="x")),))),
     "a {what} was expected, not a {type}", "a function was expected, not a Person"),
    (_op(Splice("functions", insert=((9, Function(id="f-x", name="x")),))),
     "position {pos} for {what} {id!r} is out of order or range",
     "position 9 for function 'f-x' is out of order or range"),
    (_op(Splice("functions", insert=((0, Function(id="f-it", name="x")),))),
     "duplicate {what} id {id!r}", "duplicate function id 'f-it'"),
    (_insert_unit(id="ceo"), "duplicate {what} id {id!r} in scenario {scenario!r}",
     "duplicate unit id 'ceo' in scenario 'as-is'"),
    (_op(UpdateUnits({"nope": {"name": "x"}})), "no {what} {id!r} in scenario {scenario!r}",
     "no unit 'nope' in scenario 'as-is'"),
    (_op(UpdateUnit("s2", {"function": "f-nope"})),
     "unknown function {function!r} for unit {unit}",
     "unknown function 'f-nope' for unit '华南销售代表'"),
    (_op(UpdateUnit("s2", {"person": "p-nope"})), "unknown person {person!r} for unit {unit}",
     "unknown person 'p-nope' for unit '华南销售代表'"),
    (_op(UpdateUnit("s2", {"person": "p-li"})),
     "person {person!r} already fills unit {unit} in scenario {scenario!r}; "
     "cannot assign to {other}",
     "person 'p-li' already fills unit '销售部' in scenario 'as-is'; "
     "cannot assign to '华南销售代表'"),
    (_op(UpdateFunction("nope", {"name": "x"})), "no {what} {id!r}", "no function 'nope'"),
    (_op(UpdateLine("ln-1", {"target": "it"})),
     "secondary line {line!r} cannot join unit {unit!r} to itself",
     "secondary line 'ln-1' cannot join unit 'it' to itself"),
    # checks.py
    (_op(MoveUnit("ceo", parent="s1")),
     "cannot place {what} {name} under {parent}: {parent} is inside its subtree "
     "(reporting cycle)",
     "cannot place unit '总经理' under '华东销售代表': '华东销售代表' is inside its subtree "
     "(reporting cycle)"),
    (_with_sub_process(UpdateProcess("pr-order", {"parent": "pr-sub"})),
     "cannot place {what} {name} under {parent}: {parent} is inside its subtree "
     "(reporting cycle)",
     "cannot place process '订单处理' under '子流程': '子流程' is inside its subtree "
     "(reporting cycle)"),
    (_op(Splice("units", remove=("sales",), scenario="as-is")),
     "unit {unit} still reports to removed unit {parent!r}",
     "unit '华东销售代表' still reports to removed unit 'sales'"),
    (_op(Splice("units", remove=("it",), scenario="as-is")),
     "secondary line {line!r} in scenario {scenario!r} still names a removed unit",
     "secondary line 'ln-1' in scenario 'as-is' still names a removed unit"),
    (_without_lines(Splice("units", remove=("hotline",))), "segment {segment} in scenario {scenario!r} still names a removed unit",
     "segment '个人客户' in scenario 'as-is' still names a removed unit"),
    (_insert_unit(parent="nope"),
     "unit {unit} reports to unknown unit {parent!r} in scenario {scenario!r}",
     "unit '新单元' reports to unknown unit 'nope' in scenario 'as-is'"),
    (_insert_unit(parent="ceo", parked=True), "parked unit {unit} cannot have a parent",
     "parked unit '新单元' cannot have a parent"),
    (_insert_unit(function="f-nope"), "unit {unit} names unknown function {function!r}",
     "unit '新单元' names unknown function 'f-nope'"),
    (_insert_unit(person="p-nope"), "unit {unit} names unknown person {person!r}",
     "unit '新单元' names unknown person 'p-nope'"),
    (_insert_unit(person="p-li"),
     "person {person!r} already fills unit {unit} in scenario {scenario!r}",
     "person 'p-li' already fills unit '销售部' in scenario 'as-is'"),
    (_op(AddSegment(CustomerSegment(id="seg-x", name="新客户", contacts=["nope"]))),
     "segment {segment} names unknown contact unit {unit!r}",
     "segment '新客户' names unknown contact unit 'nope'"),
    (_op(AddLine(SecondaryLine(id="ln-x", source="nope", target="it"))),
     "secondary line {line!r} names unknown unit {unit!r}",
     "secondary line 'ln-x' names unknown unit 'nope'"),
    (_op(Splice("functions", remove=("f-it",))),
     "function {function!r} is still used by unit {unit} in scenario {scenario!r}",
     "function 'f-it' is still used by unit 'IT 支持' in scenario 'as-is'"),
    (_op(Splice("people", remove=("p-li",))),
     "person {person!r} still fills unit {unit} in scenario {scenario!r}",
     "person 'p-li' still fills unit '销售部' in scenario 'as-is'"),
    (_op(Splice("scenarios", remove=("as-is", "to-be"))),
     "a project keeps at least one scenario", "a project keeps at least one scenario"),
    (_op(RemoveScenario("as-is")),
     "scenario {scenario!r} is the active one; make another scenario active first",
     "scenario 'as-is' is the active one; make another scenario active first"),
    (_op(AddScenario(Scenario(id="s-x", name="坏场景", units=[_unit(parent="zz")]))),
     "scenario {scenario} is not sound: {problem}",
     "scenario '坏场景' is not sound: unit 'new' in scenario 's-x' "
     "reports to unknown unit 'zz'"),
    (_op(AddProcess(Process(id="pr-x", name="新流程",
                            steps=[Step(id="a", name="a"), Step(id="a", name="b")]))),
     "process {process} has two steps with id {step!r}",
     "process '新流程' has two steps with id 'a'"),
    (_op(AddProcess(Process(id="pr-x", name="新流程", steps=[Step(id="a", name="a")],
                            flows=[Flow(id="f", source="a", target="a")] * 2))),
     "process {process} has two flows with id {flow!r}",
     "process '新流程' has two flows with id 'f'"),
    (_op(AddProcess(Process(id="pr-x", name="新流程", steps=[Step(id="a", name="a")],
                            flows=[Flow(id="f", source="a", target="b")]))),
     "flow {flow!r} of process {process} names unknown step {step!r}",
     "flow 'f' of process '新流程' names unknown step 'b'"),
    (_with_sub_process(Splice("processes", remove=("pr-order",))),
     "process {process} is a sub-process of removed process {parent!r}",
     "process '子流程' is a sub-process of removed process 'pr-order'"),
    (_op(AddProcess(Process(id="pr-x", name="新流程", parent="nope"))),
     "process {process} is a sub-process of unknown process {parent!r}",
     "process '新流程' is a sub-process of unknown process 'nope'"),
    (_raci(activities=[ACT, ACT]), "RACI matrix {matrix} has a duplicate activity id",
     "RACI matrix '新矩阵' has a duplicate activity id"),
    (_raci(roles=[ROLE, ROLE]), "RACI matrix {matrix} has a duplicate role id",
     "RACI matrix '新矩阵' has a duplicate role id"),
    (_raci(activities=[ACT], cells={"a": {"nope": "R"}}),
     "RACI matrix {matrix} has cells outside its rows and columns",
     "RACI matrix '新矩阵' has cells outside its rows and columns"),
    # misc.py
    (_op(AddLine(SecondaryLine(id="ln-x", source="it", target="it"))),
     "secondary line {line!r} cannot join unit {unit!r} to itself",
     "secondary line 'ln-x' cannot join unit 'it' to itself"),
    (lambda p: copy_scenario(p, "as-is", new_id="to-be"), "scenario id {id!r} is already taken",
     "scenario id 'to-be' is already taken"),
    # units.py
    (_op(AddUnit(_unit(), parent="ceo", index=99)),
     "sibling index {index} is out of range (0 to {n})",
     "sibling index 99 is out of range (0 to 4)"),
    (_op(AddUnit(_unit(parked=True), parent="ceo")),
     "unit {unit} is parked; a parked unit is a root",
     "unit '新单元' is parked; a parked unit is a root"),
    (_op(ParkUnit("old")), "unit {unit} is already in the parking lot",
     "unit '旧项目组' is already in the parking lot"),
    (_op(UnparkUnit("sales")), "unit {unit} is not in the parking lot",
     "unit '销售部' is not in the parking lot"),
    (lambda p: paste_subtree(p, None, [], "ceo"), "nothing to paste", "nothing to paste"),
    (lambda p: paste_subtree(p, None, [_unit(), _unit()], "ceo"),
     "the units to paste name one id twice", "the units to paste name one id twice"),
    # apply.py
    (_op(Op()), "unknown edit {op}", "unknown edit Op"),
]


@pytest.mark.parametrize(("provoke", "template", "english"), CASES,
                         ids=[c[1][:40] for c in CASES])
def test_refusal_keeps_english_text_and_template(make_project, provoke, template,
                                                 english) -> None:
    project = make_project()
    if hasattr(provoke, "setup"):
        provoke.setup(project)
    before = project.model_dump()
    with pytest.raises(EditError) as info:
        provoke(project)
    assert str(info.value) == english
    assert info.value.message.template == template
    assert str(info.value.message) == english
    assert project.model_dump() == before


def test_parking_lot_refusal_names_the_unit_as_a_parameter(make_project) -> None:
    with pytest.raises(EditError) as info:
        apply(make_project(), ParkUnit("old"))
    assert info.value.message.params == {"unit": "'旧项目组'"}


def test_kind_words_are_clauses_of_their_own(make_project) -> None:
    # the window translates "secondary line" on its own, then fills it into the sentence
    with pytest.raises(EditError) as info:
        apply(make_project(), RemoveLine("nope"))
    what = info.value.message.params["what"]
    assert isinstance(what, Message) and what.template == "secondary line"
    assert what is NOUNS["secondary line"]
    assert all(isinstance(n, Message) and not n.params for n in NOUNS.values())


def test_process_problem_is_a_message() -> None:
    p = Process(id="pr-x", name="新流程", steps=[Step(id="a", name="a"), Step(id="a", name="b")])
    problem = process_problem(p)
    assert isinstance(problem, Message)
    assert problem.params == {"process": "'新流程'", "step": "a"}
    assert process_problem(Process(id="ok", name="好")) is None


def test_validation_message_without_a_field_says_value() -> None:
    class Whole(BaseModel):
        x: int = 0

        @model_validator(mode="after")
        def never(self) -> Whole:
            raise ValueError("no good")

    with pytest.raises(ValidationError) as info:
        Whole()
    text = validation_message(info.value)
    assert text.template == "{field}: {reason}"
    assert text.params["field"].template == "value"
    assert str(text) == "value: Value error, no good"


def _marked_templates() -> set[str]:
    """The literals of every QT_TRANSLATE_NOOP("Messages", ...) in orgdesign/edit."""
    import ast
    from pathlib import Path

    import orgdesign.edit as edit

    found: set[str] = set()
    for f in Path(edit.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "QT_TRANSLATE_NOOP"):
                context, text = node.args
                assert isinstance(context, ast.Constant) and context.value == "Messages"
                assert isinstance(text, ast.Constant), f"{f.name}:{node.lineno} not a literal"
                found.add(text.value)
    return found


def test_every_template_is_marked_for_the_translation_tools() -> None:
    # lupdate reads only literals: each template raised must be one of them
    marked = _marked_templates()
    assert {template for _, template, _ in CASES} <= marked
    assert {n.template for n in NOUNS.values()} <= marked
