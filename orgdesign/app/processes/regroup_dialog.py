""""Suggest structure…": a regrouping of units into functions that cuts interfaces.

The dialog runs :func:`orgdesign.analysis.regroup.suggest_regrouping` (fast:
milliseconds on the samples), lists the moves with what each saves and the
before/after totals, and applies the suggestion as a new scenario with
:func:`~orgdesign.analysis.regroup.suggestion_op`: one undoable step that
leaves the current scenario as it was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesign.analysis.interfaces import NONE_NAME
from orgdesign.analysis.regroup import Suggestion, suggest_regrouping, suggestion_op
from orgdesign.edit import AddScenario
from orgdesign.model import EditError

from ..document import Document
from ..messages import localized

GOOD = QColor("#1E7B3C")
BAD = QColor("#B3261E")


class SuggestDialog(QDialog):
    """Compute a regrouping suggestion, show it, apply it as a new scenario."""

    #: a scenario was added (its id)
    applied = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Suggest structure"))
        self.document = document
        self.suggestion: Suggestion | None = None
        self.intro = QLabel(self.tr(
            "Units that hand work to each other often are grouped into the same function, so "
            "fewer hand-offs cross a function boundary. Group sizes stay within bounds, so "
            "not everything collapses into one function. Nothing changes until you apply the "
            "suggestion as a new scenario."))
        self.intro.setWordWrap(True)
        self.groups = QSpinBox()
        self.groups.setRange(0, 999)
        self.groups.setSpecialValueText(self.tr("Automatic"))
        self.min_size = QSpinBox()
        self.min_size.setRange(1, 999)
        self.max_size = QSpinBox()
        self.max_size.setRange(0, 999)
        self.max_size.setSpecialValueText(self.tr("Automatic"))
        self.run_button = QPushButton(self.tr("Suggest"))
        self.run_button.clicked.connect(self.compute)
        form = QFormLayout()
        form.addRow(self.tr("Target number of functions"), self.groups)
        form.addRow(self.tr("Fewest units per function"), self.min_size)
        form.addRow(self.tr("Most units per function"), self.max_size)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.moves = QTableWidget(0, 4)
        self.moves.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("From function"),
                                              self.tr("To function"), self.tr("Interfaces")])
        self.moves.verticalHeader().hide()
        self.moves.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moves.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        head = self.moves.horizontalHeader()
        for col in range(3):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.name = QLineEdit(self.tr("Suggested regrouping"))
        self.activate = QCheckBox(self.tr("Switch to the new scenario"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.apply_button = buttons.addButton(self.tr("Apply as new scenario"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.apply_button.clicked.connect(self._apply_clicked)
        buttons.rejected.connect(self.reject)
        run_row = QHBoxLayout()
        run_row.addLayout(form)
        run_row.addStretch(1)
        run_row.addWidget(self.run_button, 0, Qt.AlignmentFlag.AlignBottom)
        name_row = QFormLayout()
        name_row.addRow(self.tr("New scenario name"), self.name)
        name_row.addRow("", self.activate)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addLayout(run_row)
        lay.addWidget(self.summary)
        lay.addWidget(self.moves, 1)
        lay.addLayout(name_row)
        lay.addWidget(buttons)
        self.resize(760, 520)
        self.compute()

    def compute(self) -> Suggestion | None:
        """Run the suggestion with the chosen bounds and show it; None if the bounds are
        inconsistent (the message says why)."""
        project = self.document.project
        groups = self.groups.value() or None
        max_size = self.max_size.value() or None
        try:
            s = suggest_regrouping(project, groups=groups, min_size=self.min_size.value(),
                                   max_size=max_size)
        except ValueError as exc:
            self.suggestion = None
            self.summary.setText(str(exc))
            self.moves.setRowCount(0)
            self.apply_button.setEnabled(False)
            return None
        self.suggestion = s
        self._show(s)
        return s

    def _show(self, s: Suggestion) -> None:
        if s.moves:
            text = self.tr("Interfaces now: %1 · after the moves: %2 (%3 fewer). "
                           "Functions of at most %4 units.")
        else:
            text = self.tr("Interfaces now: %1. No regrouping within these bounds does "
                           "better; the structure stays as it is.")
        sc = self.document.project.scenario(s.scenario)
        self.summary.setText(
            self.tr("Scenario %1.").replace("%1", sc.name) + " "
            + text.replace("%1", str(s.before)).replace("%2", str(s.after))
            .replace("%3", str(s.saved)).replace("%4", str(s.max_size)))
        self.moves.setRowCount(len(s.moves))
        for row, m in enumerate(s.moves):
            source = m.source_name if m.source_name != NONE_NAME else self.tr("(none)")
            cells = [m.unit_name, source, m.target_name,
                     f"{'−' if m.delta < 0 else '+'}{abs(m.delta)}" if m.delta else "±0"]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                    item.setForeground(QBrush(GOOD if m.delta < 0 else BAD))
                self.moves.setItem(row, col, item)
        self.apply_button.setEnabled(bool(s.moves))

    def apply(self) -> str | None:
        """Add the suggestion as a new scenario (one undo step); return its id, or None
        when there is nothing to apply or the edit was refused (the message is shown)."""
        s = self.suggestion
        if s is None or not s.moves:
            return None
        name = self.name.text().strip() or self.tr("Suggested regrouping")
        project = self.document.project
        try:
            op = suggestion_op(project, s, name, activate=self.activate.isChecked())
            add = op if isinstance(op, AddScenario) else op.ops[0]  # type: ignore[attr-defined]
            sid = add.scenario.id
            self.document.push(op, self.tr("Apply suggestion as scenario %1")
                               .replace("%1", name))
        except EditError as exc:
            QMessageBox.warning(self, self.tr("Cannot apply"), localized(exc))
            return None
        self.applied.emit(sid)
        return sid

    def _apply_clicked(self) -> None:
        if self.apply() is not None:
            self.accept()
