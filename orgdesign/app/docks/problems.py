"""Problems dock: live results of the rule checks; double-click selects the culprit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from orgdesign.analysis.problems import run_checks

from ..document import Document
from ..problem_text import problem_text
from ..selection import Selection

OBJECT_ROLE = Qt.ItemDataRole.UserRole + 2


class ProblemsPanel(QWidget):
    """List of problems with severity, code and message."""

    def __init__(self, document: Document, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.list = QTreeWidget()
        self.list.setHeaderLabels([self.tr("Severity"), self.tr("Code"), self.tr("Problem")])
        self.list.setRootIsDecorated(False)
        self.list.itemDoubleClicked.connect(self._select_culprit)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.list)
        self.refresh()

    def set_document(self, document: Document) -> None:
        """Follow another document."""
        self.document = document
        self.refresh()

    def refresh(self) -> None:
        """Run the checks again."""
        self.list.clear()
        severity = {"error": self.tr("error"), "warning": self.tr("warning"),
                    "info": self.tr("note")}
        # The catalogue follows the UI: "&File" is translated only when Chinese is on.
        language = "en" if self.tr("Problem") == "Problem" else "zh"
        project = self.document.project
        for p in run_checks(project):
            text = problem_text(project, p, language)
            item = QTreeWidgetItem([severity[p.severity.value], p.code, text])
            item.setData(0, OBJECT_ROLE, p.object)
            item.setToolTip(2, p.message)
            self.list.addTopLevelItem(item)
        self.list.resizeColumnToContents(0)

    def count(self) -> int:
        """How many problems are listed."""
        return self.list.topLevelItemCount()

    def _select_culprit(self, item: QTreeWidgetItem, _col: int) -> None:
        obj = item.data(0, OBJECT_ROLE)
        units = {u.id for u in self.document.project.scenario().units}
        if obj in units:
            self.selection.set([obj])
