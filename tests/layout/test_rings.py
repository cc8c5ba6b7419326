"""Rings chart: customer at the centre, a ring per layer, a sector per top-level branch."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from layout_helpers import inside_canvas, make_project, on_border, overlapping, random_sizes, trees

from orgdesign.layout import CUSTOMER_ID, compute_layout
from orgdesign.model import TreeIndex
from orgdesign.samples.synthetic import random_project

ORDER = ["customer", "customer-contact", "support", "management", "top"]


def _near_far(b, cx, cy) -> tuple[float, float]:
    dx = max(b.x - cx, 0.0, cx - (b.x + b.w))
    dy = max(b.y - cy, 0.0, cy - (b.y + b.h))
    fx = max(abs(b.x - cx), abs(b.x + b.w - cx))
    fy = max(abs(b.y - cy), abs(b.y + b.h - cy))
    return math.hypot(dx, dy), math.hypot(fx, fy)


def _check(project, layout) -> None:
    sc = project.scenario()
    idx = TreeIndex(sc, project)
    layers = idx.layers()
    assert not overlapping(layout.boxes)
    assert inside_canvas(layout)
    names = [r.name for r in layout.rings]
    assert names[0] == "customer" and names == [n for n in ORDER if n in names]
    for a, b in zip(layout.rings, layout.rings[1:], strict=False):
        assert a.outer == pytest.approx(b.inner)
    rings = {r.name: r for r in layout.rings}
    cx, cy = layout.rings[0].cx, layout.rings[0].cy
    roots = [r for r in idx.placed_roots()]
    for key, b in layout.boxes.items():
        want = "customer" if b.kind in ("segment", "customer") else \
            ("top" if key in roots else layers[key].value)
        assert b.band == want
        r = rings[want]
        near, far = _near_far(b, cx, cy)
        assert near >= r.inner - 1e-6 and far <= r.outer + 1e-6
    for r in layout.rings[1:]:  # the title spot is clear of every card
        for b in layout.boxes.values():
            assert not (b.x <= r.label_x <= b.x + b.w and b.y <= r.label_y <= b.y + b.h)
    # every branch stays inside its own arc of each ring, arcs do not overlap
    branch_of: dict[str, str] = {}
    tops = idx.kids(roots[0]) if len(roots) == 1 else roots
    for t in tops:
        for u in idx.walk(t):
            branch_of[u] = t
    arcs = {(s.ring, s.name): s for s in layout.sectors}
    for key, b in layout.boxes.items():
        if key not in branch_of or b.band == "customer":
            continue
        s = arcs[(b.band, branch_of[key])]
        a = math.atan2(b.cy - cy, b.cx - cx)
        a = s.start + (a - s.start) % (2 * math.pi)
        assert a <= s.end + 1e-6
    for ring in names:
        mine = sorted((s for s in layout.sectors if s.ring == ring), key=lambda s: s.start)
        total = sum(s.end - s.start for s in mine)
        assert total <= 2 * math.pi + 1e-6
        for s, t in zip(mine, mine[1:], strict=False):
            assert s.end <= t.start + 1e-6
    for e in layout.edges:
        assert on_border(layout.boxes[e.source], e.points[0])
        assert on_border(layout.boxes[e.target], e.points[-1])
    _no_line_through_cards(layout)


def _no_line_through_cards(layout) -> None:
    """Connectors (spokes and arcs) pass no card but their own two."""
    from layout_helpers import BoxGrid

    grid = BoxGrid(layout.boxes)
    for e in layout.edges:
        if e.kind not in ("reporting", "segment-contact"):
            continue
        for (x0, y0), (x1, y1) in zip(e.points, e.points[1:], strict=False):
            for k in range(1, 8):
                x, y = x0 + (x1 - x0) * k / 8, y0 + (y1 - y0) * k / 8
                hit = grid.crossed((x, y), (x, y)) - {e.source, e.target}
                assert not hit, (e.source, e.target, hit)


@settings(max_examples=60, deadline=None)
@given(trees(max_units=300, flags=True))
def test_rings_random_trees(tree):
    parents, seed = tree
    project = make_project(parents, seed=seed, flags=True, segments=seed % 5, lines=seed % 3)
    layout = compute_layout(project, "rings", sizes=random_sizes(project, seed))
    _check(project, layout)


def test_rings_larger_tree():
    project = random_project(2000, seed=4)
    _check(project, compute_layout(project, "rings"))


def test_samples(sample_project):
    layout = compute_layout(sample_project, "rings")
    _check(sample_project, layout)
    sc = sample_project.scenario()
    cx = layout.rings[0].cx
    for s in sc.segments:  # segments are the centre
        b = layout.boxes[s.id]
        assert _near_far(b, cx, cx)[1] <= layout.rings[0].outer


def test_general_manager_on_the_outermost_ring_at_the_top():
    project = random_project(120, seed=9)
    layout = compute_layout(project, "rings")
    assert layout.rings[-1].name == "top"
    gm = layout.boxes["u0"]
    c = layout.rings[0].cx
    assert gm.cy < c and abs(gm.cx - c) < 1e-6


def test_crowded_ring_grows():
    small = compute_layout(make_project([None] + [0] * 10), "rings")
    big = compute_layout(make_project([None] + [0] * 200), "rings")
    assert big.rings[1].outer > 3 * small.rings[1].outer
    assert not overlapping(big.boxes)


def test_empty_and_single():
    empty = compute_layout(make_project([]), "rings")
    assert list(empty.boxes) == [CUSTOMER_ID]
    one = compute_layout(make_project([None]), "rings")
    assert set(one.boxes) == {CUSTOMER_ID, "u0"}
    assert [r.name for r in one.rings] == ["customer", "top"]
