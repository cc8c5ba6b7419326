"""relayout() after small edits equals a full layout, and reuses untouched branches."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from layout_helpers import make_project

from orgdesign.layout import (
    LayoutOptions,
    compute_layout,
    estimate_sizes,
    layout_to_dict,
    relayout,
)
from orgdesign.model import Unit
from orgdesign.samples.synthetic import random_project


def _edit(project, rng: random.Random) -> list[str]:
    """Apply one random small edit in place; return the ids it touched."""
    sc = project.scenario()
    units = sc.units
    u = rng.choice(units)
    kind = rng.choice(["rename", "add", "move", "delete", "collapse", "compact", "assistant",
                       "reorder"])
    if kind == "rename":
        u.name = u.name + " with a considerably longer name" * rng.randint(0, 2)
    elif kind == "add":
        units.append(Unit(id=f"new{len(units)}-{rng.random()}", name="New", parent=u.id))
        return [units[-1].id]
    elif kind == "move":
        below = {u.id}
        changed = True
        while changed:
            changed = False
            for w in units:
                if w.parent in below and w.id not in below:
                    below.add(w.id)
                    changed = True
        targets = [w for w in units if w.id not in below and not w.parked]
        if not targets or u.parked:
            return []
        u.parent = rng.choice(targets).id
    elif kind == "delete":
        if any(w.parent == u.id for w in units):
            return []
        units.remove(u)
        sc.segments = [s.model_copy(update={"contacts": [c for c in s.contacts if c != u.id]})
                       for s in sc.segments]
        sc.lines = [ln for ln in sc.lines if u.id not in (ln.source, ln.target)]
    elif kind == "collapse":
        u.collapsed = not u.collapsed
    elif kind == "compact":
        u.compact = rng.choice([True, False, None])
    elif kind == "assistant":
        u.assistant = not u.assistant
    else:
        i = units.index(u)
        units.insert(rng.randrange(len(units)), units.pop(i))
    return [u.id]


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6), st.sampled_from(["classic", "compact", "inverted", "rings"]),
       st.sampled_from(["tb", "lr"]))
def test_relayout_equals_full_layout(seed, view, direction):
    rng = random.Random(seed)
    project = random_project(rng.randint(2, 300), seed=seed, span=(1, 6))
    opts = LayoutOptions(direction=direction)
    layout = compute_layout(project, view, options=opts)
    for _ in range(4):
        changed = _edit(project, rng)
        layout = relayout(layout, project, changed)
        full = compute_layout(project, view, options=opts)
        assert layout_to_dict(layout) == layout_to_dict(full)
        assert layout == full


def test_rename_reuses_other_branches():
    project = random_project(3000, seed=1, span=(6, 8))
    sizes = estimate_sizes(project)
    layout = compute_layout(project, "classic", sizes=sizes)
    branches = len(layout.cache.tree.branch_keys)
    assert branches >= 6
    u = project.scenario().units[-1]
    u.name = u.name + " (renamed)"
    w, h = sizes[u.id]
    sizes[u.id] = (w + 30, h)  # wider card, same height: only its branch moves inside
    again = relayout(layout, project, [u.id], sizes=sizes)
    assert again.cache.tree.reused == branches - 1
    assert again == compute_layout(project, "classic", sizes=sizes)


def test_level_height_change_recomputes_everything():
    project = make_project([None, 0, 0, 1, 2])
    sizes = {f"u{i}": (120.0, 40.0) for i in range(5)}
    layout = compute_layout(project, "classic", sizes=sizes)
    sizes["u3"] = (120.0, 90.0)  # the deepest row grows: every branch moves down
    again = relayout(layout, project, ["u3"], sizes=sizes)
    assert again.cache.tree.reused == 0
    assert again == compute_layout(project, "classic", sizes=sizes)


def test_other_options_or_view_fall_back_to_full():
    project = random_project(200, seed=2)
    layout = compute_layout(project, "classic")
    lr = relayout(layout, project, [], options=LayoutOptions(direction="lr"))
    assert lr.cache.tree.reused == 0
    assert lr == compute_layout(project, "classic", options=LayoutOptions(direction="lr"))
