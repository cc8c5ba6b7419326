"""The canvas after edits (updated in part) shows the scene a full rebuild shows."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QGraphicsItem

from orgdesign.app.canvas import chart as chart_module
from orgdesign.app.canvas.changes import touched_units
from orgdesign.app.canvas.view import CanvasView
from orgdesign.app.document import Document
from orgdesign.app.selection import Selection
from orgdesign.edit import (
    AddProcess,
    AddUnit,
    Batch,
    DeletePromote,
    DeleteSubtree,
    MoveUnit,
    ParkUnit,
    ReorderUnit,
    Splice,
    UnparkUnit,
    UpdateFunction,
    UpdateUnit,
    UpdateUnits,
)
from orgdesign.layout import compute_layout
from orgdesign.model import EditError, Process, TreeIndex, Unit
from orgdesign.render import build_display_list, measure_sizes
from orgdesign.samples.registry import build_sample
from orgdesign.samples.synthetic import random_project


def _canvas(qtbot, document: Document, view: str = "classic") -> CanvasView:
    canvas = CanvasView(document, Selection())
    canvas.view_name = view
    canvas.set_view(view)
    document.changed.connect(canvas.rebuild)  # as the main window does
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    return canvas


def _scene(canvas: CanvasView) -> dict:
    """What the scene shows: every card's place, size, kind and content, every connector."""
    cards = {}
    for uid, item in canvas.cards.items():
        g = item.group
        r = item.rect()
        # Qt keeps a position that equals the new one but for rounding (QPointF's ==)
        cards[uid] = (round(item.pos().x(), 6), round(item.pos().y(), 6), r.width() - 9,
                      r.height() - 9, item.kind, g.texts, g.lines, g.accent, g.fill, g.title,
                      g.box[2:])
    drawing = canvas.backdrop.drawing
    edges = [drawing.edge(n).items for n in range(len(canvas.layout.edges))]
    return {"cards": cards, "edges": edges, "legend": drawing.legend(),
            "backdrop": canvas.backdrop.groups, "layout": canvas.layout}


def _expected(document: Document, view: str, options) -> dict:
    project = document.project
    layout = compute_layout(project, view, sizes=measure_sizes(project, options=options))
    dl = build_display_list(project, layout, options)
    cards = {}
    for g in dl.cards():
        b = layout.boxes[g.id]
        cards[g.id] = (round(b.x, 6), round(b.y, 6), b.w, b.h, b.kind, g.texts, g.lines,
                       g.accent, g.fill, g.title, g.box[2:])
    return {"cards": cards, "edges": [g.items for g in dl.groups if g.kind == "edge"],
            "legend": [g for g in dl.groups if g.kind in ("legend", "footer")],
            "backdrop": [g for g in dl.groups if g.kind in ("band", "ring", "lane")],
            "layout": layout}


def _random_op(rng: random.Random, project, n: int):
    sc = project.scenario()
    ix = TreeIndex(sc)
    ids = [u.id for u in sc.units]
    uid = rng.choice(ids)
    placed = ix.placed()
    choice = rng.randrange(11)
    if choice == 0:
        return AddUnit(Unit(id=f"new{n}", name=f"New unit {n} 新部门"), parent=rng.choice(placed))
    if choice == 1:
        return DeleteSubtree(uid)
    if choice == 2:
        return UpdateUnit(uid, {"name": rng.choice(["A", "A much longer unit name here", "客服"])})
    if choice == 3:
        return UpdateUnit(uid, {"collapsed": not ix.units[uid].collapsed})
    if choice == 4:
        return UpdateUnit(uid, {"person": None})
    if choice == 5:
        siblings = ix.kids(ix.units[uid].parent) if ix.units[uid].parent else ix.roots
        return ReorderUnit(uid, rng.randrange(len(siblings)))
    if choice == 6:
        return ParkUnit(uid) if not ix.units[uid].parked else \
            UnparkUnit(uid, parent=rng.choice(placed))
    if choice == 7:
        return DeletePromote(uid)
    if choice == 8:
        return Batch((UpdateUnit(uid, {"title": "Head"}), MoveUnit(uid, parent=rng.choice(ids))))
    if choice == 9:
        return UpdateUnits({u: {"assistant": rng.random() < 0.5} for u in rng.sample(ids, 3)})
    return MoveUnit(uid, parent=rng.choice(ids), index=rng.choice([None, 0]))


@pytest.mark.parametrize(("view", "seed"), [("classic", 1), ("compact", 2), ("inverted", 3),
                                            ("rings", 4)])
def test_edits_undo_and_redo_give_the_scene_of_a_full_rebuild(qtbot, view, seed):
    rng = random.Random(seed)
    project = random_project(120, seed=seed)
    start = project.model_dump()
    document = Document(project)
    canvas = _canvas(qtbot, document, view)
    spy = []
    real = chart_module.relayout
    chart_module.relayout = lambda *a, **k: spy.append(a[2]) or real(*a, **k)
    try:
        done = 0
        for n in range(40):
            if done and rng.random() < 0.25:
                document.undo_stack.undo() if rng.random() < 0.6 else document.undo_stack.redo()
            else:
                try:
                    document.push(_random_op(rng, document.project, n))
                    done += 1
                except EditError:
                    continue
            assert _scene(canvas) == _expected(document, view, canvas.render_options), n
        while document.undo_stack.canUndo():
            document.undo_stack.undo()
    finally:
        chart_module.relayout = real
    assert document.project.model_dump() == start
    assert _scene(canvas) == _expected(document, view, canvas.render_options)
    assert spy, "edits of units are laid out again in part"


def test_cards_stand_at_their_boxes_after_a_move_and_its_undo(qtbot):
    document = Document(build_sample("crm", "zh"))
    canvas = _canvas(qtbot, document)
    ix = TreeIndex(document.project.scenario())
    mover = next(u for u in ix.placed() if len(ix.kids(u)) >= 2 and ix.units[u].parent)
    target = next(u for u in ix.placed() if u not in set(ix.walk(mover)) and ix.kids(u)
                  and u != ix.units[mover].parent)
    before = {uid: (item.pos().x(), item.pos().y()) for uid, item in canvas.cards.items()}
    document.push(MoveUnit(mover, parent=target))
    boxes = canvas.layout.boxes
    assert set(canvas.cards) == set(boxes)
    for uid, item in canvas.cards.items():
        assert (item.pos().x(), item.pos().y()) == pytest.approx((boxes[uid].x, boxes[uid].y))
    assert before != {uid: (b.x, b.y) for uid, b in boxes.items()}
    document.undo_stack.undo()
    assert {uid: (i.pos().x(), i.pos().y()) for uid, i in canvas.cards.items()} == before


def test_a_collapsed_card_follows_the_reports_it_hides(qtbot):
    document = Document(random_project(60, seed=8))
    canvas = _canvas(qtbot, document)
    ix = TreeIndex(document.project.scenario())
    leaf = next(u for u in ix.placed() if not ix.kids(u) and ix.units[u].parent)
    manager = next(u for u in ix.placed() if ix.kids(u) and ix.units[u].parent
                   and leaf not in set(ix.walk(u)))
    for uid in (leaf, manager):
        document.push(UpdateUnit(uid, {"collapsed": True}))
    expected = _expected(document, "classic", canvas.render_options)
    assert _scene(canvas) == expected
    assert canvas.cards[manager].kind == "collapsed" and canvas.cards[leaf].kind == "unit"
    # the manager's reports move under the collapsed leaf: one card grows, one shrinks
    document.push(Batch(tuple(MoveUnit(r, parent=leaf) for r in ix.kids(manager))))
    assert canvas.cards[leaf].kind == "collapsed" and canvas.cards[manager].kind == "unit"
    assert _scene(canvas) == _expected(document, "classic", canvas.render_options)
    document.undo_stack.undo()
    assert _scene(canvas) == expected


def test_touched_units_of_each_kind_of_op():
    unit = Unit(id="x", name="X")
    assert touched_units(MoveUnit("a", parent="b"), "s") == {"a"}
    assert touched_units(AddUnit(unit, parent="b"), "s") == {"x"}
    assert touched_units(UpdateUnits({"a": {"name": "A"}, "b": {"name": "B"}}), "s") == {"a", "b"}
    assert touched_units(Splice("units", remove=("a",), insert=((0, unit),)), "s") == {"a", "x"}
    assert touched_units(Batch((MoveUnit("a", parent="b"), DeleteSubtree("c"))), "s") == \
        {"a", "c"}
    # another scenario, processes: nothing on the chart; functions, promotions: start over
    assert touched_units(MoveUnit("a", parent="b", scenario="other"), "s") == frozenset()
    assert touched_units(AddProcess(Process(id="p", name="P")), "s") == frozenset()
    assert touched_units(UpdateFunction("f", {"color": "#FF0000"}), "s") is None
    assert touched_units(DeletePromote("a"), "s") is None
    assert touched_units(Batch((MoveUnit("a", parent="b"), DeletePromote("c"))), "s") is None
    assert touched_units(None, "s") is None


def test_an_edit_off_the_chart_leaves_the_scene_alone(qtbot):
    document = Document(build_sample("bakery", "en"))
    canvas = _canvas(qtbot, document)
    with qtbot.assertNotEmitted(canvas.rebuilt):
        document.push(AddProcess(Process(id="p-new", name="New process")))
    with qtbot.waitSignal(canvas.rebuilt, timeout=1000):
        document.push(UpdateUnit(document.project.scenario().units[0].id, {"name": "Renamed"}))
    assert canvas.cards[document.project.scenario().units[0].id].group.texts[0] == \
        ("name", "Renamed")


def test_far_out_cards_hide_but_the_selection_shows_and_tooltips_come_from_content(qtbot):
    document = Document(random_project(400, seed=5))
    selection = Selection()
    canvas = CanvasView(document, selection)
    qtbot.addWidget(canvas)
    canvas.resize(900, 600)
    canvas.show()
    canvas.fit()
    canvas.set_zoom(0.05)
    canvas.viewport().repaint()
    chart = canvas._chart
    assert chart.far and chart.layer.opacity() == 0.0
    uid = next(iter(canvas.cards))
    selection.set([uid])
    own = QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity
    assert canvas.cards[uid].isSelected() and canvas.cards[uid].flags() & own
    selection.set([])
    assert not canvas.cards[uid].isSelected() and not canvas.cards[uid].flags() & own
    canvas.set_zoom(1.0)
    canvas.viewport().repaint()
    assert not chart.far and chart.layer.opacity() == 1.0
    canvas.centerOn(canvas.cards[uid])
    centre = canvas.mapFromScene(canvas.cards[uid].sceneBoundingRect().center())
    assert canvas.card_at(QPoint(centre.x(), centre.y())) is canvas.cards[uid]
    name = next(u.name for u in document.project.scenario().units if u.id == uid)
    assert canvas.cards[uid].group.title.startswith(name)
