"""Shared pieces of the Processes tab's table models: following the document, pushing edits.

A model follows its document on its own (it listens to ``document.changed``),
so it is correct whether or not a view shows it, and a test drives it with
``setData`` alone.  It keeps no state the model lacks: its rows are rebuilt
from the project after every edit, undo or redo.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from orgdesign.edit import Op
from orgdesign.model import EditError, Project, TreeIndex

from ..document import Document
from ..messages import localized

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole


class DocumentTableModel(QAbstractTableModel):
    """A table over part of the document; subclasses give ``headers()`` and ``rows()``."""

    #: an edit was refused; the message says why
    refused = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self._conn: Any = None
        self._rows: list[Any] = []
        self._live = True
        self._stale = False
        self.set_document(document)

    # ------------------------------------------------------------------ following the document

    def set_document(self, document: Document) -> None:
        """Follow ``document`` (and stop following the previous one)."""
        if self._conn is not None:
            QObject.disconnect(self._conn)
        self.document = document
        self._conn = document.changed.connect(self.refresh)
        self.refresh()

    @property
    def project(self) -> Project:
        """The document's project."""
        assert self.document is not None
        return self.document.project

    def headers(self) -> list[str]:
        """Column titles (translated at call time)."""
        raise NotImplementedError

    def rows(self) -> list[Any]:
        """The rows, computed from the project now."""
        raise NotImplementedError

    def set_live(self, live: bool) -> None:
        """Pause (False) or resume (True) following the document.

        A paused model only notes that it is out of date, so a hidden tab costs
        nothing while the user edits elsewhere; resuming catches up at once.
        """
        self._live = live
        if live and self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the rows from the model (only noted as due while paused).

        When the row count stays, the rows are swapped in and ``dataChanged``
        is emitted, so a view keeps its current cell (editing a cell must not
        throw the user out of the table); otherwise the model is reset.
        """
        if not self._live:
            self._stale = True
            return
        self._stale = False
        rows = self.rows()
        if len(rows) == len(self._rows):
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(rows) - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()

    def push(self, op: Op, text: str | None = None) -> bool:
        """Push ``op`` as one undoable step; on refusal emit ``refused`` and return False."""
        assert self.document is not None
        try:
            self.document.push(op, text)
        except EditError as exc:
            self.refused.emit(localized(exc))
            return False
        return True

    # ------------------------------------------------------------------ QAbstractTableModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = DISPLAY) -> Any:
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            heads = self.headers()
            return heads[section] if 0 <= section < len(heads) else None
        return str(section + 1)

    def row_at(self, row: int) -> Any:
        """The row object at ``row`` (IndexError outside)."""
        return self._rows[row]


def unit_choices(project: Project, none_label: str) -> list[tuple[str, str | None]]:
    """``(label, unit id)`` for a unit combo: ``none_label`` first, then every unit of the
    active scenario in chart order, indented by depth (the parking lot after the chart)."""
    sc = project.scenario()
    ix = TreeIndex(sc, project)
    depth = ix.depths()
    out: list[tuple[str, str | None]] = [(none_label, None)]
    for uid in ix.placed() + ix.parked():
        out.append(("\u2003" * depth.get(uid, 0) + ix.units[uid].name, uid))
    return out


def parse_hours(value: Any) -> float | None:
    """A duration typed in a cell: a number (``1.5``, ``1,5``, ``２``) or empty (None).

    Raises ValueError for text that is not a number.
    """
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip()
    if not text:
        return None
    # Full-width digits and the Chinese comma come from CJK input methods.
    text = text.translate(str.maketrans("０１２３４５６７８９．，", "0123456789.,"))
    text = text.replace(",", ".")
    out = float(text)
    if out != out or out in (float("inf"), float("-inf")):
        raise ValueError(text)
    return out


def format_hours(value: float | None) -> str:
    """``1.5`` -> ``"1.5"``, ``2.0`` -> ``"2"``, None -> ``""``."""
    return "" if value is None else f"{value:g}"
