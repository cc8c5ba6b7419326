"""Structure dock: the scenario as a tree, in sync with the canvas, with a filter."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from orgdesign.model import TreeIndex

from ..document import Document
from ..selection import Selection

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StructurePanel(QWidget):
    """Tree of units; selecting rows selects units, and the other way round."""

    def __init__(self, document: Document, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name, title or person"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setUniformRowHeights(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.filter)
        lay.addWidget(self.tree)
        self._items: dict[str, QStandardItem] = {}
        self._syncing = False
        self.filter.textChanged.connect(self._filter_changed)
        self.tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        selection.changed.connect(self._select_from_selection)
        self.rebuild()

    def set_document(self, document: Document) -> None:
        """Follow another document."""
        self.document = document
        self.rebuild()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        if text:
            self.tree.expandAll()

    def rebuild(self) -> None:
        """Refill the tree from the model, keeping expansion where possible."""
        project = self.document.project
        sc = project.scenario()
        ix = TreeIndex(sc, project)
        people = {p.id: p.name for p in project.people}
        self._syncing = True
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Title"), self.tr("Person")])
        self._items.clear()
        stack = [(r, self.model.invisibleRootItem()) for r in reversed(ix.placed_roots())]
        while stack:
            uid, parent_item = stack.pop()
            u = ix.units[uid]
            name = QStandardItem(u.name)
            name.setData(uid, UNIT_ID_ROLE)
            title = QStandardItem(u.title)
            person = QStandardItem(people.get(u.person or "", self.tr("vacant")
                                              if u.kind.value == "position" else ""))
            for it in (name, title, person):
                it.setEditable(False)
            parent_item.appendRow([name, title, person])
            self._items[uid] = name
            stack.extend((c, name) for c in reversed(ix.kids(uid)))
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(0)
        self._syncing = False
        self._select_from_selection()

    def _tree_selection_changed(self, *_args) -> None:
        if self._syncing:
            return
        ids = []
        for idx in self.tree.selectionModel().selectedRows(0):
            uid = self.proxy.mapToSource(idx).data(UNIT_ID_ROLE)
            if uid:
                ids.append(uid)
        self._syncing = True
        self.selection.set(ids)
        self._syncing = False

    def _select_from_selection(self) -> None:
        if self._syncing:
            return
        self._syncing = True
        sm = self.tree.selectionModel()
        sm.clearSelection()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        last = None
        for uid in self.selection.ids:
            item = self._items.get(uid)
            if item is None:
                continue
            idx = self.proxy.mapFromSource(item.index())
            if idx.isValid():
                sm.select(idx, flags)
                last = idx
        if last is not None:
            self.tree.scrollTo(last)
            sm.setCurrentIndex(last, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._syncing = False
