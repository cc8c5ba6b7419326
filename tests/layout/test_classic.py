"""Classic tidy tree: property tests on random forests and the large edge cases."""

from __future__ import annotations

import math
import sys

import pytest
from hypothesis import given, settings
from layout_helpers import inside_canvas, make_project, overlapping, random_sizes, trees

from orgdesign.layout import LayoutOptions, compute_layout
from orgdesign.model import TreeIndex


def _check_tree(project, layout, lr: bool = False) -> None:
    idx = TreeIndex(project.scenario())
    boxes = layout.boxes
    assert not overlapping(boxes)
    assert inside_canvas(layout)
    for uid, b in boxes.items():
        kids = [k for k in idx.kids(uid) if k in boxes]
        if not kids:
            continue
        kb = [boxes[k] for k in kids]
        if not lr:
            # parent above all its children, centred over the first and last child
            assert all(k.y >= b.y + b.h - 1e-6 for k in kb)
            mid = (kb[0].cx + kb[-1].cx) / 2
            assert math.isclose(b.cx, mid, abs_tol=1e-6)
            assert [k.x for k in kb] == sorted(k.x for k in kb)  # model order kept
        else:
            assert all(k.x >= b.x + b.w - 1e-6 for k in kb)
            assert math.isclose(b.cy, (kb[0].cy + kb[-1].cy) / 2, abs_tol=1e-6)
            assert [k.y for k in kb] == sorted(k.y for k in kb)


@settings(max_examples=80, deadline=None)
@given(trees(max_units=400, flags=False))
def test_classic_random_trees(tree):
    parents, seed = tree
    project = make_project(parents, seed=seed)
    sizes = random_sizes(project, seed)
    layout = compute_layout(project, "classic", sizes=sizes)
    assert set(layout.boxes) == {u.id for u in project.scenario().units}
    _check_tree(project, layout)
    # every box keeps its given size
    assert all((b.w, b.h) == sizes[k] for k, b in layout.boxes.items())


@settings(max_examples=30, deadline=None)
@given(trees(max_units=150, flags=False))
def test_left_to_right_is_the_transpose(tree):
    parents, seed = tree
    project = make_project(parents, seed=seed)
    sizes = random_sizes(project, seed)
    layout = compute_layout(project, "classic", sizes=sizes,
                            options=LayoutOptions(direction="lr"))
    _check_tree(project, layout, lr=True)
    for e in layout.edges:  # left to right: connectors leave a manager on its right side
        b = layout.boxes[e.source]
        assert math.isclose(e.points[0][0], b.x + b.w)


def test_descendants_below_every_ancestor():
    parents = [None] + [(i - 1) // 3 for i in range(1, 400)]
    project = make_project(parents)
    layout = compute_layout(project, "classic")
    idx = TreeIndex(project.scenario())
    for uid, b in layout.boxes.items():
        for d in list(idx.walk(uid))[1:]:
            assert layout.boxes[d].y >= b.y + b.h


def test_one_unit():
    project = make_project([None])
    layout = compute_layout(project, "classic")
    (b,) = layout.boxes.values()
    assert layout.edges == []
    assert b.x == pytest.approx(LayoutOptions().margin)
    assert layout.width == pytest.approx(b.w + 2 * LayoutOptions().margin)


def test_empty_scenario():
    project = make_project([])
    for view in ("classic", "compact"):
        layout = compute_layout(project, view)
        assert layout.boxes == {} and layout.edges == []
        assert layout.width >= 0 and layout.height >= 0


def test_chain_of_ten_thousand_needs_no_recursion():
    assert sys.getrecursionlimit() <= 10_000  # the chain is deeper than Python may recurse
    parents = [None] + list(range(9_999))
    project = make_project(parents)
    layout = compute_layout(project, "classic")
    assert len(layout.boxes) == 10_000
    xs = {round(b.cx, 6) for b in layout.boxes.values()}
    assert len(xs) == 1  # a straight line
    ys = [layout.boxes[f"u{i}"].y for i in range(10_000)]
    assert ys == sorted(ys)


def test_star_of_ten_thousand():
    parents = [None] + [0] * 9_999
    project = make_project(parents)
    layout = compute_layout(project, "classic")
    kids = sorted((b for k, b in layout.boxes.items() if k != "u0"), key=lambda b: b.x)
    assert len(kids) == 9_999
    gap = LayoutOptions().h_gap
    assert all(math.isclose(b.x - a.x - a.w, gap) for a, b in zip(kids, kids[1:], strict=False))
    root = layout.boxes["u0"]
    assert math.isclose(root.cx, (kids[0].cx + kids[-1].cx) / 2)


def test_parked_units_are_not_laid_out_but_listed():
    project = make_project([None, 0, 0, None, 3, 4])
    sc = project.scenario()
    sc.units[3].parked = True
    for view in ("classic", "compact", "inverted", "rings"):
        layout = compute_layout(project, view)
        assert {"u3", "u4", "u5"}.isdisjoint(layout.boxes)
        assert sorted(layout.parked) == ["u3", "u4", "u5"]
        assert {"u0", "u1", "u2"} <= set(layout.boxes)


def test_collapsed_unit_is_one_box_with_a_count():
    project = make_project([None, 0, 1, 1, 2, 0])
    project.scenario().units[1].collapsed = True
    for view in ("classic", "compact", "inverted", "rings"):
        layout = compute_layout(project, view)
        b = layout.boxes["u1"]
        assert b.kind == "collapsed" and b.hidden == 3
        assert {"u2", "u3", "u4"}.isdisjoint(layout.boxes)


def test_several_roots_side_by_side():
    project = make_project([None, 0, 0, None, 3, 3, None])
    layout = compute_layout(project, "classic")
    assert not overlapping(layout.boxes)
    tops = [layout.boxes[u] for u in ("u0", "u3", "u6")]
    assert tops[0].y == tops[1].y == tops[2].y
    assert tops[0].x < tops[1].x < tops[2].x


def test_cousins_share_a_row():
    # boxes of one depth line up even when their parents differ in height
    project = make_project([None, 0, 0, 1, 2])
    sizes = {"u0": (120, 40), "u1": (120, 100), "u2": (120, 30), "u3": (120, 40),
             "u4": (150, 50)}
    layout = compute_layout(project, "classic", sizes=sizes)
    assert layout.boxes["u1"].y == layout.boxes["u2"].y
    assert layout.boxes["u3"].y == layout.boxes["u4"].y


@pytest.mark.parametrize("seed", [1, 2])
def test_few_thousand_units_with_flags(seed):
    import random

    rng = random.Random(seed)
    parents = [None] + [rng.randrange(max(0, i - 40), i) for i in range(1, 3000)]
    project = make_project(parents, seed=seed, flags=True)
    sizes = random_sizes(project, seed)
    for view in ("classic", "compact"):
        layout = compute_layout(project, view, sizes=sizes)
        assert not overlapping(layout.boxes)
        assert inside_canvas(layout)
