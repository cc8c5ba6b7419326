"""Secondary lines are routed in every view and never move a box."""

from __future__ import annotations

from hypothesis import given, settings
from layout_helpers import BoxGrid, make_project, on_border, random_sizes, trees

from orgdesign.layout import VIEWS, compute_layout
from orgdesign.model import LineKind, SecondaryLine


@settings(max_examples=40, deadline=None)
@given(trees(max_units=200, flags=False, roots=False))
def test_lines_do_not_move_boxes_and_avoid_cards(tree):
    parents, seed = tree
    with_lines = make_project(parents, seed=seed, lines=6)
    without = make_project(parents, seed=seed)
    sizes = random_sizes(without, seed)
    drawn = {ln.id for ln in with_lines.scenario().lines}
    for view in VIEWS:
        a = compute_layout(with_lines, view, sizes=sizes)
        b = compute_layout(without, view, sizes=sizes)
        assert {k: v.rect() for k, v in a.boxes.items()} == {k: v.rect() for k, v in b.boxes.items()}
        sec = [e for e in a.edges if e.kind in ("dotted", "project", "functional")]
        assert {e.id for e in sec} == drawn
        grid = BoxGrid(a.boxes)
        for e in sec:
            assert on_border(a.boxes[e.source], e.points[0])
            assert on_border(a.boxes[e.target], e.points[-1])
            if view == "rings":
                continue
            for p, q in zip(e.points, e.points[1:], strict=False):
                assert p[0] == q[0] or p[1] == q[1]
                if view == "classic":  # plain tidy tree: routes never cross a card
                    assert not grid.crossed(p, q) - {e.source, e.target}


def test_line_into_collapsed_subtree_attaches_to_the_collapsed_box():
    project = make_project([None, 0, 1, 0])
    sc = project.scenario()
    sc.units[1].collapsed = True
    sc.lines = [SecondaryLine(id="l1", source="u2", target="u3", kind=LineKind.PROJECT,
                              label="pilot")]
    layout = compute_layout(project, "classic")
    (e,) = [e for e in layout.edges if e.id == "l1"]
    assert (e.source, e.target, e.kind, e.label) == ("u1", "u3", "project", "pilot")


def test_line_to_parked_unit_is_not_drawn():
    project = make_project([None, 0, None])
    sc = project.scenario()
    sc.units[2].parked = True
    sc.lines = [SecondaryLine(id="l1", source="u1", target="u2")]
    for view in VIEWS:
        layout = compute_layout(project, view)
        assert not [e for e in layout.edges if e.id == "l1"]
