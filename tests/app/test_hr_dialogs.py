"""HR import and update dialogs: mapping, live preview, ticked changes as one undo step."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from orgdesign.app.dialogs import hr_files, hr_import_dialog
from orgdesign.app.dialogs.hr_files import (
    export_hr_file,
    export_path,
    import_hr_file,
    import_message,
    push_update,
    update_from_file,
)
from orgdesign.app.dialogs.hr_import_dialog import HrImportDialog
from orgdesign.app.dialogs.hr_update_dialog import HrUpdateDialog
from orgdesign.app.document import Document
from orgdesign.io.hr_columns import DEPARTMENT_KEY
from orgdesign.io.hr_import import import_hr, read_sheet
from orgdesign.model import UnitKind

HEAD = ["工号", "姓名", "职位", "上级工号", "部门", "邮箱", "职级"]
ROWS = [["E1", "王明", "总经理", "", "总经办", "wm@x.cn", "M1"],
        ["E2", "李华", "销售总监", "E1", "销售部", "lh@x.cn", "M2"],
        ["E3", "张伟", "销售代表", "E2", "销售部", "zw@x.cn", "P3"],
        ["E4", "刘洋", "客服主管", "E1", "客服部", "ly@x.cn", "M3"],
        ["E5", "陈静", "客服专员", "E4", "客服部", "cj@x.cn", "P2"],
        ["E6", "", "客服专员", "E4", "客服部", "", ""],
        ["E7", "赵磊", "仓库主管", "E99", "物流部", "zl@x.cn", "M3"],  # manager missing
        ["E8", "孙丽", "仓管员", "E7", "物流部", "sl@x.cn", "P1"]]
#: A newer export: E2 retitled, E4 department, E5 moved, E6 filled, E9 joined, E3 left,
#: E7's missing manager is now E1 (moved out of the parking lot).
NEW = [["E1", "王明", "总经理", "", "总经办", "wm@x.cn", "M1"],
       ["E2", "李华", "销售副总裁", "E1", "销售部", "lh@x.cn", "M2"],
       ["E4", "刘洋", "客服主管", "E1", "客户服务部", "ly@x.cn", "M3"],
       ["E5", "陈静", "客服专员", "E2", "客服部", "cj@x.cn", "P2"],
       ["E6", "周敏", "客服专员", "E4", "客服部", "", ""],
       ["E9", "吴刚", "销售代表", "E2", "销售部", "wg@x.cn", "P1"],
       ["E7", "赵磊", "仓库主管", "E1", "物流部", "zl@x.cn", "M3"],
       ["E8", "孙丽", "仓管员", "E7", "物流部", "sl@x.cn", "P1"]]


def write_csv(path: Path, rows: list[list[str]], encoding: str = "gb18030") -> str:
    with path.open("w", newline="", encoding=encoding) as f:
        csv.writer(f).writerows(rows)
    return str(path)


def write_xlsx(path: Path) -> str:
    wb = Workbook()
    notes = wb.active
    notes.title = "说明"
    notes.append(["人员名单见第二页"])
    staff = wb.create_sheet("人员")
    staff.append(["员工花名册 2024"])  # a title block above the header
    staff.append([])
    for row in [HEAD, *ROWS]:
        staff.append(row)
    wb.save(path)
    return str(path)


@pytest.fixture
def zh_csv(tmp_path: Path) -> str:
    return write_csv(tmp_path / "员工.csv", [HEAD, *ROWS])


@pytest.fixture
def dialog(qtbot, zh_csv: str) -> HrImportDialog:
    dlg = HrImportDialog(zh_csv)
    qtbot.addWidget(dlg)
    return dlg


def ok_button(dlg: QDialog):
    return dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)


def sheet_row(dlg: HrImportDialog, number: int) -> int:
    rows = [r.number for r in dlg.raw.rows]
    return rows.index(number)


# --------------------------------------------------------------------------- import


def test_chinese_headers_are_mapped_and_the_missing_manager_is_parked(dialog) -> None:
    m = dialog.mapping_editor.mapping()
    assert m.columns == {"id": 0, "name": 1, "title": 2, "manager": 3, "department": 4,
                         "email": 5}
    assert dialog.raw.encoding == "gb18030"
    # E7 (sheet row 8) names the unknown manager E99; E8 (row 9) reports to E7
    assert sorted(dialog.preview.parked_rows) == [8, 9]
    text = dialog.summary_text()
    assert "6 placed" in text and "2 to the parking lot" in text and "8, 9" in text
    assert "职级" in text  # the unmapped column is a custom field
    model = dialog.sheet_model
    assert model.data(model.index(sheet_row(dialog, 8), 1)) == "parking lot"
    assert model.data(model.index(sheet_row(dialog, 2), 1)) == "placed"
    tip = model.data(model.index(sheet_row(dialog, 8), 3), Qt.ItemDataRole.ToolTipRole)
    assert "E99" in tip
    probs = dialog.problems_model
    assert probs.rowCount() == 1
    assert probs.data(probs.index(0, 0)) == "8" and probs.data(probs.index(0, 1)) == "error"
    assert "E99" in probs.data(probs.index(0, 2))
    assert dialog.tabs.tabText(1) == "Problems (1)"
    assert ok_button(dialog).isEnabled()


def test_changing_a_combo_rebuilds_the_preview_after_a_pause(qtbot, dialog) -> None:
    combo = dialog.mapping_editor.combos["manager"]
    combo.setCurrentIndex(0)  # "(not mapped)", as the user would pick it
    assert dialog.preview_pending()  # debounced: nothing rebuilt yet
    assert sorted(dialog.preview.parked_rows) == [8, 9]
    qtbot.waitUntil(lambda: not dialog.preview_pending(), timeout=3000)
    assert dialog.preview.parked_rows == []
    assert "8 placed" in dialog.summary_text()
    # the manager column now shows as a custom field, ticked (kept)
    custom = dialog.mapping_editor.custom
    names = [custom.item(i).text() for i in range(custom.count())]
    assert names == ["上级工号 (D)", "职级 (G)"]
    header = dialog.sheet_model.headerData(2 + 3, Qt.Orientation.Horizontal)
    assert header == "上级工号 (D)"  # no field arrow any more
    # mapping it back by header text brings the parking lot back
    dialog.mapping_editor.set_header("manager", "上级工号")
    dialog.refresh_preview()
    assert sorted(dialog.preview.parked_rows) == [8, 9]
    assert "→ Manager (ID or name)" in dialog.sheet_model.headerData(
        5, Qt.Orientation.Horizontal)


def test_untick_a_custom_column_and_map_department_as_function(dialog) -> None:
    editor = dialog.mapping_editor
    editor.custom.item(0).setCheckState(Qt.CheckState.Unchecked)  # 职级: leave it out
    editor.set_column("function", 4)  # 部门 feeds department and function
    dialog.refresh_preview()
    project = dialog.preview.project
    assert dialog.preview.custom_columns == []
    assert {f.name for f in project.functions} == {"总经办", "销售部", "客服部", "物流部"}
    unit = next(u for u in project.scenario().units if u.id == "E2")
    assert unit.custom[DEPARTMENT_KEY] == "销售部" and "职级" not in unit.custom
    assert "部门 (E)\n→ Department, Function" == dialog.sheet_model.headerData(
        6, Qt.Orientation.Horizontal)


def test_options_single_root_and_group_by_department(dialog) -> None:
    sc = dialog.preview.project.scenario()
    assert sum(1 for u in sc.units if u.parent is None and not u.parked) == 1
    dialog.mapping_editor.set_column("manager", None)  # now every row is a root
    dialog.single_root.setChecked(True)
    dialog.top_name.setText("全公司")
    assert dialog.preview_pending()
    dialog.refresh_preview()
    roots = [u for u in dialog.preview.project.scenario().units if u.parent is None]
    assert [r.name for r in roots] == ["全公司"]
    dialog.mapping_editor.set_column("manager", 3)
    dialog.single_root.setChecked(False)
    dialog.group.setChecked(True)
    dialog.refresh_preview()
    kinds = {u.name for u in dialog.preview.project.scenario().units
             if u.kind is UnitKind.DEPARTMENT}
    assert {"销售部", "客服部"} <= kinds


def test_nothing_mapped_disables_import(dialog) -> None:
    for key in ("id", "name", "title"):
        dialog.mapping_editor.set_column(key, None)
    dialog.refresh_preview()
    assert dialog.preview is None and not ok_button(dialog).isEnabled()
    assert dialog.summary_text().startswith("Nothing can be imported")
    dialog.mapping_editor.set_column("name", 1)
    dialog.refresh_preview()
    assert ok_button(dialog).isEnabled()


def test_preview_builds_the_first_rows_and_ok_builds_all(qtbot, dialog, monkeypatch) -> None:
    monkeypatch.setattr(hr_import_dialog, "PREVIEW_ROWS", 3)
    dialog.refresh_preview()
    assert sorted(dialog.preview.row_status) == [2, 3, 4]
    assert "first 3 of 8 rows" in dialog.summary_text()
    assert dialog.sheet_model.data(dialog.sheet_model.index(5, 1)) == ""  # not built
    assert dialog.import_result() is None
    dialog.accept()
    result = dialog.import_result()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(result.row_status) == 8 and sorted(result.parked_rows) == [8, 9]
    assert "8 rows: 6 placed, 2 in the parking lot, 1 problems" in import_message(result)


def test_xlsx_sheet_chooser_finds_the_header_below_a_title(qtbot, tmp_path: Path) -> None:
    dlg = HrImportDialog(write_xlsx(tmp_path / "员工.xlsx"))
    qtbot.addWidget(dlg)
    # the staff list is found behind the notes page
    assert dlg.raw.sheet == "人员" and dlg.preview is not None
    dlg.source.sheet_combo.setCurrentText("说明")  # the notes page: no data rows
    assert dlg.raw.sheet == "说明" and dlg.preview is None
    assert not ok_button(dlg).isEnabled()
    dlg.source.sheet_combo.setCurrentText("人员")
    assert dlg.raw.sheet == "人员" and dlg.raw.header_row == 3
    assert dlg.mapping_editor.mapping().columns["manager"] == 3
    assert sorted(dlg.preview.parked_rows) == [10, 11]  # spreadsheet rows, title included
    assert "Header on row 3" in dlg.source.info.text()


def test_csv_encoding_override(qtbot, dialog) -> None:
    combo = dialog.source.encoding_combo
    assert combo.currentData() is None and "gb18030" in combo.currentText()
    combo.setCurrentIndex(combo.findData("latin-1"))
    combo.activated.emit(combo.currentIndex())
    assert dialog.raw.encoding == "latin-1"
    assert dialog.preview is None  # mojibake headers: nothing recognised
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert dialog.raw.encoding == "gb18030" and dialog.preview is not None
    combo.setEditText("no-such-codec")
    combo.lineEdit().editingFinished.emit()
    assert dialog.source.error.isVisibleTo(dialog) and dialog.raw.encoding == "gb18030"


def test_import_hr_file_runs_the_dialog(qtbot, zh_csv, monkeypatch, tmp_path: Path,
                                        _no_modal_boxes) -> None:
    def run(self) -> int:
        self.mapping_editor.set_column("manager", None)
        self.accept()
        return self.result()

    monkeypatch.setattr(HrImportDialog, "exec", run)
    result = import_hr_file(None, zh_csv)
    assert result is not None and result.parked_rows == []
    monkeypatch.setattr(HrImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert import_hr_file(None, zh_csv) is None
    assert import_hr_file(None, str(tmp_path / "missing.csv")) is None
    assert _no_modal_boxes and _no_modal_boxes[-1][0] == "critical"


# --------------------------------------------------------------------------- update


@pytest.fixture
def document(zh_csv: str) -> Document:
    return Document(import_hr(zh_csv).project)


@pytest.fixture
def update_dialog(qtbot, document: Document, tmp_path: Path) -> HrUpdateDialog:
    dlg = HrUpdateDialog(document.project, write_csv(tmp_path / "新.csv", [HEAD, *NEW],
                                                     "utf-8-sig"))
    qtbot.addWidget(dlg)
    return dlg


def test_update_lists_every_change_ticked(update_dialog) -> None:
    m = update_dialog.changes_model
    kinds = sorted((c.kind, c.key) for c in m.changes)
    assert kinds == [("department", "E4"), ("filled", "E6"), ("joined", "E9"), ("left", "E3"),
                     ("moved", "E5"), ("moved", "E7"), ("retitled", "E2")]
    assert len(update_dialog.chosen_changes()) == 7
    r = m.row_of("retitled", "E2")
    assert [m.data(m.index(r, c)) for c in range(6)] == [
        "New title", 3, "E2", "李华", "销售总监", "销售副总裁"]
    assert m.data(m.index(r, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    joined = m.row_of("joined", "E9")
    assert m.data(m.index(joined, 5)) == "new, under 李华"
    moved = m.row_of("moved", "E7")
    assert m.data(m.index(moved, 4)) == "(parking lot)"  # E7 was parked by the import
    assert "7 changes found" in update_dialog.summary_text()
    assert update_dialog.tabs.tabText(0) == "Changes (7)"
    assert ok_button(update_dialog).isEnabled()


def test_ticked_changes_apply_as_one_undo_step(update_dialog, document: Document) -> None:
    before = document.project.model_dump()
    m = update_dialog.changes_model
    m.set_checked(m.row_of("moved", "E5"), False)
    m.setData(m.index(m.row_of("left", "E3"), 0), Qt.CheckState.Unchecked.value,
              Qt.ItemDataRole.CheckStateRole)
    assert len(update_dialog.chosen_changes()) == 5
    assert "5 ticked" in update_dialog.summary_text()
    assert push_update(None, update_dialog, document)
    assert document.undo_stack.count() == 1
    assert document.undo_stack.undoText() == "Update from HR spreadsheet"
    units = {u.id: u for u in document.project.scenario().units}
    people = {p.id: p.name for p in document.project.people}
    assert units["E2"].title == "销售副总裁"
    assert units["E4"].custom[DEPARTMENT_KEY] == "客户服务部"
    assert people[units["E6"].person] == "周敏"
    assert units["E9"].parent == "E2" and people[units["E9"].person] == "吴刚"
    assert units["E7"].parent == "E1" and not units["E7"].parked
    # unticked: E5 stays under E4, E3 keeps its person
    assert units["E5"].parent == "E4"
    assert people[units["E3"].person] == "张伟"
    document.undo_stack.undo()
    assert document.project.model_dump() == before
    document.undo_stack.redo()
    assert {u.id for u in document.project.scenario().units} >= {"E9"}


def test_unticking_everything_disables_apply(update_dialog, document: Document) -> None:
    update_dialog.untick_all.click()
    assert update_dialog.chosen_changes() == [] and not ok_button(update_dialog).isEnabled()
    assert not push_update(None, update_dialog, document)
    assert document.undo_stack.count() == 0
    update_dialog.tick_all.click()
    assert len(update_dialog.chosen_changes()) == 7


def test_update_needs_the_id_column(qtbot, update_dialog) -> None:
    update_dialog.mapping_editor.set_column("id", None)
    assert update_dialog.timer.isActive()
    qtbot.waitUntil(lambda: not update_dialog.timer.isActive(), timeout=3000)
    assert update_dialog.plan is None and not ok_button(update_dialog).isEnabled()
    assert "id" in update_dialog.summary_text()
    assert update_dialog.tabs.currentIndex() == 2  # the Columns tab, to fix it
    update_dialog.mapping_editor.set_column("id", 0)
    update_dialog.replan()
    assert len(update_dialog.chosen_changes()) == 7


def test_an_identical_sheet_has_nothing_to_apply(qtbot, document, zh_csv) -> None:
    dlg = HrUpdateDialog(document.project, zh_csv)
    qtbot.addWidget(dlg)
    assert dlg.changes_model.rowCount() == 0 and not ok_button(dlg).isEnabled()
    assert "already matches" in dlg.summary_text()


def test_update_from_file_pushes_one_step(document, tmp_path: Path, monkeypatch) -> None:
    path = write_csv(tmp_path / "new.csv", [HEAD, *NEW])

    def run(self) -> int:
        m = self.changes_model
        m.set_all(False)
        m.set_checked(m.row_of("joined", "E9"), True)
        self.accept()
        return self.result()

    monkeypatch.setattr(HrUpdateDialog, "exec", run)
    assert update_from_file(None, document, path)
    assert document.undo_stack.count() == 1
    units = {u.id: u for u in document.project.scenario().units}
    assert "E9" in units and units["E2"].title == "销售总监"
    monkeypatch.setattr(HrUpdateDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not update_from_file(None, document, path)
    assert document.undo_stack.count() == 1


# --------------------------------------------------------------------------- export


def test_export_hr_file_round_trips(document, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "导出.xlsx"
    assert export_hr_file(None, document, str(out))
    raw = read_sheet(out)
    assert raw.headers[:4] == ["工号", "姓名", "职位", "上级工号"]  # the project is Chinese
    again = import_hr(out).project
    assert ({u.id: u.parent for u in again.scenario().units}
            == {u.id: u.parent for u in document.project.scenario().units})
    assert not export_hr_file(None, document, str(tmp_path / "x.txt"))
    assert export_path("a", "CSV, UTF-8 (*.csv)") == "a.csv"
    assert export_path("a.XLSX", "CSV, UTF-8 (*.csv)") == "a.XLSX"
    assert export_path("b", "Excel workbook (*.xlsx)") == "b.xlsx"
    monkeypatch.setattr(hr_files.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "chosen"), "CSV, UTF-8 (*.csv)"))
    assert export_hr_file(None, document)
    assert (tmp_path / "chosen.csv").read_bytes().startswith(b"\xef\xbb\xbf")
