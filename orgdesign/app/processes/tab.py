"""The Processes tab: processes, their steps and flows, the swimlane map, the interfaces.

Left, the process list (name, strategic flag, owner, counts).  Right, two
pages: the steps and flows tables of the selected process above its
swimlane map, and the interfaces view (list with coordination procedure
and responsible person, heat-map matrix, totals).  "Suggest structure…"
and "Import event log…" open their dialogs.  Every edit is one undoable
op pushed through the document; the tables follow the model after every
edit, undo or redo, and keep only which row is selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgdesign.model import FlowKind, OrgDesignError

from ..document import Document
from ..messages import localized
from ..selection import Selection
from .base import unit_choices
from .delegates import ChoiceDelegate
from .edits import (
    add_flow,
    add_step,
    default_flow_ends,
    move_step,
    new_process_op,
    remove_flows,
    remove_steps,
)
from .event_log_import import EventLogDialog, load_event_log
from .interfaces_view import InterfacesView
from .models import FlowsModel, ProcessListModel, StepsModel
from .regroup_dialog import SuggestDialog
from .swimlane_view import SwimlaneMap


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                         | QAbstractItemView.EditTrigger.EditKeyPressed
                         | QAbstractItemView.EditTrigger.AnyKeyPressed)
    view.verticalHeader().setDefaultSectionSize(26)
    view.setWordWrap(False)
    return view


def _button(action: QAction) -> QToolButton:
    b = QToolButton()
    b.setDefaultAction(action)
    b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return b


def _row(*widgets: QWidget) -> QHBoxLayout:
    lay = QHBoxLayout()
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    lay.addStretch(1)
    return lay


class ProcessesTab(QWidget):
    """Process editing, swimlane map and interface analysis over one document."""

    def __init__(self, document: Document, selection: Selection | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.current_process_id: str | None = None
        self._conn: Any = None
        self._syncing = False
        # The rows last selected, by id: a table reset (a row added or removed) loses
        # the view's current index, and these put it back.
        self._last_step: str | None = None
        self._last_flow: str | None = None
        self._revision = 0  # document changes seen: the map redraws only when it moved
        self.actions_by_name: dict[str, QAction] = {}
        self._make_actions()

        self.process_model = ProcessListModel(document, self)
        self.process_table = _table(self.process_model)
        self.process_table.setItemDelegateForColumn(
            ProcessListModel.OWNER,
            ChoiceDelegate(lambda _i: unit_choices(self.document.project,
                                                   self.tr("(no owner)")), self))
        ph = self.process_table.horizontalHeader()
        ph.setSectionResizeMode(ProcessListModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (ProcessListModel.STRATEGIC, ProcessListModel.STEPS,
                    ProcessListModel.INTERFACES):
            ph.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        ph.setSectionResizeMode(ProcessListModel.OWNER, QHeaderView.ResizeMode.Interactive)
        self.process_table.setColumnWidth(ProcessListModel.OWNER, 130)
        self.process_table.verticalHeader().hide()

        self.steps_model = StepsModel(document, self)
        self.steps_table = _table(self.steps_model)
        self.steps_table.setItemDelegateForColumn(
            StepsModel.UNIT,
            ChoiceDelegate(lambda _i: unit_choices(self.document.project, self.tr("(none)")),
                           self))
        sh = self.steps_table.horizontalHeader()
        sh.setSectionResizeMode(StepsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for col in (StepsModel.UNIT, StepsModel.FUNCTION):
            sh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.steps_table.setColumnWidth(col, 130)
        for col in (StepsModel.DURATION, StepsModel.WAITING):
            sh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.flows_model = FlowsModel(document, self)
        self.flows_table = _table(self.flows_model)
        step_choices = ChoiceDelegate(lambda _i: self.steps_model.choices(), self)
        self.flows_table.setItemDelegateForColumn(FlowsModel.SOURCE, step_choices)
        self.flows_table.setItemDelegateForColumn(FlowsModel.TARGET, step_choices)
        self.flows_table.setItemDelegateForColumn(
            FlowsModel.KIND,
            ChoiceDelegate(lambda _i: [(self.flows_model.kind_label(k), k.value)
                                       for k in FlowKind], self))
        fh = self.flows_table.horizontalHeader()
        for col in (FlowsModel.SOURCE, FlowsModel.TARGET, FlowsModel.HANDOFF):
            fh.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        fh.setSectionResizeMode(FlowsModel.KIND, QHeaderView.ResizeMode.ResizeToContents)
        self.flows_table.verticalHeader().hide()

        for model in (self.process_model, self.steps_model, self.flows_model):
            model.refused.connect(self._refused)

        self.map = SwimlaneMap()
        self.map.stepClicked.connect(self.select_step)
        self.interfaces = InterfacesView(document)
        self.scenario_label = QLabel()
        self._build_layout()

        self.process_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._process_row_changed(cur))
        self.steps_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._step_row_changed(cur))
        self.flows_table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: self._flow_row_changed(cur))
        self.set_document(document)

    # ------------------------------------------------------------------ building

    def _action(self, key: str, text: str, slot, tip: str = "",
                shortcut: QKeySequence | str | None = None) -> QAction:
        act = QAction(text, self)
        act.triggered.connect(lambda _checked=False: slot())
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        self.actions_by_name[key] = act
        return act

    def _make_actions(self) -> None:
        self._action("add_process", self.tr("Add process"), self.add_process,
                     self.tr("Add an empty process"))
        self._action("remove_process", self.tr("Remove process"), self.remove_process,
                     self.tr("Remove the selected process"))
        self._action("add_step", self.tr("Add step"), self.add_step,
                     self.tr("Add a step after the selected one (after the last step, a flow "
                             "to it is added too)"))
        self._action("remove_step", self.tr("Remove step"), self.remove_step,
                     self.tr("Remove the selected step and the flows that touch it"))
        self._action("step_up", self.tr("Move up"), lambda: self.move_step(-1))
        self._action("step_down", self.tr("Move down"), lambda: self.move_step(1))
        self._action("add_flow", self.tr("Add flow"), self.add_flow,
                     self.tr("Add a flow from the selected step to the next one"))
        self._action("remove_flow", self.tr("Remove flow"), self.remove_flow)
        self._action("fit_map", self.tr("Fit map"), lambda: self.map.fit())
        self._action("suggest_structure", self.tr("Suggest structure…"),
                     self.suggest_structure,
                     self.tr("Propose moving units between functions so processes cross "
                             "fewer function boundaries"))
        self._action("import_event_log", self.tr("Import event log…"), self.import_event_log,
                     self.tr("Count hand-offs in a CSV or XES event log and create a process "
                             "from it"))

    def _build_layout(self) -> None:
        a = self.actions_by_name
        processes = QGroupBox(self.tr("Processes"))
        pl = QVBoxLayout(processes)
        pl.addWidget(self.process_table, 1)
        pl.addLayout(_row(_button(a["add_process"]), _button(a["remove_process"])))
        steps = QGroupBox(self.tr("Steps of the selected process"))
        sl = QVBoxLayout(steps)
        sl.addWidget(self.steps_table, 1)
        sl.addLayout(_row(_button(a["add_step"]), _button(a["remove_step"]),
                          _button(a["step_up"]), _button(a["step_down"])))
        flows = QGroupBox(self.tr("Flows (red: interfaces between functions)"))
        fl = QVBoxLayout(flows)
        fl.addWidget(self.flows_table, 1)
        fl.addLayout(_row(_button(a["add_flow"]), _button(a["remove_flow"])))
        tables = QSplitter(Qt.Orientation.Vertical)
        tables.addWidget(processes)
        tables.addWidget(steps)
        tables.addWidget(flows)
        tables.setStretchFactor(0, 2)
        tables.setStretchFactor(1, 4)
        tables.setStretchFactor(2, 3)
        tables.setSizes([200, 400, 300])

        map_page = QWidget()
        ml = QVBoxLayout(map_page)
        ml.setContentsMargins(2, 2, 2, 2)
        ml.addWidget(self.map, 1)
        ml.addLayout(_row(_button(a["fit_map"]), QLabel(self.tr(
            "One lane per function; red arrows are interfaces. Drag to pan, Ctrl+wheel to "
            "zoom, click a step to select it."))))
        self.pages = QTabWidget()
        self.pages.addTab(map_page, self.tr("Swimlane map"))
        self.pages.addTab(self.interfaces, self.tr("Interfaces"))

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(tables)
        main.addWidget(self.pages)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 3)
        main.setSizes([640, 960])
        top = QHBoxLayout()
        top.addWidget(self.scenario_label)
        top.addStretch(1)
        top.addWidget(_button(a["suggest_structure"]))
        top.addWidget(_button(a["import_event_log"]))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(main, 1)
        # Delete removes the selected step or flow while its table has the focus.
        for table, key in ((self.steps_table, "remove_step"), (self.flows_table, "remove_flow")):
            act = QAction(self)
            act.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
            act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            act.triggered.connect(a[key].trigger)
            table.addAction(act)

    # ------------------------------------------------------------------ document

    def set_document(self, document: Document) -> None:
        """Show ``document`` (the first process becomes the selected one)."""
        if self._conn is not None:
            QObject.disconnect(self._conn)
        self.document = document
        for model in (self.process_model, self.steps_model, self.flows_model):
            model.set_document(document)
        self.interfaces.set_document(document)
        # Connected after the models', so they are up to date when this runs.
        self._conn = document.changed.connect(self._on_changed)
        self.current_process_id = None
        self._revision += 1
        self.set_current_process(self._first_process())

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden behind another tab, the tables stop counting after every edit made
        # elsewhere; showing the tab again catches up (see showEvent).
        super().hideEvent(event)
        self.set_live(False)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.set_live(True)

    def set_live(self, live: bool) -> None:
        """Follow every edit (True) or only note that the tab is out of date (False).

        The window pauses the tab while another tab is in front; a tab that was
        never shown gets no hide event, so the window says so itself.
        """
        for model in (self.process_model, self.steps_model, self.flows_model):
            model.set_live(live)
        self.interfaces.set_live(live)
        if live:
            self._document_changed()

    def refresh(self) -> None:
        """Refill everything from the model (the tab also does so after every change)."""
        for model in (self.process_model, self.steps_model, self.flows_model):
            model.refresh()
        self.interfaces.refresh()
        self._document_changed()

    def _first_process(self) -> str | None:
        procs = self.document.project.processes
        return procs[0].id if procs else None

    def _lang(self) -> str:
        return "zh" if self.document.project.metadata.language.lower().startswith("zh") else "en"

    def _on_changed(self) -> None:
        self._revision += 1
        self._document_changed()

    def _document_changed(self) -> None:
        project = self.document.project
        ids = {p.id for p in project.processes}
        pid = self.current_process_id if self.current_process_id in ids else self._first_process()
        step, flow = self._last_step, self._last_flow
        self.set_current_process(pid, force=True)
        self._select_row(self.steps_table, self.steps_model.row_of(step))
        self._select_row(self.flows_table, self.flows_model.row_of(flow))
        self.map.set_highlight(self.current_step_id())
        self._update_actions()

    def set_current_process(self, process_id: str | None, force: bool = False) -> None:
        """Select the process with this id (None: none) in the list and show it."""
        changed = process_id != self.current_process_id
        self.current_process_id = process_id
        self.steps_model.set_process(process_id)
        self.flows_model.set_process(process_id)
        self.interfaces.set_current_process(process_id)
        self._select_row(self.process_table, self.process_model.row_of(process_id))
        sc = self.document.project.scenario()
        self.scenario_label.setText(self.tr("Interfaces are counted in scenario: %1")
                                    .replace("%1", sc.name))
        if changed or force:
            self.map.show_process(self.document.project, process_id, self._lang(),
                                  self._revision)
            self.map.set_highlight(self.current_step_id())
        self._update_actions()

    def _select_row(self, table: QTableView, row: int) -> None:
        sm = table.selectionModel()
        current = sm.currentIndex()
        if row < 0:
            return
        if current.isValid() and current.row() == row:
            return
        self._syncing = True
        try:
            sm.setCurrentIndex(table.model().index(row, 0),
                               QItemSelectionModel.SelectionFlag.ClearAndSelect
                               | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._syncing = False

    def _process_row_changed(self, current: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self.set_current_process(self.process_model.process_id(current.row()))

    def _flow_row_changed(self, current: QModelIndex) -> None:
        if current.isValid():
            self._last_flow = self.current_flow_id()
        self._update_actions()

    def _step_row_changed(self, current: QModelIndex) -> None:
        sid = self.current_step_id()
        if sid is not None:
            self._last_step = sid
        self.map.set_highlight(sid)
        self._update_actions()
        if self._syncing or not current.isValid() or self.selection is None:
            return
        step = self.steps_model.row_at(current.row())
        units = {u.id for u in self.document.project.scenario().units}
        if step.unit in units:
            # The Properties dock then shows the unit performing the step.
            self.selection.set([step.unit])

    def current_step_id(self) -> str | None:
        """Id of the selected step (None if none)."""
        idx = self.steps_table.selectionModel().currentIndex()
        if not idx.isValid() or idx.row() >= self.steps_model.rowCount():
            return None
        return self.steps_model.step_id(idx.row())

    def current_flow_id(self) -> str | None:
        """Id of the selected flow (None if none)."""
        idx = self.flows_table.selectionModel().currentIndex()
        if not idx.isValid() or idx.row() >= self.flows_model.rowCount():
            return None
        return self.flows_model.flow_id(idx.row())

    def select_step(self, step_id: str) -> None:
        """Select this step of the shown process in the steps table."""
        row = self.steps_model.row_of(step_id)
        if row >= 0:
            self.steps_table.selectionModel().setCurrentIndex(
                self.steps_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _update_actions(self) -> None:
        a = self.actions_by_name
        proc = self.steps_model.process()
        has = proc is not None
        step = self.current_step_id() is not None
        a["remove_process"].setEnabled(has)
        a["add_step"].setEnabled(has)
        a["remove_step"].setEnabled(step)
        a["step_up"].setEnabled(step and self.steps_model.row_of(self.current_step_id()) > 0)
        a["step_down"].setEnabled(step and 0 <= self.steps_model.row_of(
            self.current_step_id()) < self.steps_model.rowCount() - 1)
        a["add_flow"].setEnabled(has and bool(proc and proc.steps))
        a["remove_flow"].setEnabled(self.current_flow_id() is not None)

    # ------------------------------------------------------------------ edits

    def _push(self, op, text: str) -> bool:
        try:
            self.document.push(op, text)
        except OrgDesignError as exc:
            self._refused(localized(exc))
            return False
        return True

    def _refused(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot change"), message)

    def add_process(self) -> str | None:
        """Add an empty process after the selected one, select it and start renaming it;
        returns its id."""
        row = self.process_model.row_of(self.current_process_id)
        op = new_process_op(self.tr("New process"), row + 1 if row >= 0 else None)
        if not self._push(op, self.tr("Add process")):
            return None
        self.set_current_process(op.process.id)
        r = self.process_model.row_of(op.process.id)
        if self.isVisible() and r >= 0:
            self.process_table.edit(self.process_model.index(r, ProcessListModel.NAME))
        return op.process.id

    def remove_process(self) -> bool:
        """Remove the selected process (one undo step)."""
        row = self.process_model.row_of(self.current_process_id)
        return row >= 0 and self.process_model.remove(row)

    def add_step(self) -> str | None:
        """Add a step after the selected one (or at the end); returns its id."""
        proc = self.steps_model.process()
        if proc is None:
            return None
        sid = self.current_step_id()
        row = self.steps_model.row_of(sid) if sid else len(proc.steps) - 1
        unit = proc.steps[row].unit if 0 <= row < len(proc.steps) else None
        op, new = add_step(proc, self.tr("New step"), row if row >= 0 else None, unit)
        if not self._push(op, self.tr("Add a step to %1").replace("%1", proc.name)):
            return None
        self.select_step(new)
        return new

    def remove_step(self) -> bool:
        """Remove the selected step and its flows (one undo step)."""
        proc = self.steps_model.process()
        sid = self.current_step_id()
        if proc is None or sid is None:
            return False
        row = self.steps_model.row_of(sid)
        ok = self._push(remove_steps(proc, [sid]),
                        self.tr("Remove a step from %1").replace("%1", proc.name))
        if ok and self.steps_model.rowCount():
            self._select_row(self.steps_table, min(row, self.steps_model.rowCount() - 1))
        return ok

    def move_step(self, delta: int) -> bool:
        """Move the selected step up (-1) or down (1)."""
        proc = self.steps_model.process()
        sid = self.current_step_id()
        if proc is None or sid is None:
            return False
        op = move_step(proc, sid, delta)
        if op is None or not self._push(op, self.tr("Reorder the steps of %1")
                                        .replace("%1", proc.name)):
            return False
        self.select_step(sid)
        return True

    def add_flow(self) -> str | None:
        """Add a flow from the selected step to the next one; returns its id."""
        proc = self.steps_model.process()
        if proc is None:
            return None
        sid = self.current_step_id()
        ends = default_flow_ends(proc, self.steps_model.row_of(sid) if sid else None)
        if ends is None:
            return None
        op, fid = add_flow(proc, *ends)
        if not self._push(op, self.tr("Add a flow to %1").replace("%1", proc.name)):
            return None
        self._select_row(self.flows_table, self.flows_model.row_of(fid))
        return fid

    def remove_flow(self) -> bool:
        """Remove the selected flow (one undo step)."""
        proc = self.steps_model.process()
        fid = self.current_flow_id()
        if proc is None or fid is None:
            return False
        return self._push(remove_flows(proc, [fid]),
                          self.tr("Remove a flow from %1").replace("%1", proc.name))

    # ------------------------------------------------------------------ dialogs

    def suggest_dialog(self) -> SuggestDialog:
        """The "Suggest structure" dialog over this document (computed, not shown)."""
        return SuggestDialog(self.document, self)

    def suggest_structure(self) -> None:
        """Show the regrouping suggestion (modal)."""
        self.suggest_dialog().exec()

    def event_log_dialog(self, path: str) -> EventLogDialog | None:
        """Read the log at ``path`` and return its summary dialog (not shown); on a read
        error show the message and return None."""
        try:
            log, report = load_event_log(path)
        except OrgDesignError as exc:
            QMessageBox.warning(self, self.tr("Cannot read the event log"), localized(exc))
            return None
        dlg = EventLogDialog(self.document, log, report, self)
        dlg.processCreated.connect(self.set_current_process)
        return dlg

    def import_event_log(self, path: str | None = None) -> None:
        """Ask for a CSV or XES log (unless ``path`` is given) and show its hand-offs."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import event log"), "",
                self.tr("Event logs (*.csv *.xes *.xes.gz *.csv.gz);;All files (*)"))
            if not path:
                return
        dlg = self.event_log_dialog(path)
        if dlg is not None:
            dlg.exec()
