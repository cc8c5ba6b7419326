"""Functions and layers dock: the legend; set colours; mark customer-facing functions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesign.edit import UpdateFunction
from orgdesign.model import EditError, TreeIndex

from ..document import Document
from ..messages import localized

FUNCTION_ROLE = Qt.ItemDataRole.UserRole + 3


class FunctionsPanel(QWidget):
    """Table of functions (colour, name, customer-facing, units) and layer counts."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Function"), self.tr("Customer-facing"), self.tr("Units")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.cellDoubleClicked.connect(self._double_clicked)
        self.table.itemChanged.connect(self._item_changed)
        self.layers = QLabel()
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.table)
        lay.addWidget(self.layers)
        self._loading = False
        self.refresh()

    def set_document(self, document: Document) -> None:
        """Follow another document."""
        self.document = document
        self.refresh()

    def refresh(self) -> None:
        """Refill from the model."""
        self._loading = True
        project = self.document.project
        sc = project.scenario()
        ix = TreeIndex(sc, project)
        eff = ix.effective_functions()
        counts: dict[str | None, int] = {}
        for uid in ix.placed():
            counts[eff[uid]] = counts.get(eff[uid], 0) + 1
        self.table.setRowCount(len(project.functions))
        for row, f in enumerate(project.functions):
            name = QTableWidgetItem(f.name)
            name.setData(FUNCTION_ROLE, f.id)
            name.setData(Qt.ItemDataRole.DecorationRole, QColor(f.color))
            name.setToolTip(self.tr("Double-click to choose the colour"))
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            facing = QTableWidgetItem()
            facing.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            facing.setCheckState(Qt.CheckState.Checked if f.customer_facing
                                 else Qt.CheckState.Unchecked)
            n = QTableWidgetItem(str(counts.get(f.id, 0)))
            n.setFlags(n.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, facing)
            self.table.setItem(row, 2, n)
        layers = ix.layers()
        per = {k: 0 for k in ("customer-contact", "support", "management")}
        for uid in ix.placed():
            per[layers[uid].value] += 1
        self.layers.setText(self.tr("Layers: contact %1 · support %2 · management %3")
                            .replace("%1", str(per["customer-contact"]))
                            .replace("%2", str(per["support"]))
                            .replace("%3", str(per["management"])))
        self._loading = False

    def _function_id(self, row: int) -> str:
        item = self.table.item(row, 0)
        assert item is not None  # refresh() gives every row its name item
        return item.data(FUNCTION_ROLE)

    def _push(self, op) -> None:
        try:
            self.document.push(op)
        except EditError as exc:
            QMessageBox.warning(self, self.tr("Cannot change"), localized(exc))
            self.refresh()

    def _double_clicked(self, row: int, col: int) -> None:
        if col != 0:
            return
        fid = self._function_id(row)
        current = next(f.color for f in self.document.project.functions if f.id == fid)
        colour = QColorDialog.getColor(QColor(current), self, self.tr("Function colour"))
        if colour.isValid():
            self._push(UpdateFunction(fid, {"color": colour.name().upper()}))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 1:
            return
        on = item.checkState() == Qt.CheckState.Checked
        self._push(UpdateFunction(self._function_id(item.row()), {"customer_facing": on}))
