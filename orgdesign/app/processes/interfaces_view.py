"""The interfaces view: every interface with its coordination procedure and responsible
person, the function × function heat map, and the totals per process.

It follows the document on its own: after any edit, undo or redo the
counts are taken again against the active scenario, so moving a unit to
another function shows at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orgdesign.analysis.interfaces import By, InterfaceReport, count_interfaces

from ..document import Document
from .delegates import PersonDelegate
from .interface_models import InterfaceListModel, InterfaceMatrixModel, ProcessTotalsModel

EDIT = Qt.ItemDataRole.EditRole
ProcessIndex = QModelIndex | QPersistentModelIndex


class ProcedureDelegate(QStyledItemDelegate):
    """A few lines of plain text for a coordination procedure (Enter: new line; leaving the
    cell saves)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: ProcessIndex) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: ProcessIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(index.data(EDIT) or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: ProcessIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), EDIT)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,
                             index: ProcessIndex) -> None:
        r: QRect = option.rect
        editor.setGeometry(QRect(r.x(), r.y(), max(r.width(), 320), max(r.height(), 96)))


class InterfacesView(QWidget):
    """Interface list, matrix heat map and per-process totals over one document."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._conn: Any = None
        self.report: InterfaceReport | None = None
        self.current_process: str | None = None
        self._live = True
        self._stale = False

        self.by = QComboBox()
        self.by.addItem(self.tr("Functions"), "function")
        self.by.addItem(self.tr("Units"), "unit")
        self.by.setToolTip(self.tr("Count a hand-off as an interface when the two steps "
                                   "belong to different functions, or to different units"))
        self.by.currentIndexChanged.connect(lambda _i: self._by_changed())
        self.only_current = QCheckBox(self.tr("Only the selected process"))
        self.only_current.toggled.connect(lambda _on: self._filter_changed())
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.list_model = InterfaceListModel(document, self)
        self.list_model.refused.connect(self._refused)
        self.list = QTableView()
        self.list.setModel(self.list_model)
        self.list.setItemDelegateForColumn(InterfaceListModel.PROCEDURE, ProcedureDelegate(self))
        self.list.setItemDelegateForColumn(InterfaceListModel.RESPONSIBLE,
                                           PersonDelegate(self.list_model.people, self))
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        head = self.list.horizontalHeader()
        for col in range(InterfaceListModel.PROCEDURE):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(InterfaceListModel.PROCEDURE, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(InterfaceListModel.RESPONSIBLE,
                                  QHeaderView.ResizeMode.Interactive)

        self.matrix_model = InterfaceMatrixModel(self)
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Long function names would make the heat map wider than the view: elide them
        # (the header's tooltip holds the full name).
        self.matrix.horizontalHeader().setMaximumSectionSize(96)
        self.matrix.horizontalHeader().setMinimumSectionSize(44)
        self.matrix.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.matrix.setCornerButtonEnabled(False)
        self.totals_model = ProcessTotalsModel(self)
        self.totals = QTableView()
        self.totals.setModel(self.totals_model)
        self.totals.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.totals.verticalHeader().hide()
        self.totals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            self.totals.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Count interfaces between")))
        top.addWidget(self.by)
        top.addSpacing(12)
        top.addWidget(self.only_current)
        top.addStretch(1)
        top.addWidget(self.summary)

        list_box = QGroupBox(self.tr("Interfaces: who hands work to whom, and how it is "
                                     "coordinated"))
        lb = QVBoxLayout(list_box)
        lb.addWidget(self.list)
        matrix_box = QGroupBox(self.tr("Interface matrix (from rows to columns)"))
        mb = QVBoxLayout(matrix_box)
        mb.addWidget(self.matrix)
        totals_box = QGroupBox(self.tr("Per process"))
        tb = QVBoxLayout(totals_box)
        tb.addWidget(self.totals)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(list_box)
        split.addWidget(matrix_box)
        split.addWidget(totals_box)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([450, 280, 170])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self.set_document(document)

    # ------------------------------------------------------------------ document

    def set_document(self, document: Document) -> None:
        """Follow ``document``."""
        if self._conn is not None:
            QObject.disconnect(self._conn)
        self.document = document
        self.list_model.set_document(document)
        self._conn = document.changed.connect(self.refresh)
        self.refresh()

    def set_current_process(self, process_id: str | None) -> None:
        """The process selected in the tab (used by "Only the selected process")."""
        self.current_process = process_id
        self._filter_changed()

    def by_value(self) -> By:
        """``"function"`` or ``"unit"``, as chosen."""
        return "unit" if self.by.currentData() == "unit" else "function"

    def set_live(self, live: bool) -> None:
        """Pause (False) or resume (True) following the document (see the tab)."""
        self._live = live
        self.list_model.set_live(live)
        if live and self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Count again and refill the matrix and the totals (the list follows by itself)."""
        if not self._live:
            self._stale = True
            return
        self._stale = False
        project = self.document.project
        by = self.by_value()
        self.report = count_interfaces(project, by=by)
        if by == "unit":
            colours: dict[str, str] = {}
        else:
            colours = {f.id: f.color for f in project.functions}
        self.matrix_model.set_report(self.report, colours)
        self.totals_model.set_report(self.report)
        rep = self.report
        self.summary.setText(
            self.tr("Scenario %1: %2 interfaces, %3 hand-offs within, %4 flows")
            .replace("%1", project.scenario().name).replace("%2", str(rep.total))
            .replace("%3", str(rep.within)).replace("%4", str(rep.flows)))
        self.list.resizeColumnToContents(InterfaceListModel.RESPONSIBLE)
        for col in range(InterfaceListModel.PROCEDURE):
            self.list.resizeColumnToContents(col)
            if self.list.columnWidth(col) > 220:
                self.list.setColumnWidth(col, 220)

    def _by_changed(self) -> None:
        self.list_model.set_by(self.by_value())
        self.refresh()

    def _filter_changed(self) -> None:
        only = self.only_current.isChecked()
        self.list_model.set_process_filter(self.current_process if only else None)

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot change"), message)
