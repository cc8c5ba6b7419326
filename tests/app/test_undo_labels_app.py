"""The Edit menu's Undo/Redo entries and the History dock show op labels translated.

A marking translator wraps every "Messages" template in «»; the labels must
show marked, proving the document goes through ``localized`` and not ``str``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QUndoView

from orgdesign.app.document import Document
from orgdesign.app.main_window import MainWindow
from orgdesign.edit import MoveUnit, ParkUnit, copy_subtree, describe, paste_subtree
from orgdesign.samples.registry import build_sample


def _move(doc: Document) -> tuple[MoveUnit, str, str]:
    """A move of a second-level unit under a sibling, with the two names."""
    units = doc.project.scenario().units
    root = next(u for u in units if u.parent is None and not u.parked)
    first, second = [u for u in units if u.parent == root.id][:2]
    return MoveUnit(second.id, first.id), second.name, first.name


def test_history_entries_are_translated(qtbot, marking) -> None:
    doc = Document(build_sample("crm", "en"))
    op, unit, parent = _move(doc)
    doc.push(op)
    expected = f"«Move {unit!r} under {parent!r}»"
    assert doc.undo_stack.text(0) == expected
    view = QUndoView(doc.undo_stack)
    qtbot.addWidget(view)
    # row 0 is the clean state ("<empty>"), row 1 the first command
    assert view.model().index(1, 0).data(Qt.ItemDataRole.DisplayRole) == expected


def test_paste_label_is_translated(qtbot, marking) -> None:
    doc = Document(build_sample("crm", "en"))
    units = doc.project.scenario().units
    root = next(u for u in units if u.parent is None and not u.parked)
    copied = copy_subtree(doc.project, None, root.id)
    assert len(copied) > 1
    doc.push(paste_subtree(doc.project, None, copied, None))
    # the count is filled into the translated template
    assert doc.undo_stack.text(0) == f"«Paste {len(copied)} units»"


def test_undo_and_redo_actions_name_the_translated_edit(qtbot, marking) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_document(Document(build_sample("crm", "en")))
    doc = w.document
    op, unit, parent = _move(doc)
    doc.push(op)
    undo, redo = w.actions_by_name["undo"], w.actions_by_name["redo"]
    expected = f"«Move {unit!r} under {parent!r}»"
    assert undo.text().endswith(expected)
    doc.undo_stack.undo()
    assert redo.text().endswith(expected)


def test_labels_stay_english_without_a_translator(qtbot) -> None:
    doc = Document(build_sample("crm", "en"))
    op, unit, parent = _move(doc)
    english = describe(op, doc.project)
    doc.push(op)
    assert doc.undo_stack.text(0) == english == f"Move {unit!r} under {parent!r}"


def test_a_given_text_is_kept_as_it_is(qtbot, marking) -> None:
    doc = Document(build_sample("crm", "en"))
    uid = next(u.id for u in doc.project.scenario().units if u.parent is not None)
    doc.push(ParkUnit(uid), "移入待定区 {x}")
    assert doc.undo_stack.text(0) == "移入待定区 {x}"
