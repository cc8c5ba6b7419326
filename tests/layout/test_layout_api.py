"""The public entry points: views, errors, JSON form, size estimates."""

from __future__ import annotations

import json

import pytest

from orgdesign.layout import (
    CUSTOMER_ID,
    VIEWS,
    LayoutOptions,
    compute_layout,
    estimate_sizes,
    layout_to_dict,
)
from orgdesign.layout.sizes import MAX_W, MIN_W, text_width, wrap
from orgdesign.samples.registry import build_sample


def test_unknown_view_is_a_value_error():
    with pytest.raises(ValueError, match="unknown view"):
        compute_layout(build_sample("crm", "en"), "sideways")


def test_unknown_direction_is_a_value_error():
    with pytest.raises(ValueError):
        LayoutOptions(direction="up")


def test_unknown_scenario_is_a_key_error():
    with pytest.raises(KeyError):
        compute_layout(build_sample("crm", "en"), "classic", scenario_id="nope")


def test_bad_sizes_are_refused():
    project = build_sample("crm", "en")
    sizes = estimate_sizes(project)
    first = project.scenario().units[0].id
    for bad in ((0.0, 30.0), (float("nan"), 30.0), (100.0, float("inf")), (-5.0, 10.0)):
        with pytest.raises(ValueError, match=first):
            compute_layout(project, "classic", sizes={**sizes, first: bad})


def test_missing_sizes_are_estimated():
    project = build_sample("crm", "en")
    first = project.scenario().units[0].id
    layout = compute_layout(project, "classic", sizes={first: (300.0, 90.0)})
    assert layout.boxes[first].rect()[2:] == (300.0, 90.0)
    assert len(layout.boxes) > 1


def test_json_contract(sample_project):
    for view in VIEWS:
        layout = compute_layout(sample_project, view)
        data = json.loads(json.dumps(layout_to_dict(layout), ensure_ascii=False))
        assert data["view"] == view
        assert {"view", "width", "height", "boxes", "edges"} <= set(data)
        for key, rect in data["boxes"].items():
            assert key in layout.boxes and len(rect) == 4
            x, y, w, h = rect
            assert 0 <= x and x + w <= data["width"] + 0.02 and y + h <= data["height"] + 0.02
        for e in data["edges"]:
            assert {"source", "target", "kind", "points"} <= set(e)
            assert e["source"] in data["boxes"] and e["target"] in data["boxes"]
            assert all(len(p) == 2 for p in e["points"]) and len(e["points"]) >= 2
        if view in ("inverted", "rings"):
            segs = {s.id for s in sample_project.scenario().segments} or {CUSTOMER_ID}
            assert segs <= set(data["boxes"])


def test_chinese_text_is_wider():
    assert text_width("客户服务") == pytest.approx(2 * text_width("abcd"), rel=0.1)
    lines, widest = wrap("客户服务中心投诉受理组织结构图示例文本很长很长", 160)
    assert lines >= 2 and widest <= 160


def test_estimate_sizes_stay_in_bounds():
    project = build_sample("callcenter", "zh")
    sizes = estimate_sizes(project)
    sc = project.scenario()
    assert set(sizes) == {u.id for u in sc.units} | {s.id for s in sc.segments} | {CUSTOMER_ID}
    assert all(MIN_W <= w <= MAX_W and h > 0 for w, h in sizes.values())
    long = sc.units[0].model_copy(update={"name": "名" * 500})
    sc.units[0] = long
    w, h = estimate_sizes(project)[long.id]
    assert w == MAX_W and h < 120  # capped: the renderer elides the rest


def test_wrap_breaks_words_and_long_tokens():
    assert wrap("", 100) == (0, 0.0)
    assert wrap("short", 100)[0] == 1
    assert wrap("several words that will not fit on one line", 100)[0] >= 3
    assert wrap("x" * 100, 100, max_lines=10)[0] >= 6


@pytest.mark.parametrize("shape", ["chain", "star"])
@pytest.mark.parametrize("view", ["compact", "inverted", "rings"])
def test_ten_thousand_chain_and_star_in_every_view(shape, view):
    from layout_helpers import inside_canvas, make_project, overlapping

    parents = [None] + (list(range(9_999)) if shape == "chain" else [0] * 9_999)
    layout = compute_layout(make_project(parents), view)
    assert sum(b.kind == "unit" for b in layout.boxes.values()) == 10_000
    assert len([e for e in layout.edges if e.kind == "reporting"]) == 9_999
    assert not overlapping(layout.boxes)
    assert inside_canvas(layout)
