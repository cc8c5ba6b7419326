"""Dialogs of the RACI tab: a new matrix, and the review of a workbook before import.

The review text is computed by :func:`import_summary_text` (no dialog
needed, so tests read it directly); :class:`ImportDialog` only shows it and
asks for a yes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from orgdesign.io.raci_xlsx_import import RaciImport
from orgdesign.model import RaciMatrix
from orgdesign.model.raci_schemes import SCHEMES

#: Detail lines per list before "… and N more".
MAX_DETAIL = 40


class ImportSummary(QObject):
    """Builds the translated change summary of a workbook import."""

    def text(self, imp: RaciImport, old: RaciMatrix | None) -> str:
        """The summary: one line per kind of change, then the changed names and cells."""
        ch = imp.changes
        new = imp.matrix
        act_names = {a.id: a.name for a in (old.activities if old else [])}
        act_names.update({a.id: a.name for a in new.activities})
        role_names = {r.id: r.name for r in (old.roles if old else [])}
        role_names.update({r.id: r.name for r in new.roles})
        out: list[str] = []
        if imp.is_new:
            out.append(self.tr("The project has no matrix like this one: it will be added "
                               "as the new matrix %1.").replace("%1", new.name))
        elif ch.is_empty():
            out.append(self.tr("The workbook holds no changes."))
            return "\n".join(out)
        out.append(self.tr("Activities: %1 added, %2 removed, %3 renamed, %4 moved to "
                           "another process")
                   .replace("%1", str(len(ch.added_activities)))
                   .replace("%2", str(len(ch.removed_activities)))
                   .replace("%3", str(len(ch.renamed_activities)))
                   .replace("%4", str(len(ch.regrouped_activities))))
        if ch.activities_reordered:
            out.append(self.tr("  the order of the activities changed"))
        out += self._names(ch.added_activities, ch.removed_activities, ch.renamed_activities)
        out += self._cut([f"  > {act_names.get(x['id'], x['id'])}: {x['old']} → {x['new']}"
                          for x in ch.regrouped_activities])
        out.append(self.tr("Roles: %1 added, %2 removed, %3 renamed")
                   .replace("%1", str(len(ch.added_roles)))
                   .replace("%2", str(len(ch.removed_roles)))
                   .replace("%3", str(len(ch.renamed_roles))))
        if ch.roles_reordered:
            out.append(self.tr("  the order of the roles changed"))
        out += self._names(ch.added_roles, ch.removed_roles, ch.renamed_roles)
        out.append(self.tr("Cells changed: %n", "", len(ch.changed_cells)))
        empty = self.tr("(empty)")
        out += self._cut([
            f"  {act_names.get(c['activity'], c['activity'])} × "
            f"{role_names.get(c['role'], c['role'])}: {c['old'] or empty} → {c['new'] or empty}"
            for c in ch.changed_cells])
        return "\n".join(out)

    def _names(self, added: list[dict[str, str]], removed: list[dict[str, str]],
               renamed: list[dict[str, str]]) -> list[str]:
        return (self._cut([f"  + {x['name']}" for x in added])
                + self._cut([f"  − {x['name']}" for x in removed])
                + self._cut([f"  ~ {x['old']} → {x['new']}" for x in renamed]))

    def _cut(self, lines: list[str]) -> list[str]:
        if len(lines) <= MAX_DETAIL:
            return lines
        return lines[:MAX_DETAIL] + [self.tr("  … and %n more", "", len(lines) - MAX_DETAIL)]


def import_summary_text(imp: RaciImport, old: RaciMatrix | None) -> str:
    """The change summary shown before an import is applied (``old``: the project's matrix)."""
    return ImportSummary().text(imp, old)


class ImportDialog(QDialog):
    """Shows an import's change summary; Apply accepts, Cancel rejects."""

    def __init__(self, summary: str, matrix_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import RACI workbook"))
        head = QLabel(self.tr("Apply these changes to the matrix %1? They are one step that "
                              "Undo takes back.").replace("%1", matrix_name))
        head.setWordWrap(True)
        self.summary = QPlainTextEdit(summary)
        self.summary.setReadOnly(True)
        self.summary.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(self.summary)
        lay.addWidget(self.buttons)
        self.resize(620, 420)


class NewMatrixDialog(QDialog):
    """Asks for the name and scheme of a new, empty matrix."""

    def __init__(self, default_name: str, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New RACI matrix"))
        self.name = QLineEdit(default_name)
        self.name.selectAll()
        self.scheme = QComboBox()
        for key, scheme in SCHEMES.items():
            self.scheme.addItem(f"{key} — {scheme.description(lang)}", key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Scheme"), self.scheme)
        form.addRow(buttons)

    def values(self) -> tuple[str, str]:
        """The name typed (blanks collapsed) and the scheme chosen."""
        return " ".join(self.name.text().split()), str(self.scheme.currentData())
