"""The RACI editor: table model without a view, keys and clipboard, structure, import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QMainWindow, QMenu

from orgdesign.app.document import Document
from orgdesign.app.raci import RaciTab, RaciTableModel
from orgdesign.app.raci import matrix_edits as edits
from orgdesign.app.raci.clipboard import format_block, parse_block
from orgdesign.app.raci.table_model import COUNTS_ROLE, SEVERITY_ROLE
from orgdesign.app.selection import Selection
from orgdesign.edit import Splice, UpdateUnit
from orgdesign.export.raci_xlsx import export_raci_xlsx
from orgdesign.io import raci_format as fmt
from orgdesign.model.raci_schemes import get_scheme, split_letters
from orgdesign.samples.registry import build_sample

D = Qt.ItemDataRole


def _doc(name: str = "crm", lang: str = "en") -> Document:
    return Document(build_sample(name, lang))


def _model(doc: Document, lang: str = "en") -> RaciTableModel:
    return RaciTableModel(doc, doc.project.raci_matrices[0].id, lang)


def _matrix(doc: Document, mid: str | None = None):
    ms = doc.project.raci_matrices
    return next(m for m in ms if m.id == mid) if mid else ms[0]


def _find(model: RaciTableModel, text: str) -> tuple[int, int]:
    for r in range(model.activity_count()):
        for c in range(model.role_count()):
            if model.cell_text(r, c) == text:
                return r, c
    raise AssertionError(text)


@pytest.fixture
def tab(qtbot):
    doc = _doc()
    sel = Selection()
    t = RaciTab(doc, sel, lang="en")
    qtbot.addWidget(t)
    t.resize(1200, 600)
    t.show()
    qtbot.waitExposed(t)
    return t


# --- the model without a view -----------------------------------------------------------


def test_shape_letters_colours_and_tips() -> None:
    doc = _doc()
    model = _model(doc)
    m = _matrix(doc)
    scheme = get_scheme(m.scheme)
    assert model.rowCount() == len(m.activities) + 1
    assert model.columnCount() == len(m.roles) + 1
    assert model.is_summary_row(len(m.activities)) and model.is_problems_column(len(m.roles))
    for r, act in enumerate(m.activities):
        for c, role in enumerate(m.roles):
            assert model.data(model.index(r, c)) == m.cells.get(act.id, {}).get(role.id, "")
    r, c = _find(model, "A/R")
    # A/R is coloured as A (the accountable letter first, like the workbook), and bold
    assert model.data(model.index(r, c), D.BackgroundRole) == QColor(scheme.letter("A").fill)
    assert model.data(model.index(r, c), D.ForegroundRole) == QColor(scheme.letter("A").ink)
    assert model.data(model.index(r, c), D.FontRole).bold()
    tip = model.data(model.index(r, c), D.ToolTipRole)
    assert scheme.letter("A").meaning_en in tip and scheme.letter("R").meaning_en in tip
    r, c = _find(model, "I")
    assert model.data(model.index(r, c), D.BackgroundRole) == QColor(scheme.letter("I").fill)
    r, c = _find(model, "")
    assert model.data(model.index(r, c), D.BackgroundRole) is None


def test_flags_only_letter_cells_are_editable() -> None:
    doc = _doc()
    model = _model(doc)
    editable = Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, 0)) & editable
    assert not model.flags(model.index(model.activity_count(), 0)) & editable
    assert not model.flags(model.index(0, model.role_count())) & editable
    assert model.flags(model.index(0, model.role_count())) & Qt.ItemFlag.ItemIsSelectable


def test_summary_row_counts_each_letter() -> None:
    doc = _doc("callcenter")
    model = _model(doc)
    m = _matrix(doc)
    summary = model.activity_count()
    for c, role in enumerate(m.roles):
        expected: dict[str, int] = {}
        for act in m.activities:
            for code in split_letters(m.cells.get(act.id, {}).get(role.id, "")):
                expected[code] = expected.get(code, 0) + 1
        counts = dict(model.data(model.index(summary, c), COUNTS_ROLE))
        assert {k: v for k, v in counts.items() if v} == expected
        shown = model.data(model.index(summary, c))
        for code, n in expected.items():
            assert f"{code}{n}" in shown


def test_headers_follow_units_of_the_chart(qtbot) -> None:
    doc = _doc()
    model = _model(doc)
    m = _matrix(doc)
    units = {u.id: u for u in doc.project.scenario().units}
    col = next(i for i, r in enumerate(m.roles) if r.unit in units)
    free = next(i for i, r in enumerate(m.roles) if r.unit is None)
    H = Qt.Orientation.Horizontal  # noqa: N806
    assert model.headerData(col, H) == units[m.roles[col].unit].name
    assert model.headerData(free, H) == m.roles[free].name
    assert model.headerData(model.role_count(), H) == "Problems"
    assert model.headerData(0, Qt.Orientation.Vertical) == m.activities[0].name
    doc.push(UpdateUnit(m.roles[col].unit, {"name": "Renamed desk"}))
    assert model.headerData(col, H) == "Renamed desk"
    doc.undo_stack.undo()
    assert model.headerData(col, H) == units[m.roles[col].unit].name
    # a column whose unit left the chart is kept and marked
    gone = _matrix(doc).model_copy(deep=True)
    gone.roles[col].unit = "u-nowhere"
    doc.push(Splice("raci_matrices", remove=(gone.id,), insert=((0, gone),)))
    assert "deleted" in model.headerData(col, H)
    assert any(p.code == "R022" for p in model.role_problems(col))


def test_set_data_parses_and_is_one_undo_step() -> None:
    doc = _doc()
    model = _model(doc)
    r, c = _find(model, "")
    before = _matrix(doc).model_copy(deep=True)
    steps = doc.undo_stack.count()
    assert model.setData(model.index(r, c), "ar")
    assert model.data(model.index(r, c)) == "A/R"
    assert doc.undo_stack.count() == steps + 1
    assert model.setData(model.index(r, c), "Ｒ，ａ")  # full-width, Chinese comma: same value
    assert doc.undo_stack.count() == steps + 1  # nothing changed: no step
    doc.undo_stack.undo()
    assert _matrix(doc) == before
    assert model.data(model.index(r, c)) == ""


def test_letters_foreign_to_the_scheme_are_refused(qtbot) -> None:
    doc = _doc()
    model = _model(doc)
    r, c = _find(model, "C")
    before = _matrix(doc).model_copy(deep=True)
    with qtbot.waitSignal(model.refused) as sig:
        assert not model.setData(model.index(r, c), "x")
    assert "'X' is not a letter of RACI" in sig.args[0]
    assert _matrix(doc).activities[r].name in sig.args[0]
    with qtbot.waitSignal(model.refused) as sig:
        assert not model.setData(model.index(r, c), "C/I")
    assert "cannot share one cell" in sig.args[0]
    assert _matrix(doc) == before and doc.undo_stack.count() == 0
    # nothing but letter cells take data
    assert not model.setData(model.index(model.activity_count(), 0), "R")
    assert not model.setData(model.index(0, model.role_count()), "R")


def test_problems_column_names_what_is_wrong() -> None:
    doc = _doc()
    model = _model(doc)
    problems_col = model.role_count()
    r, c = _find(model, "A")
    assert model.setData(model.index(r, c), "")
    text = model.data(model.index(r, problems_col))
    assert "has no A (Accountable)" in text
    assert model.data(model.index(r, problems_col), SEVERITY_ROLE) == "error"
    total = model.data(model.index(model.activity_count(), problems_col))
    assert "Errors: 1" in total


def test_rows_and_columns_add_remove_move_rename() -> None:
    doc = _doc()
    model = _model(doc)
    m0 = _matrix(doc).model_copy(deep=True)
    aid = model.add_activity("新活动", 1)
    assert model.activity_id(1) == aid and model.headerData(1, Qt.Orientation.Vertical) == "新活动"
    assert _matrix(doc).activities[1].group == m0.activities[0].group  # stays in its process
    [rid] = model.add_roles([("Client board", None)], 0)
    assert model.role_id(0) == rid
    idle = model.index(model.activity_count(), 0)  # an empty column: idle role (R020)
    assert model.data(idle, SEVERITY_ROLE) == "warning"
    assert "idle role" in model.data(idle, D.ToolTipRole)
    assert model.move_rows([1], 1)
    assert model.activity_id(2) == aid
    assert not model.move_columns([0], -1)  # already first: nothing to do, no step
    assert model.move_columns([0], 1) and model.role_id(1) == rid
    assert model.setHeaderData(2, Qt.Orientation.Vertical, "  renamed   step ")
    assert _matrix(doc).activities[2].name == "renamed step"
    assert model.setHeaderData(1, Qt.Orientation.Horizontal, "Board")
    assert model.remove_rows([2]) and model.row_of(aid) is None
    assert model.remove_columns([1]) and model.column_of(rid) is None
    assert doc.undo_stack.count() == 8
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert _matrix(doc) == m0


def test_a_role_linked_to_a_unit_takes_its_name(qtbot) -> None:
    doc = _doc()
    model = _model(doc)
    m = _matrix(doc)
    units = {u.id for u in doc.project.scenario().units}
    col = next(i for i, r in enumerate(m.roles) if r.unit in units)
    with qtbot.waitSignal(model.refused):
        assert not model.setHeaderData(col, Qt.Orientation.Horizontal, "Other name")
    assert doc.undo_stack.count() == 0


def test_matrix_edits_are_pure() -> None:
    m = _matrix(_doc())
    copy = m.model_copy(deep=True)
    ids = [a.id for a in m.activities]
    moved = edits.move_activities(m, [ids[0], ids[2]], -1)  # the first one is at the edge
    assert [a.id for a in moved.activities][:3] == [ids[0], ids[2], ids[1]]
    down = edits.move_activities(m, ids[-2:], 1)  # a block at the bottom stays
    assert [a.id for a in down.activities] == ids
    cleared = edits.set_cells(m, {(ids[0], m.roles[0].id): "",
                                  (ids[0], m.roles[1].id): "R"})
    assert cleared.cells[ids[0]].get(m.roles[1].id) == "R"
    assert m.roles[0].id not in cleared.cells.get(ids[0], {})
    gone = edits.remove_roles(m, [m.roles[1].id])
    assert all(m.roles[1].id not in row for row in gone.cells.values())
    assert m == copy


def test_clipboard_blocks_round_trip() -> None:
    rows = [["A/R", "", "C"], ["I", 'say "hi"', "two\tcells"], ["", "", ""]]
    assert parse_block(format_block(rows)) == rows
    assert parse_block("R\tA\r\nC\tI\r\n") == [["R", "A"], ["C", "I"]]
    assert parse_block("R\n\nA\n") == [["R"], [""], ["A"]]
    assert parse_block("") == [] and parse_block("\r\n") == []


# --- the tab: keys, clipboard, structure --------------------------------------------------


def test_typing_a_letter_sets_the_selected_cells(tab, qtbot) -> None:
    view, model, doc = tab.view, tab.model, tab.document
    r, c = _find(model, "")
    view.setFocus()
    view.select_cells(r, c, r, c)
    QTest.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.NoModifier, -1)
    assert model.cell_text(r, c) == "R"
    QTest.keyClicks(view, "z")
    assert model.cell_text(r, c) == "R"
    assert "'Z' is not a letter" in tab.message.text()
    view.select_cells(0, 0, 1, 1)
    QTest.keyClick(view, Qt.Key.Key_I)
    assert {model.cell_text(a, b) for a in (0, 1) for b in (0, 1)} == {"I"}
    steps = doc.undo_stack.count()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert {model.cell_text(a, b) for a in (0, 1) for b in (0, 1)} == {""}
    assert doc.undo_stack.count() == steps + 1
    # the selection follows its activities through moves and undo (the model resets)
    view.select_cells(2, 1, 2, 1)
    assert tab.move_selected_activities(-1)
    assert view.selected_cells() == [(1, 1)]
    doc.undo_stack.undo()
    assert view.selected_cells() == [(2, 1)]
    # a row that goes away leaves the cursor where it was
    tab.add_activity("extra")
    assert view.selected_cells() == [(3, 0)]
    doc.undo_stack.undo()
    assert (view.currentIndex().row(), view.currentIndex().column()) == (3, 0)


def test_paste_of_a_block_is_one_step_and_undo_restores(tab) -> None:
    view, model, doc = tab.view, tab.model, tab.document
    before = _matrix(doc).model_copy(deep=True)
    view.select_cells(1, 1, 1, 1)
    steps = doc.undo_stack.count()
    assert view.paste_text("r\ta\r\nC\tA/R\r\nI\t\r\n")
    assert doc.undo_stack.count() == steps + 1
    assert [model.cell_text(1, 1), model.cell_text(1, 2)] == ["R", "A"]
    assert [model.cell_text(2, 1), model.cell_text(2, 2)] == ["C", "A/R"]
    assert [model.cell_text(3, 1), model.cell_text(3, 2)] == ["I", ""]
    assert view.selected_cells() == [(r, c) for r in (1, 2, 3) for c in (1, 2)]
    copied = view.copy_text()
    assert parse_block(copied) == [["R", "A"], ["C", "A/R"], ["I", ""]]
    doc.undo_stack.undo()
    assert _matrix(doc) == before


def test_paste_with_a_bad_letter_refuses_everything(tab, qtbot) -> None:
    view, model, doc = tab.view, tab.model, tab.document
    before = _matrix(doc).model_copy(deep=True)
    view.select_cells(0, 0, 0, 0)
    with qtbot.waitSignal(tab.refused) as sig:
        assert not view.paste_text("R\tA\nC\tQ\n")
    act, role = _matrix(doc).activities[1].name, model.role_label(1)
    assert act in sig.args[0] and role in sig.args[0] and "'Q'" in sig.args[0]
    assert _matrix(doc) == before and doc.undo_stack.count() == 0


def test_one_value_fills_the_selection_and_the_block_is_cut_to_the_table(tab) -> None:
    view, model = tab.view, tab.model
    view.select_cells(0, 0, 2, 1)
    assert view.paste_text("C\r\n")
    assert {model.cell_text(r, c) for r in range(3) for c in range(2)} == {"C"}
    last_r, last_c = model.activity_count() - 1, model.role_count() - 1
    view.select_cells(last_r, last_c, last_r, last_c)
    assert view.paste_text("I\tR\nR\tR\n")  # only the top-left value fits
    assert model.cell_text(last_r, last_c) == "I"


def test_window_copy_and_delete_do_not_steal_the_grid_keys(qtbot) -> None:
    doc = _doc()
    win = QMainWindow()
    qtbot.addWidget(win)
    fired: list[str] = []
    for name, key in (("copy", QKeySequence.StandardKey.Copy),
                      ("cut", QKeySequence.StandardKey.Cut),
                      ("delete", QKeySequence.StandardKey.Delete)):
        act = QAction(name, win)
        act.setShortcut(key)
        act.triggered.connect(lambda _c=False, n=name: fired.append(n))
        win.addAction(act)
    tab = RaciTab(doc, Selection(), win, lang="en")
    win.setCentralWidget(tab)
    win.show()
    qtbot.waitExposed(win)
    tab.view.setFocus()
    r, c = _find(tab.model, "A/R")
    tab.view.select_cells(r, c, r, c)
    QGuiApplication.clipboard().clear()
    QTest.keyClick(tab.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().strip() == "A/R"
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.cell_text(r, c) == ""
    tab.document.undo_stack.undo()
    QGuiApplication.clipboard().clear()
    QTest.keyClick(tab.view, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().strip() == "A/R"
    assert tab.model.cell_text(r, c) == ""
    assert fired == []


def test_add_roles_from_the_selected_units(tab) -> None:
    doc, model = tab.document, tab.model
    linked = {r.unit for r in _matrix(doc).roles if r.unit}
    free_units = [u for u in doc.project.scenario().units if u.id not in linked][:2]
    already = next(iter(linked))
    tab.selection.set([free_units[0].id, already, free_units[1].id])
    steps = doc.undo_stack.count()
    ids = tab.add_roles_from_selection()
    assert len(ids) == 2 and doc.undo_stack.count() == steps + 1
    roles = {r.id: r for r in _matrix(doc).roles}
    assert [roles[i].unit for i in ids] == [u.id for u in free_units]
    assert [model.headerData(model.column_of(i), Qt.Orientation.Horizontal) for i in ids] == [
        u.name for u in free_units]
    assert tab.add_roles_from_selection() == []  # every one has its column now
    assert "column already" in tab.message.text()
    tab.selection.set([])
    assert tab.add_roles_from_selection() == []
    doc.undo_stack.undo()
    assert not any(i in {r.id for r in _matrix(doc).roles} for i in ids)


def test_generate_from_process_new_and_delete(tab) -> None:
    doc = tab.document
    proc = doc.project.processes[-1]
    n = len(doc.project.raci_matrices)
    mid = tab.generate_from_process(proc.id)
    assert mid is not None and len(doc.project.raci_matrices) == n + 1
    assert tab.current_matrix().id == mid
    assert tab.chooser.currentData() == mid
    m = _matrix(doc, mid)
    assert [a.step for a in m.activities] == [s.id for s in proc.steps]
    owner_col = tab.model.column_of(next(r.id for r in m.roles if r.unit == proc.owner))
    assert all("A" in split_letters(tab.model.cell_text(r, owner_col))
               for r in range(tab.model.activity_count()))
    doc.undo_stack.undo()
    assert len(doc.project.raci_matrices) == n
    assert tab.current_matrix() is not None and tab.current_matrix().id != mid
    empty = tab.new_matrix("空白矩阵", "DACI")
    assert tab.current_matrix().id == empty and tab.model.scheme().name == "DACI"
    assert tab.model.rowCount() == 1 and tab.model.columnCount() == 1
    assert "DACI" in tab.scheme_label.text()
    assert tab.rename_matrix("Decisions") and _matrix(doc, empty).name == "Decisions"
    assert tab.chooser.currentText() == "Decisions"
    assert tab.delete_matrix()
    assert empty not in {m.id for m in doc.project.raci_matrices}
    for m in list(doc.project.raci_matrices):
        tab.show_matrix(m.id)
        tab.delete_matrix()
    assert tab.current_matrix() is None and tab.stack.currentIndex() == 0


def _edit_cell(path: Path, out: Path, activity_id: str, role_id: str, value: str) -> None:
    wb = load_workbook(path)
    ws = wb[fmt.SHEET_RACI]
    col = next(c.column for c in ws[fmt.ID_ROW] if c.value == fmt.ROLE_PREFIX + role_id)
    row = next(c.row for c in ws["A"] if c.value == fmt.ACT_PREFIX + activity_id)
    ws.cell(row, col).value = value
    wb.save(out)


def test_import_of_an_edited_workbook_is_one_step(tab, tmp_path: Path) -> None:
    doc, model = tab.document, tab.model
    m = _matrix(doc)
    book = tmp_path / "book.xlsx"
    export_raci_xlsx(doc.project, m, book)
    assert tab.workbook.export_to(tmp_path / "tab.xlsx")
    assert fmt.SHEET_RACI in load_workbook(tmp_path / "tab.xlsx").sheetnames
    assert tab.workbook.export_to(tmp_path / "book.csv")
    assert "\ufeff" in (tmp_path / "book.csv").read_text("utf-8")  # BOM for Excel
    r, c = _find(model, "")
    act, role = m.activities[r], m.roles[c]
    _edit_cell(book, tmp_path / "edited.xlsx", act.id, role.id, "C")
    imp = tab.workbook.read_workbook(tmp_path / "edited.xlsx")
    assert imp is not None and not imp.is_new
    summary = tab.workbook.import_summary(imp)
    assert "Cells changed: 1" in summary
    assert f"{act.name} × {role.name}: (empty) → C" in summary
    before = m.model_copy(deep=True)
    steps = doc.undo_stack.count()
    assert tab.workbook.apply_import(imp)
    assert doc.undo_stack.count() == steps + 1
    assert model.cell_text(r, c) == "C"
    doc.undo_stack.undo()
    assert _matrix(doc) == before
    unchanged = tab.workbook.read_workbook(book)
    assert "no changes" in tab.workbook.import_summary(unchanged)


def test_import_refuses_a_workbook_that_is_not_ours(tab, tmp_path: Path, _no_modal_boxes) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a zip")
    assert tab.workbook.read_workbook(bad) is None
    assert _no_modal_boxes and _no_modal_boxes[-1][0] == "warning"


def test_chinese_sample(qtbot) -> None:
    doc = _doc("crm", "zh")
    tab = RaciTab(doc, Selection(), lang="zh")
    qtbot.addWidget(tab)
    model = tab.model
    m = _matrix(doc)
    units = {u.id: u.name for u in doc.project.scenario().units}
    assert model.headerData(0, Qt.Orientation.Vertical) == m.activities[0].name
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.role_count())]
    assert heads == [units.get(r.unit, r.name) if r.unit else r.name for r in m.roles]
    r, c = _find(model, "A")
    assert "最终负责" in model.data(model.index(r, c), D.ToolTipRole)
    assert model.setData(model.index(r, c), "ｒ")
    problems = model.data(model.index(r, model.role_count()))
    assert "没有A" in problems and m.activities[r].name in problems
    tab.view.select_cells(r, c, r, c)
    assert tab.view.paste_text("Ａ／Ｒ")
    assert model.cell_text(r, c) == "A/R"
    assert "负责执行" in tab.legend.text()


def test_set_document_follows_the_new_project(tab) -> None:
    other = _doc("bakery")
    tab.set_document(other)
    assert tab.current_matrix().id == other.project.raci_matrices[0].id
    assert tab.model.setData(tab.model.index(0, 0), "I")
    assert other.undo_stack.count() == 1


def test_letter_picker_and_context_menu(tab, qtbot) -> None:
    view, model = tab.view, tab.model
    r, c = _find(model, "")
    view.setCurrentIndex(model.index(r, c))
    view.edit(model.index(r, c))
    combo = view.viewport().findChild(QComboBox)
    assert combo is not None
    values = [combo.itemText(i) for i in range(combo.count())]
    assert values == [*get_scheme("RACI").values(), ""]
    i = combo.findText("A/R")
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert model.cell_text(r, c) == "A/R"
    # the context menu offers the same letters for the whole selection
    view.select_cells(0, 0, 1, 0)
    menu = QMenu()
    tab._letter_actions(menu)
    act = next(a for a in menu.actions() if a.text().startswith("C — Consulted"))
    act.trigger()
    assert [model.cell_text(0, 0), model.cell_text(1, 0)] == ["C", "C"]
