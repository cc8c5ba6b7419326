"""The "update from a newer HR export" dialog: review the changes, untick some, apply.

:func:`~orgdesign.io.hr_update.plan_update` compares the project with the
sheet; the dialog lists every change (joined, left, moved, retitled,
department changed, …) with a tick box, the problems met, and the column
mapping (changing it plans again).  :meth:`HrUpdateDialog.op` turns the ticked
changes into one :class:`~orgdesign.edit.Batch`, which the caller pushes as
one undoable step.  The dialog never changes the project itself.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from orgdesign.edit import Batch
from orgdesign.io.hr_import import RawSheet, guess_mapping, read_sheet
from orgdesign.io.hr_update import KINDS, Change, UpdatePlan, plan_update, update_op
from orgdesign.model import ImportError_, Project, Unit

from ..messages import localized
from .hr_mapping import MappingEditor, ProblemsModel, SheetSource, fit_rows

#: Quiet time after a mapping change before the sheet is compared again (ms).
DEBOUNCE_MS = 400

_Index = QModelIndex | QPersistentModelIndex


class ChangesModel(QAbstractTableModel):
    """The planned changes, one checkable row each (all ticked at first).

    Columns: change (with the tick box), sheet row, employee id, person or
    position, before, after.
    """

    checksChanged = Signal()

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.changes: list[Change] = []
        self.checked: list[bool] = []
        self._names: dict[str, str] = {}
        self._units: dict[str, Unit] = {}

    def set_changes(self, changes: list[Change]) -> None:
        """Show ``changes``, all ticked."""
        self.beginResetModel()
        self.changes = list(changes)
        self.checked = [True] * len(changes)
        people = {p.id: p.name for p in self.project.people}
        self._units = {u.id: u for u in self.project.scenario().units}
        self._names = {u.id: people.get(u.person or "", "") or u.name
                       for u in self._units.values()}
        for ch in changes:  # joined units can be the manager of other joined units
            if ch.new_unit is not None:
                self._names[ch.new_unit.id] = ch.new_person.name if ch.new_person else \
                    ch.new_unit.name
        self.endResetModel()
        self.checksChanged.emit()

    def kind_label(self, kind: str) -> str:
        """The user-visible name of a change kind."""
        return {"joined": self.tr("Joined"), "left": self.tr("Has left"),
                "moved": self.tr("New manager"), "retitled": self.tr("New title"),
                "department": self.tr("Department changed"),
                "renamed": self.tr("Name changed"), "filled": self.tr("Vacancy filled"),
                "vacated": self.tr("Now vacant"), "updated": self.tr("Other fields")}.get(
                    kind, kind)

    def checked_changes(self) -> list[Change]:
        """The ticked changes, in plan order."""
        return [c for c, on in zip(self.changes, self.checked, strict=True) if on]

    def set_checked(self, row: int, on: bool) -> None:
        """Tick or untick the change in ``row``."""
        self.setData(self.index(row, 0), Qt.CheckState.Checked if on else Qt.CheckState.Unchecked,
                     Qt.ItemDataRole.CheckStateRole)

    def set_all(self, on: bool, kind: str | None = None) -> None:
        """Tick or untick every change (of ``kind`` only, when given)."""
        for i, ch in enumerate(self.changes):
            if kind is None or ch.kind == kind:
                self.checked[i] = on
        if self.changes:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.changes) - 1, 0),
                                  [Qt.ItemDataRole.CheckStateRole])
        self.checksChanged.emit()

    def row_of(self, kind: str, key: str) -> int:
        """The row of the change of ``kind`` for employee ``key``; ValueError if none."""
        for i, ch in enumerate(self.changes):
            if ch.kind == kind and ch.key == key:
                return i
        raise ValueError(f"no {kind} change for {key!r}")

    def _who(self, ch: Change) -> str:
        if ch.kind == "left":
            return ch.old or self._names.get(ch.unit, ch.unit)
        return self._names.get(ch.unit, ch.unit)

    def _before_after(self, ch: Change) -> tuple[str, str]:
        vacancy = self.tr("(vacancy)")
        if ch.kind == "joined":
            unit = ch.new_unit
            if unit is None or unit.parked:
                return "", self.tr("new, in the parking lot")
            if unit.parent is None:
                return "", self.tr("new, at the top")
            return "", self.tr("new, under %1").replace(
                "%1", self._names.get(unit.parent, unit.parent))
        if ch.kind == "left":
            return ch.old, vacancy
        if ch.kind == "filled":
            return vacancy, ch.new
        if ch.kind == "vacated":
            return ch.old, vacancy
        if ch.kind == "updated":
            return "", localized(ch.text.params.get("fields", ""))  # the fields that differ
        if ch.kind == "moved":
            unit = self._units.get(ch.unit)
            nobody = self.tr("(no manager)")
            before = self.tr("(parking lot)") if unit is not None and unit.parked else (
                nobody if ch.old == "(no manager)" else ch.old)
            return before, nobody if ch.new == "(no manager)" else ch.new
        return ch.old, ch.new

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Change"), self.tr("Row"), self.tr("ID"),
                    self.tr("Person or position"), self.tr("Before"), self.tr("After"))[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        ch = self.changes[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == 0:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return self.kind_label(ch.kind)
            if col == 1:
                return "" if ch.row is None else ch.row
            if col == 2:
                return ch.key
            if col == 3:
                return self._who(ch)
            return self._before_after(ch)[col - 4]
        if role == Qt.ItemDataRole.ToolTipRole:
            return localized(ch.text)
        if role == Qt.ItemDataRole.UserRole:  # sort key of the change column: plan order
            return KINDS.index(ch.kind) if col == 0 and ch.kind in KINDS else None
        return None

    def setData(self, index: _Index, value: object,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        on = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2)
        if self.checked[index.row()] == on:
            return True
        self.checked[index.row()] = on
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checksChanged.emit()
        return True


class HrUpdateDialog(QDialog):
    """Review what a newer HR sheet changes in ``project``; :meth:`op` applies the ticked ones.

    ``HrUpdateDialog(project, path)`` reads the file at once and raises
    :class:`ImportError_` when it cannot be read at all; a sheet that cannot be
    compared (no id column, no id in common) opens with the reason shown, so
    the user can fix the mapping.
    """

    def __init__(self, project: Project, path: str, parent: QWidget | None = None,
                 raw: RawSheet | None = None) -> None:
        super().__init__(parent)
        self.project = project
        raw = raw if raw is not None else read_sheet(path)
        self.raw = raw
        self.plan: UpdatePlan | None = None
        self.plan_error = ""
        self.setWindowTitle(self.tr("Update from HR spreadsheet"))
        self.source = SheetSource(raw)
        self.mapping_editor = MappingEditor(raw, guess_mapping(raw.headers))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.changes_model = ChangesModel(project, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.changes_model)
        self.changes_view = QTableView()
        self.changes_view.setModel(self.proxy)
        self.changes_view.setSortingEnabled(True)
        self.changes_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # plan order at first
        self.changes_view.verticalHeader().hide()
        self.changes_view.setWordWrap(False)
        self.changes_view.horizontalHeader().setStretchLastSection(True)
        self.changes_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.problems_model = ProblemsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setModel(self.problems_model)
        self.problems_view.verticalHeader().hide()
        self.problems_view.horizontalHeader().setStretchLastSection(True)
        self.problems_view.setWordWrap(True)
        self.tick_all = QPushButton(self.tr("Tick all"))
        self.untick_all = QPushButton(self.tr("Untick all"))
        self.tick_all.clicked.connect(lambda: self.changes_model.set_all(True))
        self.untick_all.clicked.connect(lambda: self.changes_model.set_all(False))
        self.hint = QLabel(self.tr("Unticked changes are left out. A person whose new manager "
                                   "is left out goes to the parking lot."))
        self.hint.setWordWrap(True)
        self.tabs = QTabWidget()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                       | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Apply ticked changes"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.replan)
        self.mapping_editor.mappingChanged.connect(self.timer.start)
        self.source.loaded.connect(self._sheet_loaded)
        self.changes_model.checksChanged.connect(self._checks_changed)
        self.replan()
        self.resize(1100, 700)

    def _layout(self) -> None:
        changes = QWidget()
        cl = QVBoxLayout(changes)
        cl.addWidget(self.changes_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.tick_all)
        row.addWidget(self.untick_all)
        row.addWidget(self.hint, 1)
        cl.addLayout(row)
        columns = QWidget()
        QVBoxLayout(columns).addWidget(self.mapping_editor)
        self.tabs.addTab(changes, self.tr("Changes"))
        self.tabs.addTab(self.problems_view, self.tr("Problems"))
        self.tabs.addTab(columns, self.tr("Columns"))
        main = QVBoxLayout(self)
        main.addWidget(self.source)
        main.addWidget(self.summary)
        main.addWidget(self.tabs, 1)
        main.addWidget(self.buttons)

    # ------------------------------------------------------------------ planning

    def _sheet_loaded(self, raw: RawSheet) -> None:
        self.raw = raw
        self.mapping_editor.set_sheet(raw, guess_mapping(raw.headers))
        self.replan()

    def replan(self) -> None:
        """Compare the project with the whole sheet under the current mapping, now."""
        self.timer.stop()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.plan = plan_update(self.project, self.raw, self.mapping_editor.mapping())
            self.plan_error = ""
        except ImportError_ as exc:
            self.plan, self.plan_error = None, localized(exc)
        finally:
            QApplication.restoreOverrideCursor()
        self.changes_model.set_changes(self.plan.changes if self.plan else [])
        self.problems_model.set_problems(self.plan.problems if self.plan else [])
        self.changes_view.resizeColumnsToContents()
        fit_rows(self.problems_view)
        n = self.problems_model.total
        self.tabs.setTabText(0, self.tr("Changes (%1)").replace(
            "%1", str(len(self.changes_model.changes))))
        self.tabs.setTabText(1, self.tr("Problems (%1)").replace("%1", str(n)) if n
                             else self.tr("Problems"))
        if self.plan is None:
            self.tabs.setCurrentIndex(2)  # the mapping is what needs fixing
        self._checks_changed()

    def _checks_changed(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ticked = len(self.changes_model.checked_changes())
        ok.setEnabled(self.plan is not None and ticked > 0)
        if self.plan is None:
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.setText(self.tr("The sheet cannot be compared with the project: %1")
                                 .replace("%1", self.plan_error))
            return
        self.summary.setStyleSheet("")
        if not self.plan.changes:
            self.summary.setText(self.tr("The project already matches this sheet: nothing "
                                         "to change."))
            return
        counts = self.plan.counts()
        parts = [f"{self.changes_model.kind_label(k)} {n}" for k, n in counts.items() if n]
        self.summary.setText(
            self.tr("%1 changes found (%2); %3 ticked.")
            .replace("%1", str(len(self.plan.changes))).replace("%2", " · ".join(parts))
            .replace("%3", str(ticked)))

    def summary_text(self) -> str:
        """The summary line as shown."""
        return self.summary.text()

    # ------------------------------------------------------------------ result

    def chosen_changes(self) -> list[Change]:
        """The ticked changes."""
        return self.changes_model.checked_changes()

    def op(self) -> Batch:
        """One Batch applying the ticked changes (push it as one undoable step).

        Raises :class:`~orgdesign.model.EditError` when the project changed
        under the dialog so that a change names a unit that is gone.
        """
        return update_op(self.project, self.chosen_changes(),
                         label=self.tr("Update from HR spreadsheet"))

    def accept(self) -> None:
        """Close with the ticked changes (compare again first if the mapping just changed)."""
        if self.timer.isActive():
            self.replan()
            return  # the list may have changed: let the user look again
        super().accept()
