"""Menu entry points for HR spreadsheets: import, update from a newer export, export.

Each function asks for a file when none is given, runs its dialog and shows
any failure in a message box, so the main window only connects menu actions
to them.  The work they wrap lives in the dialogs (:class:`HrImportDialog`,
:class:`HrUpdateDialog`), :func:`push_update` and :func:`export_hr_sheet`,
which tests drive without ``exec()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from orgdesign.export.hr_sheet import export_hr_sheet
from orgdesign.io.hr_import import ImportResult
from orgdesign.model import EditError, ImportError_, OrgDesignError

from ..document import Document
from ..messages import localized
from .hr_import_dialog import HrImportDialog
from .hr_update_dialog import HrUpdateDialog


def sheet_filter() -> str:
    """The file-dialog filter for HR sheets."""
    return QCoreApplication.translate("HrFiles", "Spreadsheets (*.csv *.xlsx);;All files (*)")


def choose_hr_file(parent: QWidget | None, title: str) -> str | None:
    """Ask for a CSV or XLSX file to read; None when cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", sheet_filter())
    return path or None


def import_hr_file(parent: QWidget | None, path: str | None = None) -> ImportResult | None:
    """Run the import dialog on ``path`` (asked for when None); the result, or None.

    The caller opens ``result.project`` as a new, unsaved document.  A file
    that cannot be read is reported in a message box (None is returned).
    """
    if path is None:
        path = choose_hr_file(parent, QCoreApplication.translate(
            "HrFiles", "Import HR spreadsheet"))
        if path is None:
            return None
    try:
        dialog = HrImportDialog(path, parent)
    except ImportError_ as exc:
        QMessageBox.critical(parent, QCoreApplication.translate(
            "HrFiles", "Cannot read the spreadsheet"), localized(exc))
        return None
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.import_result()
    finally:
        dialog.deleteLater()


def import_message(result: ImportResult) -> str:
    """One line for the status bar after an import: rows placed, parked, problems."""
    s = result.summary()
    problems = sum(1 for p in result.problems if p.severity != "note")
    return (QCoreApplication.translate(
        "HrFiles", "Imported %1 rows: %2 placed, %3 in the parking lot, %4 problems")
        .replace("%1", str(s["rows"])).replace("%2", str(s["placed"]))
        .replace("%3", str(s["parked"])).replace("%4", str(problems)))


def push_update(parent: QWidget | None, dialog: HrUpdateDialog, document: Document) -> bool:
    """Push the dialog's ticked changes onto ``document`` as one undoable step.

    False (with a message box) when the edit is refused; the project is then
    unchanged.  True when something was applied.
    """
    if not dialog.chosen_changes():
        return False
    try:
        document.push(dialog.op())
    except EditError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate(
            "HrFiles", "Cannot update from the spreadsheet"), localized(exc))
        return False
    return True


def update_from_file(parent: QWidget | None, document: Document,
                     path: str | None = None) -> bool:
    """Compare ``document`` with a newer HR sheet, let the user review, apply as one step.

    ``path`` is asked for when None.  True when changes were applied; failures
    are shown in message boxes.
    """
    if path is None:
        path = choose_hr_file(parent, QCoreApplication.translate(
            "HrFiles", "Update from HR spreadsheet"))
        if path is None:
            return False
    try:
        dialog = HrUpdateDialog(document.project, path, parent)
    except ImportError_ as exc:
        QMessageBox.critical(parent, QCoreApplication.translate(
            "HrFiles", "Cannot read the spreadsheet"), localized(exc))
        return False
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return push_update(parent, dialog, document)
    finally:
        dialog.deleteLater()


def export_path(chosen: str, selected_filter: str) -> str:
    """``chosen`` with the extension of the selected filter added when it has none we write."""
    if Path(chosen).suffix.lower() in (".csv", ".xlsx"):
        return chosen
    return chosen + (".csv" if "*.csv" in selected_filter else ".xlsx")


def export_hr_file(parent: QWidget | None, document: Document,
                   path: str | None = None) -> bool:
    """Write the active scenario as an HR sheet (.xlsx or .csv); ask for the file when None.

    Headers follow the project's language.  True when written; a failure is
    shown in a message box and leaves any previous file untouched.
    """
    if path is None:
        xlsx = QCoreApplication.translate("HrFiles", "Excel workbook (*.xlsx)")
        csv = QCoreApplication.translate("HrFiles", "CSV, UTF-8 (*.csv)")
        start = (Path(document.path).stem if document.path else
                 document.display_name()) + ".xlsx"
        chosen, selected = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("HrFiles", "Export HR spreadsheet"), start,
            f"{xlsx};;{csv}")
        if not chosen:
            return False
        path = export_path(chosen, selected)
    try:
        export_hr_sheet(document.project, path)
    except OrgDesignError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate(
            "HrFiles", "Cannot export the spreadsheet"), localized(exc))
        return False
    return True
