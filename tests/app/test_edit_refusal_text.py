"""A refused edit is shown in the UI language wherever the window reports it.

A stand-in translator supplies the Chinese of a few templates, so these tests
do not depend on the shipped catalogue being up to date.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from orgdesign.app.document import Document
from orgdesign.app.main_window import MainWindow
from orgdesign.app.messages import localized
from orgdesign.edit import ParkUnit, Splice, UnparkUnit, apply
from orgdesign.model import EditError
from orgdesign.samples.registry import build_sample

CHINESE = {
    "unit {unit} is already in the parking lot": "单元 {unit} 已在待定区中",
    "unit {unit} is not in the parking lot": "单元 {unit} 不在待定区中",
    "no {what} {id!r}": "没有{what} {id!r}",
    "RACI matrix": "RACI 矩阵",
}


class _Messages(QTranslator):
    """Translates the ``Messages`` context from :data:`CHINESE` only."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802 - Qt's name
        # None (a null string) tells Qt "not here", so it falls back to the English
        return CHINESE.get(source) if context == "Messages" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture
def chinese():
    app = QApplication.instance()
    translator = _Messages()
    app.installTranslator(translator)
    yield
    app.removeTranslator(translator)


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_document(Document(build_sample("callcenter", "zh"), parent=w))
    yield w
    w.document.undo_stack.setClean()  # no save prompt when the test ends


def _placed(w: MainWindow):
    units = w.document.project.scenario().units
    return [u for u in units if not u.parked and u.parent is not None]


def test_localized_fills_a_translated_nested_clause(chinese) -> None:
    project = build_sample("callcenter", "zh")
    with pytest.raises(EditError) as info:
        apply(project, Splice("raci_matrices", remove=("nope",)))
    assert str(info.value) == "no RACI matrix 'nope'"  # the CLI's text is untouched
    assert localized(info.value) == "没有RACI 矩阵 'nope'"


def test_canvas_refusal_reaches_the_status_bar_in_chinese(window, chinese) -> None:
    unit, other = _placed(window)[:2]
    assert not window.canvas.drop_parked(unit.id, other.id)
    assert window.statusBar().currentMessage() == f"单元 {unit.name!r} 不在待定区中"


def test_edit_actions_refusal_is_localized(window, chinese) -> None:
    unit = _placed(window)[0]
    window.document.push(ParkUnit(unit.id))
    texts: list[str] = []
    window.edits.refused.connect(texts.append)
    assert not window.edits._push(ParkUnit(unit.id))
    assert texts == [f"单元 {unit.name!r} 已在待定区中"]


def test_parking_panel_warns_in_chinese(window, chinese, _no_modal_boxes) -> None:
    unit = _placed(window)[0]
    assert window.parking._push(ParkUnit(unit.id))
    assert not window.parking._push(ParkUnit(unit.id))
    assert _no_modal_boxes[-1] == ("warning", f"单元 {unit.name!r} 已在待定区中")
    assert not window.parking._push(UnparkUnit("nope"))
    assert "nope" in _no_modal_boxes[-1][1]  # a template without Chinese stays English


def test_raci_tab_shows_the_refusal_under_the_table(window, chinese) -> None:
    assert not window.raci.push(Splice("raci_matrices", remove=("nope",)), "remove")
    assert window.raci.message.text() == "没有RACI 矩阵 'nope'"
