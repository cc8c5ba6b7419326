"""Regrouping suggestions: hand-checked moves, never worse, size bounds, applying as a scenario."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from process_builders import UnitKind, org, proc, sound

from orgdesign.analysis.interfaces import count_interfaces
from orgdesign.analysis.regroup import (
    NOWHERE,
    apply_suggestion,
    cut_weight,
    handoff_graph,
    suggest_regrouping,
    suggestion_op,
)
from orgdesign.edit.apply import apply
from orgdesign.model import EditError, check_project

FUNCS = [("A", "Service"), ("B", "Technical support")]


def misplaced():
    """a1, a2 and x are in Service, b1, b2 in Technical support; x works with the b's only."""
    p = org(FUNCS, [
        ("root", None, None, UnitKind.DEPARTMENT),
        ("service", "root", "A", UnitKind.DEPARTMENT),
        ("a1", "service", None),
        ("a2", "service", None),
        ("x", "service", None),          # inherits Service
        ("x_helper", "x", None),         # below x, also inherits Service
        ("support", "root", "B", UnitKind.DEPARTMENT),
        ("b1", "support", None),
        ("b2", "support", None),
    ])
    p.scenario().units[4] = p.scenario().units[4].model_copy(update={"name": "Repair desk"})
    p.processes = [
        proc("p1", {"s1": "a1", "s2": "a2", "s3": "a1"}, [("s1", "s2"), ("s2", "s3")]),
        proc("p2", {"s1": "x", "s2": "b1", "s3": "x", "s4": "b2", "s5": "x"},
             [("s1", "s2"), ("s2", "s3"), ("s3", "s4"), ("s4", "s5"), ("s5", "s2", "loop")]),
        proc("p3", {"s1": "a2", "s2": "x"}, [("s1", "s2")]),
        proc("p4", {"s1": "b1", "s2": "b2"}, [("s1", "s2")]),
    ]
    return sound(p)


def test_hand_off_graph_weights_every_flow_once() -> None:
    g = handoff_graph(misplaced())
    assert g["x"]["b1"]["weight"] == 3  # x->b1, b1->x, and the loop back s5->s2 (x->b1)
    assert g["x"]["b2"]["weight"] == 2
    assert g["a2"]["x"]["weight"] == 1 and g["a1"]["a2"]["weight"] == 2
    assert g["b1"]["b2"]["weight"] == 1
    assert NOWHERE not in g


def test_suggests_the_obvious_move_with_its_delta() -> None:
    project = misplaced()
    s = suggest_regrouping(project, max_size=4)
    assert s.before == count_interfaces(project).total == 5
    assert s.after == 1 and s.saved == 4
    assert [(m.unit, m.source, m.target, m.delta) for m in s.moves] == [("x", "A", "B", -4)]
    assert s.moves[0].describe() == "move Repair desk from Service to Technical support: " \
                                    "−4 interfaces"
    assert {g.function: g.units for g in s.groups} == {"A": ["a1", "a2"], "B": ["x", "b1", "b2"]}
    d = s.to_dict()
    assert d["before"] == 5 and d["after"] == 1 and d["moves"][0]["delta"] == -4


def test_apply_creates_a_new_scenario_and_keeps_the_old_one() -> None:
    project = misplaced()
    s = suggest_regrouping(project, max_size=4)
    old = project.scenario().model_dump()
    new = apply_suggestion(project, s, "To-be (fewer interfaces)")
    check_project(project)
    assert project.active_scenario == "as-is" and project.scenario().model_dump() == old
    assert new.id == "suggested" and new.name == "To-be (fewer interfaces)"
    assert count_interfaces(project, new).total == s.after == 1
    units = {u.id: u for u in new.units}
    assert units["x"].function == "B"
    # x_helper inherited Service from x; it stays in Service, explicitly
    assert units["x_helper"].function == "A"
    assert units["a1"].function is None  # untouched units keep inheriting
    again = apply_suggestion(project, s, "Second", activate=True)
    assert again.id == "suggested-2" and project.active_scenario == "suggested-2"


def test_suggestion_op_undoes_exactly() -> None:
    project = misplaced()
    before = project.model_dump()
    s = suggest_regrouping(project, max_size=4)
    inverse = apply(project, suggestion_op(project, s, "Suggested", activate=True))
    assert len(project.scenarios) == 2 and project.active_scenario == "suggested"
    apply(project, inverse)
    assert project.model_dump() == before


def test_apply_refuses_unknown_scenario_and_taken_id() -> None:
    project = misplaced()
    s = suggest_regrouping(project, max_size=4)
    with pytest.raises(EditError):
        apply_suggestion(project, s, "X", scenario_id="as-is")
    s.scenario = "gone"
    with pytest.raises(EditError):
        apply_suggestion(project, s, "X")


def test_size_bound_turns_the_move_into_a_swap() -> None:
    project = misplaced()
    s = suggest_regrouping(project, max_size=2)
    # Technical support may hold 2 units: x joins it only if one of the b's leaves
    assert [(m.unit, m.target, m.delta) for m in s.moves] == [("x", "B", -4), ("b2", "A", 3)]
    assert (s.before, s.after) == (5, 4)
    assert {g.function: len(g.units) for g in s.groups} == {"A": 3, "B": 2}


def test_min_size_keeps_the_source_function_populated() -> None:
    project = misplaced()
    s = suggest_regrouping(project, min_size=3, max_size=5)
    # Service has exactly 3 performers (a1, a2, x): x leaves only if someone comes in
    assert {g.function: len(g.units) for g in s.groups}["A"] == 3
    assert [m.unit for m in s.moves] == ["x", "b2"] and s.after == 4


def test_already_optimal_gives_no_moves() -> None:
    project = misplaced()
    project.processes = project.processes[:1] + project.processes[3:]
    s = suggest_regrouping(project)
    assert s.before == s.after == 0 and s.moves == []


def test_target_of_one_group_may_dissolve_functions() -> None:
    project = misplaced()
    s = suggest_regrouping(project, groups=1)
    assert s.after == 0 and len(s.groups) == 1
    assert s.max_size >= 5


def test_default_target_never_dissolves_a_function() -> None:
    project = misplaced()
    s = suggest_regrouping(project, max_size=10)
    assert {g.function for g in s.groups} == {"A", "B"}


def test_bad_bounds_are_refused() -> None:
    with pytest.raises(ValueError):
        suggest_regrouping(misplaced(), min_size=3, max_size=2)
    with pytest.raises(ValueError):
        suggest_regrouping(misplaced(), min_size=0)
    with pytest.raises(ValueError):
        suggest_regrouping(misplaced(), groups=0)


def test_units_without_function_and_unplaced_steps_stay_put() -> None:
    project = misplaced()
    project.scenario().units.append(
        project.scenario().units[2].model_copy(update={"id": "loner", "parent": None}))
    project.processes.append(proc("p5", {"s1": "loner", "s2": "b1", "s3": None},
                                  [("s1", "s2"), ("s2", "s3"), ("s1", "s2")]))
    sound(project)
    g = handoff_graph(project)
    assert NOWHERE in g and g["b1"][NOWHERE]["weight"] == 1
    s = suggest_regrouping(project, max_size=4)
    assert s.before == count_interfaces(project).total == 5 + 3
    assert "loner" not in {m.unit for m in s.moves}
    assert s.after == 1 + 3


def random_project(seed: int, n_units: int = 14, n_funcs: int = 4):
    rng = random.Random(seed)
    funcs = [(f"f{i}", f"Function {i}") for i in range(n_funcs)]
    units = [("root", None, "f0", UnitKind.DEPARTMENT)]
    for i in range(n_units):
        parent = rng.choice([u[0] for u in units])
        units.append((f"u{i}", parent, rng.choice([f[0] for f in funcs] + [None, None])))
    project = org(funcs, units)
    ids = [u[0] for u in units]
    procs = []
    for k in range(rng.randint(1, 6)):
        steps = {f"s{j}": rng.choice(ids + [None]) for j in range(rng.randint(2, 9))}
        names = list(steps)
        flows = [(names[j], names[j + 1]) for j in range(len(names) - 1)]
        flows += [(rng.choice(names), rng.choice(names), "loop") for _ in range(rng.randint(0, 3))]
        procs.append(proc(f"p{k}", steps, flows))
    project.processes = procs
    return sound(project)


def _sizes(project, scenario):
    from orgdesign.model import TreeIndex

    funcs = TreeIndex(scenario, project).effective_functions()
    performers = {s.unit for p in project.processes for s in p.steps if s.unit in funcs}
    out: dict[str, int] = {}
    for u in performers:
        if funcs[u] is not None:
            out[funcs[u]] = out.get(funcs[u], 0) + 1
    return out


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 100_000), st.integers(1, 3), st.integers(3, 8),
       st.one_of(st.none(), st.integers(1, 5)))
def test_never_worse_and_within_bounds(seed: int, low: int, high: int, k: int | None) -> None:
    project = random_project(seed)
    start_sizes = _sizes(project, project.scenario())
    s = suggest_regrouping(project, groups=k, min_size=low, max_size=max(high, low), seed=seed)
    assert s.after <= s.before == count_interfaces(project).total
    assert s.before + sum(m.delta for m in s.moves) == s.after
    if not s.moves:
        assert s.after == s.before
        return
    assert s.after < s.before
    new = apply_suggestion(project, s, "Suggested")
    check_project(project)
    assert count_interfaces(project, new).total == s.after
    after_sizes = _sizes(project, new)
    bound = (low, max(high, low))
    for f in set(start_sizes) | set(after_sizes):
        a, b = start_sizes.get(f, 0), after_sizes.get(f, 0)
        if a == 0 or bound[0] <= a <= bound[1]:
            assert b == 0 or bound[0] <= b <= bound[1], (f, a, b)
    assert {g.function: len(g.units) for g in s.groups} == after_sizes
    moved = {m.unit for m in s.moves}
    assert len(moved) == len(s.moves)


def test_deterministic_for_a_seed() -> None:
    project = random_project(7, n_units=30)
    a = suggest_regrouping(project, seed=3).to_dict()
    b = suggest_regrouping(project, seed=3).to_dict()
    assert a == b


def test_cut_weight_matches_counts_on_random_projects() -> None:
    for seed in range(20):
        project = random_project(seed)
        g = handoff_graph(project)
        assign = {n: g.nodes[n]["function"] for n in g}
        adj = {n: {v: d["weight"] for v, d in g[n].items()} for n in g}
        assert cut_weight(adj, assign) == count_interfaces(project).total


@pytest.mark.parametrize("name", ["bakery", "crm", "callcenter"])
def test_samples_suggestions_apply_cleanly(name: str) -> None:
    from orgdesign.samples.registry import build_sample

    project = build_sample(name, "zh")
    s = suggest_regrouping(project)
    assert s.after <= s.before
    if s.moves:
        new = apply_suggestion(project, s, "建议")
        check_project(project)
        assert count_interfaces(project, new).total == s.after
