"""Compact view, assistants and per-unit stacking."""

from __future__ import annotations

from hypothesis import given, settings
from layout_helpers import inside_canvas, make_project, on_border, overlapping, random_sizes, trees

from orgdesign.layout import LayoutOptions, compute_layout
from orgdesign.layout.forest import build_forest
from orgdesign.samples.synthetic import random_project


def _visible(project) -> set[str]:
    return set(build_forest(project).order)


@settings(max_examples=60, deadline=None)
@given(trees(max_units=300, flags=True))
def test_tree_views_with_flags(tree):
    parents, seed = tree
    project = make_project(parents, seed=seed, flags=True)
    sizes = random_sizes(project, seed)
    for view in ("classic", "compact"):
        for direction in ("tb", "lr"):
            layout = compute_layout(project, view, sizes=sizes,
                                    options=LayoutOptions(direction=direction))
            assert set(layout.boxes) == _visible(project)
            assert not overlapping(layout.boxes)
            assert inside_canvas(layout)
            for e in layout.edges:
                assert on_border(layout.boxes[e.source], e.points[0])
                assert on_border(layout.boxes[e.target], e.points[-1])
                for (x0, y0), (x1, y1) in zip(e.points, e.points[1:], strict=False):
                    assert x0 == x1 or y0 == y1  # orthogonal


def test_compact_is_much_narrower_on_wide_spans():
    project = random_project(2000, seed=5, span=(30, 30))
    classic = compute_layout(project, "classic")
    compact = compute_layout(project, "compact")
    assert compact.width <= 0.6 * classic.width
    assert not overlapping(compact.boxes)


def _star(n: int, **flags):
    project = make_project([None] + [0] * n)
    for k, v in flags.items():
        setattr(project.scenario().units[0], k, v)
    return project


def test_stack_in_two_columns_below_the_manager():
    project = _star(9, compact=True)
    layout = compute_layout(project, "classic")
    boss = layout.boxes["u0"]
    kids = [layout.boxes[f"u{i}"] for i in range(1, 10)]
    assert len({round(b.x) for b in kids}) == 2
    assert all(b.y >= boss.y + boss.h for b in kids)
    # the spine runs straight down from the manager's centre between the columns
    left = max(b.x + b.w for b in kids if b.cx < boss.cx)
    right = min(b.x for b in kids if b.cx > boss.cx)
    assert left < boss.cx < right


def test_short_stack_is_one_column():
    layout = compute_layout(_star(3, compact=True), "classic")
    assert len({round(layout.boxes[f"u{i}"].x) for i in range(1, 4)}) == 1


def test_threshold_applies_to_compact_view_only():
    project = _star(8)
    classic = compute_layout(project, "classic")
    compact = compute_layout(project, "compact")
    assert len({classic.boxes[f"u{i}"].y for i in range(1, 9)}) == 1
    assert len({compact.boxes[f"u{i}"].y for i in range(1, 9)}) > 1
    never = compute_layout(_star(8, compact=False), "compact")
    assert len({never.boxes[f"u{i}"].y for i in range(1, 9)}) == 1


def test_assistant_beside_manager_does_not_push_reports_apart():
    plain = make_project([None, 0, 0, 0])
    helped = make_project([None, 0, 0, 0, 0])
    helped.scenario().units[4].assistant = True
    a = compute_layout(plain, "classic")
    b = compute_layout(helped, "classic")
    xs_a = [a.boxes[f"u{i}"].x - a.boxes["u0"].x for i in (1, 2, 3)]
    xs_b = [b.boxes[f"u{i}"].x - b.boxes["u0"].x for i in (1, 2, 3)]
    assert xs_a == xs_b
    boss, asst = b.boxes["u0"], b.boxes["u4"]
    assert boss.y + boss.h <= asst.y < b.boxes["u1"].y  # between manager and reports
    assert asst.x > boss.cx  # off the main line, to the side
    (edge,) = [e for e in b.edges if e.target == "u4"]
    assert edge.kind == "assistant"


def test_assistant_with_reports_is_laid_out_as_a_report():
    project = make_project([None, 0, 1, 0])
    project.scenario().units[1].assistant = True
    layout = compute_layout(project, "classic")
    assert layout.boxes["u1"].y == layout.boxes["u3"].y
    assert layout.boxes["u2"].y > layout.boxes["u1"].y
