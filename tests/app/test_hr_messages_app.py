"""The HR dialogs show import problems, update changes and read errors in the UI language.

The texts come from :mod:`orgdesign.io` as message templates; the dialogs must
pass them through :func:`orgdesign.app.messages.localized`.  A translator that
marks every "Messages" template with «…» shows which texts went through it
(and that nested clauses such as "rows 2, 5" did too), whatever the .qm holds.
"""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt

from orgdesign.app.dialogs import hr_files
from orgdesign.app.dialogs.hr_import_dialog import HrImportDialog
from orgdesign.app.dialogs.hr_update_dialog import HrUpdateDialog
from orgdesign.io.hr_import import import_hr

HEAD = ["Employee ID", "Name", "Title", "Manager ID", "Email"]
ROWS = [["E1", "Ann", "CEO", "", "ann@x"],
        ["E2", "Bo", "Sales", "E1", "bo@x"],
        ["E3", "Cy", "Rep", "E99", "cy@x"],  # unknown manager: parked
        ["E4", "Di", "Rep", "", "di@x"],  # a second root
        ["E2", "Ed", "Rep", "E1", "ed@x"]]  # duplicate id



def write_csv(path: Path, rows: list[list[str]]) -> str:
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return str(path)


def column(model, col: int, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


def test_import_problems_are_localized(qtbot, marking, tmp_path: Path) -> None:
    dialog = HrImportDialog(write_csv(tmp_path / "staff.csv", [HEAD, *ROWS]))
    qtbot.addWidget(dialog)
    texts = column(dialog.problems_model, 2)
    assert ("«manager 'E99' is neither an id nor a name in the sheet; the row went to the "
            "parking lot with its reports»") in texts
    # nested clauses are looked up too: "rows 2, 5" is a template of its own
    assert "«2 rows have no manager («rows 2, 5»); kept as 2 roots»" in texts
    assert column(dialog.problems_model, 2, Qt.ItemDataRole.ToolTipRole) == texts
    # the sheet preview's tooltip names the row with a template as well
    model = dialog.sheet_model
    row_of_e3 = next(i for i in range(model.rowCount()) if model.data(model.index(i, 0)) == "4")
    tip = model.data(model.index(row_of_e3, 0), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("«row 4: «manager 'E99'") and tip.endswith("»»")


def test_import_errors_are_localized(qtbot, marking, tmp_path: Path, _no_modal_boxes) -> None:
    dialog = HrImportDialog(write_csv(tmp_path / "staff.csv", [HEAD, *ROWS]))
    qtbot.addWidget(dialog)
    for key in ("id", "name", "title"):
        dialog.mapping_editor.set_column(key, None)
    dialog.refresh_preview()
    assert dialog.preview_error.startswith("«no column of ")
    assert "«no column of " in dialog.summary_text()
    assert not dialog.source.load(encoding="no-such-codec")
    assert dialog.source.error.text() == "«unknown encoding 'no-such-codec'»"
    (tmp_path / "blank.csv").write_text(",,\n,,\n")
    assert hr_files.import_hr_file(None, str(tmp_path / "blank.csv")) is None
    kind, text = _no_modal_boxes[-1]
    assert kind == "critical" and text == f"«{tmp_path}/blank.csv holds no data: every row is empty»"


def test_update_changes_and_problems_are_localized(qtbot, marking, tmp_path: Path) -> None:
    project = import_hr(write_csv(tmp_path / "old.csv", [HEAD, *ROWS[:2]])).project
    newer = [HEAD, ["E1", "Ann", "CEO", "", "ann@new"], ["E2", "Bo", "Sales", "", "bo@x"],
             ["E5", "Fay", "Rep", "E77", ""]]
    dialog = HrUpdateDialog(project, write_csv(tmp_path / "new.csv", newer))
    qtbot.addWidget(dialog)
    model = dialog.changes_model
    tips = column(model, 0, Qt.ItemDataRole.ToolTipRole)
    assert "«Ann (E1): «email»»" in tips
    assert "«Bo (E2): from Ann (E1) to «(no manager)»»" in tips
    assert "«Fay (E5) in the parking lot»" in tips
    updated = model.row_of("updated", "E1")
    assert model.data(model.index(updated, 5)) == "«email»"  # the fields that differ
    problems = column(dialog.problems_model, 2)
    assert any(p.startswith("«manager 'E77' is neither") for p in problems), problems
    dialog.mapping_editor.set_column("id", None)
    dialog.replan()
    assert dialog.plan_error.startswith("«an update matches people by id")
    assert "«an update matches people by id" in dialog.summary_text()
