"""Edit operations: frozen records of ids and values, applied by :func:`~.apply.apply`.

An op holds ids and plain values, never a live object of the project: model
objects and change dicts are deep-copied when the op is built, and
:func:`~.apply.apply` inserts copies, so later edits cannot reach into an op
kept on the undo stack.

``scenario=None`` means the active scenario at the time the op is applied;
every inverse op names its scenario explicitly, so an undo lands in the right
scenario even if the user switched scenarios in between.

Sibling indexes (``index`` of :class:`AddUnit`, :class:`MoveUnit`, ...) count
the children of the new parent *without* the unit being placed, i.e. the index
the unit will have among its siblings afterwards; ``None`` means last.  The
siblings of a root are the other roots in the same place: chart roots for a
placed unit, parking-lot roots for a parked one.  Indexes of the plain lists
(people, functions, segments, lines, processes, scenarios) are list positions;
``None`` means at the end.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from orgdesign.model import (
    CustomerSegment,
    Function,
    Person,
    Process,
    Scenario,
    SecondaryLine,
    Unit,
)
from orgdesign.model.messages import Message


def _freeze_model(op: object, name: str) -> None:
    # Frozen dataclasses need object.__setattr__ to normalise a field.
    object.__setattr__(op, name, getattr(op, name).model_copy(deep=True))


def _freeze_changes(op: object, name: str = "changes") -> None:
    object.__setattr__(op, name, copy.deepcopy(dict(getattr(op, name))))


@dataclass(frozen=True)
class Op:
    """Base of every edit operation."""


# --- primitives: every inverse is built from these --------------------------------


@dataclass(frozen=True)
class Splice(Op):
    """Remove objects by id from a list, then insert objects at final list positions.

    ``collection`` is one of ``units``, ``segments``, ``lines`` (lists of a
    scenario) or ``functions``, ``people``, ``scenarios``, ``processes`` (lists
    of the project; ``scenario`` must then be None).  ``insert`` pairs a
    position in the resulting list with an object, positions ascending.  The
    inverse is again a Splice, so it restores every object at its exact
    position.  The op owns the objects it holds (apply inserts copies).
    """

    collection: str
    remove: tuple[str, ...] = ()
    insert: tuple[tuple[int, BaseModel], ...] = ()
    scenario: str | None = None

    def __post_init__(self) -> None:
        # Lists are accepted for convenience; a big undo record is passed as tuples already.
        if not isinstance(self.remove, tuple):
            object.__setattr__(self, "remove", tuple(self.remove))
        if not isinstance(self.insert, tuple):
            object.__setattr__(self, "insert", tuple(tuple(pair) for pair in self.insert))


@dataclass(frozen=True)
class Batch(Op):
    """Several ops applied in order as one step (paste, import, a compound edit).

    All or nothing: when one op is refused, those already applied are undone.
    The inverse is the Batch of the inverses, in reverse order.
    """

    ops: tuple[Op, ...] = ()
    #: the undo-history label: plain text, or a translatable message (see describe_message)
    label: str | Message = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "ops", tuple(self.ops))


@dataclass(frozen=True)
class SetActiveScenario(Op):
    """Make another scenario the active one."""

    scenario_id: str


# --- units ------------------------------------------------------------------------


@dataclass(frozen=True)
class AddUnit(Op):
    """Insert ``unit`` under ``parent`` (None: as a root) at sibling ``index``.

    The unit's own ``parent`` field is ignored (``parent`` wins).  A unit with
    ``parked=True`` may only be added as a root: it goes to the parking lot.
    """

    unit: Unit
    parent: str | None = None
    index: int | None = None
    scenario: str | None = None

    def __post_init__(self) -> None:
        _freeze_model(self, "unit")


@dataclass(frozen=True)
class DeleteSubtree(Op):
    """Delete a unit and all its descendants, with the secondary lines touching
    them and their places in segment contacts.  RACI roles and process steps
    keep their (now dangling, soft) unit ids; the rule checks report them."""

    unit_id: str
    scenario: str | None = None


@dataclass(frozen=True)
class DeletePromote(Op):
    """Delete one unit; its reports move up to its parent, in its sibling slot."""

    unit_id: str
    scenario: str | None = None


@dataclass(frozen=True)
class MoveUnit(Op):
    """Re-parent a unit (with its subtree) under ``parent`` (None: a chart root).

    Refused when ``parent`` is the unit or one of its descendants.  Moving a
    parked root into the chart unparks it.
    """

    unit_id: str
    parent: str | None
    index: int | None = None
    scenario: str | None = None


@dataclass(frozen=True)
class ReorderUnit(Op):
    """Move a unit to ``index`` among its siblings (same parent)."""

    unit_id: str
    index: int
    scenario: str | None = None


@dataclass(frozen=True)
class ParkUnit(Op):
    """Move a unit and its subtree to the parking lot (a parked root) at ``index``."""

    unit_id: str
    index: int | None = None
    scenario: str | None = None


@dataclass(frozen=True)
class UnparkUnit(Op):
    """Bring a parked root back into the chart under ``parent`` at ``index``."""

    unit_id: str
    parent: str | None = None
    index: int | None = None
    scenario: str | None = None


@dataclass(frozen=True)
class UpdateUnit(Op):
    """Set fields of a unit: ``changes`` maps field name to new value.

    ``id``, ``parent`` and ``parked`` cannot change here (use the move and park
    ops).  Values are validated by pydantic; the inverse holds the old values.
    """

    unit_id: str
    changes: dict[str, Any]
    scenario: str | None = None

    def __post_init__(self) -> None:
        _freeze_changes(self)


@dataclass(frozen=True)
class UpdateUnits(Op):
    """:class:`UpdateUnit` for many units at once: unit id -> field -> value."""

    changes: dict[str, dict[str, Any]]
    scenario: str | None = None

    def __post_init__(self) -> None:
        _freeze_changes(self)


# --- people and functions (project level) -----------------------------------------


@dataclass(frozen=True)
class AddPerson(Op):
    """Insert a person into the project's people at list ``index``."""

    person: Person
    index: int | None = None

    def __post_init__(self) -> None:
        _freeze_model(self, "person")


@dataclass(frozen=True)
class RemovePerson(Op):
    """Remove a person; the positions they fill in any scenario become vacancies
    (restored by the inverse)."""

    person_id: str


@dataclass(frozen=True)
class UpdatePerson(Op):
    """Set fields of a person (not the id)."""

    person_id: str
    changes: dict[str, Any]

    def __post_init__(self) -> None:
        _freeze_changes(self)


@dataclass(frozen=True)
class AddFunction(Op):
    """Insert a function at list ``index``."""

    function: Function
    index: int | None = None

    def __post_init__(self) -> None:
        _freeze_model(self, "function")


@dataclass(frozen=True)
class RemoveFunction(Op):
    """Remove a function; units of any scenario that name it lose it (they then
    inherit their parent's function) and get it back on undo."""

    function_id: str


@dataclass(frozen=True)
class UpdateFunction(Op):
    """Set fields of a function (not the id): name, color, customer_facing."""

    function_id: str
    changes: dict[str, Any]

    def __post_init__(self) -> None:
        _freeze_changes(self)


# --- segments and secondary lines (scenario level) --------------------------------


@dataclass(frozen=True)
class AddSegment(Op):
    """Insert a customer segment; its contacts must be units of the scenario."""

    segment: CustomerSegment
    index: int | None = None
    scenario: str | None = None

    def __post_init__(self) -> None:
        _freeze_model(self, "segment")


@dataclass(frozen=True)
class RemoveSegment(Op):
    """Remove a customer segment."""

    segment_id: str
    scenario: str | None = None


@dataclass(frozen=True)
class UpdateSegment(Op):
    """Set fields of a customer segment (not the id)."""

    segment_id: str
    changes: dict[str, Any]
    scenario: str | None = None

    def __post_init__(self) -> None:
        _freeze_changes(self)


@dataclass(frozen=True)
class AddLine(Op):
    """Insert a secondary line between two units of the scenario."""

    line: SecondaryLine
    index: int | None = None
    scenario: str | None = None

    def __post_init__(self) -> None:
        _freeze_model(self, "line")


@dataclass(frozen=True)
class RemoveLine(Op):
    """Remove a secondary line."""

    line_id: str
    scenario: str | None = None


@dataclass(frozen=True)
class UpdateLine(Op):
    """Set fields of a secondary line (not the id)."""

    line_id: str
    changes: dict[str, Any]
    scenario: str | None = None

    def __post_init__(self) -> None:
        _freeze_changes(self)


# --- processes and scenarios (project level) --------------------------------------


@dataclass(frozen=True)
class AddProcess(Op):
    """Insert a process; its flows must join its steps, its parent must exist."""

    process: Process
    index: int | None = None

    def __post_init__(self) -> None:
        _freeze_model(self, "process")


@dataclass(frozen=True)
class RemoveProcess(Op):
    """Remove a process; refused while another process is its sub-process."""

    process_id: str


@dataclass(frozen=True)
class UpdateProcess(Op):
    """Set fields of a process (not the id); steps and flows are replaced whole."""

    process_id: str
    changes: dict[str, Any]

    def __post_init__(self) -> None:
        _freeze_changes(self)


@dataclass(frozen=True)
class AddScenario(Op):
    """Insert a whole scenario (see :func:`copy_scenario` for a copy of another)."""

    scenario: Scenario
    index: int | None = None

    def __post_init__(self) -> None:
        _freeze_model(self, "scenario")


@dataclass(frozen=True)
class RemoveScenario(Op):
    """Remove a scenario; refused for the active one and the last one."""

    scenario_id: str


@dataclass(frozen=True)
class UpdateScenario(Op):
    """Set ``name`` or ``notes`` of a scenario (not its id or contents)."""

    scenario_id: str
    changes: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        _freeze_changes(self)
