"""TreeIndex answers like a plain walk over the units (and in the same order)."""

from __future__ import annotations

import random

import pytest

from orgdesign.model import CustomerSegment, Layer, TreeIndex
from orgdesign.samples.registry import build_sample
from orgdesign.samples.synthetic import random_project


def _plain(scenario, project):
    """The answers worked out the simplest way: per unit, walking up the parents."""
    units = {u.id: u for u in scenario.units}
    children: dict = {}
    for u in scenario.units:
        children.setdefault(u.parent, []).append(u.id)
    roots = children.get(None, [])
    order = []  # the index's depth-first order: last report first
    for r in roots:
        stack = [r]
        while stack:
            uid = stack.pop()
            order.append(uid)
            stack.extend(children.get(uid, []))

    def function(uid):
        while uid is not None:
            if units[uid].function:
                return units[uid].function
            uid = units[uid].parent
        return None

    facing = {f.id for f in project.functions if f.customer_facing}
    contacts = {c for s in scenario.segments for c in s.contacts}

    def layer(uid):
        u = units[uid]
        if u.layer is not None:
            return u.layer
        if function(uid) in facing or uid in contacts:
            return Layer.CUSTOMER_CONTACT
        return Layer.MANAGEMENT if children.get(uid) else Layer.SUPPORT

    return children, roots, order, function, layer


def _shuffled(seed: int):
    """A random project with parked subtrees, explicit layers, functions and contacts,
    its units in random model order."""
    rng = random.Random(seed)
    project = random_project(300, seed=seed)
    sc = project.scenario()
    for u in rng.sample(sc.units, 20):
        u.layer = rng.choice(list(Layer))
    for u in rng.sample(sc.units, 30):
        u.function = rng.choice(project.functions).id
    project.functions[0].customer_facing = True
    for u in rng.sample([u for u in sc.units if u.parent], 3):
        u.parent, u.parked = None, True
    sc.segments.append(CustomerSegment(id="seg", name="Segment",
                                       contacts=[u.id for u in sc.units[5:8]]))
    rng.shuffle(sc.units)
    return project


@pytest.mark.parametrize("project", [_shuffled(1), _shuffled(2), build_sample("crm", "zh")],
                         ids=["random-1", "random-2", "crm"])
def test_index_answers_like_a_plain_walk(project):
    sc = project.scenario()
    ix = TreeIndex(sc, project)
    children, roots, order, function, layer = _plain(sc, project)
    assert ix.children == children and ix.roots == roots
    assert list(ix.effective_functions().items()) == [(u, function(u)) for u in order]
    assert list(ix.layers().items()) == [(u.id, layer(u.id)) for u in sc.units]
    assert all(ix.layer(u.id) == layer(u.id) for u in sc.units)
    depth = {u: 0 for u in roots}
    for uid in order:
        for c in children.get(uid, []):
            depth[c] = depth[uid] + 1
    assert ix.depths() == depth
    assert ix.placed() + ix.parked() == [u for r in ix.placed_roots() + ix.parked_roots()
                                         for u in ix.walk(r)]
    assert sorted(ix.placed() + ix.parked()) == sorted(u.id for u in sc.units)
    for uid in order[::37]:
        assert ix.effective_function(uid) == function(uid)
