"""The model's own sentences (invariant problems, RACI scheme errors) are templates."""

from __future__ import annotations

import pickle

import pytest

from orgdesign.model import (
    Flow,
    Function,
    ModelError,
    Process,
    Project,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    Scenario,
    SecondaryLine,
    Step,
    Unit,
    check_project,
    invariant_problems,
)
from orgdesign.model.invariants import invariant_messages
from orgdesign.model.raci_schemes import CellTextError, get_scheme, parse_cell


def _broken() -> Project:
    """A project with one of several kinds of problem (built without validation)."""
    units = [Unit(id="a", name="总部"), Unit(id="b", name="销售", parent="ghost"),
             Unit(id="a", name="重复"), Unit(id="c", name="C", parked=True, parent="a"),
             Unit(id="d", name="D", function="nofn")]
    scenario = Scenario(id="s", name="现状", units=units,
                        lines=[SecondaryLine(id="l", source="a", target="zz")])
    process = Process(id="p", name="订单", steps=[Step(id="x", name="X")],
                      flows=[Flow(id="f", source="x", target="y")])
    matrix = RaciMatrix(id="m", name="M", activities=[RaciActivity(id="a1", name="A1")],
                        roles=[RaciRole(id="r1", name="R1")],
                        cells={"a1": {"r9": "R"}, "a9": {}})
    return Project.model_construct(
        functions=[Function(id="f1", name="F"), Function(id="f1", name="F again")],
        people=[], scenarios=[scenario], active_scenario="s", processes=[process],
        raci_matrices=[matrix])


def test_invariant_problems_are_templates_with_the_same_english() -> None:
    project = _broken()
    messages = invariant_messages(project)
    assert [str(m) for m in messages] == invariant_problems(project) == [
        "duplicate function id 'f1' in the project",
        "duplicate unit id 'a' in scenario 's'",
        "unit 'b' in scenario 's' reports to unknown unit 'ghost'",
        "parked unit 'c' in scenario 's' has a parent; parked units are roots",
        "unit 'd' in scenario 's' names unknown function 'nofn'",
        "secondary line 'l' in scenario 's' names unknown unit 'zz'",
        "flow 'f' in process 'p' names unknown step 'y'",
        "RACI matrix 'm' has a cell for unknown role 'r9'",
        "RACI matrix 'm' has cells for unknown activity 'a9'",
    ]
    assert messages[2].template == \
        "unit {unit!r} in scenario {scenario!r} reports to unknown unit {parent!r}"
    assert dict(messages[2].params) == {"unit": "b", "scenario": "s", "parent": "ghost"}
    assert all(m.params for m in messages)  # names are parameters, never part of the template


def test_check_project_carries_the_first_problem_and_the_count() -> None:
    with pytest.raises(ModelError) as info:
        check_project(_broken())
    err = info.value
    assert str(err) == "duplicate function id 'f1' in the project (and 8 more problems)"
    assert err.message.template == "{problem} (and {count} more problems)"
    first = err.message.params["problem"]
    assert first.template == "duplicate function id {id!r} in the project"
    assert err.message.params["count"] == 8


def test_a_single_problem_is_the_message_itself() -> None:
    project = Project.model_construct(functions=[], people=[], processes=[], raci_matrices=[],
                                      scenarios=[Scenario(id="s", name="S")],
                                      active_scenario="gone")
    with pytest.raises(ModelError) as info:
        check_project(project)
    assert str(info.value) == "active scenario 'gone' does not exist"
    assert info.value.message.template == "active scenario {scenario!r} does not exist"


def test_a_reporting_cycle_keeps_its_chain_as_a_parameter() -> None:
    units = [Unit(id="a", name="A", parent="b"), Unit(id="b", name="B", parent="a")]
    project = Project.model_construct(functions=[], people=[], processes=[], raci_matrices=[],
                                      scenarios=[Scenario(id="s", name="S", units=units)],
                                      active_scenario="s")
    [problem] = invariant_messages(project)
    assert str(problem) == "reporting cycle in scenario 's': 'a' -> 'b' -> 'a'"
    assert problem.template == "reporting cycle in scenario {scenario!r}: {chain} -> {unit!r}"


@pytest.mark.parametrize(("scheme", "text", "template", "english"), [
    ("RACI", "X", "{letter!r} is not a letter of {scheme} (letters: {letters})",
     "'X' is not a letter of RACI (letters: R, A, C, I)"),
    ("RACI", "C/I", "{combination!r} is not an allowed combination in {scheme} "
     "(allowed: {allowed})", "'C/I' is not an allowed combination in RACI (allowed: A/R)"),
    ("DACI", "A/D", "{combination!r} is not an allowed combination in {scheme} (allowed: none)",
     "'A/D' is not an allowed combination in DACI (allowed: none)"),
])
def test_cell_text_errors_carry_templates(scheme, text, template, english) -> None:
    with pytest.raises(ValueError) as info:
        parse_cell(text, get_scheme(scheme))
    err = info.value
    # still the ValueError callers catch, and a ModelError with a translatable message
    assert isinstance(err, CellTextError) and isinstance(err, ModelError)
    assert str(err) == english
    assert err.message.template == template and err.message.params["scheme"] == scheme
    assert str(pickle.loads(pickle.dumps(err))) == english


def test_an_unknown_scheme_carries_a_template() -> None:
    with pytest.raises(ModelError) as info:
        get_scheme("ZZZ")
    assert str(info.value) == "unknown RACI scheme 'ZZZ'; known: RACI, RASCI, RACI-VS, CAIRO, DACI"
    assert info.value.message.template == "unknown RACI scheme {name!r}; known: {known}"
    assert info.value.message.params["name"] == "ZZZ"
