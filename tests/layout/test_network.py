"""The interface network: functions as boxes, one link per pair with its count."""

from __future__ import annotations

import math
import shutil

import pytest

from orgdesign.analysis.interfaces import count_interfaces
from orgdesign.export.options import ExportOptions
from orgdesign.export.views import network_of
from orgdesign.layout.network import MIN_GAP, network_layout
from orgdesign.samples.registry import build_sample

pytestmark = pytest.mark.skipif(shutil.which("neato") is None, reason="Graphviz not installed")


def _on_border(p, box) -> bool:
    x, y = p
    inside = box.x - 0.01 <= x <= box.x + box.w + 0.01 and box.y - 0.01 <= y <= box.y + box.h + 0.01
    edge = (abs(x - box.x) < 0.01 or abs(x - box.x - box.w) < 0.01
            or abs(y - box.y) < 0.01 or abs(y - box.y - box.h) < 0.01)
    return inside and edge


@pytest.mark.parametrize("engine", ["neato", "circo"])
def test_links_join_box_borders_and_leave_room_for_their_count(engine):
    nodes = [("a", "Sales"), ("b", "Service"), ("c", "Finance"), ("d", "Lonely")]
    links = [("a", "b", 5), ("b", "c", 1), ("a", "c", 2), ("a", "zz", 3), ("c", "c", 4)]
    lay = network_layout(nodes, links, engine=engine)
    assert set(lay.boxes) == {"a", "b", "c", "d"}
    assert [(e.source, e.target, e.label) for e in lay.edges] == [
        ("a", "b", "5"), ("b", "c", "1"), ("a", "c", "2")]
    for e in lay.edges:
        src, dst = lay.boxes[e.source], lay.boxes[e.target]
        assert _on_border(e.points[0], src) and _on_border(e.points[-1], dst)
        assert math.dist(e.points[0], e.points[-1]) >= MIN_GAP - 0.5
    boxes = list(lay.boxes.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y or b.y + b.h <= a.y
        assert a.x >= 0 and a.y >= 0 and a.x + a.w <= lay.width and a.y + a.h <= lay.height


def test_unknown_engine_is_refused():
    with pytest.raises(ValueError):
        network_layout([("a", "A")], [], engine="dot")


@pytest.mark.parametrize("name", ["bakery", "crm", "callcenter"])
def test_sample_network_counts_match_the_interface_analysis(name):
    p = build_sample(name, "en")
    lay = network_of(p, p.active_scenario, ExportOptions())
    report = count_interfaces(p)
    expected = {frozenset((x.source.id or "(none)", x.target.id or "(none)")): x.count
                for x in report.unordered_pairs()}
    got = {frozenset((e.source, e.target)): int(e.label) for e in lay.edges}
    assert got == expected
    assert sum(got.values()) == report.total
