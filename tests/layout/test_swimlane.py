"""The process swimlane: steps in their function's lane, ordered by the flow,
connectors that never cross a card, interfaces marked."""

from __future__ import annotations

import shutil

import pytest

from orgdesign.layout.geometry import Box
from orgdesign.layout.swimlane import NONE_LANE, find_process, step_lanes, swimlane_layout
from orgdesign.model import Flow, FlowKind, Function, Process, Step, Unit, new_project
from orgdesign.samples.registry import build_sample

pytestmark = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")


def _project():
    p = new_project()
    p.functions = [Function(id="fa", name="Sales"), Function(id="fb", name="Finance")]
    p.scenario().units = [Unit(id="a", name="Seller", function="fa"),
                          Unit(id="a2", name="Helper", parent="a"),  # inherits fa
                          Unit(id="b", name="Accountant", function="fb"),
                          Unit(id="x", name="Nobody")]
    steps = [Step(id="s1", name="Offer", unit="a"), Step(id="s2", name="Check", unit="a2"),
             Step(id="s3", name="Invoice", unit="b"), Step(id="s4", name="Remind", unit="x"),
             Step(id="s5", name="Close", unit="a")]
    flows = [Flow(id="f1", source="s1", target="s2"), Flow(id="f2", source="s2", target="s3"),
             Flow(id="f3", source="s3", target="s4"), Flow(id="f4", source="s4", target="s5"),
             Flow(id="f5", source="s3", target="s1", kind=FlowKind.LOOP)]
    p.processes = [Process(id="p", name="Order to cash", steps=steps, flows=flows)]
    return p


def _crosses(seg: tuple[tuple[float, float], tuple[float, float]], box: Box) -> bool:
    """True when an axis-parallel segment runs through the inside of ``box``."""
    (x0, y0), (x1, y1) = seg
    inset = 1.0
    bx0, by0, bx1, by1 = box.x + inset, box.y + inset, box.x + box.w - inset, box.y + box.h - inset
    if y0 == y1:
        return by0 < y0 < by1 and min(x0, x1) < bx1 and max(x0, x1) > bx0
    if x0 == x1:
        return bx0 < x0 < bx1 and min(y0, y1) < by1 and max(y0, y1) > by0
    return False


def test_lanes_follow_effective_functions():
    p = _project()
    lanes, lane_of = step_lanes(p, p.processes[0])
    assert lanes == ["fa", "fb", NONE_LANE]
    assert lane_of == {"s1": "fa", "s2": "fa", "s3": "fb", "s4": NONE_LANE, "s5": "fa"}


def test_steps_sit_in_their_lane_in_flow_order():
    p = _project()
    lay = swimlane_layout(p, "Order to cash")
    assert lay.view == "process:p"
    bands = {b.name: b for b in lay.bands}
    assert list(bands) == ["fa", "fb", NONE_LANE]
    for box in lay.boxes.values():
        band = bands[box.band]
        assert band.y0 <= box.y and box.y + box.h <= band.y1
        assert band.label_box[0] + band.label_box[2] <= box.x
        assert box.kind == "step"
    xs = [lay.boxes[s].x for s in ("s1", "s2", "s3", "s4", "s5")]
    assert xs == sorted(xs) and len(set(xs)) == 5
    for a in lay.boxes.values():
        for b in lay.boxes.values():
            if a is not b:
                assert (a.x + a.w <= b.x or b.x + b.w <= a.x or a.y + a.h <= b.y
                        or b.y + b.h <= a.y)


def test_connectors_are_orthogonal_avoid_cards_and_mark_interfaces():
    p = _project()
    lay = swimlane_layout(p, "p")
    kinds = {e.id: e.kind for e in lay.edges}
    assert kinds == {"f1": "flow", "f2": "interface", "f3": "interface", "f4": "interface",
                     "f5": "interface"}
    for e in lay.edges:
        src, dst = lay.boxes[e.source], lay.boxes[e.target]
        assert e.points[0] == (src.x + src.w, src.cy)
        assert e.points[-1] == (dst.x, dst.cy)
        for seg in zip(e.points, e.points[1:], strict=False):
            assert seg[0][0] == seg[1][0] or seg[0][1] == seg[1][1]
            for box in lay.boxes.values():
                assert not _crosses(seg, box), (e.id, seg)


@pytest.mark.parametrize("name", ["bakery", "crm", "callcenter"])
def test_sample_processes_lay_out_without_crossing_cards(name):
    p = build_sample(name, "en")
    for proc in p.processes:
        lay = swimlane_layout(p, proc.id)
        assert set(lay.boxes) == {s.id for s in proc.steps}
        for e in lay.edges:
            for seg in zip(e.points, e.points[1:], strict=False):
                for box in lay.boxes.values():
                    assert not _crosses(seg, box)
        assert lay.width > 0 and lay.height > 0


def test_unknown_process_is_a_key_error():
    with pytest.raises(KeyError):
        find_process(_project(), "nope")
