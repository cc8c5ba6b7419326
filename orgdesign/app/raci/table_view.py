"""The RACI grid: keyboard entry of letters, Delete, and block copy/paste with Excel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from orgdesign.model.raci_schemes import split_letters

from .clipboard import format_block, parse_block
from .delegates import LetterDelegate, WrapHeader
from .table_model import RaciTableModel

#: Width of a role column, in pixels at the default font: room for "A/R" and two chips.
ROLE_WIDTH = 92
#: Narrowest the problems column gets before the table scrolls sideways.
PROBLEMS_WIDTH = 240
#: Keys of the summary row and the problems column when a selection is remembered by id.
_SUMMARY, _PROBLEMS = "\x00summary", "\x00problems"


class RaciTableView(QTableView):
    """A QTableView over a :class:`RaciTableModel` that types like a spreadsheet.

    Typing a letter (any case, or several such as "ar") sets every selected
    cell to it in one step; Delete and Backspace empty them; F2, Enter or a
    double-click open the letter picker; Ctrl+C and Ctrl+V copy and paste
    tab-separated blocks to and from Excel (Ctrl+X cuts).  The selection and current cell
    follow their activities and roles when the model resets (undo, moves).
    """

    def __init__(self, model: RaciTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(WrapHeader(self))
        self.setModel(model)
        self.table_model = model
        self.delegate = LetterDelegate(model, self)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        head = self.horizontalHeader()
        head.setSectionsClickable(True)
        head.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        head.setMinimumSectionSize(40)
        vhead = self.verticalHeader()
        vhead.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        vhead.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vhead.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vhead.setMaximumWidth(320)
        self._saved: tuple[tuple[str, str] | None, tuple[int, int],
                           list[tuple[str, str, str, str]]] = (None, (-1, -1), [])
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        model.modelReset.connect(self.fit_columns)
        self.fit_columns()

    # ------------------------------------------------------------------ layout

    def fit_columns(self) -> None:
        """Give role columns one width, the problems column the rest, the summary row room."""
        m = self.table_model
        head = self.horizontalHeader()
        width = max(ROLE_WIDTH, self.fontMetrics().horizontalAdvance("A/R  R99") + 16)
        for col in range(m.role_count()):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            head.resizeSection(col, width)
        if m.columnCount():
            head.setSectionResizeMode(m.role_count(), QHeaderView.ResizeMode.Interactive)
            self._fit_problems()
        if m.rowCount():
            opt = QStyleOptionViewItem()
            self.initViewItemOption(opt)
            row = m.activity_count()
            self.setRowHeight(row, self.delegate.sizeHint(opt, m.index(row, 0)).height())
        head.updateGeometries()

    def _fit_problems(self) -> None:
        # The problems column takes the room the roles leave, but never so little
        # that its sentences become "…": then the table scrolls sideways instead.
        m = self.table_model
        if not m.columnCount():
            return
        head = self.horizontalHeader()
        used = sum(head.sectionSize(c) for c in range(m.role_count()))
        room = self.viewport().width() - used
        head.resizeSection(m.role_count(), max(PROBLEMS_WIDTH, room))

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        # The viewport also narrows when the row titles get wider, without the
        # view itself being resized: follow the viewport, not the view.
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_problems)
        return super().viewportEvent(event)

    # ------------------------------------------------------------------ selection by id

    def _key(self, row: int, col: int) -> tuple[str, str]:
        m = self.table_model
        return (m.activity_id(row) or _SUMMARY, m.role_id(col) or _PROBLEMS)

    def _cell_of(self, key: tuple[str, str]) -> tuple[int, int] | None:
        m = self.table_model
        row = m.activity_count() if key[0] == _SUMMARY else m.row_of(key[0])
        col = m.role_count() if key[1] == _PROBLEMS else m.column_of(key[1])
        if row is None or col is None or m.matrix() is None:
            return None
        return row, col

    def _remember(self) -> None:
        cur = self.currentIndex()
        current = self._key(cur.row(), cur.column()) if cur.isValid() else None
        ranges = []
        # QItemSelection is a QList and iterates at runtime; its stubs lack __iter__.
        for rng in self.selectionModel().selection():  # type: ignore[attr-defined]
            tl = self._key(rng.top(), rng.left())
            br = self._key(rng.bottom(), rng.right())
            ranges.append((*tl, *br))
        self._saved = (current, (cur.row(), cur.column()), ranges)

    def _restore(self) -> None:
        current, place, ranges = self._saved
        self._saved = (None, (-1, -1), [])
        m = self.table_model
        sel = QItemSelection()
        for a0, r0, a1, r1 in ranges:
            tl, br = self._cell_of((a0, r0)), self._cell_of((a1, r1))
            if tl is None or br is None:
                continue
            top, bottom = sorted((tl[0], br[0]))
            left, right = sorted((tl[1], br[1]))
            sel.select(m.index(top, left), m.index(bottom, right))
        cell = self._cell_of(current) if current else None
        if cell is None and place[0] >= 0 and m.rowCount() and m.columnCount():
            # The current row or column is gone (removed, or its addition undone):
            # stay at the same place, as a spreadsheet does.
            cell = (min(place[0], m.rowCount() - 1), min(place[1], m.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag
        if cell is not None:
            self.selectionModel().setCurrentIndex(m.index(*cell), flags.NoUpdate)
        if not sel.isEmpty():
            self.selectionModel().select(sel, flags.ClearAndSelect)
        elif cell is not None:
            self.selectionModel().select(m.index(*cell), flags.ClearAndSelect)

    def select_cells(self, top: int, left: int, bottom: int, right: int) -> None:
        """Select a block and make its top-left cell current."""
        m = self.table_model
        sel = QItemSelection(m.index(top, left), m.index(bottom, right))
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(m.index(top, left), flags.NoUpdate)
        self.selectionModel().select(sel, flags.ClearAndSelect)

    # ------------------------------------------------------------------ what is selected

    def selected_cells(self) -> list[tuple[int, int]]:
        """(row, column) of the selected letter cells (the current one if none is selected)."""
        m = self.table_model
        idx = self.selectionModel().selectedIndexes() or (
            [self.currentIndex()] if self.currentIndex().isValid() else [])
        return sorted({(i.row(), i.column()) for i in idx if m.is_cell(i)})

    def selected_rows(self) -> list[int]:
        """Activity rows touched by the selection (or the current cell)."""
        m = self.table_model
        idx = self.selectionModel().selectedIndexes() or (
            [self.currentIndex()] if self.currentIndex().isValid() else [])
        return sorted({i.row() for i in idx if m.activity_id(i.row()) is not None})

    def selected_columns(self) -> list[int]:
        """Role columns touched by the selection (or the current cell)."""
        m = self.table_model
        idx = self.selectionModel().selectedIndexes() or (
            [self.currentIndex()] if self.currentIndex().isValid() else [])
        return sorted({i.column() for i in idx if m.role_id(i.column()) is not None})

    # ------------------------------------------------------------------ copy and paste

    def copy_text(self) -> str:
        """The selection's bounding block as tab-separated text ("" when nothing is selected)."""
        idx = self.selectionModel().selectedIndexes()
        if not idx:
            return ""
        rows = [i.row() for i in idx]
        cols = [i.column() for i in idx]
        top, left = min(rows), min(cols)
        block = [["" for _ in range(max(cols) - left + 1)] for _ in range(max(rows) - top + 1)]
        for i in idx:
            block[i.row() - top][i.column() - left] = str(i.data() or "")
        return format_block(block)

    def copy(self) -> None:
        """Put the selected block on the clipboard as tab-separated text."""
        text = self.copy_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def cut(self) -> None:
        """Copy the selected block, then empty its letter cells (one step)."""
        self.copy()
        cells = self.selected_cells()
        if cells and self.selectionModel().selectedIndexes():
            self.table_model.clear_cells(cells)

    def paste_text(self, text: str) -> bool:
        """Paste tab-separated text at the selection as one undo step; False if refused.

        One value pasted on several selected cells fills each of them (as a
        spreadsheet does); a block goes with its top-left corner at the
        selection's top-left cell.
        """
        m = self.table_model
        block = parse_block(text)
        if not block:
            return False
        cells = self.selected_cells()
        if len(block) == 1 and len(block[0]) == 1 and len(cells) > 1:
            return m.fill_cells(cells, block[0][0])
        idx = self.selectionModel().selectedIndexes()
        if idx:
            top, left = min(i.row() for i in idx), min(i.column() for i in idx)
        elif self.currentIndex().isValid():
            top, left = self.currentIndex().row(), self.currentIndex().column()
        else:
            top = left = 0
        if not m.paste_block(top, left, block):
            return False
        height = min(len(block), m.activity_count() - top)
        width = min(max(len(r) for r in block), m.role_count() - left)
        self.select_cells(top, left, top + height - 1, left + width - 1)
        return True

    def paste(self) -> bool:
        """Paste the clipboard's text (see :meth:`paste_text`)."""
        return self.paste_text(QGuiApplication.clipboard().text())

    # ------------------------------------------------------------------ keys

    def _is_letter_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if not text or event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                            | Qt.KeyboardModifier.AltModifier
                                            | Qt.KeyboardModifier.MetaModifier):
            return False
        letters = split_letters(text)
        return bool(letters) and all(ch.isalpha() for ch in letters)

    def _owns_key(self, event: QKeyEvent) -> bool:
        """True for the keys this grid handles itself, before any window shortcut."""
        if any(event.matches(k) for k in (QKeySequence.StandardKey.Copy,
                                          QKeySequence.StandardKey.Cut,
                                          QKeySequence.StandardKey.Paste)):
            return True
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                            | Qt.KeyboardModifier.AltModifier)
        return self._is_letter_key(event)

    def event(self, event: QEvent) -> bool:
        # The window's Copy, Paste and Delete act on units of the chart; in the
        # grid the same keys act on cells, so the grid claims them first.
        if (event.type() == QEvent.Type.ShortcutOverride
                and self.state() != QAbstractItemView.State.EditingState
                and isinstance(event, QKeyEvent) and self._owns_key(event)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        if event.matches(QKeySequence.StandardKey.Cut):
            self.cut()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            cells = self.selected_cells()
            if cells:
                self.table_model.clear_cells(cells)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            if self.table_model.is_cell(self.currentIndex()):
                self.edit(self.currentIndex())
                return
        if self._is_letter_key(event):
            cells = self.selected_cells()
            if cells:
                self.table_model.set_cells({rc: event.text() for rc in cells})
            return
        super().keyPressEvent(event)
