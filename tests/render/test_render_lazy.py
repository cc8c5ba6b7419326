"""The drawing built part by part (the canvas's) equals the display list (the exporters')."""

from __future__ import annotations

import pytest

from orgdesign.layout import compute_layout
from orgdesign.model import TreeIndex
from orgdesign.render import RenderOptions, build_display_list, measure_sizes
from orgdesign.render.content import ContentResolver
from orgdesign.render.displaylist import CardCache
from orgdesign.render.lazy import LazyDrawing
from orgdesign.samples.registry import build_sample
from orgdesign.samples.synthetic import random_project


def _collapse_some(project):
    units = project.scenario().units
    ix = TreeIndex(project.scenario())
    managers = [u for u in units if ix.kids(u.id) and u.parent is not None]
    managers[len(managers) // 2].collapsed = True
    return project


CASES = [
    ("crm", "en", "classic", "function"),
    ("crm", "zh", "inverted", "layer"),
    ("bakery", "zh", "rings", "function"),
    ("callcenter", "en", "compact", "layer"),
]


def _drawings(project, view, options):
    layout = compute_layout(project, view, sizes=measure_sizes(project, options=options))
    return layout, build_display_list(project, layout, options), \
        LazyDrawing(project, layout, options, cache=CardCache())


@pytest.mark.parametrize(("name", "lang", "view", "colour_by"), CASES)
def test_every_part_equals_the_display_list(name, lang, view, colour_by):
    project = _collapse_some(build_sample(name, lang))
    options = RenderOptions(lang=lang, colour_by=colour_by, title="Chart", footer="Footer")
    layout, dl, lazy = _drawings(project, view, options)
    # Parts are asked for in the order a canvas meets them: some cards first.
    for bid in list(layout.boxes)[::3]:
        assert lazy.card(bid) == dl.group(bid)
    cards = {g.id: g for g in dl.cards()}
    assert {bid: lazy.card(bid) for bid in layout.boxes} == cards
    edges = [g for g in dl.groups if g.kind == "edge"]
    assert [lazy.edge(n) for n in reversed(range(len(edges)))][::-1] == edges
    assert lazy.backdrop() == [g for g in dl.groups if g.kind in ("band", "ring", "lane")]
    assert lazy.title() == [g for g in dl.groups if g.kind == "title"]
    assert lazy.legend() == [g for g in dl.groups if g.kind in ("legend", "footer")]
    assert lazy.accents() == [cards[bid].accent for bid in layout.boxes]
    pens = [(it.stroke, it.width, it.dash) for g in edges for it in g.items[:1]]
    assert lazy.pens() == pens


def test_a_card_cache_gives_equal_cards_built_elsewhere():
    project = random_project(300, seed=4)
    options = RenderOptions()
    cache = CardCache()
    layout = compute_layout(project, "classic", sizes=measure_sizes(project, options=options))
    first = LazyDrawing(project, layout, options, cache=cache)
    kept = {bid: first.card(bid) for bid in layout.boxes}
    project.scenario().units[5].name = "Renamed unit"
    layout2 = compute_layout(project, "classic", sizes=measure_sizes(project, options=options))
    second = LazyDrawing(project, layout2, options, cache=cache)
    fresh = build_display_list(project, layout2, options)
    renamed = project.scenario().units[5].id
    assert second.card(renamed) is not kept[renamed]
    for g in fresh.cards():
        got = second.card(g.id)
        # a reused card keeps the coordinates it was built at; its content is equal
        assert (got.texts, got.lines, got.accent, got.title) == (g.texts, g.lines, g.accent,
                                                                 g.title)
        assert got.box[2:] == g.box[2:]


@pytest.mark.parametrize("colour_by", ["function", "layer"])
def test_lazy_content_answers_like_the_whole_tree_pass(colour_by):
    project = random_project(400, seed=7)
    res = ContentResolver(project, options=RenderOptions(colour_by=colour_by))
    ix = TreeIndex(project.scenario(), project)
    eff = ix.effective_functions()
    layers = ix.layers()
    ids = [u.id for u in project.scenario().units]
    for uid in ids[::-1]:  # leaves first, so chains are walked from below
        assert res.function_of(uid) == eff[uid]
        assert res.layer_of(uid) == layers[uid].value
    bulk = ContentResolver(project, options=RenderOptions(colour_by=colour_by))
    assert bulk.unit_accents(ids) == [res.unit_accent(uid) for uid in ids]
    assert res.function_of("no-such-unit") is None and res.layer_of("no-such-unit") == "support"


def test_measuring_some_units_gives_their_sizes_of_a_full_measure():
    project = _collapse_some(random_project(500, seed=3))
    options = RenderOptions()
    memo: dict = {}
    full = measure_sizes(project, options=options, memo=memo)
    some = [u.id for u in project.scenario().units[::7]] + ["no-such-unit"]
    part = measure_sizes(project, options=options, memo=memo, units=some)
    assert {k: full[k] for k in part} == part
    assert set(part) - set(full) == set()
    assert set(some[:-1]) <= set(part)
    # a memo from earlier calls gives the sizes a fresh measure gives
    assert measure_sizes(project, options=options, memo=memo) == \
        measure_sizes(project, options=options)
