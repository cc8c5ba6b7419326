"""Design-rule checks of processes, interfaces and customer contact.

Registered with :func:`~.problems.checker`, so ``orgdesign check`` and the
Problems dock run them.  Codes:

======  ========  ==========================================================
code    severity  finding
======  ========  ==========================================================
P001    error     a step names a unit that is not in the scenario
P002    error     a process owner names a unit that is not in the scenario
P003    error     a process team names a unit that is not in the scenario
P010    warning   a strategic process has no owner
P011    warning   a strategic process's owner is not in the management layer
P020    warning   a sub-process spans several functions, no project team attached
P021    warning   the attached team lacks a member from some of those functions
P030    info      a step has no performing unit
P031    info      a step's unit has no function (itself or up its chain)
I001    warning   an interface has neither coordination procedure nor responsible
I002    warning   an interface has no coordination procedure
I003    warning   an interface has no responsible person
C001    warning   a customer-contact unit that no customer segment reaches
C002    info      customer-contact units exist but the scenario has no segments
======  ========  ==========================================================

Definitions the checks rely on:

* **Spanned functions** of a process: the effective functions of the units
  performing its steps; steps without a unit or function are left out (P030
  and P031 point at them).
* **Project team** of a sub-process (a process with ``parent``): the unit
  named by ``Process.team``, every unit below it, and every unit joined to it,
  directly or through other members, by secondary lines of kind ``project``
  (a secondary-line group).  The team covers the sub-process when the members'
  effective functions include every spanned function.
* **Interface** (I00x): a flow whose two steps have different effective
  functions, both known.  A flow touching a step without function is counted
  by :mod:`.interfaces` but not flagged here: the fix is to place the step
  (P030/P031), not to write a procedure for it.
* **Reached** (C001): a placed unit is reached when it is a segment's point of
  contact, lies below one, or lies above one (a department whose team is the
  contact).  An unreached unit under an unreached customer-contact parent is
  not reported again: the parent's warning names how many lie below it.
  Segments with no or several contacts are S010/S011 in :mod:`.structure`.
"""

from __future__ import annotations

from collections.abc import Iterator

from orgdesign.model import Layer, LineKind, Process, Project, Scenario, TreeIndex

from .interfaces import classify_flows
from .problems import Problem, Severity, checker


def _name(ix: TreeIndex, uid: str) -> str:
    return repr(ix.units[uid].name)


@checker
def process_problems(project: Project, scenario: Scenario) -> Iterator[Problem]:
    """Dangling units, owners of strategic processes, teams of sub-processes, unplaced steps."""
    ix = TreeIndex(scenario, project)
    funcs = ix.effective_functions()
    layers: dict[str, Layer] | None = None  # computed on first need only
    fname = {f.id: f.name for f in project.functions}
    for proc in project.processes:
        pname = repr(proc.name)
        for step in proc.steps:
            if step.unit is None:
                yield Problem("P030", Severity.INFO,
                              f"step {step.name!r} of process {pname} has no performing unit",
                              proc.id, "process")
            elif step.unit not in ix.units:
                yield Problem("P001", Severity.ERROR,
                              f"step {step.name!r} of process {pname} names unit {step.unit!r}, "
                              f"which is not in scenario {scenario.name!r}", proc.id, "process")
            elif funcs[step.unit] is None:
                yield Problem("P031", Severity.INFO,
                              f"step {step.name!r} of process {pname} is performed by "
                              f"{_name(ix, step.unit)}, which has no function", proc.id, "process")
        if proc.owner is not None and proc.owner not in ix.units:
            yield Problem("P002", Severity.ERROR,
                          f"process {pname} names owner {proc.owner!r}, which is not in scenario "
                          f"{scenario.name!r}", proc.id, "process")
        elif proc.strategic and proc.owner is None:
            yield Problem("P010", Severity.WARNING,
                          f"strategic process {pname} has no process owner", proc.id, "process")
        elif proc.strategic and proc.owner is not None:
            layers = layers if layers is not None else ix.layers()
            if layers[proc.owner] is not Layer.MANAGEMENT:
                yield Problem("P011", Severity.WARNING,
                              f"the owner of strategic process {pname}, {_name(ix, proc.owner)}, "
                              f"is in the {layers[proc.owner].value} layer, not management",
                              proc.id, "process")
        if proc.team is not None and proc.team not in ix.units:
            yield Problem("P003", Severity.ERROR,
                          f"process {pname} names team {proc.team!r}, which is not in scenario "
                          f"{scenario.name!r}", proc.id, "process")
            continue
        if proc.parent is None:
            continue
        spanned = spanned_functions(proc, funcs)
        if len(spanned) < 2:
            continue
        names = ", ".join(repr(fname.get(f, f)) for f in sorted(spanned, key=_order(project)))
        if proc.team is None:
            yield Problem("P020", Severity.WARNING,
                          f"sub-process {pname} spans {len(spanned)} functions ({names}) but has "
                          "no project team attached", proc.id, "process")
            continue
        covered = {funcs[m] for m in team_members(scenario, proc.team, ix)}
        missing = sorted(spanned - covered, key=_order(project))
        if missing:
            yield Problem("P021", Severity.WARNING,
                          f"project team {_name(ix, proc.team)} of sub-process {pname} has no "
                          f"member from {', '.join(repr(fname.get(f, f)) for f in missing)}",
                          proc.id, "process")


def _order(project: Project):
    pos = {f.id: i for i, f in enumerate(project.functions)}
    return lambda fid: (pos.get(fid, len(pos)), fid)


def spanned_functions(proc: Process, funcs: dict[str, str | None]) -> set[str]:
    """Effective functions of the units performing ``proc``'s steps (unknowns left out)."""
    return {f for s in proc.steps if s.unit is not None
            and (f := funcs.get(s.unit)) is not None}


def team_members(scenario: Scenario, team: str, index: TreeIndex | None = None) -> set[str]:
    """The members of the project team ``team``: itself, its subtree, its project-line group.

    The project-line group is every unit reachable from ``team`` over
    secondary lines of kind ``project`` (either direction).  Returns an empty
    set when ``team`` is not in the scenario.
    """
    ix = index or TreeIndex(scenario)
    if team not in ix.units:
        return set()
    members = set(ix.walk(team))
    neighbours: dict[str, set[str]] = {}
    for ln in scenario.lines:
        if ln.kind is LineKind.PROJECT:
            neighbours.setdefault(ln.source, set()).add(ln.target)
            neighbours.setdefault(ln.target, set()).add(ln.source)
    stack = [team]
    seen = {team}
    while stack:
        for nb in neighbours.get(stack.pop(), ()):
            if nb not in seen and nb in ix.units:
                seen.add(nb)
                stack.append(nb)
    return members | seen


@checker
def interface_problems(project: Project, scenario: Scenario) -> Iterator[Problem]:
    """Interfaces (cross-function flows) lacking a coordination procedure or a responsible."""
    fname = {f.id: f.name for f in project.functions}
    for cf in classify_flows(project, scenario, by="function"):
        if not cf.interface or cf.source is None or cf.target is None:
            continue
        info = cf.flow.interface
        no_proc = info is None or not info.procedure.strip()
        no_resp = info is None or not info.responsible.strip()
        if not (no_proc or no_resp):
            continue
        steps = {s.id: s.name for s in cf.process.steps}
        what = (f"interface {fname.get(cf.source, cf.source)!r} → "
                f"{fname.get(cf.target, cf.target)!r} ({steps[cf.flow.source]!r} → "
                f"{steps[cf.flow.target]!r} in process {cf.process.name!r})")
        if no_proc and no_resp:
            code, lack = "I001", "no coordination procedure and no responsible person"
        elif no_proc:
            code, lack = "I002", "no coordination procedure"
        else:
            code, lack = "I003", "no responsible person"
        yield Problem(code, Severity.WARNING, f"{what} has {lack}", cf.flow.id, "flow")


@checker
def contact_problems(project: Project, scenario: Scenario) -> Iterator[Problem]:
    """Customer-contact units that no customer segment reaches."""
    ix = TreeIndex(scenario, project)
    layers = ix.layers()
    front = [u for u in ix.placed() if layers[u] is Layer.CUSTOMER_CONTACT]
    if not front:
        return
    if not scenario.segments:
        yield Problem("C002", Severity.INFO,
                      f"scenario {scenario.name!r} has {len(front)} customer-contact units but no "
                      "customer segments; add segments to check that customers reach them",
                      scenario.id, "scenario")
        return
    reached: set[str] = set()
    for seg in scenario.segments:
        for contact in seg.contacts:
            if contact not in ix.units:
                continue
            reached.update(ix.walk(contact))
            up = ix.units[contact].parent
            while up is not None and up not in reached:
                reached.add(up)
                up = ix.units[up].parent
    # One warning per unreached subtree: its top unit speaks for the units below it.
    unreached = [u for u in front if u not in reached]
    lost = set(unreached)
    for uid in unreached:
        if ix.units[uid].parent in lost:
            continue
        below = sum(1 for d in ix.walk(uid) if d in lost) - 1
        more = (f" (nor {'is' if below == 1 else 'are'} the {below} customer-contact "
                f"unit{'s' if below > 1 else ''} below it)") if below else ""
        yield Problem("C001", Severity.WARNING,
                      f"customer-contact unit {_name(ix, uid)} is not the point of contact of "
                      f"any customer segment{more}", uid, "unit")
