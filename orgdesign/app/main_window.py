"""The main window: the structure as a tree and the properties of the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeView,
    QWidget,
)

from orgdesign.model import TreeIndex
from orgdesign.model.errors import OrgDesignError

from .document import Document

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    """Top-level window over one :class:`Document`."""

    def __init__(self, document: Document | None = None) -> None:
        super().__init__()
        self.document = document or Document(parent=self)
        self.tree = QTreeView()
        self.tree.setHeaderHidden(False)
        self.tree_model = QStandardItemModel(self)
        self.tree.setModel(self.tree_model)
        self.props = QWidget()
        self.props_layout = QFormLayout(self.props)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(self.props)
        split.setSizes([520, 380])
        self.setCentralWidget(split)
        self._make_actions()
        self.resize(1000, 700)
        self.set_document(self.document)

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        for text, key, slot in (
            (self.tr("&Open…"), QKeySequence.StandardKey.Open, self.open_dialog),
            (self.tr("&Save"), QKeySequence.StandardKey.Save, self.save),
            (self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close),
        ):
            act = QAction(text, self)
            act.setShortcut(key)
            act.triggered.connect(slot)
            menu.addAction(act)

    def set_document(self, document: Document) -> None:
        """Show ``document``; rebuilds the tree."""
        self.document = document
        document.changed.connect(self.rebuild)
        document.stateChanged.connect(self._update_title)
        self.rebuild()
        self._update_title()

    def _update_title(self) -> None:
        star = "*" if self.document.modified else ""
        self.setWindowTitle(f"{self.document.display_name()}{star} — OrgDesign")

    def rebuild(self) -> None:
        """Refill the structure tree from the model."""
        project = self.document.project
        sc = project.scenario()
        ix = TreeIndex(sc, project)
        self.tree_model.clear()
        self.tree_model.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Title")])
        people = {p.id: p.name for p in project.people}
        root_item = self.tree_model.invisibleRootItem()
        stack = [(r, root_item) for r in reversed(ix.roots)]
        while stack:
            uid, parent_item = stack.pop()
            u = ix.units[uid]
            label = u.name + (f" ({people[u.person]})" if u.person in people else "")
            item = QStandardItem(label)
            item.setData(uid, UNIT_ID_ROLE)
            item.setEditable(False)
            title = QStandardItem(u.title)
            title.setEditable(False)
            parent_item.appendRow([item, title])
            stack.extend((c, item) for c in reversed(ix.kids(uid)))
        self.tree.expandToDepth(1)
        self.tree.resizeColumnToContents(0)
        self.tree.selectionModel().currentChanged.connect(self._show_properties)

    def _show_properties(self, current, _previous) -> None:
        while self.props_layout.rowCount():
            self.props_layout.removeRow(0)
        uid = current.siblingAtColumn(0).data(UNIT_ID_ROLE)
        if uid is None:
            return
        project = self.document.project
        unit = next(u for u in project.scenario().units if u.id == uid)
        people = {p.id: p.name for p in project.people}
        functions = {f.id: f.name for f in project.functions}
        rows = [
            (self.tr("Name"), unit.name),
            (self.tr("Title"), unit.title),
            (self.tr("Kind"), unit.kind.value),
            (self.tr("Person"), people.get(unit.person or "", self.tr("vacant"))),
            (self.tr("Function"), functions.get(unit.function or "", "")),
            (self.tr("Layer"), TreeIndex(project.scenario(), project).layer(uid).value),
            (self.tr("Notes"), unit.notes),
        ]
        for key, value in rows:
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.props_layout.addRow(key, label)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr("OrgDesign projects (*.orgd)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open ``path``; on failure show the CLI's message and keep the current document."""
        try:
            doc = Document.open(path, self)
        except OrgDesignError as exc:
            QMessageBox.critical(self, self.tr("Cannot open project"), str(exc))
            return False
        self.set_document(doc)
        return True

    def save(self) -> None:
        try:
            if self.document.path is None:
                path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), "",
                                                      self.tr("OrgDesign projects (*.orgd)"))
                if not path:
                    return
                self.document.save(path)
            else:
                self.document.save()
        except (OrgDesignError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Cannot save project"), str(exc))
