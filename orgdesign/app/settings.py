"""Preferences kept in QSettings, and the dialog that edits them."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

VIEWS = ("classic", "compact", "inverted", "rings")
CARD_FIELDS = ("name", "title", "person")


def settings() -> QSettings:
    """The application's settings store."""
    return QSettings("OrgDesign", "OrgDesign")


class Preferences:
    """Typed access to the stored preferences, with sensible defaults."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or settings()

    @property
    def language(self) -> str:
        """"system", "en" or "zh"."""
        return str(self.store.value("language", "system"))

    @property
    def default_view(self) -> str:
        v = str(self.store.value("default_view", "classic"))
        return v if v in VIEWS else "classic"

    @property
    def card_fields(self) -> tuple[str, ...]:
        raw = self.store.value("card_fields", ",".join(CARD_FIELDS))
        fields = tuple(f for f in str(raw).split(",") if f in CARD_FIELDS)
        return fields or ("name",)

    @property
    def autosave_s(self) -> int:
        raw = self.store.value("autosave_s", 60)
        if not isinstance(raw, int | float | str):  # what int() would refuse with TypeError
            return 60
        try:
            return max(0, int(raw))
        except ValueError:
            return 60

    def recent_files(self) -> list[str]:
        """Most recent first."""
        raw = self.store.value("recent_files", [])
        if isinstance(raw, str):  # QSettings gives a one-item list back as its item
            return [raw]
        if not isinstance(raw, Iterable):  # None, or a value some other program wrote
            return []
        return [str(p) for p in raw]

    def add_recent(self, path: str) -> None:
        """Put ``path`` first in the recent files (ten kept)."""
        files = [path] + [p for p in self.recent_files() if p != path]
        self.store.setValue("recent_files", files[:10])


class PreferencesDialog(QDialog):
    """Language, default view, card fields, autosave interval."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        for code, text in (("system", self.tr("Follow the system")), ("en", "English"),
                           ("zh", "简体中文")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.view = QComboBox()
        names = {"classic": self.tr("Classic"), "compact": self.tr("Compact"),
                 "inverted": self.tr("Inverted (customer on top)"),
                 "rings": self.tr("Rings (customer at the centre)")}
        for v in VIEWS:
            self.view.addItem(names[v], v)
        self.view.setCurrentIndex(max(0, self.view.findData(prefs.default_view)))
        self.fields = {f: QCheckBox(t) for f, t in (("name", self.tr("Name")),
                                                     ("title", self.tr("Title")),
                                                     ("person", self.tr("Person")))}
        for f, box in self.fields.items():
            box.setChecked(f in prefs.card_fields)
        self.autosave = QSpinBox()
        self.autosave.setRange(0, 3600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setSpecialValueText(self.tr("off"))
        self.autosave.setValue(prefs.autosave_s)
        form = QFormLayout(self)
        form.addRow(self.tr("Language (after restart)"), self.language)
        form.addRow(self.tr("Default view"), self.view)
        for box in self.fields.values():
            form.addRow(self.tr("Card shows") if box is self.fields["name"] else "", box)
        form.addRow(self.tr("Autosave every"), self.autosave)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        s = self.prefs.store
        s.setValue("language", self.language.currentData())
        s.setValue("default_view", self.view.currentData())
        s.setValue("card_fields", ",".join(f for f, b in self.fields.items() if b.isChecked())
                   or "name")
        s.setValue("autosave_s", self.autosave.value())
        super().accept()
