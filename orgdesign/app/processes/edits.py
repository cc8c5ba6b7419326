"""The edits the Processes tab makes, as ops: each one a single ``UpdateProcess`` (or Add/Remove).

No Qt here: every function takes the current process and returns the op
that the tab pushes, so one user action is one undoable step.  Steps and
flows are replaced whole (that is what :class:`UpdateProcess` does), with
fresh ids from :func:`orgdesign.model.new_id` for new objects.  A removed
step takes the flows that touch it along, in the same op, because a flow
naming an unknown step is refused.
"""

from __future__ import annotations

from typing import Any

from orgdesign.edit import AddProcess, UpdateProcess
from orgdesign.model import Flow, FlowKind, InterfaceInfo, Process, Project, Step, new_id

#: Step fields the steps table edits.
STEP_FIELDS = ("name", "unit", "duration", "waiting")
#: Flow fields the flows table edits.
FLOW_FIELDS = ("source", "target", "kind")


def process_by_id(project: Project, process_id: str) -> Process:
    """The process with this id; KeyError if none."""
    for p in project.processes:
        if p.id == process_id:
            return p
    raise KeyError(process_id)


def _step_index(process: Process, step_id: str) -> int:
    for i, s in enumerate(process.steps):
        if s.id == step_id:
            return i
    raise KeyError(step_id)


def _flow_index(process: Process, flow_id: str) -> int:
    for i, f in enumerate(process.flows):
        if f.id == flow_id:
            return i
    raise KeyError(flow_id)


def _fresh_id(prefix: str, taken: set[str]) -> str:
    while True:
        cand = new_id(prefix)
        if cand not in taken:
            return cand


def new_process_op(name: str, index: int | None = None) -> AddProcess:
    """An op adding an empty process called ``name`` (fresh id)."""
    return AddProcess(Process(id=new_id("p"), name=name), index)


def set_step_field(process: Process, step_id: str, field: str, value: Any) -> UpdateProcess:
    """The op setting one field of a step; KeyError for an unknown step, ValueError for a
    field the table does not edit.  Values are checked when the op is applied (EditError)."""
    if field not in STEP_FIELDS:
        raise ValueError(f"not an editable step field: {field!r}")
    i = _step_index(process, step_id)
    steps: list[Step | dict[str, Any]] = list(process.steps)
    # A plain dict, so the edit layer validates the new value and refuses a bad one
    # (a negative duration...) with the EditError message the user sees.
    steps[i] = {**process.steps[i].model_dump(), field: value}
    return UpdateProcess(process.id, {"steps": steps})


def add_step(process: Process, name: str, after: int | None = None,
             unit: str | None = None, link: bool = True) -> tuple[UpdateProcess, str]:
    """The op inserting a new step after row ``after`` (None: at the end); returns it and
    the new step's id.

    With ``link``, a step added after the last step continues the process: a
    sequence flow runs from that step to the new one (in the same op).
    """
    steps = list(process.steps)
    pos = len(steps) if after is None else max(0, min(after + 1, len(steps)))
    sid = _fresh_id("s", {s.id for s in steps})
    steps.insert(pos, Step(id=sid, name=name, unit=unit))
    changes: dict[str, Any] = {"steps": steps}
    if link and pos == len(steps) - 1 and pos > 0:
        prev = steps[pos - 1].id
        fid = _fresh_id("fl", {f.id for f in process.flows})
        changes["flows"] = [*process.flows, Flow(id=fid, source=prev, target=sid)]
    return UpdateProcess(process.id, changes), sid


def remove_steps(process: Process, step_ids: set[str] | list[str]) -> UpdateProcess:
    """The op removing steps and every flow that touches one of them."""
    gone = set(step_ids)
    steps = [s for s in process.steps if s.id not in gone]
    flows = [f for f in process.flows if f.source not in gone and f.target not in gone]
    return UpdateProcess(process.id, {"steps": steps, "flows": flows})


def move_step(process: Process, step_id: str, delta: int) -> UpdateProcess | None:
    """The op moving a step ``delta`` rows (clamped); None when it would not move."""
    i = _step_index(process, step_id)
    j = max(0, min(len(process.steps) - 1, i + delta))
    if i == j:
        return None
    steps = list(process.steps)
    steps.insert(j, steps.pop(i))
    return UpdateProcess(process.id, {"steps": steps})


def default_flow_ends(process: Process, from_row: int | None = None) -> tuple[str, str] | None:
    """Sensible ends for a new flow: from step ``from_row`` to the next one (the last
    step loops back to the first); without a row, the last two steps.  None without steps."""
    steps = process.steps
    if not steps:
        return None
    if len(steps) == 1:
        return steps[0].id, steps[0].id
    if from_row is None or not 0 <= from_row < len(steps):
        return steps[-2].id, steps[-1].id
    nxt = from_row + 1 if from_row + 1 < len(steps) else 0
    return steps[from_row].id, steps[nxt].id


def add_flow(process: Process, source: str, target: str,
             kind: FlowKind = FlowKind.SEQUENCE) -> tuple[UpdateProcess, str]:
    """The op appending a flow; returns it and the new flow's id.  Unknown steps are
    refused when the op is applied (EditError)."""
    fid = _fresh_id("fl", {f.id for f in process.flows})
    flows = [*process.flows, Flow(id=fid, source=source, target=target, kind=kind)]
    return UpdateProcess(process.id, {"flows": flows}), fid


def remove_flows(process: Process, flow_ids: set[str] | list[str]) -> UpdateProcess:
    """The op removing these flows."""
    gone = set(flow_ids)
    return UpdateProcess(process.id, {"flows": [f for f in process.flows if f.id not in gone]})


def set_flow_field(process: Process, flow_id: str, field: str, value: Any) -> UpdateProcess:
    """The op setting ``source``, ``target`` or ``kind`` of a flow; KeyError for an unknown
    flow, ValueError for another field."""
    if field not in FLOW_FIELDS:
        raise ValueError(f"not an editable flow field: {field!r}")
    i = _flow_index(process, flow_id)
    flows = list(process.flows)
    if field == "kind":
        value = FlowKind(value)
    flows[i] = flows[i].model_copy(update={field: value})
    return UpdateProcess(process.id, {"flows": flows})


def set_interface_info(process: Process, flow_id: str, *, procedure: str | None = None,
                       responsible: str | None = None) -> UpdateProcess:
    """The op setting the coordination procedure and/or the responsible person of a flow
    (None leaves that part as it is).  Both empty leaves the flow without interface info."""
    i = _flow_index(process, flow_id)
    flows = list(process.flows)
    old = flows[i].interface or InterfaceInfo()
    info = InterfaceInfo(
        procedure=old.procedure if procedure is None else procedure,
        responsible=old.responsible if responsible is None else responsible.strip())
    keep = info if (info.procedure.strip() or info.responsible) else None
    flows[i] = flows[i].model_copy(update={"interface": keep})
    return UpdateProcess(process.id, {"flows": flows})
