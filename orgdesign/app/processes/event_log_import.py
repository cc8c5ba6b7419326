"""Hand-offs from an event log: read it, show the summary, create a process from it.

:func:`load_event_log` and :func:`process_from_log_op` take a path and a
log, so they are tested without a file dialog; :class:`EventLogDialog`
shows a loaded log and pushes the :class:`AddProcess` (one undo step).
Columns are auto-detected (``case:concept:name``, ``concept:name``,
``org:group``/``org:resource``, ``time:timestamp`` and their plain names).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesign.analysis.handoffs import (
    HandoffReport,
    LogProcess,
    analyse_handoffs,
    create_process_from_log,
    group_name,
)
from orgdesign.edit import AddProcess
from orgdesign.io.event_log import NO_GROUP, NO_GROUP_NAME, EventLog, read_event_log
from orgdesign.model import EditError, Project, TreeIndex

from ..document import Document
from ..messages import localized

#: Skipped rows named in the summary (the count is always complete).
SKIPPED_SHOWN = 5


def load_event_log(path: str | os.PathLike[str]) -> tuple[EventLog, HandoffReport]:
    """Read a CSV or XES log with auto-detected columns and count its hand-offs.

    Raises ImportError_ when the file cannot be read or lacks a needed column (show it
    with :func:`~orgdesign.app.messages.localized`).
    """
    log = read_event_log(path)
    return log, analyse_handoffs(log)


def units_for_groups(project: Project, groups: set[str]) -> dict[str, str | None]:
    """Group name -> unit id for groups named like a unit (its name or id) or, failing
    that, like a function: then the function's head, the highest unit that has it as
    its own function (chart order breaks ties).  Groups matching neither are left out."""
    sc = project.scenario()
    ix = TreeIndex(sc, project)
    by_unit: dict[str, str] = {}
    for u in reversed(sc.units):  # the first unit of a name wins
        by_unit[u.name.strip().casefold()] = u.id
    by_unit.update({u.id.casefold(): u.id for u in sc.units})
    depth = ix.depths()
    order = {uid: i for i, uid in enumerate(ix.placed() + ix.parked())}
    heads: dict[str, str] = {}
    for f in project.functions:
        own = [u.id for u in sc.units if u.function == f.id]
        if own:
            heads[f.name.strip().casefold()] = min(own, key=lambda uid: (depth.get(uid, 0),
                                                                         order.get(uid, 0)))
    out: dict[str, str | None] = {}
    for g in groups:
        key = group_name(g).strip().casefold()
        unit = by_unit.get(key) or heads.get(key)
        if unit is not None and g != NO_GROUP:
            out[group_name(g)] = unit
    return out


def process_from_log_op(project: Project, log: EventLog, name: str,
                        min_count: int = 1) -> tuple[AddProcess, LogProcess]:
    """The op adding a process mined from ``log`` (steps = activities, each performed by
    the unit its most frequent group names, see :func:`units_for_groups`), and what was
    mined (``unmapped`` lists the groups no unit was found for)."""
    mapping = units_for_groups(project, set(log.group))
    mined = create_process_from_log(log, name, scenario=project.scenario(),
                                    unit_for_group=mapping, min_count=min_count)
    return AddProcess(mined.process), mined


class EventLogDialog(QDialog):
    """The hand-off summary of one log, and "Create process"."""

    #: a process was added (its id)
    processCreated = Signal(str)

    def __init__(self, document: Document, log: EventLog, report: HandoffReport,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.log = log
        self.report = report
        self.mined: LogProcess | None = None
        self.setWindowTitle(self.tr("Hand-offs from an event log"))
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pairs = QTableWidget(len(report.pairs), 4)
        self.pairs.setHorizontalHeaderLabels([self.tr("From group"), self.tr("To group"),
                                              self.tr("Hand-offs"), self.tr("Mean wait")])
        self.pairs.verticalHeader().hide()
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        head = self.pairs.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, p in enumerate(report.pairs):
            cells = [self.group_text(p.source), self.group_text(p.target), str(p.count),
                     self.wait_text(p.mean_wait_s)]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(right)
                self.pairs.setItem(row, col, item)
        self.name = QLineEdit(Path(log.source).stem.removesuffix(".xes") or self.tr("Process"))
        self.min_count = QSpinBox()
        self.min_count.setRange(1, 1_000_000)
        self.min_count.setToolTip(self.tr("Leave out successions seen fewer times than this "
                                          "(rare paths make a map hard to read)"))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New process name"), self.name)
        form.addRow(self.tr("Keep flows seen at least"), self.min_count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.create_button = buttons.addButton(self.tr("Create process"),
                                               QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setEnabled(report.events > 0)
        self.create_button.clicked.connect(self._create_clicked)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(QLabel(self.tr("Hand-offs between groups, most frequent first:")))
        lay.addWidget(self.pairs, 1)
        lay.addLayout(form)
        lay.addWidget(self.outcome)
        lay.addWidget(buttons)
        self.resize(720, 560)

    def group_text(self, group: str) -> str:
        """A group's name, ``(none)`` (translated) for the empty group."""
        return self.tr("(none)") if group == NO_GROUP else group

    def wait_text(self, seconds: float) -> str:
        """A waiting time for people: ``12 s``, ``35 min``, ``2.5 h``, ``3.2 d``."""
        if seconds < 90:
            return self.tr("%1 s").replace("%1", f"{seconds:.0f}")
        if seconds < 90 * 60:
            return self.tr("%1 min").replace("%1", f"{seconds / 60:.0f}")
        if seconds < 48 * 3600:
            return self.tr("%1 h").replace("%1", f"{seconds / 3600:.1f}")
        return self.tr("%1 d").replace("%1", f"{seconds / 86400:.1f}")

    def _summary_text(self) -> str:
        r = self.report
        roles = {"case": self.tr("case"), "activity": self.tr("activity"),
                 "group": self.tr("group"), "timestamp": self.tr("timestamp")}
        cols = ", ".join(f"{roles.get(role, role)} = {col or '—'}"
                         for role, col in r.columns.items())
        lines = [
            self.tr("%1 (%2) · columns: %3").replace("%1", Path(r.source).name)
            .replace("%2", r.format.upper()).replace("%3", cols),
            self.tr("%1 events in %2 cases; %3 successions: %4 hand-offs between groups, "
                    "%5 within one group.").replace("%1", str(r.events))
            .replace("%2", str(r.cases)).replace("%3", str(r.successions))
            .replace("%4", str(r.handoffs)).replace("%5", str(r.within)),
            self.tr("Hand-offs per case: mean %1, max %2; %3 cases without a hand-off.")
            .replace("%1", f"{r.per_case_mean:.2f}").replace("%2", str(r.per_case_max))
            .replace("%3", str(r.zero)),
        ]
        if r.skipped:
            # the reasons come from the reader as templates, shown in the UI language
            shown = self.tr("; ").join(
                self.tr("line %1: %2").replace("%1", str(s.line))
                .replace("%2", localized(s.message)) for s in r.skipped[:SKIPPED_SHOWN])
            more = "…" if len(r.skipped) > SKIPPED_SHOWN else ""
            lines.append(self.tr("%1 rows left out (%2%3).").replace("%1", str(len(r.skipped)))
                         .replace("%2", shown).replace("%3", more))
        return "\n".join(lines)

    def create_process(self) -> str | None:
        """Add the mined process to the document (one undo step); return its id, or None
        when the edit was refused (the message is shown)."""
        name = self.name.text().strip() or self.tr("Process")
        op, mined = process_from_log_op(self.document.project, self.log, name,
                                        self.min_count.value())
        try:
            self.document.push(op, self.tr("Create process %1 from an event log")
                               .replace("%1", name))
        except EditError as exc:
            QMessageBox.warning(self, self.tr("Cannot create the process"), localized(exc))
            return None
        self.mined = mined
        text = self.tr("Created %1 with %2 steps and %3 flows.").replace("%1", name) \
            .replace("%2", str(len(mined.process.steps))) \
            .replace("%3", str(len(mined.process.flows)))
        if mined.unmapped:
            text += " " + self.tr("No unit is named like these groups, so their steps have "
                                  "no performing unit yet: %1.").replace(
                                      "%1", ", ".join(self.group_text(NO_GROUP)
                                                      if g == NO_GROUP_NAME else g
                                                      for g in mined.unmapped))
        self.outcome.setText(text)
        self.create_button.setEnabled(False)
        self.processCreated.emit(mined.process.id)
        return mined.process.id

    def _create_clicked(self) -> None:
        self.create_process()
