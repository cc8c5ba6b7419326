"""Applying a regrouping suggestion: refusals and the undo label are translatable messages."""

from __future__ import annotations

import pytest
from process_builders import UnitKind, org, proc, sound

from orgdesign.analysis.regroup import Move, Suggestion, suggestion_op, suggestion_scenario
from orgdesign.edit import Batch, describe
from orgdesign.edit.describe import describe_message
from orgdesign.model import EditError


def _project():
    p = org([("A", "Service"), ("B", "Support")], [
        ("root", None, None, UnitKind.DEPARTMENT),
        ("service", "root", "A", UnitKind.DEPARTMENT),
        ("x", "service", None),
        ("support", "root", "B", UnitKind.DEPARTMENT),
    ])
    p.processes = [proc("p1", {"s1": "x", "s2": "support"}, [("s1", "s2")])]
    return sound(p)


def _suggestion(unit: str = "x", target: str = "B", scenario: str | None = None) -> Suggestion:
    move = Move(unit, unit, "A", "Service", target, target, -1)
    return Suggestion(scenario or "", 1, 0, moves=[move])


def _scenario_id(project) -> str:
    return project.scenario().id


@pytest.mark.parametrize(("case", "template", "english"), [
    ("scenario", "no scenario {scenario!r} in the project", "no scenario 'gone' in the project"),
    ("taken", "scenario id {scenario!r} is already taken", "scenario id '{taken}' is already taken"),
    ("unit", "the suggestion moves unit {unit!r}, which is not in the scenario",
     "the suggestion moves unit 'nobody', which is not in the scenario"),
    ("function", "the suggestion names unknown function {function!r}",
     "the suggestion names unknown function 'Z'"),
])
def test_refusals_are_templates_with_the_same_english(case, template, english) -> None:
    project = _project()
    sid = _scenario_id(project)
    suggestion, scenario_id = _suggestion(scenario=sid), None
    if case == "scenario":
        suggestion.scenario = "gone"
    elif case == "taken":
        scenario_id = sid
    elif case == "unit":
        suggestion = _suggestion("nobody", scenario=sid)
    else:
        suggestion = _suggestion(target="Z", scenario=sid)
    with pytest.raises(EditError) as info:
        suggestion_scenario(project, suggestion, "新方案", scenario_id)
    assert str(info.value) == english.replace("{taken}", sid)
    assert info.value.message.template == template and info.value.message.params


def test_the_apply_label_is_a_message() -> None:
    project = _project()
    op = suggestion_op(project, _suggestion(scenario=_scenario_id(project)), "新方案",
                       activate=True)
    assert isinstance(op, Batch)
    label = describe_message(op, project)
    assert (label.template, dict(label.params)) == ("apply suggestion {name}", {"name": "新方案"})
    assert describe(op, project) == "apply suggestion 新方案"
