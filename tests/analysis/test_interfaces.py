"""Interface counts: hand-computed on small processes, invariants on random ones, samples pinned."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from process_builders import FlowKind, UnitKind, org, proc, sound

from orgdesign.analysis.interfaces import NONE_NAME, classify_flows, count_interfaces
from orgdesign.edit.apply import apply
from orgdesign.edit.ops import UpdateUnit
from orgdesign.model import Flow

FUNCS = [("S", "Sales"), ("V", "Service"), ("T", "Tech")]


def small_project():
    """Board (no function) > sales [S] > rep, kam [T]; service [V] > desk; floater (none)."""
    p = org(FUNCS, [
        ("board", None, None, UnitKind.DEPARTMENT),
        ("sales", "board", "S", UnitKind.DEPARTMENT),
        ("rep", "sales", None),
        ("kam", "sales", "T"),
        ("service", "board", "V", UnitKind.DEPARTMENT),
        ("desk", "service", None),
        ("floater", "board", None),
    ])
    a = proc("a", {"a1": "rep", "a2": "desk", "a3": "kam", "a4": "floater", "a5": None,
                   "a6": "rep", "a7": "ghost"}, [
        ("a1", "a2"),                    # S -> V   interface
        ("a2", "a3"),                    # V -> T   interface
        ("a3", "a2", FlowKind.LOOP),     # T -> V   interface (a loop counts once)
        ("a2", "a2", FlowKind.LOOP),     # V -> V   within (a step looping on itself)
        ("a1", "a6", FlowKind.BRANCH),   # S -> S   within
        ("a6", "a4"),                    # S -> (none) interface, unassigned
        ("a4", "a5"),                    # (none) -> (none) within, unassigned
        ("a5", "a7"),                    # (none) -> (none) within, unassigned (ghost unit)
        ("a1", "a3", FlowKind.BRANCH),   # S -> T   interface (kam overrides its parent)
    ], name="Order")
    b = proc("b", {"b1": "desk", "b2": "rep"}, [("b1", "b2"), ("b2", "b1", FlowKind.LOOP)],
             name="Complaint")
    p.processes = [a, b]
    return sound(p)


def test_hand_computed_counts_per_process() -> None:
    rep = count_interfaces(small_project())
    a, b = rep.processes
    assert (a.flows, a.interfaces, a.within, a.unassigned, a.dangling) == (9, 5, 4, 3, 0)
    assert (b.flows, b.interfaces, b.within, b.unassigned) == (2, 2, 0, 0)
    assert (rep.flows, rep.total, rep.within, rep.unassigned) == (11, 7, 4, 3)
    assert [(p.source.name, p.target.name, p.count) for p in a.pairs] == [
        ("Sales", "Service", 1), ("Sales", "Tech", 1), ("Sales", NONE_NAME, 1),
        ("Service", "Tech", 1), ("Tech", "Service", 1)]


def test_hand_computed_matrix_has_none_bucket_last() -> None:
    rep = count_interfaces(small_project())
    assert [g.name for g in rep.groups] == ["Sales", "Service", "Tech", NONE_NAME]
    assert [g.id for g in rep.groups] == ["S", "V", "T", None]
    assert rep.matrix == [
        # to: S  V  T  none
        [1, 2, 1, 1],   # from Sales (a1->a6; a1->a2, b2->b1; a1->a3; a6->a4)
        [1, 1, 1, 0],   # from Service (b1->b2; a2->a2; a2->a3)
        [0, 1, 0, 0],   # from Tech
        [0, 0, 0, 2],   # from (none)
    ]
    assert rep.count("S", "V") == 2 and rep.count("V", "S") == 1
    assert rep.count(None, None) == 2
    unordered = {(p.source.name, p.target.name): p.count for p in rep.unordered_pairs()}
    assert unordered == {("Sales", "Service"): 3, ("Service", "Tech"): 2, ("Sales", "Tech"): 1,
                         ("Sales", NONE_NAME): 1}
    assert rep.unordered_pairs()[0].count == 3
    sym = rep.unordered_matrix()
    assert sym[0][1] == sym[1][0] == 3 and sym[1][1] == 1


def test_by_unit_counts_hand_offs_between_units() -> None:
    rep = count_interfaces(small_project(), by="unit")
    assert [g.id for g in rep.groups] == ["rep", "kam", "desk", "floater", None]
    a, b = rep.processes
    # unit view: a1->a6 (rep->rep), a2->a2 and a5->a7 ((none)->(none)) stay within
    assert (a.interfaces, a.within) == (6, 3)
    assert (b.interfaces, b.within) == (2, 0)
    assert rep.total == 8


def test_inherited_function_and_moving_a_unit_updates_the_counts() -> None:
    project = small_project()
    before = count_interfaces(project)
    # rep inherits Sales from its department; giving the department Service moves rep too
    apply(project, UpdateUnit("sales", {"function": "V"}))
    after = count_interfaces(project)
    a, b = after.processes
    # a1->a2 (V,V) and b1<->b2 (V,V) become within; a6->a4 stays an interface (V -> none)
    assert (a.interfaces, a.within) == (4, 5)
    assert (b.interfaces, b.within) == (0, 2)
    assert after.total == before.total - 3
    assert after.count("S", "V") == 0


def test_no_function_anywhere_up_the_chain_is_none() -> None:
    project = small_project()
    groups = {(cf.flow.source, cf.flow.target): (cf.source, cf.target)
              for cf in classify_flows(project, project.scenario())}
    assert groups[("a4", "a5")] == (None, None)
    assert groups[("a6", "a4")] == ("S", None)
    assert groups[("a1", "a3")] == ("S", "T")


def test_flow_to_a_missing_step_is_dangling_and_uncounted() -> None:
    project = small_project()
    project.processes[1].flows.append(Flow(id="bad", source="b1", target="nowhere"))
    rep = count_interfaces(project)
    assert rep.processes[1].dangling == 1 and rep.dangling == 1
    assert rep.total == 7 and rep.flows == 11


def test_selected_processes_and_scenario_by_id() -> None:
    project = small_project()
    rep = count_interfaces(project, "as-is", ["b"])
    assert [p.id for p in rep.processes] == ["b"] and rep.total == 2
    assert rep.process("Complaint").interfaces == 2
    with pytest.raises(KeyError):
        count_interfaces(project, "nope")
    with pytest.raises(KeyError):
        count_interfaces(project, processes=["nope"])
    with pytest.raises(ValueError):
        count_interfaces(project, by="person")  # type: ignore[arg-type]


def test_none_bucket_absent_when_unused_and_to_dict() -> None:
    project = small_project()
    project.processes = [project.processes[1]]
    rep = count_interfaces(project)
    assert [g.name for g in rep.groups] == ["Sales", "Service", "Tech"]
    d = rep.to_dict()
    assert d["total"] == 2 and d["within"] == 0 and d["matrix"][1][0] == 1
    assert d["pairs"] == [
        {"from": "S", "from_name": "Sales", "to": "V", "to_name": "Service", "count": 1},
        {"from": "V", "from_name": "Service", "to": "S", "to_name": "Sales", "count": 1}]
    assert d["processes"][0]["interfaces"] == 2


def test_empty_project_counts_nothing() -> None:
    rep = count_interfaces(org(FUNCS, []))
    assert rep.total == rep.within == rep.flows == 0 and rep.processes == []
    assert rep.pairs() == []


def random_processes(seed: int, n_units: int = 12, n_procs: int = 4):
    rng = random.Random(seed)
    units = [("root", None, rng.choice(["S", None]))]
    for i in range(n_units):
        parent = rng.choice([u[0] for u in units])
        units.append((f"u{i}", parent, rng.choice(["S", "V", "T", None, None])))
    project = org(FUNCS, units)
    ids = [u[0] for u in units] + [None, "ghost"]
    procs = []
    for k in range(n_procs):
        steps = {f"s{j}": rng.choice(ids) for j in range(rng.randint(1, 8))}
        names = list(steps)
        flows = [(rng.choice(names), rng.choice(names),
                  rng.choice(list(FlowKind))) for _ in range(rng.randint(0, 12))]
        procs.append(proc(f"p{k}", steps, flows))
    project.processes = procs
    return sound(project)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_counts_add_up_on_random_processes(seed: int) -> None:
    project = random_processes(seed)
    rep = count_interfaces(project)
    n = len(rep.matrix)
    assert rep.flows == sum(len(p.flows) for p in project.processes)
    assert rep.total == sum(p.interfaces for p in rep.processes)
    assert rep.within == sum(p.within for p in rep.processes)
    assert rep.total + rep.within == rep.flows
    assert sum(sum(r) for r in rep.matrix) == rep.flows
    assert sum(rep.matrix[i][i] for i in range(n)) == rep.within
    assert sum(p.count for p in rep.pairs()) == rep.total
    assert sum(p.count for p in rep.unordered_pairs()) == rep.total
    # A hand-off between two functions is always one between two units.
    by_unit = count_interfaces(project, by="unit")
    assert by_unit.total >= rep.total
    flagged = sum(cf.interface for cf in classify_flows(project, project.scenario()))
    assert flagged == rep.total


EXPECTED_SAMPLES = {
    # sample: (flows, interfaces, within, interfaces per process)
    "bakery": (7, 6, 1, [6]),
    "crm": (12, 11, 1, [8, 3]),
    "callcenter": (8, 6, 2, [6]),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(EXPECTED_SAMPLES))
def test_samples_interface_numbers(name: str, lang: str) -> None:
    from orgdesign.samples.registry import build_sample

    rep = count_interfaces(build_sample(name, lang))
    flows, total, within, per = EXPECTED_SAMPLES[name]
    assert (rep.flows, rep.total, rep.within, rep.unassigned, rep.dangling) == (
        flows, total, within, 0, 0)
    assert [p.interfaces for p in rep.processes] == per
