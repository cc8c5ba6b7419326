"""The project document: pydantic v2 models for everything one `.orgd` file holds.

Sibling order is model order: the children of a unit are the units whose
``parent`` is that unit, in the order they stand in ``Scenario.units``.

References inside a scenario (parent, person, function, segment contacts,
secondary lines) are hard: :func:`orgdesign.model.invariants.check_project`
refuses a project where one does not resolve.  Processes and RACI matrices
live at project level and are evaluated against any scenario, so their
references to units are soft: a dangling one is reported by the rule checks
(``orgdesign check``), never dropped.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

FORMAT_TAG = "orgdesign-project"
SCHEMA_VERSION = 1

#: Longest text a name-like field may hold; a 50 MB name is hostile, not a name.
MAX_NAME = 10_000
#: Longest free text (notes, procedures).
MAX_TEXT = 1_000_000

Id = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Name = Annotated[str, StringConstraints(max_length=MAX_NAME)]
Text = Annotated[str, StringConstraints(max_length=MAX_TEXT)]
Color = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=False)


class UnitKind(str, Enum):
    DEPARTMENT = "department"
    TEAM = "team"
    POSITION = "position"


class Layer(str, Enum):
    """Where a unit stands relative to the customer (inverted and ring views)."""

    CUSTOMER_CONTACT = "customer-contact"
    SUPPORT = "support"
    MANAGEMENT = "management"


#: Bands from the top of the inverted chart; the customer band sits above them.
LAYER_ORDER: tuple[Layer, ...] = (Layer.CUSTOMER_CONTACT, Layer.SUPPORT, Layer.MANAGEMENT)


class LineKind(str, Enum):
    DOTTED = "dotted"
    PROJECT = "project"
    FUNCTIONAL = "functional"


class FlowKind(str, Enum):
    SEQUENCE = "sequence"
    BRANCH = "branch"
    LOOP = "loop"


class Person(_Model):
    """Someone who fills a position."""

    id: Id
    name: Name
    email: Name = ""
    phone: Name = ""
    photo: Name = ""  # path relative to the project file, or empty
    notes: Text = ""
    custom: dict[Name, Text] = Field(default_factory=dict)


class Function(_Model):
    """A functional area; interfaces are counted between functions."""

    id: Id
    name: Name
    color: Color = "#8899AA"
    customer_facing: bool = False


class Unit(_Model):
    """A node of the structure: department, team or position."""

    id: Id
    name: Name
    title: Name = ""
    kind: UnitKind = UnitKind.POSITION
    parent: Id | None = None
    function: Id | None = None
    layer: Layer | None = None  # None: inferred (see queries.effective_layer)
    person: Id | None = None
    assistant: bool = False
    parked: bool = False  # a parked unit is a root in the parking lot
    collapsed: bool = False
    compact: bool | None = None  # None: automatic above the span threshold
    color: Color | None = None
    notes: Text = ""
    custom: dict[Name, Text] = Field(default_factory=dict)


class CustomerSegment(_Model):
    """A customer group and its point(s) of contact (ideally exactly one)."""

    id: Id
    name: Name
    contacts: list[Id] = Field(default_factory=list)
    notes: Text = ""


class SecondaryLine(_Model):
    """A dotted, project or functional relation; never changes the tree."""

    id: Id
    source: Id
    target: Id
    kind: LineKind = LineKind.DOTTED
    label: Name = ""


class Scenario(_Model):
    """A named variant of the organisation (as-is, to-be...)."""

    id: Id
    name: Name
    units: list[Unit] = Field(default_factory=list)
    segments: list[CustomerSegment] = Field(default_factory=list)
    lines: list[SecondaryLine] = Field(default_factory=list)
    notes: Text = ""


class InterfaceInfo(_Model):
    """What makes an unavoidable interface workable."""

    procedure: Text = ""
    responsible: Name = ""  # a person id of the project, or a free-text name


class Step(_Model):
    id: Id
    name: Name
    unit: Id | None = None
    duration: float | None = Field(default=None, ge=0, allow_inf_nan=False)
    waiting: float | None = Field(default=None, ge=0, allow_inf_nan=False)


class Flow(_Model):
    id: Id
    source: Id
    target: Id
    kind: FlowKind = FlowKind.SEQUENCE
    interface: InterfaceInfo | None = None


class Process(_Model):
    """Steps and the flows between them; each step is performed by a unit."""

    id: Id
    name: Name
    strategic: bool = False
    owner: Id | None = None
    parent: Id | None = None  # the process this one is a sub-process of
    team: Id | None = None  # a unit (project team) attached to the sub-process
    steps: list[Step] = Field(default_factory=list)
    flows: list[Flow] = Field(default_factory=list)
    notes: Text = ""


class RaciActivity(_Model):
    id: Id
    name: Name
    group: Name = ""  # usually the process name
    step: Id | None = None


class RaciRole(_Model):
    id: Id
    name: Name
    unit: Id | None = None  # None: a free-text role such as "Client"


class RaciSettings(_Model):
    a_counts_as_r: bool = False
    max_r: int = Field(default=3, ge=1)
    consult_share: float = Field(default=0.5, ge=0, le=1)
    inform_share: float = Field(default=0.5, ge=0, le=1)
    bottleneck_share: float = Field(default=0.5, ge=0, le=1)


class RaciMatrix(_Model):
    id: Id
    name: Name
    scheme: Name = "RACI"
    activities: list[RaciActivity] = Field(default_factory=list)
    roles: list[RaciRole] = Field(default_factory=list)
    #: activity id -> role id -> letters ("R", "A/R")
    cells: dict[Id, dict[Id, Name]] = Field(default_factory=dict)
    settings: RaciSettings = Field(default_factory=RaciSettings)


class Metadata(_Model):
    title: Name = ""
    description: Text = ""
    author: Name = ""
    language: Name = "en"
    created: Name = ""
    modified: Name = ""
    app_version: Name = ""


class Project(_Model):
    """One `.orgd` file."""

    format: str = FORMAT_TAG
    schema_version: int = SCHEMA_VERSION
    metadata: Metadata = Field(default_factory=Metadata)
    functions: list[Function] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    scenarios: list[Scenario] = Field(min_length=1)
    active_scenario: Id
    processes: list[Process] = Field(default_factory=list)
    raci_matrices: list[RaciMatrix] = Field(default_factory=list)

    def scenario(self, scenario_id: str | None = None) -> Scenario:
        """Return the scenario with this id (the active one when None); KeyError if none."""
        wanted = scenario_id or self.active_scenario
        for sc in self.scenarios:
            if sc.id == wanted:
                return sc
        raise KeyError(wanted)


def new_project(title: str = "", language: str = "en", scenario_name: str = "As-is") -> Project:
    """Return an empty project with one scenario named ``scenario_name``."""
    return Project(
        metadata=Metadata(title=title, language=language),
        scenarios=[Scenario(id="as-is", name=scenario_name)],
        active_scenario="as-is",
    )
