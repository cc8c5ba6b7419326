"""A small bilingual project for the edit tests: two scenarios, a parking lot,
segments, secondary lines, a process and a RACI matrix that point at units."""

from __future__ import annotations

import pytest

from orgdesign.model import (
    CustomerSegment,
    Flow,
    Function,
    Person,
    Process,
    Project,
    RaciMatrix,
    RaciRole,
    Scenario,
    SecondaryLine,
    Step,
    Unit,
    UnitKind,
    check_project,
)


def build_project() -> Project:
    """Return the sample project (valid: check_project passes)."""
    functions = [
        Function(id="f-mgmt", name="管理 Management", color="#4C6A92"),
        Function(id="f-sales", name="销售 Sales", color="#D9822B", customer_facing=True),
        Function(id="f-service", name="客服 Service", color="#2E9E6B", customer_facing=True),
        Function(id="f-it", name="IT", color="#5B5BB5"),
    ]
    people = [
        Person(id="p-wang", name="王伟"),
        Person(id="p-li", name="李娜"),
        Person(id="p-zhang", name="张敏"),
        Person(id="p-anna", name="Anna Müller"),
        Person(id="p-chen", name="陈静"),  # not assigned anywhere
    ]
    dept = UnitKind.DEPARTMENT
    units = [
        Unit(id="ceo", name="总经理", kind=dept, function="f-mgmt", person="p-wang"),
        Unit(id="sales", name="销售部", kind=dept, parent="ceo", function="f-sales",
             person="p-li"),
        Unit(id="s1", name="华东销售代表", parent="sales", person="p-zhang"),
        Unit(id="service", name="客服中心", kind=dept, parent="ceo", function="f-service"),
        Unit(id="s2", name="华南销售代表", parent="sales"),
        Unit(id="hotline", name="热线 Hotline", kind=UnitKind.TEAM, parent="service",
             person="p-anna"),
        Unit(id="asst", name="总经理助理", parent="ceo", assistant=True),
        Unit(id="it", name="IT 支持", kind=UnitKind.TEAM, parent="ceo", function="f-it"),
        Unit(id="old", name="旧项目组", kind=UnitKind.TEAM, parked=True),
        Unit(id="old1", name="项目经理", parent="old", custom={"备注": "待定"}),
    ]
    as_is = Scenario(
        id="as-is", name="现状",
        units=units,
        segments=[
            CustomerSegment(id="seg-b2b", name="企业客户", contacts=["sales"]),
            CustomerSegment(id="seg-b2c", name="个人客户", contacts=["hotline", "s1"]),
        ],
        lines=[
            SecondaryLine(id="ln-1", source="it", target="sales", label="支持"),
            SecondaryLine(id="ln-2", source="service", target="s2"),
            SecondaryLine(id="ln-3", source="s1", target="hotline"),
        ],
    )
    to_be = Scenario(
        id="to-be", name="目标",
        units=[
            Unit(id="ceo", name="总经理", function="f-mgmt", person="p-wang"),
            Unit(id="front", name="客户前台", parent="ceo", function="f-sales", person="p-li"),
            Unit(id="back", name="后台支持", parent="ceo", function="f-it"),
        ],
    )
    process = Process(
        id="pr-order", name="订单处理", strategic=True,
        steps=[Step(id="st-1", name="接单", unit="s1"), Step(id="st-2", name="处理", unit="it")],
        flows=[Flow(id="fl-1", source="st-1", target="st-2")],
    )
    raci = RaciMatrix(id="m-1", name="订单 RACI",
                      roles=[RaciRole(id="r-sales", name="销售部", unit="sales"),
                             RaciRole(id="r-s1", name="代表", unit="s1")])
    project = Project(functions=functions, people=people, scenarios=[as_is, to_be],
                      active_scenario="as-is", processes=[process], raci_matrices=[raci])
    check_project(project)
    return project


@pytest.fixture
def project() -> Project:
    return build_project()


@pytest.fixture(scope="session")
def make_project():
    """The builder itself, for hypothesis tests that need a fresh project per example."""
    return build_project


def _roundtrip(project: Project, op):
    """Apply ``op``, check the invariants, undo, redo; return the inverse.

    Asserts undo restores the exact dump and redo reproduces the edited one.
    """
    from orgdesign.edit import apply

    before = project.model_dump()
    inverse = apply(project, op)
    check_project(project)
    after = project.model_dump()
    redo = apply(project, inverse)
    check_project(project)
    assert project.model_dump() == before
    apply(project, redo)
    assert project.model_dump() == after
    return inverse


@pytest.fixture
def roundtrip():
    """``roundtrip(project, op)``: apply, check, undo, redo (see _roundtrip)."""
    return _roundtrip
