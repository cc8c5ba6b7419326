"""Text wrapping and card sizes: measured text fits the card it is drawn in."""

from __future__ import annotations

import time

import pytest

from orgdesign.layout import compute_layout
from orgdesign.render import RenderOptions, build_display_list, ensure_gui_app, measure_sizes
from orgdesign.render.measure import ELLIPSIS, wrap_text
from orgdesign.render.primitives import FontSpec, TextItem
from orgdesign.render.qt import resolve_family, text_width
from orgdesign.render.style import CARD_MAX_W, CARD_MIN_W
from orgdesign.samples.synthetic import random_project


@pytest.fixture(scope="module")
def font() -> FontSpec:
    ensure_gui_app()
    return FontSpec(resolve_family(), 13, bold=True)


def test_cjk_family_is_installed_and_chosen():
    ensure_gui_app()
    assert "CJK" in resolve_family(), "a CJK font family must be preferred (no tofu for Chinese)"


def test_short_text_is_one_line_with_its_real_width(font):
    lines = wrap_text("Sales", font, 200, 3)
    assert lines == [("Sales", pytest.approx(text_width("Sales", font)))]


def test_wrap_breaks_at_spaces_and_keeps_every_word(font):
    text = "Head of customer relationship management and loyalty"
    lines = wrap_text(text, font, 120, 5)
    assert len(lines) > 1
    assert " ".join(t for t, _ in lines) == text
    assert all(w <= 120 for _, w in lines)


def test_chinese_breaks_between_characters(font):
    text = "客户关系管理部经理兼大客户导入项目负责人"
    lines = wrap_text(text, font, 80, 5)
    assert len(lines) > 1
    assert "".join(t for t, _ in lines) == text
    assert all(w <= 80 for _, w in lines)


def test_a_word_wider_than_the_card_is_broken(font):
    text = "Donaudampfschifffahrtsgesellschaftskapitän"
    lines = wrap_text(text, font, 60, 10)
    assert "".join(t for t, _ in lines) == text
    assert all(w <= 60 for _, w in lines)


def test_too_many_lines_end_in_an_ellipsis_that_fits(font):
    lines = wrap_text("one two three four five six seven eight nine ten", font, 50, 2)
    assert len(lines) == 2
    assert lines[-1][0].endswith(ELLIPSIS)
    assert lines[-1][1] <= 50


def test_newlines_split_lines_and_whitespace_collapses(font):
    lines = wrap_text("first\n\n  second   part", font, 500, 5)
    assert [t for t, _ in lines] == ["first", "second part"]


def test_measured_sizes_cover_every_unit_and_segment(sample_project):
    sizes = measure_sizes(sample_project)
    sc = sample_project.scenario()
    for u in sc.units:
        w, h = sizes[u.id]
        assert CARD_MIN_W <= w <= CARD_MAX_W
        assert h > 20
    for s in sc.segments:
        assert s.id in sizes
    assert "customer" in sizes


def test_drawn_text_stays_inside_measured_cards(sample_project):
    """Every line of every card lies inside the card's box, and sample names
    are short enough that nothing is elided."""
    lang = sample_project.metadata.language
    opts = RenderOptions(lang=lang)
    layout = compute_layout(sample_project, "classic",
                            sizes=measure_sizes(sample_project, options=opts))
    dl = build_display_list(sample_project, layout, opts)
    for g in dl.cards():
        x, y, w, h = g.box
        for it in g.items:
            if isinstance(it, TextItem):
                assert x <= it.left() and it.left() + it.width <= x + w + 0.01, it.text
                assert y < it.y - it.font.px * 0.8 and it.y + it.font.px * 0.25 <= y + h, it.text
                assert not it.text.endswith(ELLIPSIS), it.text


def test_card_shrunk_below_its_text_elides_instead_of_overflowing():
    project = random_project(3, seed=1)
    uid = project.scenario().units[0].id
    project.scenario().units[0].name = "A very long name " * 10
    sizes = measure_sizes(project)
    sizes[uid] = (130.0, 40.0)  # far too small on purpose
    layout = compute_layout(project, "classic", sizes=sizes)
    dl = build_display_list(project, layout)
    card = dl.group(uid)
    texts = [it for it in card.items if isinstance(it, TextItem) and it.font.px >= 12]
    assert texts and texts[-1].text.endswith(ELLIPSIS)
    for it in texts:
        assert it.y + it.font.px * 0.25 <= card.box[1] + card.box[3]


def test_measuring_thousands_of_units_is_fast():
    project = random_project(3000, seed=3)
    ensure_gui_app()
    started = time.perf_counter()
    sizes = measure_sizes(project)
    elapsed = time.perf_counter() - started
    assert len(sizes) >= 3000
    # 10,000 units take well under a second on a quiet machine (bench/export.py);
    # this bound leaves room for a busy CI runner.
    assert elapsed < 2.0
