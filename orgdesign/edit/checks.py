"""Local checks of a splice before it happens: what the change could break, no more.

Each check looks at the objects inserted and the ids removed, and walks the
rest of the project only where it must (a removal must not leave a dangling
reference; a person may fill one unit).  The whole-project
:func:`~orgdesign.model.check_project` is never called: at 50,000 units it
costs several times an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from orgdesign.model import EditError, Process, Project, Scenario, Unit, invariant_messages
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg

from .common import NOUNS, label


@dataclass
class Span:
    """A splice about to happen: the list as it is and the change to it."""

    project: Project
    sc: Scenario | None
    items: list[Any]
    pos_of: dict[str, int]  # id -> position in ``items``
    removed: set[str]
    inserted: list[Any]
    new: dict[str, Any] = field(init=False)
    gone: set[str] = field(init=False)  # removed and not inserted again

    def __post_init__(self) -> None:
        self.new = {x.id: x for x in self.inserted}
        self.gone = self.removed - self.new.keys()

    def after(self, obj_id: str) -> Any | None:
        """The object with this id once the splice is done (None if there is none)."""
        if obj_id in self.new:
            return self.new[obj_id]
        if obj_id in self.removed or obj_id not in self.pos_of:
            return None
        return self.items[self.pos_of[obj_id]]

    def before(self, obj_id: str) -> Any | None:
        """The object with this id as it is now (None if there is none)."""
        pos = self.pos_of.get(obj_id)
        return None if pos is None else self.items[pos]


def _walk_cycles(span: Span, what: str) -> None:
    """Refuse when following parents from an inserted object loops back.

    Only inserted objects can close a loop (the rest was a forest), so walks
    start there; ``safe`` remembers ancestors already proven to reach a root.
    ``what`` is the key of the objects' word in :data:`~.common.NOUNS`.
    """
    safe: set[str] = set()
    for obj in span.inserted:
        path: set[str] = set()
        cur: str | None = obj.id
        while cur is not None and cur not in safe:
            if cur in path:
                parent = span.after(obj.parent)
                template = QT_TRANSLATE_NOOP(
                    "Messages", "cannot place {what} {name} under {parent}: "
                    "{parent} is inside its subtree (reporting cycle)")
                raise EditError(msg(template, what=NOUNS[what], name=label(obj),
                                    parent=label(parent)))
            path.add(cur)
            node = span.after(cur)
            cur = node.parent if node is not None else None
        safe |= path


def _check_units(span: Span) -> None:
    # Removed units must leave nothing pointing at them; inserted ones must
    # point at what exists, fill no one else's person, and close no loop.
    sc = span.sc
    assert sc is not None
    if span.gone:
        gone, removed = span.gone, span.removed
        for u in span.items:
            if u.parent in gone and u.id not in removed:
                template = QT_TRANSLATE_NOOP("Messages",
                                             "unit {unit} still reports to removed unit {parent!r}")
                raise EditError(msg(template, unit=label(u), parent=u.parent))
        for ln in sc.lines:
            if ln.source in gone or ln.target in gone:
                template = QT_TRANSLATE_NOOP(
                    "Messages", "secondary line {line!r} in scenario {scenario!r} "
                    "still names a removed unit")
                raise EditError(msg(template, line=ln.id, scenario=sc.id))
        for s in sc.segments:
            if any(c in gone for c in s.contacts):
                template = QT_TRANSLATE_NOOP(
                    "Messages", "segment {segment} in scenario {scenario!r} "
                    "still names a removed unit")
                raise EditError(msg(template, segment=label(s), scenario=sc.id))
    if not span.inserted:
        return
    functions: set[str] | None = None
    staffed = False
    for u in span.inserted:
        old: Unit | None = span.before(u.id) if u.id in span.removed else None
        if u.parent is not None and span.after(u.parent) is None:
            template = QT_TRANSLATE_NOOP(
                "Messages", "unit {unit} reports to unknown unit {parent!r} "
                "in scenario {scenario!r}")
            raise EditError(msg(template, unit=label(u), parent=u.parent, scenario=sc.id))
        if u.parked and u.parent is not None:
            raise EditError(msg(QT_TRANSLATE_NOOP("Messages",
                                                  "parked unit {unit} cannot have a parent"),
                                unit=label(u)))
        if u.function is not None and (old is None or old.function != u.function):
            functions = functions or {f.id for f in span.project.functions}
            if u.function not in functions:
                template = QT_TRANSLATE_NOOP("Messages",
                                             "unit {unit} names unknown function {function!r}")
                raise EditError(msg(template, unit=label(u), function=u.function))
        # a unit put back with the person it had needs no look-up
        staffed = staffed or (u.person is not None and (old is None or old.person != u.person))
    if staffed:
        _check_people_of(span, sc.id)
    _walk_cycles(span, "unit")


def _check_people_of(span: Span, scenario: str) -> None:
    people = {p.id for p in span.project.people}
    holders = {u.person: u for u in span.items if u.person is not None and u.id not in span.removed}
    for u in span.inserted:
        if u.person is None:
            continue
        if u.person not in people:
            template = QT_TRANSLATE_NOOP("Messages",
                                         "unit {unit} names unknown person {person!r}")
            raise EditError(msg(template, unit=label(u), person=u.person))
        if u.person in holders:
            template = QT_TRANSLATE_NOOP(
                "Messages", "person {person!r} already fills unit {unit} in scenario {scenario!r}")
            raise EditError(msg(template, person=u.person, unit=label(holders[u.person]),
                                scenario=scenario))
        holders[u.person] = u


def _unit_ids(sc: Scenario | None) -> set[str]:
    assert sc is not None
    return {u.id for u in sc.units}


def _check_segments(span: Span) -> None:
    if any(s.contacts for s in span.inserted):
        units = _unit_ids(span.sc)
        for s in span.inserted:
            for c in s.contacts:
                if c not in units:
                    template = QT_TRANSLATE_NOOP(
                        "Messages", "segment {segment} names unknown contact unit {unit!r}")
                    raise EditError(msg(template, segment=label(s), unit=c))


def _check_lines(span: Span) -> None:
    if span.inserted:
        units = _unit_ids(span.sc)
        for ln in span.inserted:
            for end in (ln.source, ln.target):
                if end not in units:
                    template = QT_TRANSLATE_NOOP(
                        "Messages", "secondary line {line!r} names unknown unit {unit!r}")
                    raise EditError(msg(template, line=ln.id, unit=end))


def _check_functions(span: Span) -> None:
    if span.gone:
        for s in span.project.scenarios:
            for u in s.units:
                if u.function in span.gone:
                    template = QT_TRANSLATE_NOOP(
                        "Messages", "function {function!r} is still used by unit {unit} "
                        "in scenario {scenario!r}")
                    raise EditError(msg(template, function=u.function, unit=label(u),
                                        scenario=s.id))


def _check_people(span: Span) -> None:
    if span.gone:
        for s in span.project.scenarios:
            for u in s.units:
                if u.person in span.gone:
                    template = QT_TRANSLATE_NOOP(
                        "Messages", "person {person!r} still fills unit {unit} "
                        "in scenario {scenario!r}")
                    raise EditError(msg(template, person=u.person, unit=label(u), scenario=s.id))


def _check_scenarios(span: Span) -> None:
    project = span.project
    if len(span.items) - len(span.removed) + len(span.inserted) < 1:
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "a project keeps at least one scenario")))
    if project.active_scenario in span.gone:
        template = QT_TRANSLATE_NOOP(
            "Messages", "scenario {scenario!r} is the active one; "
            "make another scenario active first")
        raise EditError(msg(template, scenario=project.active_scenario))
    for s in span.inserted:
        # A whole scenario arrives at once: check it alone, against this
        # project's functions and people (linear in its size, not the project's).
        alone = Project.model_construct(functions=project.functions, people=project.people,
                                        scenarios=[s], active_scenario=s.id, processes=[],
                                        raci_matrices=[])
        problems = invariant_messages(alone)
        if problems:
            raise EditError(msg(QT_TRANSLATE_NOOP("Messages",
                                                  "scenario {scenario} is not sound: {problem}"),
                                scenario=label(s), problem=problems[0]))


def process_problem(p: Process) -> Message | None:
    """The first problem inside one process (duplicate ids, flows to unknown steps), or None."""
    steps: set[str] = set()
    for s in p.steps:
        if s.id in steps:
            return msg(QT_TRANSLATE_NOOP("Messages",
                                         "process {process} has two steps with id {step!r}"),
                       process=label(p), step=s.id)
        steps.add(s.id)
    flows: set[str] = set()
    for f in p.flows:
        if f.id in flows:
            return msg(QT_TRANSLATE_NOOP("Messages",
                                         "process {process} has two flows with id {flow!r}"),
                       process=label(p), flow=f.id)
        flows.add(f.id)
        for end in (f.source, f.target):
            if end not in steps:
                template = QT_TRANSLATE_NOOP(
                    "Messages", "flow {flow!r} of process {process} names unknown step {step!r}")
                return msg(template, flow=f.id, process=label(p), step=end)
    return None


def _check_processes(span: Span) -> None:
    for p in span.items:
        if p.parent in span.gone and p.id not in span.removed:
            template = QT_TRANSLATE_NOOP(
                "Messages", "process {process} is a sub-process of removed process {parent!r}")
            raise EditError(msg(template, process=label(p), parent=p.parent))
    for p in span.inserted:
        problem = process_problem(p)
        if problem:
            raise EditError(problem)
        if p.parent is not None and span.after(p.parent) is None:
            template = QT_TRANSLATE_NOOP(
                "Messages", "process {process} is a sub-process of unknown process {parent!r}")
            raise EditError(msg(template, process=label(p), parent=p.parent))
    _walk_cycles(span, "process")


def _check_raci(span: Span) -> None:
    # Role columns may name units that are gone (the rule checks report them);
    # the matrix itself must hang together.
    for m in span.inserted:
        acts = [a.id for a in m.activities]
        roles = [r.id for r in m.roles]
        if len(set(acts)) != len(acts):
            raise EditError(msg(QT_TRANSLATE_NOOP(
                "Messages", "RACI matrix {matrix} has a duplicate activity id"), matrix=label(m)))
        if len(set(roles)) != len(roles):
            raise EditError(msg(QT_TRANSLATE_NOOP(
                "Messages", "RACI matrix {matrix} has a duplicate role id"), matrix=label(m)))
        known_a, known_r = set(acts), set(roles)
        for aid, row in m.cells.items():
            if aid not in known_a or not set(row) <= known_r:
                template = QT_TRANSLATE_NOOP(
                    "Messages", "RACI matrix {matrix} has cells outside its rows and columns")
                raise EditError(msg(template, matrix=label(m)))


CHECKS: dict[str, Callable[[Span], None]] = {
    "units": _check_units,
    "segments": _check_segments,
    "lines": _check_lines,
    "functions": _check_functions,
    "people": _check_people,
    "scenarios": _check_scenarios,
    "processes": _check_processes,
    "raci_matrices": _check_raci,
}
