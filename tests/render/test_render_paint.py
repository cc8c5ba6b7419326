"""QPainter painting of display lists: what lands where, detail levels, offsets, speed."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from orgdesign.layout import compute_layout
from orgdesign.render import (
    RenderOptions,
    build_display_list,
    ensure_gui_app,
    measure_sizes,
    paint_display_list,
    paint_group,
)
from orgdesign.samples.registry import build_sample
from orgdesign.samples.synthetic import random_project


@pytest.fixture(scope="module")
def drawing():
    ensure_gui_app()
    project = build_sample("crm", "zh")
    opts = RenderOptions(lang="zh")
    layout = compute_layout(project, "classic", sizes=measure_sizes(project, options=opts))
    return layout, build_display_list(project, layout, opts)


def _image(w: int, h: int) -> QImage:
    img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    return img


def _ink(img: QImage, x0: int, y0: int, x1: int, y1: int) -> int:
    """Pixels that are not white in the rectangle."""
    white = QColor("white").rgb()
    return sum(1 for y in range(max(0, y0), min(img.height(), y1))
               for x in range(max(0, x0), min(img.width(), x1)) if img.pixel(x, y) != white)


def test_a_card_paints_inside_its_bounds_only(drawing):
    _, dl = drawing
    card = dl.cards()[0]
    x, y, w, h = card.bounds
    img = _image(int(w) + 40, int(h) + 40)
    p = QPainter(img)
    paint_group(p, card, offset=(20 - x, 20 - y))
    p.end()
    inside = _ink(img, 20, 20, 20 + int(w), 20 + int(h))
    assert inside > w * h * 0.05  # border, stripe, text, avatar
    assert _ink(img, 0, 0, img.width(), 18) == 0
    assert _ink(img, 0, 22 + int(h), img.width(), img.height()) == 0


def test_text_is_drawn_only_at_full_detail(drawing):
    _, dl = drawing
    card = next(g for g in dl.cards() if len(g.lines) >= 2)
    x, y, w, h = card.bounds

    def ink(lod: float) -> int:
        img = _image(int(w) + 2, int(h) + 2)
        p = QPainter(img)
        paint_group(p, card, lod=lod, offset=(1 - x, 1 - y))
        p.end()
        return _ink(img, 0, 0, img.width(), img.height())

    full, simple = ink(1.0), ink(0.1)
    assert simple > 0.8 * w * h  # a filled box
    assert full != simple


def test_clip_rect_skips_groups_outside_it(drawing):
    layout, dl = drawing
    img = _image(200, 200)
    p = QPainter(img)
    drawn_all = paint_display_list(p, dl)
    drawn_part = paint_display_list(p, dl, clip_rect=(0, 0, 400, layout.height))
    p.end()
    assert drawn_all == len(dl.groups)
    assert 0 < drawn_part < drawn_all


def test_overview_repaint_of_thousands_of_cards_is_quick():
    ensure_gui_app()
    project = random_project(5000, seed=5)
    layout = compute_layout(project, "classic", sizes=measure_sizes(project))
    dl = build_display_list(project, layout)
    img = _image(1600, 1000)
    x, y, w, h = dl.bounds
    s = min(1600 / w, 1000 / h)
    p = QPainter(img)
    p.scale(s, s)
    p.translate(-x, -y)
    paint_display_list(p, dl, lod=s)  # builds the batches once
    started = time.perf_counter()
    paint_display_list(p, dl, lod=s)
    elapsed = time.perf_counter() - started
    p.end()
    assert elapsed < 0.25  # about 10 ms on a quiet machine
    assert _ink(img, 0, 0, 1600, 1000) > 0
