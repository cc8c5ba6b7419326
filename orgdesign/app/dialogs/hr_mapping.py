"""Widgets shared by the HR import and update dialogs: the sheet, the column mapping, problems.

:class:`SheetSource` re-reads the file when the user picks another worksheet
(XLSX) or encoding (CSV); :class:`MappingEditor` shows one combo per field,
pre-filled by :func:`~orgdesign.io.hr_import.guess_mapping`, and the other
columns that become custom fields; :class:`ProblemsModel` lists
:class:`~orgdesign.io.hr_import.Problem` rows.  None of them builds anything:
the dialogs decide when to build.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesign.io.hr_columns import FIELD_KEYS
from orgdesign.io.hr_import import Mapping, Problem, RawSheet, read_sheet
from orgdesign.io.hr_read import column_letter
from orgdesign.model import ImportError_

from ..messages import localized

#: Data of the "(not mapped)" entry of a column combo.
NOT_MAPPED = -1
#: Encodings offered for CSV files besides "detected" (users may type another).
ENCODINGS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "cp1252", "latin-1")
#: Longest cell text shown as a sample value.
SAMPLE_CHARS = 40
#: Problems listed at most (a broken 50,000-row sheet can have as many).
MAX_PROBLEMS = 2000

_Index = QModelIndex | QPersistentModelIndex


def header_label(raw: RawSheet, column: int) -> str:
    """``姓名 (B)``: a column's header with its spreadsheet letter."""
    name = raw.headers[column] if column < len(raw.headers) else ""
    return f"{name} ({column_letter(column)})" if name else column_letter(column)


def rows_text(rows: Sequence[int], limit: int = 6) -> str:
    """``4, 7, 9, …``: row numbers, shortened."""
    shown = ", ".join(str(r) for r in rows[:limit])
    return shown + (", …" if len(rows) > limit else "")


def _left(widget: QWidget) -> QHBoxLayout:
    """``widget`` at its preferred width, on the left of a form row."""
    widget.setMinimumWidth(220)
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def fit_rows(view: QTableView, limit: int = 300) -> None:
    """Grow rows to their wrapped text when there are few (measuring thousands is slow)."""
    model = view.model()
    if model is not None and model.rowCount() <= limit:
        view.resizeRowsToContents()


class SheetSource(QWidget):
    """Sheet chooser (XLSX) or encoding override (CSV) over one file.

    Emits :attr:`loaded` with the new :class:`RawSheet` after the user picked
    another sheet or encoding and the file was read again; a file that cannot
    be read that way shows the reason and keeps the previous sheet.
    """

    loaded = Signal(object)

    def __init__(self, raw: RawSheet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.raw = raw
        #: (sheet, forced encoding) the sheet shown was read with
        self._read_with: tuple[str | None, str | None] = (
            raw.sheet if raw.format == "xlsx" else None, None)
        self.sheet_combo = QComboBox()
        self.encoding_combo = QComboBox()
        self.encoding_combo.setEditable(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        file_label = QLabel(raw.path)
        file_label.setWordWrap(True)
        file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("File"), file_label)
        if raw.format == "xlsx":
            self.sheet_combo.addItems(raw.sheets or [raw.sheet or ""])
            if raw.sheet:
                self.sheet_combo.setCurrentText(raw.sheet)
            form.addRow(self.tr("Worksheet"), _left(self.sheet_combo))
            self.sheet_combo.currentTextChanged.connect(self._reload)
        else:
            self.encoding_combo.addItem(
                self.tr("Detected (%1)").replace("%1", raw.encoding or "?"), None)
            for enc in ENCODINGS:
                self.encoding_combo.addItem(enc, enc)
            form.addRow(self.tr("Encoding"), _left(self.encoding_combo))
            self.encoding_combo.activated.connect(self._reload)
            line = self.encoding_combo.lineEdit()
            assert line is not None  # the combo is editable, so it has one
            line.editingFinished.connect(self._reload)
        form.addRow("", self.info)
        form.addRow("", self.error)
        self._show_info()

    def sheet_name(self) -> str | None:
        """The worksheet chosen (None for CSV)."""
        if self.raw.format != "xlsx":
            return None
        return self.sheet_combo.currentText() or None

    def encoding(self) -> str | None:
        """The encoding the user forced, or None for the detected one."""
        if self.raw.format != "csv":
            return None
        i = self.encoding_combo.currentIndex()
        text = self.encoding_combo.currentText().strip()
        if i >= 0 and self.encoding_combo.itemText(i) == text:
            return self.encoding_combo.itemData(i)
        return text or None  # typed by the user

    def _show_info(self) -> None:
        raw = self.raw
        if raw.header_rows == 1:
            where = self.tr("Header on row %1").replace("%1", str(raw.header_row))
        else:
            where = (self.tr("Header on rows %1–%2").replace("%1", str(raw.header_row - 1))
                     .replace("%2", str(raw.header_row)))
        rows = self.tr("%1 data rows").replace("%1", f"{len(raw.rows):,}")
        parts = [where, rows]
        if raw.empty_rows:
            parts.append(self.tr("%1 empty rows skipped").replace("%1", str(len(raw.empty_rows))))
        self.info.setText(" · ".join(parts))

    def _reload(self, *_args: object) -> None:
        wanted = (self.sheet_name(), self.encoding())
        if wanted != self._read_with or self.error.isVisible():
            self.load(*wanted)

    def load(self, sheet: str | None = None, encoding: str | None = None) -> bool:
        """Read the file again with ``sheet`` / ``encoding``; True (and :attr:`loaded`) on success."""
        try:
            raw = read_sheet(self.raw.path, sheet=sheet, encoding=encoding)
        except (ImportError_, LookupError) as exc:
            self.error.setText(localized(exc) if isinstance(exc, ImportError_) else str(exc))
            self.error.show()
            return False
        self._read_with = (sheet, encoding)
        self.error.hide()
        self.raw = raw
        self._show_info()
        self.loaded.emit(raw)
        return True


class MappingEditor(QWidget):
    """One column combo per field, and the other columns kept as custom fields.

    Emits :attr:`mappingChanged` whenever a combo or a custom-field tick changes.
    """

    mappingChanged = Signal()

    def __init__(self, raw: RawSheet, mapping: Mapping, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.raw = raw
        self.table = QTableWidget(len(FIELD_KEYS), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column"),
                                              self.tr("First value")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        labels = self.field_labels()
        for r, key in enumerate(FIELD_KEYS):
            item = QTableWidgetItem(labels[key])
            item.setToolTip(key)
            self.table.setItem(r, 0, item)
            combo = QComboBox()
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._combo_changed)
            self.combos[key] = combo
            self.table.setCellWidget(r, 1, combo)
            self.table.setItem(r, 2, QTableWidgetItem(""))
        self.custom = QListWidget()
        self.custom.setToolTip(self.tr("Untick a column to leave it out of the project"))
        self.custom.itemChanged.connect(self._custom_changed)
        self.custom.setMaximumHeight(110)  # the field table needs the room
        self._filling = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table, 3)
        self.custom_label = QLabel(self.tr("Other columns, kept as custom fields:"))
        lay.addWidget(self.custom_label)
        lay.addWidget(self.custom)
        self.set_sheet(raw, mapping)

    def field_labels(self) -> dict[str, str]:
        """The user-visible name of every field key."""
        return {
            "id": self.tr("Employee ID"), "name": self.tr("Person name"),
            "first_name": self.tr("First name"), "last_name": self.tr("Last name"),
            "title": self.tr("Job title"), "manager": self.tr("Manager (ID or name)"),
            "manager_name": self.tr("Manager name"), "department": self.tr("Department"),
            "function": self.tr("Function"), "email": self.tr("Email"),
            "phone": self.tr("Phone"), "location": self.tr("Location"),
            "layer": self.tr("Layer"), "customer_facing": self.tr("Customer-facing"),
            "unit_name": self.tr("Unit name"), "kind": self.tr("Unit kind"),
            "person_id": self.tr("Person ID"), "notes": self.tr("Notes"),
            "parked": self.tr("Parked"), "dotted": self.tr("Dotted line to"),
            "photo": self.tr("Photo"), "assistant": self.tr("Assistant position"),
        }

    def set_sheet(self, raw: RawSheet, mapping: Mapping) -> None:
        """Offer the columns of ``raw`` and select ``mapping`` (no signal)."""
        self._filling = True
        try:
            self.raw = raw
            choices = [(self.tr("(not mapped)"), NOT_MAPPED)]
            choices += [(header_label(raw, c), c) for c in range(len(raw.headers))]
            for key, combo in self.combos.items():
                combo.clear()
                for text, data in choices:
                    combo.addItem(text, data)
                col = mapping.columns.get(key)
                combo.setCurrentIndex(0 if col is None else col + 1)
                self._show_sample(key)
            self._fill_custom(mapping.ignored)
        finally:
            self._filling = False

    def set_column(self, key: str, column: int | None) -> None:
        """Map field ``key`` to ``column`` (0-based; None unmaps), as if the user chose it."""
        combo = self.combos[key]
        combo.setCurrentIndex(0 if column is None else combo.findData(column))

    def set_header(self, key: str, header: str | None) -> None:
        """Map field ``key`` to the column headed ``header`` (None unmaps).

        Raises KeyError when no column has that header.
        """
        if header is None:
            self.set_column(key, None)
            return
        try:
            self.set_column(key, self.raw.headers.index(header))
        except ValueError:
            raise KeyError(header) from None

    def mapping(self) -> Mapping:
        """The mapping the combos and ticks describe."""
        columns = {key: combo.currentData() for key, combo in self.combos.items()
                   if combo.currentData() not in (None, NOT_MAPPED)}
        ignored = set()
        for i in range(self.custom.count()):
            item = self.custom.item(i)
            if item.checkState() != Qt.CheckState.Checked:
                ignored.add(item.data(Qt.ItemDataRole.UserRole))
        return Mapping(columns, ignored)

    def _first_value(self, column: int) -> str:
        for row in self.raw.rows[:20]:
            text = row.cell(column)
            if text:
                return text if len(text) <= SAMPLE_CHARS else text[:SAMPLE_CHARS] + "…"
        return ""

    def _show_sample(self, key: str) -> None:
        r = FIELD_KEYS.index(key)
        col = self.combos[key].currentData()
        mapped = col not in (None, NOT_MAPPED)
        sample, label = self.table.item(r, 2), self.table.item(r, 0)
        assert sample is not None and label is not None  # every field row has its items
        sample.setText(self._first_value(col) if mapped else "")
        font = label.font()
        font.setBold(mapped)  # mapped fields stand out in a long list
        label.setFont(font)

    def _fill_custom(self, ignored: set[int]) -> None:
        used = {c.currentData() for c in self.combos.values()}
        self.custom.blockSignals(True)
        self.custom.clear()
        for c in range(len(self.raw.headers)):
            if c in used:
                continue
            item = QListWidgetItem(header_label(self.raw, c))
            item.setData(Qt.ItemDataRole.UserRole, c)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if c in ignored else Qt.CheckState.Checked)
            self.custom.addItem(item)
        self.custom.blockSignals(False)
        self.custom_label.setVisible(self.custom.count() > 0)
        self.custom.setVisible(self.custom.count() > 0)

    def _combo_changed(self, _index: int) -> None:
        if self._filling:
            return
        for key, combo in self.combos.items():
            if combo is self.sender():
                self._show_sample(key)
        self._fill_custom(self.mapping().ignored)
        self.mappingChanged.emit()

    def _custom_changed(self, _item: QListWidgetItem) -> None:
        if not self._filling:
            self.mappingChanged.emit()


class ProblemsModel(QAbstractTableModel):
    """Problems of an import or update: rows, severity, message (errors first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        self.total = 0

    def set_problems(self, problems: Sequence[Problem]) -> None:
        """Show ``problems`` (at most :data:`MAX_PROBLEMS`), errors first, then by row."""
        order = {"error": 0, "warning": 1, "note": 2}
        ranked = sorted(problems, key=lambda p: (order.get(p.severity, 3), p.row or 0))
        self.beginResetModel()
        self.problems = ranked[:MAX_PROBLEMS]
        self.total = len(problems)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Rows"), self.tr("Severity"), self.tr("Problem"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        p = self.problems[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return rows_text(p.rows) if p.rows else self.tr("sheet")
            if col == 1:
                return {"error": self.tr("error"), "warning": self.tr("warning"),
                        "note": self.tr("note")}.get(p.severity, p.severity)
            return localized(p.text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return localized(p.text) if col == 2 else rows_text(p.rows, 50)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1 and p.severity == "error":
            return QBrush(QColor("#b00020"))
        return None
