"""The editor driven like a user: actions, keys, a real mouse drag, undo, save, crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from orgdesign.app.document import Document
from orgdesign.app.main_window import MainWindow
from orgdesign.io.project_file import load_project
from orgdesign.io.recovery import list_recoveries
from orgdesign.model import TreeIndex
from orgdesign.samples.registry import build_sample


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.document.undo_stack.setClean()  # no save prompt when the test ends


def _units(w: MainWindow):
    return w.document.project.scenario().units


def test_build_a_chart_with_actions_and_keys(window, qtbot) -> None:
    w = window
    w.canvas.setFocus()
    w.actions_by_name["add_child"].trigger()  # nothing selected: a root
    assert len(_units(w)) == 1
    root = w.selection.current
    QTest.keyClick(w.canvas, Qt.Key.Key_Insert)  # a report under the root
    child = w.selection.current
    QTest.keyClick(w.canvas, Qt.Key.Key_Return)  # a sibling of that report
    sibling = w.selection.current
    w.actions_by_name["add_assistant"].trigger()
    units = {u.id: u for u in _units(w)}
    assert len(units) == 4
    assert units[child].parent == root and units[sibling].parent == root
    assert [u.id for u in _units(w) if u.parent == sibling and u.assistant]
    # rename in place with F2
    w.selection.set([child])
    QTest.keyClick(w.canvas, Qt.Key.Key_F2)
    editor = w.canvas._editor
    assert editor is not None
    editor.setText("销售部")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert next(u for u in _units(w) if u.id == child).name == "销售部"
    # arrows walk the tree
    QTest.keyClick(w.canvas, Qt.Key.Key_Up)
    assert w.selection.current == root
    QTest.keyClick(w.canvas, Qt.Key.Key_Down)
    assert w.selection.current in (child, sibling)
    # the canvas shows every unit and the title says unsaved
    assert set(w.canvas.cards) >= {u.id for u in _units(w)}
    assert "*" in w.windowTitle()


def test_reparent_by_mouse_drag_then_undo_everything(window, qtbot) -> None:
    w = window
    w.set_document(Document(build_sample("crm", "en"), parent=w))
    w.set_view("classic")
    start = w.document.project.model_dump()
    ix = TreeIndex(w.document.project.scenario())
    root = ix.placed_roots()[0]
    a, b = [k for k in ix.kids(root) if ix.kids(k)][:2]
    mover = ix.kids(a)[0]
    w.canvas.set_zoom(1.0)
    w.canvas.centerOn(w.canvas.cards[mover])
    QApplication.processEvents()

    def centre(uid: str) -> QPoint:
        return w.canvas.mapFromScene(w.canvas.cards[uid].sceneBoundingRect().center())

    src = centre(mover)
    vp = w.canvas.viewport()
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, src)
    # walk towards the target so the view sees real mouse moves
    w.canvas.ensureVisible(w.canvas.cards[b])
    dst = centre(b)
    src = centre(mover) if w.canvas.cards[mover].isVisible() else src
    for i in range(1, 11):
        p = src + (dst - src) * (i / 10)
        QTest.mouseMove(vp, p)
    assert w.canvas.cards[b].drop_state == "ok"
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, dst)
    moved = next(u for u in _units(w) if u.id == mover)
    assert moved.parent == b
    assert w.document.undo_stack.count() == 1  # the drag is one step
    # a drop into its own subtree is refused
    w.selection.set([b])
    assert w.canvas._drop_op_for(w.canvas.cards[b], w.canvas.cards[mover]) is None
    while w.document.undo_stack.canUndo():
        w.document.undo_stack.undo()
    assert w.document.project.model_dump() == start


def test_save_reopen_and_compare(window, tmp_path: Path) -> None:
    w = window
    w.set_document(Document(build_sample("callcenter", "zh"), parent=w))
    w.selection.set([_units(w)[0].id])
    w.actions_by_name["add_child"].trigger()
    path = tmp_path / "cc.orgd"
    assert w._save_to(str(path))
    assert "*" not in w.windowTitle()
    again = load_project(path)
    assert again.scenarios == w.document.project.scenarios
    w2 = MainWindow()
    assert w2.open_path(str(path))
    assert w2.document.project.scenarios == again.scenarios
    w2.close()


def test_autosave_then_crash_then_restore(qtbot, tmp_path: Path) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_document(Document(build_sample("bakery", "en"), parent=w))
    w.selection.set([_units(w)[0].id])
    w.actions_by_name["add_child"].trigger()
    expected = w.document.project.model_dump()
    assert w.autosaver.snapshot()
    entries = list_recoveries()
    assert len(entries) == 1
    # crash: nothing more runs in the first window; a second one starts
    w2 = MainWindow()
    qtbot.addWidget(w2)
    assert w2.restore(entries[0])
    assert w2.document.project.model_dump()["scenarios"] == expected["scenarios"]
    assert w2.document.modified and "*" in w2.windowTitle()
    w2.document.undo_stack.setClean()


def test_find_selects_matches(window) -> None:
    w = window
    w.set_document(Document(build_sample("crm", "zh"), parent=w))
    w.find_edit.setText("销售")
    first = w.find_step(1)
    assert first is not None and w.selection.ids == [first]
    second = w.find_step(1)
    assert len(w.find_matches("销售")) >= 2 and second != first


@pytest.mark.parametrize("view", ["classic", "compact", "inverted", "rings"])
def test_every_sample_in_every_view(window, qtlog, view) -> None:
    w = window
    for name in ("bakery", "crm", "callcenter"):
        for lang in ("en", "zh"):
            w.set_document(Document(build_sample(name, lang), parent=w))
            w.set_view(view)
            placed = set(TreeIndex(w.document.project.scenario()).placed())
            # every placed unit not inside a collapsed subtree has a card
            assert placed & set(w.canvas.cards)
            assert set(w.canvas.layout.boxes) == set(w.canvas.cards)
    # the offscreen platform warns about size hints it cannot pass on; not ours
    warnings = [r for r in qtlog.records if r.type != 0 and "propagateSizeHints" not in r.message]
    assert not warnings, [r.message for r in warnings]


def test_view_switch_keeps_selection(window) -> None:
    w = window
    w.set_document(Document(build_sample("bakery", "zh"), parent=w))
    uid = _units(w)[3].id
    w.selection.set([uid])
    w.actions_by_name["view_rings"].trigger()
    assert w.canvas.view_name == "rings" and w.selection.ids == [uid]
    assert w.canvas.cards[uid].isSelected()


def test_properties_edit_several_units_in_one_step(window) -> None:
    w = window
    w.set_document(Document(build_sample("crm", "en"), parent=w))
    ids = [u.id for u in _units(w)[2:5]]
    w.selection.set(ids)
    w.properties.title_edit.setText("Specialist")
    w.properties.title_edit.editingFinished.emit()
    assert all(u.title == "Specialist" for u in _units(w) if u.id in ids)
    assert w.document.undo_stack.count() == 1


def test_drag_from_the_parking_lot_onto_a_card(window, qtbot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    w = window
    w.set_document(Document(build_sample("crm", "en"), parent=w))
    w.set_view("classic")
    w.refresh_docks()
    ix = TreeIndex(w.document.project.scenario())
    parked = ix.parked_roots()[0]
    target = ix.placed_roots()[0]
    item = w.parking.list.item(0)
    mime = w.parking.list.mimeData([item])
    w.canvas.set_zoom(1.0)
    w.canvas.centerOn(w.canvas.cards[target])
    QApplication.processEvents()
    pos = w.canvas.mapFromScene(w.canvas.cards[target].sceneBoundingRect().center())
    event = QDropEvent(QPointF(pos), Qt.DropAction.MoveAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w.canvas.dropEvent(event)
    placed = next(u for u in _units(w) if u.id == parked)
    assert placed.parent == target and not placed.parked
    assert w.document.undo_stack.count() == 1
