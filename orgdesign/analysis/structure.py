"""Structure metrics and the structural rule checks (span, roots, segments)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from orgdesign.model import Layer, Project, Scenario, TreeIndex, UnitKind

from .problems import Problem, Severity, checker

#: A manager with more direct reports than this gets a warning.
SPAN_WARNING = 15


@dataclass
class StructureMetrics:
    """Counts of one scenario; what ``orgdesign info`` prints."""

    units: int
    people: int
    vacancies: int
    roots: int
    depth: int
    max_span: int
    min_span: int
    avg_span: float
    parking_lot: int
    layers: dict[str, int]
    front_line_share: float


def structure_metrics(project: Project, scenario: Scenario) -> StructureMetrics:
    """Return the metrics of ``scenario``.

    ``units``, ``people`` and ``vacancies`` cover the whole scenario, parked
    units included; ``roots``, ``depth`` and spans describe the placed chart;
    ``parking_lot`` counts every unit in a parked subtree.
    """
    ix = TreeIndex(scenario, project)
    placed = ix.placed()
    depths = ix.depths()
    spans = [len(ix.kids(u)) for u in placed if ix.kids(u)]
    layers = ix.layers()
    counts = {layer.value: 0 for layer in Layer}
    for uid in placed:
        counts[layers[uid].value] += 1
    people = sum(1 for u in scenario.units if u.person is not None)
    vacancies = sum(1 for u in scenario.units if u.kind is UnitKind.POSITION and u.person is None)
    return StructureMetrics(
        units=len(scenario.units),
        people=people,
        vacancies=vacancies,
        roots=len(ix.placed_roots()),
        depth=max((depths[u] for u in placed), default=0),
        max_span=max(spans, default=0),
        min_span=min(spans, default=0),
        avg_span=round(sum(spans) / len(spans), 2) if spans else 0.0,
        parking_lot=len(ix.parked()),
        layers=counts,
        front_line_share=round(counts[Layer.CUSTOMER_CONTACT.value] / len(placed), 3)
        if placed else 0.0,
    )


@checker
def structure_problems(project: Project, scenario: Scenario) -> Iterator[Problem]:
    """Structural findings: empty chart, several roots, wide spans, parked units."""
    ix = TreeIndex(scenario, project)
    roots = ix.placed_roots()
    if not roots:
        yield Problem("S001", Severity.INFO, f"scenario {scenario.name!r} has no units in the chart",
                      scenario.id, "scenario")
    elif len(roots) > 1:
        yield Problem("S002", Severity.WARNING,
                      f"the chart has {len(roots)} top units; an organisation usually has one",
                      roots[1], "unit")
    for uid in ix.placed():
        n = len(ix.kids(uid))
        if n > SPAN_WARNING:
            yield Problem("S003", Severity.WARNING,
                          f"{ix.units[uid].name!r} has {n} direct reports (more than {SPAN_WARNING})",
                          uid, "unit")
    for uid in ix.parked_roots():
        yield Problem("S004", Severity.INFO,
                      f"{ix.units[uid].name!r} waits in the parking lot", uid, "unit")
    for seg in scenario.segments:
        if not seg.contacts:
            yield Problem("S010", Severity.WARNING,
                          f"customer segment {seg.name!r} has no point of contact", seg.id,
                          "segment")
        elif len(seg.contacts) > 1:
            yield Problem("S011", Severity.WARNING,
                          f"customer segment {seg.name!r} has {len(seg.contacts)} points of "
                          "contact; customers need one clear point of contact", seg.id, "segment")
