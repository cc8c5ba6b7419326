"""A small builder the sample modules use to write one organisation in two languages.

Every piece of visible text is given as a pair ``(English, Simplified
Chinese)``; the builder picks one side.  Ids never depend on the language, so
the English and the Chinese sample have the same structure and the same ids.
"""

from __future__ import annotations

from collections.abc import Sequence

from orgdesign.model import (
    CustomerSegment,
    Flow,
    FlowKind,
    Function,
    InterfaceInfo,
    Layer,
    LineKind,
    Metadata,
    Person,
    Process,
    Project,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    Scenario,
    SecondaryLine,
    Step,
    Unit,
    UnitKind,
    check_project,
)

from .names import person_names

#: A visible text in (English, Simplified Chinese).
Text2 = tuple[str, str]

#: Languages every sample is built in.
LANGUAGES: tuple[str, ...] = ("en", "zh")

#: The scenario every sample starts with.
AS_IS: Text2 = ("As-is", "现状")


def check_language(lang: str) -> None:
    """Return None when ``lang`` is a sample language; raise ValueError otherwise."""
    if lang not in LANGUAGES:
        raise ValueError(
            f"unknown sample language {lang!r}; choose one of {', '.join(LANGUAGES)}"
        )


def _letters(cell: str) -> list[str]:
    """The letters of a RACI cell such as ``"A/R"``."""
    return [part.strip() for part in cell.split("/") if part.strip()]


class SampleBuilder:
    """Collects the parts of one sample project in one language."""

    def __init__(
        self, lang: str, *, title: Text2, description: Text2, name_style: str, seed: int
    ) -> None:
        check_language(lang)
        self.lang = lang
        self._side = LANGUAGES.index(lang)
        self._names = person_names("chinese" if lang == "zh" else name_style, seed)
        self._metadata = Metadata(
            title=self.t(title), description=self.t(description), language=lang,
            author="OrgDesign",
        )
        self.functions: list[Function] = []
        self.people: list[Person] = []
        self.units: list[Unit] = []
        self.segments: list[CustomerSegment] = []
        self.lines: list[SecondaryLine] = []
        self.processes: list[Process] = []
        self.matrices: list[RaciMatrix] = []
        self._unit_ids: set[str] = set()

    def t(self, text: Text2) -> str:
        """Return the side of ``text`` in this builder's language."""
        return text[self._side]

    def function(self, fid: str, name: Text2, color: str, customer_facing: bool = False) -> str:
        """Add a function; return its id."""
        self.functions.append(
            Function(id=fid, name=self.t(name), color=color, customer_facing=customer_facing)
        )
        return fid

    def unit(
        self,
        uid: str,
        name: Text2,
        *,
        parent: str | None = None,
        kind: UnitKind = UnitKind.POSITION,
        function: str | None = None,
        title: Text2 | None = None,
        vacant: bool = False,
        assistant: bool = False,
        parked: bool = False,
        layer: Layer | None = None,
        notes: Text2 | None = None,
    ) -> str:
        """Add a unit (with a new person unless ``vacant``); return its id.

        Raises ValueError when the parent has not been added yet, so sample
        code lists parents before children.
        """
        if parent is not None and parent not in self._unit_ids:
            raise ValueError(f"sample unit {uid!r} names a parent {parent!r} not added yet")
        person = None
        if not vacant:
            person = "p-" + uid.removeprefix("u-")
            self.people.append(Person(id=person, name=next(self._names)))
        self.units.append(Unit(
            id=uid, name=self.t(name), title=self.t(title) if title else "", kind=kind,
            parent=parent, function=function, layer=layer, person=person,
            assistant=assistant, parked=parked, notes=self.t(notes) if notes else "",
        ))
        self._unit_ids.add(uid)
        return uid

    def person_of(self, uid: str) -> str:
        """Return the id of the person filling unit ``uid``; KeyError if none does."""
        for u in self.units:
            if u.id == uid and u.person is not None:
                return u.person
        raise KeyError(f"sample unit {uid!r} has no person")

    def segment(self, sid: str, name: Text2, contact: str, notes: Text2 | None = None) -> None:
        """Add a customer segment with one point of contact."""
        self.segments.append(CustomerSegment(
            id=sid, name=self.t(name), contacts=[contact], notes=self.t(notes) if notes else ""
        ))

    def line(self, lid: str, source: str, target: str, kind: LineKind, label: Text2) -> None:
        """Add a secondary line from ``source`` to ``target``."""
        self.lines.append(
            SecondaryLine(id=lid, source=source, target=target, kind=kind, label=self.t(label))
        )

    def process(
        self,
        pid: str,
        name: Text2,
        *,
        strategic: bool = False,
        owner: str | None = None,
        parent: str | None = None,
        team: str | None = None,
        notes: Text2 | None = None,
    ) -> Process:
        """Add an empty process and return it (steps and flows are added to it)."""
        proc = Process(
            id=pid, name=self.t(name), strategic=strategic, owner=owner, parent=parent,
            team=team, notes=self.t(notes) if notes else "",
        )
        self.processes.append(proc)
        return proc

    def step(
        self,
        proc: Process,
        sid: str,
        name: Text2,
        unit: str,
        duration: float | None = None,
        waiting: float | None = None,
    ) -> str:
        """Add a step performed by ``unit`` to ``proc``; return its id."""
        proc.steps.append(
            Step(id=sid, name=self.t(name), unit=unit, duration=duration, waiting=waiting)
        )
        return sid

    def flow(
        self,
        proc: Process,
        fid: str,
        source: str,
        target: str,
        kind: FlowKind = FlowKind.SEQUENCE,
        procedure: Text2 | None = None,
        responsible: str | None = None,
    ) -> None:
        """Add a flow; with ``procedure`` it carries a described coordination procedure."""
        interface = None
        if procedure is not None:
            interface = InterfaceInfo(procedure=self.t(procedure), responsible=responsible or "")
        proc.flows.append(
            Flow(id=fid, source=source, target=target, kind=kind, interface=interface)
        )

    def raci(
        self,
        mid: str,
        name: Text2,
        proc: Process,
        roles: Sequence[tuple[str, Text2, str | None]],
        rows: dict[str, str],
    ) -> RaciMatrix:
        """Add a RACI matrix whose activities are the steps of ``proc``; return it.

        ``roles`` are ``(role id, name, unit id or None)``; ``rows`` maps a step
        id to one cell per role, separated by spaces, ``-`` for an empty cell
        (``"C A/R - I"``).  Raises ValueError when a row does not fit the roles,
        names no step, or lacks exactly one A and at least one R: sample data
        must be a good example.
        """
        steps = {s.id: s for s in proc.steps}
        # A column linked to a unit carries the unit's name (as the editor shows it
        # and a rename keeps it); the written name serves free-text roles.
        unit_names = {u.id: u.name for u in self.units}
        matrix = RaciMatrix(
            id=mid, name=self.t(name), scheme="RACI",
            roles=[RaciRole(id=rid, name=unit_names.get(unit or "", self.t(rname)), unit=unit)
                   for rid, rname, unit in roles],
        )
        for sid, row in rows.items():
            if sid not in steps:
                raise ValueError(f"RACI row {sid!r} of {mid!r} names no step of {proc.id!r}")
            cells = row.split()
            if len(cells) != len(roles):
                raise ValueError(f"RACI row {sid!r} of {mid!r} has {len(cells)} cells, "
                                 f"expected {len(roles)}")
            letters = [_letters(c) for c in cells if c != "-"]
            if sum("A" in ls for ls in letters) != 1 or not any("R" in ls for ls in letters):
                raise ValueError(f"RACI row {sid!r} of {mid!r} needs one A and at least one R")
            aid = "a-" + sid.removeprefix("s-")
            matrix.activities.append(
                RaciActivity(id=aid, name=steps[sid].name, group=proc.name, step=sid)
            )
            matrix.cells[aid] = {
                rid: cell for (rid, _, _), cell in zip(roles, cells, strict=True) if cell != "-"
            }
        self.matrices.append(matrix)
        return matrix

    def build(self) -> Project:
        """Return the finished project; raises ModelError when it breaks an invariant."""
        scenario = Scenario(
            id="as-is", name=self.t(AS_IS), units=self.units, segments=self.segments,
            lines=self.lines,
        )
        project = Project(
            metadata=self._metadata, functions=self.functions, people=self.people,
            scenarios=[scenario], active_scenario=scenario.id, processes=self.processes,
            raci_matrices=self.matrices,
        )
        check_project(project)
        return project
