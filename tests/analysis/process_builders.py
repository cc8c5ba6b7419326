"""Small builders for projects with processes, shared by the interface and rule tests."""

from __future__ import annotations

from orgdesign.model import (
    Flow,
    FlowKind,
    Function,
    Layer,
    Process,
    Project,
    Scenario,
    Unit,
    UnitKind,
    check_project,
)
from orgdesign.model import Step as _Step


def org(functions: list[tuple[str, str]], units: list[tuple], **extra) -> Project:
    """A project: functions as (id, name); units as (id, parent, function[, kind[, layer]])."""
    us = []
    for spec in units:
        uid, parent, fn = spec[:3]
        kind = spec[3] if len(spec) > 3 else UnitKind.POSITION
        layer = spec[4] if len(spec) > 4 else None
        us.append(Unit(id=uid, name=uid.replace("_", " ").title(), parent=parent, function=fn,
                       kind=kind, layer=layer))
    project = Project(
        functions=[Function(id=i, name=n, customer_facing=i in extra.get("facing", ()))
                   for i, n in functions],
        scenarios=[Scenario(id="as-is", name="As-is", units=us)],
        active_scenario="as-is",
    )
    return project


def proc(pid: str, steps: dict[str, str | None], flows: list[tuple], **fields) -> Process:
    """A process: steps as step id -> unit id; flows as (source, target[, kind[, info]])."""
    fl = []
    for i, spec in enumerate(flows):
        kind = spec[2] if len(spec) > 2 else FlowKind.SEQUENCE
        info = spec[3] if len(spec) > 3 else None
        fl.append(Flow(id=f"{pid}-f{i}", source=spec[0], target=spec[1], kind=kind,
                       interface=info))
    return Process(id=pid, name=fields.pop("name", pid.upper()),
                   steps=[_Step(id=s, name=f"Step {s}", unit=u) for s, u in steps.items()],
                   flows=fl, **fields)


def sound(project: Project) -> Project:
    """Return ``project`` after checking the model invariants (a test must build valid data)."""
    check_project(project)
    return project


__all__ = ["Layer", "UnitKind", "FlowKind", "org", "proc", "sound"]
