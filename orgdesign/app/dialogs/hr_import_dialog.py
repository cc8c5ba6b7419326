"""The HR import dialog: column mapping with a live preview of what the import builds.

The file is chosen before the dialog opens.  The user picks the worksheet or
the encoding, checks or changes the mapping of every field and the options;
after each change (debounced) the first rows are built again and the dialog
shows how many were placed, parked, and every problem with its row.  OK
builds the whole sheet.  Nothing here touches a document: the caller opens
the project of :meth:`HrImportDialog.import_result` as a new one.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orgdesign.io.hr_import import (
    DOTTED,
    PARKED,
    PLACED,
    REPEAT,
    ImportOptions,
    ImportResult,
    Problem,
    RawSheet,
    build_project,
    guess_mapping,
    read_sheet,
)
from orgdesign.model import ImportError_

from ..messages import localized
from .hr_mapping import (
    MappingEditor,
    ProblemsModel,
    SheetSource,
    fit_rows,
    header_label,
    rows_text,
)

#: Rows the live preview builds (a 50,000-row sheet is built in full only on OK).
PREVIEW_ROWS = 2000
#: Rows shown in the sheet table.
SHOWN_ROWS = 200
#: Quiet time after the last change before the preview is built again (ms).
DEBOUNCE_MS = 250

_Index = QModelIndex | QPersistentModelIndex
_STATUS_COLOURS = {PARKED: "#fde2c4", DOTTED: "#e3ecfa", REPEAT: "#eeeeee"}
_WARNING_COLOUR = "#fff4c2"


class SheetPreviewModel(QAbstractTableModel):
    """The first rows of the sheet, each with what the preview build made of it.

    Columns: spreadsheet row, result (placed / parking lot / dotted line /
    repeat), then the sheet's own columns; a mapped column's header names its
    field.  Rows with a problem are tinted and carry the messages as tooltip.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.raw: RawSheet | None = None
        self.result: ImportResult | None = None
        self.field_of: dict[int, str] = {}  # column -> field label
        self.problems_of: dict[int, list[Problem]] = {}

    def set_preview(self, raw: RawSheet, result: ImportResult | None,
                    field_of: dict[int, str]) -> None:
        """Show the first rows of ``raw`` with the statuses of ``result`` (None: not built)."""
        self.beginResetModel()
        self.raw, self.result, self.field_of = raw, result, field_of
        self.problems_of = {}
        if result is not None:
            for p in result.problems:
                for r in p.rows:
                    self.problems_of.setdefault(r, []).append(p)
        self.endResetModel()

    def status_text(self, row_number: int) -> str:
        """What became of spreadsheet row ``row_number`` (empty when not built)."""
        if self.result is None:
            return ""
        status = self.result.row_status.get(row_number)
        return {PLACED: self.tr("placed"), PARKED: self.tr("parking lot"),
                DOTTED: self.tr("dotted line"), REPEAT: self.tr("repeat, skipped")}.get(
                    status or "", "")

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.raw is None:
            return 0
        return min(len(self.raw.rows), SHOWN_ROWS)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.raw is None:
            return 0
        return 2 + len(self.raw.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or self.raw is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Row")
            if section == 1:
                return self.tr("Result")
            col = section - 2
            text = header_label(self.raw, col)
            field = self.field_of.get(col)
            return f"{text}\n→ {field}" if field else text
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.raw is None:
            return None
        row = self.raw.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return str(row.number)
            if col == 1:
                return self.status_text(row.number)
            return row.cell(col - 2)
        if role == Qt.ItemDataRole.BackgroundRole and self.result is not None:
            status = self.result.row_status.get(row.number)
            if status in _STATUS_COLOURS:
                return QBrush(QColor(_STATUS_COLOURS[status]))
            if row.number in self.problems_of:
                return QBrush(QColor(_WARNING_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole and row.number in self.problems_of:
            # "row 7: id 'E2' is already used by row 3": says which row on row 3 too
            return "\n".join(localized(p.located()) for p in self.problems_of[row.number])
        return None


class HrImportDialog(QDialog):
    """Map the columns of an HR sheet, watch the result, import.

    ``HrImportDialog(path)`` reads the file at once and raises
    :class:`ImportError_` when it cannot be read at all.  After ``accept()``
    :meth:`import_result` holds the full :class:`ImportResult`.
    """

    def __init__(self, path: str, parent: QWidget | None = None,
                 raw: RawSheet | None = None) -> None:
        super().__init__(parent)
        raw = raw if raw is not None else read_sheet(path)
        self.raw = raw
        self._result: ImportResult | None = None
        self.preview: ImportResult | None = None
        self.preview_error = ""
        self.setWindowTitle(self.tr("Import HR spreadsheet"))
        self.source = SheetSource(raw)
        self.mapping_editor = MappingEditor(raw, guess_mapping(raw.headers))
        self.single_root = QCheckBox(self.tr("Put several top people under one new top unit"))
        self.top_name = QLineEdit()
        self.top_name.setPlaceholderText(self.tr("Name of the top unit (default: Organisation)"))
        self.top_name.setEnabled(False)
        self.group = QCheckBox(self.tr("Group by department (a department box above each "
                                       "department's head)"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet_model = SheetPreviewModel(self)
        self.problems_model = ProblemsModel(self)
        self.sheet_view = _table(self.sheet_model)
        self.problems_view = _table(self.problems_model)
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        self.problems_view.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.sheet_view, self.tr("Sheet"))
        self.tabs.addTab(self.problems_view, self.tr("Problems"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.mapping_editor.mappingChanged.connect(self.schedule_preview)
        self.single_root.toggled.connect(self.top_name.setEnabled)
        self.single_root.toggled.connect(self.schedule_preview)
        self.top_name.textChanged.connect(self.schedule_preview)
        self.group.toggled.connect(self.schedule_preview)
        self.source.loaded.connect(self._sheet_loaded)
        self.refresh_preview()
        self.resize(1280, 780)

    def _layout(self) -> None:
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.source)
        columns = QGroupBox(self.tr("Columns"))
        QVBoxLayout(columns).addWidget(self.mapping_editor)
        lay.addWidget(columns, 1)
        options = QGroupBox(self.tr("Options"))
        ol = QVBoxLayout(options)
        ol.addWidget(self.single_root)
        row = QHBoxLayout()
        row.addSpacing(24)
        row.addWidget(self.top_name)
        ol.addLayout(row)
        ol.addWidget(self.group)
        lay.addWidget(options)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.summary)
        rl.addWidget(self.tabs, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([500, 760])
        main = QVBoxLayout(self)
        main.addWidget(split, 1)
        main.addWidget(self.buttons)

    # ------------------------------------------------------------------ state

    def options(self) -> ImportOptions:
        """The options the check boxes describe."""
        return ImportOptions(single_root=self.single_root.isChecked(),
                             top_name=self.top_name.text().strip(),
                             group_by_department=self.group.isChecked())

    def import_result(self) -> ImportResult | None:
        """The import of the whole sheet after ``accept()``; None before or after Cancel.

        (Not ``result()``: that is QDialog's accept/reject code.)
        """
        return self._result

    def preview_pending(self) -> bool:
        """True while a change waits for the debounce timer to rebuild the preview."""
        return self.timer.isActive()

    def schedule_preview(self) -> None:
        """Rebuild the preview once the user pauses (every change restarts the wait)."""
        self.timer.start()

    def _sheet_loaded(self, raw: RawSheet) -> None:
        self.raw = raw
        self.mapping_editor.set_sheet(raw, guess_mapping(raw.headers))
        self.refresh_preview()

    # ---------------------------------------------------------------- preview

    def refresh_preview(self) -> None:
        """Build the first :data:`PREVIEW_ROWS` rows now and show the outcome."""
        self.timer.stop()
        mapping = self.mapping_editor.mapping()
        labels = self.mapping_editor.field_labels()
        field_of: dict[int, str] = {}
        for key, col in mapping.columns.items():
            field_of[col] = f"{field_of[col]}, {labels[key]}" if col in field_of else labels[key]
        head = self.raw.head(PREVIEW_ROWS)
        try:
            self.preview, self.preview_error = build_project(head, mapping, self.options()), ""
        except ImportError_ as exc:
            self.preview, self.preview_error = None, localized(exc)
        self.sheet_model.set_preview(self.raw, self.preview, field_of)
        self.problems_model.set_problems(self.preview.problems if self.preview else [])
        self.sheet_view.resizeColumnsToContents()
        fit_rows(self.problems_view)
        self._show_summary(len(head.rows))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.preview is not None)

    def _show_summary(self, built: int) -> None:
        n = self.problems_model.total
        self.tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", str(n)) if n
                             else self.tr("Problems"))
        if self.preview is None:
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.setText(self.tr("Nothing can be imported: %1")
                                 .replace("%1", self.preview_error))
            return
        self.summary.setStyleSheet("")
        s = self.preview.summary()
        total = len(self.raw.rows)
        if built < total:
            scope = (self.tr("Preview of the first %1 of %2 rows (the whole sheet is imported "
                             "on Import):").replace("%1", f"{built:,}")
                     .replace("%2", f"{total:,}"))
        else:
            scope = self.tr("All %1 rows:").replace("%1", f"{total:,}")
        counts = [self.tr("%1 placed in the chart").replace("%1", f"{s['placed']:,}"),
                  self.tr("%1 to the parking lot").replace("%1", f"{s['parked']:,}")]
        if s["dotted"]:
            counts.append(self.tr("%1 as dotted lines").replace("%1", str(s["dotted"])))
        if s["repeats"]:
            counts.append(self.tr("%1 repeated rows skipped").replace("%1", str(s["repeats"])))
        lines = [scope, " · ".join(counts)]  # a neutral separator reads well in both languages
        parked = self.preview.parked_rows
        if parked:
            lines.append(self.tr("Parked rows: %1").replace("%1", rows_text(sorted(parked), 12)))
        severities = [p.severity for p in self.preview.problems]
        if severities:
            lines.append(self.tr("Errors: %1 · warnings: %2 · notes: %3 (see Problems).")
                         .replace("%1", str(severities.count("error")))
                         .replace("%2", str(severities.count("warning")))
                         .replace("%3", str(severities.count("note"))))
        else:
            lines.append(self.tr("No problems."))
        if s["custom_fields"]:
            lines.append(self.tr("Custom fields: %1").replace("%1", ", ".join(s["custom_fields"])))
        self.summary.setText("\n".join(lines))

    def summary_text(self) -> str:
        """The preview's summary as shown (for tests and screen readers)."""
        return self.summary.text()

    # ------------------------------------------------------------------ accept

    def accept(self) -> None:
        """Build the whole sheet; stay open (with the reason) when it cannot be built."""
        if self.timer.isActive():
            self.refresh_preview()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = build_project(self.raw, self.mapping_editor.mapping(), self.options())
        except ImportError_ as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Cannot import"), localized(exc))
            return
        QApplication.restoreOverrideCursor()
        self._result = result
        super().accept()


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(False)  # the tints carry the row status
    return view
