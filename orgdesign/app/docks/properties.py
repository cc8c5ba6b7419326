"""Properties dock: every field of the selected unit(s); each edit is undoable.

With several units selected, a change applies to all of them in one step;
fields that only make sense for one unit (name, person) are disabled.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from orgdesign.edit import UpdateUnits
from orgdesign.model import EditError, Layer, TreeIndex, UnitKind

from ..document import Document
from ..messages import localized
from ..selection import Selection


class PropertiesPanel(QWidget):
    """Editable form over the selection."""

    def __init__(self, document: Document, selection: Selection,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.header = QLabel()
        self.name = QLineEdit()
        self.title_edit = QLineEdit()
        self.kind = QComboBox()
        for k, text in ((UnitKind.DEPARTMENT, self.tr("Department")),
                        (UnitKind.TEAM, self.tr("Team")), (UnitKind.POSITION, self.tr("Position"))):
            self.kind.addItem(text, k.value)
        self.person = QComboBox()
        self.function = QComboBox()
        self.layer = QComboBox()
        self.assistant = QCheckBox(self.tr("Assistant (staff position)"))
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.inferred = QLabel()
        form = QFormLayout(self)
        form.addRow(self.header)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Function"), self.function)
        form.addRow(self.tr("Layer"), self.layer)
        form.addRow("", self.inferred)
        form.addRow("", self.assistant)
        form.addRow(self.tr("Notes"), self.notes)
        self._loading = False
        self.name.editingFinished.connect(lambda: self._commit("name", self.name.text()))
        self.title_edit.editingFinished.connect(
            lambda: self._commit("title", self.title_edit.text()))
        self.kind.activated.connect(lambda _i: self._commit("kind", self.kind.currentData()))
        self.person.activated.connect(lambda _i: self._commit("person", self.person.currentData()))
        self.function.activated.connect(
            lambda _i: self._commit("function", self.function.currentData()))
        self.layer.activated.connect(lambda _i: self._commit("layer", self.layer.currentData()))
        self.assistant.clicked.connect(lambda on: self._commit("assistant", bool(on)))
        self.notes.focusOutEvent = self._notes_focus_out  # type: ignore[method-assign]
        selection.changed.connect(self.refresh)
        self.refresh()

    def set_document(self, document: Document) -> None:
        """Follow another document."""
        self.document = document
        self.refresh()

    def _notes_focus_out(self, event) -> None:
        QPlainTextEdit.focusOutEvent(self.notes, event)
        self._commit("notes", self.notes.toPlainText())

    def _units(self):
        units = {u.id: u for u in self.document.project.scenario().units}
        return [units[i] for i in self.selection.ids if i in units]

    def refresh(self) -> None:
        """Show the selection's values (the first unit's, for several)."""
        self._loading = True
        project = self.document.project
        units = self._units()
        enabled = bool(units)
        for w in (self.name, self.title_edit, self.kind, self.person, self.function, self.layer,
                  self.assistant, self.notes):
            w.setEnabled(enabled)
        self.person.clear()
        self.person.addItem(self.tr("(vacant)"), None)
        for p in project.people:
            self.person.addItem(p.name, p.id)
        self.function.clear()
        self.function.addItem(self.tr("(inherited)"), None)
        for f in project.functions:
            self.function.addItem(f.name, f.id)
        self.layer.clear()
        self.layer.addItem(self.tr("Automatic"), None)
        for layer, text in ((Layer.CUSTOMER_CONTACT, self.tr("Customer contact")),
                            (Layer.SUPPORT, self.tr("Support")),
                            (Layer.MANAGEMENT, self.tr("Management"))):
            self.layer.addItem(text, layer.value)
        if not units:
            self.header.setText(self.tr("Nothing selected"))
            for e in (self.name, self.title_edit):
                e.clear()
            self.notes.clear()
            self.inferred.clear()
            self._loading = False
            return
        u = units[0]
        many = len(units) > 1
        self.header.setText(self.tr("%n units selected", "", len(units)) if many else u.name)
        self.name.setText(u.name)
        self.name.setEnabled(not many)
        self.person.setEnabled(not many)
        self.title_edit.setText(u.title)
        self.kind.setCurrentIndex(max(0, self.kind.findData(u.kind.value)))
        self.person.setCurrentIndex(max(0, self.person.findData(u.person)))
        self.function.setCurrentIndex(max(0, self.function.findData(u.function)))
        self.layer.setCurrentIndex(max(0, self.layer.findData(u.layer.value if u.layer else None)))
        self.assistant.setChecked(u.assistant)
        self.notes.setPlainText(u.notes)
        layer = TreeIndex(project.scenario(), project).layer(u.id)
        self.inferred.setText(self.tr("In the %1 layer").replace("%1", self.layer.itemText(
            self.layer.findData(layer.value))))
        self._loading = False

    def _commit(self, field: str, value: Any) -> None:
        if self._loading:
            return
        units = self._units()
        changes = {u.id: {field: value} for u in units if getattr(u, field) != value
                   and not (field == "kind" and u.kind.value == value)
                   and not (field == "layer" and (u.layer.value if u.layer else None) == value)}
        if not changes:
            return
        try:
            self.document.push(UpdateUnits(changes))
        except EditError as exc:
            QMessageBox.warning(self, self.tr("Cannot change"), localized(exc))
            self.refresh()
