"""Inverted chart: customer on top, bands by layer, top manager at the bottom."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from layout_helpers import (
    BoxGrid,
    inside_canvas,
    make_project,
    on_border,
    overlapping,
    random_sizes,
    trees,
)

from orgdesign.layout import CUSTOMER_ID, compute_layout
from orgdesign.model import TreeIndex
from orgdesign.samples.registry import build_sample
from orgdesign.samples.synthetic import random_project

ORDER = ["customer", "customer-contact", "support", "management"]


def _check(project, layout) -> None:
    sc = project.scenario()
    layers = TreeIndex(sc, project).layers()
    assert not overlapping(layout.boxes)
    assert inside_canvas(layout)
    names = [b.name for b in layout.bands]
    assert names[0] == "customer"
    assert names == [n for n in ORDER if n in names]  # customer -> contact -> support -> mgmt
    for a, b in zip(layout.bands, layout.bands[1:], strict=False):
        assert a.y1 <= b.y0 + 1e-6
    bands = {b.name: b for b in layout.bands}
    for key, box in layout.boxes.items():
        if box.kind in ("unit", "collapsed"):
            assert box.band == layers[key].value  # band from the layer, not the depth
        else:
            assert box.band == "customer"
        band = bands[box.band]
        assert band.y0 - 1e-6 <= box.y and box.y + box.h <= band.y1 + 1e-6
    grid = BoxGrid(layout.boxes)
    for e in layout.edges:
        assert on_border(layout.boxes[e.source], e.points[0])
        assert on_border(layout.boxes[e.target], e.points[-1])
        pts = e.points
        for p, q in zip(pts, pts[1:], strict=False):
            assert p[0] == q[0] or p[1] == q[1], (e.kind, e.source, e.target, pts)
            if e.kind in ("reporting", "segment-contact"):
                hit = grid.crossed(p, q) - {e.source, e.target}
                assert not hit, (e.source, e.target, hit)


@settings(max_examples=60, deadline=None)
@given(trees(max_units=300, flags=True))
def test_inverted_random_trees(tree):
    parents, seed = tree
    project = make_project(parents, seed=seed, flags=True, segments=seed % 4, lines=seed % 3)
    layout = compute_layout(project, "inverted", sizes=random_sizes(project, seed))
    _check(project, layout)


@pytest.mark.parametrize("n", [1500, 4000])
def test_inverted_larger_tree(n):
    project = random_project(n, seed=11)
    layout = compute_layout(project, "inverted")
    _check(project, layout)


def test_samples(sample_project):
    layout = compute_layout(sample_project, "inverted")
    _check(sample_project, layout)
    sc = sample_project.scenario()
    for s in sc.segments:
        assert layout.boxes[s.id].kind == "segment" and layout.boxes[s.id].label == s.name
        targets = {e.target for e in layout.edges if e.source == s.id}
        assert targets == {c for c in s.contacts if c in layout.boxes}


def test_top_manager_lowest_and_lines_run_down_within_a_band():
    project = random_project(400, seed=3)
    layout = compute_layout(project, "inverted")
    boxes = layout.boxes
    root = boxes["u0"]
    assert all(b.y < root.y for k, b in boxes.items() if k != "u0")
    for e in layout.edges:
        if e.kind == "reporting" and boxes[e.source].band == boxes[e.target].band:
            assert boxes[e.source].y > boxes[e.target].y  # the manager stands below


def test_front_line_right_under_the_customer():
    # a customer-facing team: its members sit in the first row under the customer band
    project = make_project([None, 0, 1, 1, 1, 0, 5])
    sc = project.scenario()
    sc.units[1].function = "f-sales"
    layout = compute_layout(project, "inverted")
    contact = [b for b in layout.bands if b.name == "customer-contact"][0]
    first_row = min(layout.boxes[u].y for u in ("u2", "u3", "u4"))
    assert first_row == min(b.y for b in layout.boxes.values() if b.band == "customer-contact")
    assert layout.boxes["u1"].y > first_row  # their manager below them
    assert contact.y0 <= first_row


def test_without_segments_a_generic_customer_box():
    project = make_project([None, 0])
    layout = compute_layout(project, "inverted")
    assert layout.boxes[CUSTOMER_ID].kind == "customer"
    assert layout.bands[0].name == "customer"
    empty = compute_layout(make_project([]), "inverted")
    assert list(empty.boxes) == [CUSTOMER_ID]


def test_crowded_band_wraps():
    project = make_project([None] + [0] * 120)
    layout = compute_layout(project, "inverted")
    ys = {round(b.y) for k, b in layout.boxes.items() if k not in ("u0", CUSTOMER_ID)}
    assert len(ys) > 1
    assert layout.width < 120 * 120  # far narrower than one row of 120 cards
    assert not overlapping(layout.boxes)


def test_chinese_sample_renders_same_structure():
    en = compute_layout(build_sample("callcenter", "en"), "inverted")
    zh = compute_layout(build_sample("callcenter", "zh"), "inverted")
    assert set(en.boxes) == set(zh.boxes)
    assert [b.name for b in en.bands] == [b.name for b in zh.bands]
