"""Parking-lot dock: units not yet placed in the chart."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgdesign.edit import ParkUnit, UnparkUnit
from orgdesign.model import EditError, TreeIndex

from ..document import Document
from ..messages import localized
from ..selection import Selection

UNIT_ROLE = Qt.ItemDataRole.UserRole + 4
#: Drag payload of a parked unit (its id, UTF-8): the canvas accepts it on a card.
PARKED_MIME = "application/x-orgdesign-parked-unit"


class _ParkedList(QListWidget):
    """The list; an entry can be dragged onto a card of the chart."""

    def __init__(self) -> None:
        super().__init__()
        self.setDragEnabled(True)
        self.setDragDropMode(QListWidget.DragDropMode.DragOnly)

    def mimeData(self, items):  # noqa: N802 - Qt's name
        mime = QMimeData()
        if items:
            mime.setData(PARKED_MIME, items[0].data(UNIT_ROLE).encode("utf-8"))
            mime.setText(items[0].text())
        return mime


class ParkingPanel(QWidget):
    """List of parked units; place one under the selected unit, or park the selection."""

    def __init__(self, document: Document, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.list = _ParkedList()
        self.place = QPushButton(self.tr("Place under selected"))
        self.park = QPushButton(self.tr("Park selected"))
        self.place.clicked.connect(self.place_current)
        self.park.clicked.connect(self.park_selection)
        buttons = QHBoxLayout()
        buttons.addWidget(self.place)
        buttons.addWidget(self.park)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.list)
        lay.addLayout(buttons)
        self.refresh()

    def set_document(self, document: Document) -> None:
        """Follow another document."""
        self.document = document
        self.refresh()

    def refresh(self) -> None:
        """Refill the list of parked roots (with the size of their subtree)."""
        self.list.clear()
        ix = TreeIndex(self.document.project.scenario())
        for uid in ix.parked_roots():
            n = sum(1 for _ in ix.walk(uid))
            text = ix.units[uid].name + (f"  (+{n - 1})" if n > 1 else "")
            item = QListWidgetItem(text)
            item.setData(UNIT_ROLE, uid)
            self.list.addItem(item)

    def _push(self, op) -> bool:
        try:
            self.document.push(op)
        except EditError as exc:
            QMessageBox.warning(self, self.tr("Cannot move"), localized(exc))
            return False
        return True

    def place_current(self) -> None:
        """Place the chosen parked unit under the selected chart unit (or as a root)."""
        item = self.list.currentItem()
        if item is None:
            return
        self._push(UnparkUnit(item.data(UNIT_ROLE), parent=self.selection.current))

    def park_selection(self) -> None:
        """Move the selected units (with their subtrees) to the parking lot."""
        for uid in self.selection.ids:
            if not self._push(ParkUnit(uid)):
                break
        self.selection.set([])
