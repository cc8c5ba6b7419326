"""Export of the RACI tab's matrix to Excel and CSV, and import of an edited workbook.

An import is read and summarised first (:meth:`RaciWorkbook.read_workbook`,
:meth:`RaciWorkbook.import_summary`), so the review can be tested without a
dialog; :meth:`RaciWorkbook.apply_import` then puts the matrix in the project
as one undoable step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from orgdesign.edit import Splice
from orgdesign.export.raci_xlsx import export_raci_csv, export_raci_xlsx
from orgdesign.io.raci_xlsx_import import RaciImport, import_raci_workbook
from orgdesign.model import OrgDesignError

from ..messages import localized
from .dialogs import ImportDialog, import_summary_text

if TYPE_CHECKING:
    from .tab import RaciTab


def _error_text(exc: Exception) -> str:
    """An error for the user: ours in the UI language, the system's as it comes."""
    return localized(exc) if isinstance(exc, OrgDesignError) else str(exc)


class RaciWorkbook(QObject):
    """The tab's export and import commands (dialogs are parented to the tab)."""

    def __init__(self, tab: RaciTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def export_to(self, path: str | Path) -> bool:
        """Write the matrix shown to ``path``: CSV for a .csv name, else an Excel workbook.

        A failure is shown to the user and returns False.
        """
        m = self.tab.model.matrix()
        if m is None:
            return False
        try:
            if str(path).lower().endswith(".csv"):
                export_raci_csv(m, path, self.tab.lang)
            else:
                export_raci_xlsx(self.tab.document.project, m, path, lang=self.tab.lang)
        except (OSError, OrgDesignError, KeyError) as exc:
            QMessageBox.warning(self.tab, self.tr("Cannot export"), _error_text(exc))
            return False
        return True

    def export_dialog(self, kind: str) -> None:
        """Ask where to save the matrix shown as ``kind`` ("xlsx" or "csv"), then write it."""
        m = self.tab.model.matrix()
        if m is None:
            return
        filt = (self.tr("Excel workbooks (*.xlsx)") if kind == "xlsx"
                else self.tr("CSV files (*.csv)"))
        base = self.tab.document.path.parent if self.tab.document.path else Path.home()
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in m.name).strip()
        path, _f = QFileDialog.getSaveFileName(self.tab, self.tr("Export RACI matrix"),
                                               str(base / f"{safe or 'raci'}.{kind}"), filt)
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.export_to(path)

    def read_workbook(self, path: str | Path) -> RaciImport | None:
        """Read an edited workbook against the project; None (and a message) when it cannot."""
        try:
            return import_raci_workbook(path, self.tab.document.project)
        except (OSError, OrgDesignError) as exc:
            QMessageBox.warning(self.tab, self.tr("Cannot import"), _error_text(exc))
            return None

    def import_summary(self, imp: RaciImport) -> str:
        """The translated change summary of ``imp`` (what the confirmation shows)."""
        old = next((m for m in self.tab.document.project.raci_matrices if m.id == imp.matrix.id),
                   None)
        return import_summary_text(imp, old)

    def apply_import(self, imp: RaciImport) -> bool:
        """Put the imported matrix in the project as one step, and show it."""
        matrices = self.tab.document.project.raci_matrices
        pos = next((i for i, m in enumerate(matrices) if m.id == imp.matrix.id), None)
        label = self.tr("Import RACI workbook into %1").replace("%1", imp.matrix.name)
        if pos is None:
            return self.tab.add_matrix(imp.matrix, label)
        op = Splice("raci_matrices", remove=(imp.matrix.id,), insert=((pos, imp.matrix),))
        if not self.tab.push(op, label):
            return False
        self.tab.show_matrix(imp.matrix.id)
        return True

    def import_dialog(self) -> None:
        """Ask for a workbook, show what would change, and apply it if the user agrees."""
        base = self.tab.document.path.parent if self.tab.document.path else Path.home()
        path, _f = QFileDialog.getOpenFileName(self.tab, self.tr("Import RACI workbook"), str(base),
                                               self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        imp = self.read_workbook(path)
        if imp is None:
            return
        if imp.changes.is_empty() and not imp.is_new:
            QMessageBox.information(self.tab, self.tr("Import RACI workbook"),
                                    self.tr("The workbook holds no changes."))
            return
        dlg = ImportDialog(self.import_summary(imp), imp.matrix.name, self.tab)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.apply_import(imp)
