"""Table models of the interfaces view: the interface list, the heat-map matrix, the totals.

Counts come from :func:`orgdesign.analysis.interfaces.count_interfaces`
against the active scenario, so moving a unit to another function changes
them at the next refresh (every edit, undo or redo).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from orgdesign.analysis.interfaces import By, InterfaceReport, classify_flows
from orgdesign.model import Flow, Process

from ..document import Document
from .base import DISPLAY, EDIT, DocumentTableModel, Index
from .edits import set_interface_info

HOT = QColor("#D64545")
MISSING_FILL = QColor("#FFF1D6")
DIAGONAL_FILL = QColor("#EEF1F4")
MUTED = QColor("#7B8794")
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def heat(count: int, top: int) -> QColor:
    """Cell colour for ``count`` of at most ``top``: white for 0, :data:`HOT` at the top."""
    if count <= 0 or top <= 0:
        return QColor("#FFFFFF")
    share = 0.15 + 0.85 * min(1.0, count / top)
    r = round(255 + (HOT.red() - 255) * share)
    g = round(255 + (HOT.green() - 255) * share)
    b = round(255 + (HOT.blue() - 255) * share)
    return QColor(r, g, b)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


@dataclass
class InterfaceRow:
    """One interface: a flow of a process between two groups (functions or units)."""

    process: Process
    flow: Flow
    source: str | None
    target: str | None


class InterfaceListModel(DocumentTableModel):
    """Every interface of the project (or of one process), with its coordination
    procedure and responsible person, both editable."""

    PROCESS, FROM, TO, STEPS, PROCEDURE, RESPONSIBLE = range(6)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        self.by: By = "function"
        self.process_filter: str | None = None
        self._groups: dict[str, str] = {}
        self._people: dict[str, str] = {}
        self._steps: dict[tuple[str, str], str] = {}
        super().__init__(document, parent)

    def headers(self) -> list[str]:
        return [self.tr("Process"), self.tr("From"), self.tr("To"), self.tr("Hand-off"),
                self.tr("Coordination procedure"), self.tr("Responsible")]

    def set_by(self, by: By) -> None:
        """Count between functions (``"function"``) or units (``"unit"``)."""
        if by != self.by:
            self.by = by
            self.refresh()

    def set_process_filter(self, process_id: str | None) -> None:
        """Show only the interfaces of one process (None: of all)."""
        if process_id != self.process_filter:
            self.process_filter = process_id
            self.refresh()

    def rows(self) -> list[InterfaceRow]:
        project = self.project
        sc = project.scenario()
        if self.by == "unit":
            self._groups = {u.id: u.name for u in sc.units}
        else:
            self._groups = {f.id: f.name for f in project.functions}
        self._people = {p.id: p.name for p in project.people}
        procs = project.processes
        if self.process_filter is not None:
            procs = [p for p in procs if p.id == self.process_filter]
        self._steps = {(p.id, s.id): s.name for p in procs for s in p.steps}
        return [InterfaceRow(c.process, c.flow, c.source, c.target)
                for c in classify_flows(project, sc, procs, self.by) if c.interface]

    def group_label(self, group: str | None) -> str:
        """Name of a function (or unit); ``(none)`` for steps without one."""
        if group is None:
            return self.tr("(none)")
        return self._groups.get(group, group)

    def responsible_label(self, value: str) -> str:
        """A person's name for a person id, else the text as typed."""
        return self._people.get(value, value)

    def people(self) -> list[tuple[str, str]]:
        """``(name, id)`` of every person of the project, by name."""
        return sorted(((n, i) for i, n in self._people.items()), key=lambda t: t[0].casefold())

    def key(self, row: int) -> tuple[str, str]:
        """``(process id, flow id)`` of the interface at ``row``."""
        r = self._rows[row]
        return r.process.id, r.flow.id

    def row_of(self, process_id: str, flow_id: str) -> int:
        """Row of this flow, -1 if it is not listed."""
        return next((i for i, r in enumerate(self._rows)
                     if r.process.id == process_id and r.flow.id == flow_id), -1)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r: InterfaceRow = self._rows[index.row()]
        col = index.column()
        info = r.flow.interface
        procedure = info.procedure if info else ""
        responsible = info.responsible if info else ""
        if role == DISPLAY:
            if col == self.PROCESS:
                return r.process.name
            if col == self.FROM:
                return self.group_label(r.source)
            if col == self.TO:
                return self.group_label(r.target)
            if col == self.STEPS:
                a = self._steps.get((r.process.id, r.flow.source), r.flow.source)
                b = self._steps.get((r.process.id, r.flow.target), r.flow.target)
                return f"{a} → {b}"
            if col == self.PROCEDURE:
                return " ".join(procedure.split())
            if col == self.RESPONSIBLE:
                return self.responsible_label(responsible)
        if role == EDIT:
            if col == self.PROCEDURE:
                return procedure
            if col == self.RESPONSIBLE:
                return responsible
        missing = (col == self.PROCEDURE and not procedure.strip()) or \
                  (col == self.RESPONSIBLE and not responsible)
        if role == Qt.ItemDataRole.BackgroundRole and missing:
            return QBrush(MISSING_FILL)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.PROCEDURE:
                return procedure or self.tr("No coordination procedure yet: describe how the "
                                            "two sides hand the work over.")
            if col == self.RESPONSIBLE and not responsible:
                return self.tr("No responsible person yet: pick someone or type a name.")
            shown = self.data(index, DISPLAY)  # the whole text of an elided cell
            return shown if isinstance(shown, str) and shown else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (self.PROCEDURE, self.RESPONSIBLE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT:
            return False
        r: InterfaceRow = self._rows[index.row()]
        info = r.flow.interface
        text = str(value or "")
        if index.column() == self.PROCEDURE:
            if text.strip() == (info.procedure.strip() if info else ""):
                return False
            op = set_interface_info(r.process, r.flow.id, procedure=text.strip())
            label = self.tr("Edit the coordination procedure of an interface in %1")
        elif index.column() == self.RESPONSIBLE:
            text = text.strip()
            # A typed name that is a person's name means that person.
            by_name = {n.casefold(): i for i, n in self._people.items()}
            if text not in self._people and text.casefold() in by_name:
                text = by_name[text.casefold()]
            if text == (info.responsible if info else ""):
                return False
            op = set_interface_info(r.process, r.flow.id, responsible=text)
            label = self.tr("Set the responsible person of an interface in %1")
        else:
            return False
        return self.push(op, label.replace("%1", r.process.name))


class InterfaceMatrixModel(QAbstractTableModel):
    """Group × group counts (rows: from, columns: to) as a heat map, with totals.

    The diagonal holds hand-offs within one group (grey, not interfaces);
    the last row and column sum the interfaces into and out of each group.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: InterfaceReport | None = None
        self._top = 0
        self._colours: dict[str, str] = {}

    def set_report(self, report: InterfaceReport, colours: dict[str, str] | None = None) -> None:
        """Show ``report`` (``colours``: group id -> colour for the headers)."""
        self.beginResetModel()
        self.report = report
        self._colours = dict(colours or {})
        m = report.matrix
        self._top = max((m[i][j] for i in range(len(m)) for j in range(len(m)) if i != j),
                        default=0)
        self.endResetModel()

    def _size(self) -> int:
        return len(self.report.groups) if self.report else 0

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        n = self._size()
        return 0 if parent.isValid() or not n else n + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return self.rowCount(parent)

    def group_name(self, i: int) -> str:
        """Name of group ``i`` (the total after the last)."""
        assert self.report is not None
        if i == len(self.report.groups):
            return self.tr("Total")
        g = self.report.groups[i]
        return g.name if g.id is not None else self.tr("(none)")

    def count(self, row: int, col: int) -> int:
        """The number shown at ``(row, col)``: a matrix cell, or a row/column total of
        interfaces (the diagonal left out)."""
        assert self.report is not None
        m = self.report.matrix
        n = len(m)
        if row < n and col < n:
            return m[row][col]
        if row < n:  # out of group `row`
            return sum(m[row][j] for j in range(n) if j != row)
        if col < n:  # into group `col`
            return sum(m[i][col] for i in range(n) if i != col)
        return self.report.total

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if self.report is None:
            return None
        n = len(self.report.groups)
        if role == DISPLAY:
            return self.group_name(section)
        if role == Qt.ItemDataRole.DecorationRole and section < n:
            colour = self._colours.get(self.report.groups[section].id or "")
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.FontRole and section == n:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.tr("To %1").replace("%1", self.group_name(section))
            return self.tr("From %1").replace("%1", self.group_name(section))
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.report is None:
            return None
        row, col = index.row(), index.column()
        n = len(self.report.groups)
        value = self.count(row, col)
        total = row == n or col == n
        if role == DISPLAY:
            return str(value) if value or total else ""
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_CENTRE
        if role == Qt.ItemDataRole.BackgroundRole:
            if total:
                return None
            if row == col:
                return QBrush(DIAGONAL_FILL)
            return QBrush(heat(value, self._top))
        if role == Qt.ItemDataRole.ForegroundRole:
            if row == col and not total:
                return QBrush(MUTED)
            if not total and value and value / max(1, self._top) > 0.55:
                return QBrush(QColor("#FFFFFF"))
        if role == Qt.ItemDataRole.FontRole and total:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole:
            a, b = self.group_name(row), self.group_name(col)
            if total and row == col:
                return self.tr("%n interface(s) in all", "", value)
            if col == n:
                return self.tr("%n interface(s) out of %1", "", value).replace("%1", a)
            if row == n:
                return self.tr("%n interface(s) into %1", "", value).replace("%1", b)
            if row == col:
                return self.tr("%n hand-off(s) within %1 (not interfaces)", "",
                               value).replace("%1", a)
            return self.tr("%n interface(s) from %1 to %2", "", value).replace(
                "%1", a).replace("%2", b)
        return None


class ProcessTotalsModel(QAbstractTableModel):
    """Per process: flows, interfaces, hand-offs within one group, flows touching (none);
    a total row last."""

    PROCESS, FLOWS, INTERFACES, WITHIN, UNASSIGNED = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report: InterfaceReport | None = None

    def set_report(self, report: InterfaceReport) -> None:
        """Show ``report``."""
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self.report is None:
            return 0
        return len(self.report.processes) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Process"), self.tr("Flows"), self.tr("Interfaces"),
                    self.tr("Within"), self.tr("Unassigned")][section]
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return [None, None, self.tr("Flows between steps of different groups"),
                    self.tr("Hand-offs inside one group (not interfaces)"),
                    self.tr("Flows touching a step without a unit or function")][section]
        return None

    def values(self, row: int) -> tuple[str, int, int, int, int]:
        """``(name, flows, interfaces, within, unassigned)`` of a row (the total last)."""
        assert self.report is not None
        rep = self.report
        if row == len(rep.processes):
            return (self.tr("Total"), rep.flows, rep.total, rep.within, rep.unassigned)
        p = rep.processes[row]
        return (p.name, p.flows, p.interfaces, p.within, p.unassigned)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.report is None:
            return None
        vals = self.values(index.row())
        col = index.column()
        if role == DISPLAY:
            return vals[col] if col else vals[0]
        if role == Qt.ItemDataRole.TextAlignmentRole and col:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.FontRole and (index.row() == len(self.report.processes)
                                                 or col == self.INTERFACES):
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole and col == self.INTERFACES and vals[2]:
            return QBrush(HOT)
        return None
