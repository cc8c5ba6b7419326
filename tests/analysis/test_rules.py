"""Design-rule checks: each fires on a purpose-built bad project and stays silent on a good one."""

from __future__ import annotations

import pytest
from process_builders import Layer, UnitKind, org, proc, sound

from orgdesign.analysis.problems import Severity, run_checks
from orgdesign.analysis.rules import (
    contact_problems,
    interface_problems,
    process_problems,
    team_members,
)
from orgdesign.model import CustomerSegment, InterfaceInfo, LineKind, SecondaryLine

FUNCS = [("S", "Sales"), ("V", "Service"), ("M", "Management")]
GOOD_INFO = InterfaceInfo(procedure="Daily hand-over list", responsible="Anna")


def base():
    """ceo [M] > sales [S] > rep; service [V] > desk, tech; team > s_member [S], v_member [V]."""
    return org(FUNCS, [
        ("ceo", None, "M", UnitKind.POSITION),
        ("sales", "ceo", "S", UnitKind.DEPARTMENT),
        ("rep", "sales", None),
        ("service", "ceo", "V", UnitKind.DEPARTMENT),
        ("desk", "service", None),
        ("tech", "service", None),
        ("team", "ceo", None, UnitKind.TEAM),
        ("s_member", "team", "S"),
        ("v_member", "team", "V"),
    ])


def codes(project, fn=None) -> list[str]:
    sc = project.scenario()
    found = list(fn(project, sc)) if fn else run_checks(project)
    return sorted(p.code for p in found)


def rule_codes(project) -> list[str]:
    """Codes of this module's checks only (structure and RACI have their own tests)."""
    return [c for c in codes(project) if c[0] in "PIC"]


def good_project():
    p = base()
    p.processes = [
        proc("main", {"m1": "rep", "m2": "desk"}, [("m1", "m2", "sequence", GOOD_INFO)],
             strategic=True, owner="ceo"),
        proc("sub", {"s1": "rep", "s2": "tech"}, [("s1", "s2", "sequence", GOOD_INFO)],
             parent="main", team="team"),
        proc("local", {"l1": "desk", "l2": "tech"}, [("l1", "l2")], parent="main"),
    ]
    p.scenario().segments = [CustomerSegment(id="seg", name="Retail", contacts=["rep"])]
    return sound(p)


def test_good_project_is_silent() -> None:
    assert rule_codes(good_project()) == []


def test_step_owner_and_team_naming_unknown_units_are_errors() -> None:
    p = good_project()
    p.processes[0].steps[0].unit = "gone"
    p.processes[0].owner = "vanished"
    p.processes[1].team = "nobody"
    found = list(process_problems(p, p.scenario()))
    by_code = {f.code: f for f in found}
    assert {"P001", "P002", "P003"} <= by_code.keys()
    assert all(by_code[c].severity is Severity.ERROR for c in ("P001", "P002", "P003"))
    assert "'gone'" in by_code["P001"].message and by_code["P001"].object == "main"
    assert "'vanished'" in by_code["P002"].message and by_code["P002"].kind == "process"
    assert "'nobody'" in by_code["P003"].message and by_code["P003"].object == "sub"
    # run_checks puts errors first
    assert run_checks(p)[0].severity is Severity.ERROR


def test_strategic_process_without_owner() -> None:
    p = good_project()
    p.processes[0].owner = None
    assert codes(p, process_problems) == ["P010"]
    p.processes[0].strategic = False
    assert codes(p, process_problems) == []


def test_strategic_owner_outside_management_layer() -> None:
    p = good_project()
    p.processes[0].owner = "desk"  # a leaf: support layer
    found = list(process_problems(p, p.scenario()))
    assert [f.code for f in found] == ["P011"]
    assert "'Desk'" in found[0].message and "support" in found[0].message
    p.processes[0].owner = "service"  # has reports: management
    assert codes(p, process_problems) == []
    p.scenario().units[3].layer = Layer.SUPPORT  # an explicit layer wins
    assert codes(p, process_problems) == ["P011"]
    p.processes[0].owner = "sales"
    p.scenario().units[1].layer = Layer.MANAGEMENT
    assert codes(p, process_problems) == []


def test_sub_process_spanning_functions_needs_a_team() -> None:
    p = good_project()
    p.processes[1].team = None
    found = list(process_problems(p, p.scenario()))
    assert [f.code for f in found] == ["P020"]
    assert "2 functions" in found[0].message and "'Sales'" in found[0].message
    assert "'Service'" in found[0].message
    # a top-level process may span functions without a team
    p.processes[1].parent = None
    assert codes(p, process_problems) == []


def test_sub_process_within_one_function_needs_no_team() -> None:
    p = good_project()
    # "local" is a sub-process of Service only (desk and tech inherit it)
    assert p.processes[2].team is None
    assert codes(p, process_problems) == []


def test_team_missing_a_function() -> None:
    p = good_project()
    p.scenario().units[-1].function = "S"  # v_member now from Sales: nobody from Service
    found = list(process_problems(p, p.scenario()))
    assert [f.code for f in found] == ["P021"]
    assert "'Service'" in found[0].message and "'Team'" in found[0].message


def test_team_by_project_lines() -> None:
    """A secondary-line group of kind project: the leader plus whom project lines join."""
    p = good_project()
    sc = p.scenario()
    p.processes[1].team = "rep"  # a Sales position leading the project
    assert codes(p, process_problems) == ["P021"]  # nobody from Service yet
    sc.lines = [SecondaryLine(id="l1", source="rep", target="desk", kind=LineKind.DOTTED)]
    assert codes(p, process_problems) == ["P021"]  # a dotted line is no project line
    sc.lines = [SecondaryLine(id="l1", source="s_member", target="rep", kind=LineKind.PROJECT),
                SecondaryLine(id="l2", source="s_member", target="tech", kind=LineKind.PROJECT)]
    assert team_members(sc, "rep") == {"rep", "s_member", "tech"}  # through s_member
    assert codes(p, process_problems) == []


def test_steps_without_unit_or_function_are_noted() -> None:
    p = good_project()
    p.scenario().units[0].function = None  # ceo: no function anywhere up its chain
    p.processes[2].steps.append(p.processes[2].steps[0].model_copy(
        update={"id": "l3", "unit": None}))
    p.processes[2].steps.append(p.processes[2].steps[0].model_copy(
        update={"id": "l4", "unit": "ceo"}))
    found = {f.code: f for f in process_problems(p, p.scenario())}
    assert set(found) == {"P030", "P031"}
    assert found["P030"].severity is Severity.INFO and found["P031"].severity is Severity.INFO


def test_interface_without_procedure_or_responsible() -> None:
    p = good_project()
    flow = p.processes[0].flows[0]
    flow.interface = None
    found = list(interface_problems(p, p.scenario()))
    assert [f.code for f in found] == ["I001"]
    assert found[0].object == flow.id and found[0].kind == "flow"
    assert "'Sales' → 'Service'" in found[0].message and "'MAIN'" in found[0].message
    flow.interface = InterfaceInfo(procedure="", responsible="Anna")
    assert codes(p, interface_problems) == ["I002"]
    flow.interface = InterfaceInfo(procedure="Checklist", responsible="  ")
    assert codes(p, interface_problems) == ["I003"]
    flow.interface = GOOD_INFO
    assert codes(p, interface_problems) == []


def test_within_function_and_unplaced_flows_are_no_interfaces_to_document() -> None:
    p = good_project()
    # "local" has an undocumented flow, but both steps are in Service
    assert p.processes[2].flows[0].interface is None
    assert codes(p, interface_problems) == []
    p.processes[2].steps[1].unit = None  # desk -> (none): counted, but P030 points at it
    assert codes(p, interface_problems) == []


def test_customer_contact_unit_no_segment_reaches() -> None:
    p = org([("S", "Sales"), ("V", "Service")], [
        ("boss", None, None, UnitKind.POSITION, Layer.MANAGEMENT),
        ("shop", "boss", "S", UnitKind.DEPARTMENT),
        ("clerk", "shop", None),
        ("hotline", "boss", "V", UnitKind.TEAM),
        ("agent", "hotline", None),
        ("backoffice", "boss", None),
    ], facing={"S", "V"})
    sc = p.scenario()
    sc.segments = [CustomerSegment(id="walk-in", name="Walk-in", contacts=["clerk"])]
    found = list(contact_problems(p, sc))
    # clerk is the contact, shop lies above it; nobody reaches the hotline and its agent,
    # and the hotline's warning speaks for the agent
    assert [(f.code, f.object, f.kind) for f in found] == [("C001", "hotline", "unit")]
    assert "'Hotline'" in found[0].message and "nor is the 1 customer-contact unit below" in \
        found[0].message
    sc.segments.append(CustomerSegment(id="callers", name="Callers", contacts=["hotline"]))
    assert list(contact_problems(p, sc)) == []  # the agent lies below the hotline
    # the agent on its own, still in the customer-facing function
    sc.units[4] = sc.units[4].model_copy(update={"parent": "boss", "function": "V"})
    assert [f.object for f in contact_problems(p, sc)] == ["agent"]


def test_no_segments_is_one_note_not_one_warning_per_unit() -> None:
    p = org([("S", "Sales")], [("shop", None, "S", UnitKind.DEPARTMENT), ("clerk", "shop", None)],
            facing={"S"})
    found = list(contact_problems(p, p.scenario()))
    assert [f.code for f in found] == ["C002"]
    assert found[0].severity is Severity.INFO and "2 customer-contact units" in found[0].message


def test_segment_contact_counts_are_left_to_the_structure_checks() -> None:
    p = good_project()
    sc = p.scenario()
    sc.segments = [CustomerSegment(id="a", name="A", contacts=[]),
                   CustomerSegment(id="b", name="B", contacts=["rep", "desk"])]
    all_codes = codes(p)
    assert all_codes.count("S010") == 1 and all_codes.count("S011") == 1
    assert [c for c in all_codes if c[0] in "PIC"] == []


def test_parked_units_are_not_checked_for_contact() -> None:
    p = good_project()
    sc = p.scenario()
    sc.units.append(sc.units[2].model_copy(update={"id": "parked_rep", "parent": None,
                                                   "parked": True, "function": "S"}))
    p.metadata.language = "en"
    assert rule_codes(sound(p)) == []


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("name", ["bakery", "crm", "callcenter"])
def test_samples_have_no_rule_errors(name: str, lang: str) -> None:
    from orgdesign.samples.registry import build_sample

    found = [p for p in run_checks(build_sample(name, lang)) if p.code[0] in "PIC"]
    assert not [p for p in found if p.severity is Severity.ERROR]
    for p in found:
        assert p.message and p.object
