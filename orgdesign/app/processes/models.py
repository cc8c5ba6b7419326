"""Table models of the Processes tab: the process list, the steps and the flows of one process.

Every ``setData`` that changes something pushes exactly one op (one undo
step); a value equal to the current one pushes nothing.  Cells of units,
steps and flow kinds hold ids (``EditRole``) and show names (``DisplayRole``);
:mod:`.delegates` turns them into combo boxes.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from orgdesign.analysis.interfaces import count_interfaces, step_groups
from orgdesign.edit import RemoveProcess, UpdateProcess
from orgdesign.model import Flow, FlowKind, Process, Step

from ..document import Document
from .base import DISPLAY, EDIT, DocumentTableModel, Index, format_hours, parse_hours
from .edits import process_by_id, set_flow_field, set_step_field

CHECK = Qt.ItemDataRole.CheckStateRole
WARN = QColor("#B3261E")
MUTED = QColor("#7B8794")
INTERFACE_FILL = QColor("#FBE3E3")
ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _checked(value: Any) -> bool:
    if isinstance(value, Qt.CheckState):
        return value == Qt.CheckState.Checked
    return value in (2, True)


class ProcessListModel(DocumentTableModel):
    """Processes: name, strategic flag, owner (a unit), steps and interfaces."""

    NAME, STRATEGIC, OWNER, STEPS, INTERFACES = range(5)

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        self._units: dict[str, str] = {}
        self._interfaces: dict[str, int] = {}
        super().__init__(document, parent)

    def headers(self) -> list[str]:
        return [self.tr("Process"), self.tr("Strategic"), self.tr("Owner"), self.tr("Steps"),
                self.tr("Interfaces")]

    def rows(self) -> list[Process]:
        project = self.project
        self._units = {u.id: u.name for u in project.scenario().units}
        report = count_interfaces(project)
        self._interfaces = {p.id: p.interfaces for p in report.processes}
        return list(project.processes)

    def process_id(self, row: int) -> str:
        """Id of the process at ``row``."""
        return self._rows[row].id

    def row_of(self, process_id: str | None) -> int:
        """Row of the process with this id, -1 if none."""
        return next((i for i, p in enumerate(self._rows) if p.id == process_id), -1)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        p: Process = self._rows[index.row()]
        col = index.column()
        if col == self.NAME and role in (DISPLAY, EDIT):
            return p.name
        if col == self.STRATEGIC and role == CHECK:
            return Qt.CheckState.Checked if p.strategic else Qt.CheckState.Unchecked
        if col == self.OWNER:
            if role == EDIT:
                return p.owner
            if role == DISPLAY:
                if p.owner is None:
                    return self.tr("(no owner)") if p.strategic else ""
                return self._units.get(p.owner, self.tr("(missing: %1)").replace("%1", p.owner))
            if role == Qt.ItemDataRole.ForegroundRole and p.strategic and (
                    p.owner is None or p.owner not in self._units):
                return QBrush(WARN)
            if role == Qt.ItemDataRole.ToolTipRole and p.strategic and p.owner is None:
                return self.tr("A strategic process needs one owner at a senior level.")
        if col == self.STEPS and role == DISPLAY:
            return len(p.steps)
        if col == self.INTERFACES and role == DISPLAY:
            return self._interfaces.get(p.id, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.STEPS, self.INTERFACES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of an elided cell
            shown = self.data(index, DISPLAY)
            return shown if isinstance(shown, str) and shown else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        col = index.column()
        if col == self.STRATEGIC:
            return ENABLED | Qt.ItemFlag.ItemIsUserCheckable
        if col in (self.NAME, self.OWNER):
            return ENABLED | Qt.ItemFlag.ItemIsEditable
        return ENABLED

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid():
            return False
        p: Process = self._rows[index.row()]
        col = index.column()
        if col == self.NAME and role == EDIT:
            name = str(value or "").strip()
            if not name:
                self.refused.emit(self.tr("A process needs a name."))
                return False
            if name == p.name:
                return False
            return self.push(UpdateProcess(p.id, {"name": name}),
                             self.tr("Rename process %1").replace("%1", p.name))
        if col == self.STRATEGIC and role == CHECK:
            on = _checked(value)
            if on == p.strategic:
                return False
            text = self.tr("Mark %1 strategic") if on else self.tr("Mark %1 not strategic")
            return self.push(UpdateProcess(p.id, {"strategic": on}), text.replace("%1", p.name))
        if col == self.OWNER and role == EDIT:
            owner = value or None
            if owner == p.owner:
                return False
            return self.push(UpdateProcess(p.id, {"owner": owner}),
                             self.tr("Set the owner of %1").replace("%1", p.name))
        return False

    def remove(self, row: int) -> bool:
        """Remove the process at ``row`` (one undo step); False if refused."""
        p: Process = self._rows[row]
        return self.push(RemoveProcess(p.id), self.tr("Remove process %1").replace("%1", p.name))


class _ProcessPart(DocumentTableModel):
    """Base of the steps and flows models: one process, by id (None shows nothing)."""

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        self.process_id: str | None = None
        self._names: dict[str, str] = {}
        self._function_of: dict[str, str | None] = {}
        self._functions: dict[str, tuple[str, str]] = {}
        super().__init__(document, parent)

    def set_process(self, process_id: str | None) -> None:
        """Show the process with this id (None: nothing)."""
        if process_id != self.process_id:
            self.process_id = process_id
            self.refresh()

    def process(self) -> Process | None:
        """The shown process as the project holds it now (None if gone)."""
        if self.process_id is None:
            return None
        try:
            return process_by_id(self.project, self.process_id)
        except KeyError:
            return None

    def _context(self) -> None:
        project = self.project
        sc = project.scenario()
        self._names = {u.id: u.name for u in sc.units}
        self._function_of = step_groups(project, sc, "function")
        self._functions = {f.id: (f.name, f.color) for f in project.functions}

    def unit_label(self, unit_id: str | None) -> str:
        """The name of a unit, ``(none)``, or a marked id for a unit the scenario lacks."""
        if unit_id is None:
            return self.tr("(none)")
        name = self._names.get(unit_id)
        return name if name is not None else self.tr("(missing: %1)").replace("%1", unit_id)

    def function_of_unit(self, unit_id: str | None) -> str | None:
        """Effective function id of a unit in the active scenario (None if none)."""
        return self._function_of.get(unit_id) if unit_id else None

    def function_label(self, function_id: str | None) -> str:
        """Name of a function, ``(no function)`` for None."""
        if function_id is None:
            return self.tr("(no function)")
        return self._functions.get(function_id, (function_id, ""))[0]

    def function_colour(self, function_id: str | None) -> QColor | None:
        """Colour of a function, None for None."""
        got = self._functions.get(function_id) if function_id else None
        return QColor(got[1]) if got else None

    def push_change(self, op: UpdateProcess | None, text: str) -> bool:
        """Push an op of the shown process with a label naming it."""
        p = self.process()
        if op is None or p is None:
            return False
        return self.push(op, text.replace("%1", p.name))


class StepsModel(_ProcessPart):
    """Steps of one process: name, performing unit, its function, duration, waiting."""

    NAME, UNIT, FUNCTION, DURATION, WAITING = range(5)
    _FIELDS = {NAME: "name", UNIT: "unit", DURATION: "duration", WAITING: "waiting"}

    def headers(self) -> list[str]:
        return [self.tr("Step"), self.tr("Performed by"), self.tr("Function"),
                self.tr("Duration (h)"), self.tr("Waiting (h)")]

    def rows(self) -> list[Step]:
        p = self.process()
        if p is None:
            return []
        self._context()
        return list(p.steps)

    def choices(self) -> list[tuple[str, str]]:
        """``(name, id)`` of every step shown, for the flow ends' combo."""
        return [(s.name, s.id) for s in self._rows]

    def step_id(self, row: int) -> str:
        """Id of the step at ``row``."""
        return self._rows[row].id

    def row_of(self, step_id: str | None) -> int:
        """Row of the step with this id, -1 if none."""
        return next((i for i, s in enumerate(self._rows) if s.id == step_id), -1)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        s: Step = self._rows[index.row()]
        col = index.column()
        if col == self.NAME and role in (DISPLAY, EDIT):
            return s.name
        if col == self.UNIT:
            if role == EDIT:
                return s.unit
            if role == DISPLAY:
                return self.unit_label(s.unit)
            if role == Qt.ItemDataRole.ForegroundRole and (s.unit is None
                                                           or s.unit not in self._names):
                return QBrush(WARN if s.unit else MUTED)
        if col == self.FUNCTION:
            fid = self.function_of_unit(s.unit)
            if role == DISPLAY:
                return self.function_label(fid)
            if role == Qt.ItemDataRole.DecorationRole:
                return self.function_colour(fid)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(MUTED)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("The function of the performing unit (or of the nearest "
                               "unit above it that has one)")
        if col in (self.DURATION, self.WAITING) and role in (DISPLAY, EDIT):
            return format_hours(s.duration if col == self.DURATION else s.waiting)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.DURATION, self.WAITING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of an elided cell
            shown = self.data(index, DISPLAY)
            return shown if isinstance(shown, str) and shown else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.FUNCTION:
            return ENABLED
        return ENABLED | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or index.column() not in self._FIELDS:
            return False
        p = self.process()
        if p is None:
            return False
        s: Step = self._rows[index.row()]
        field = self._FIELDS[index.column()]
        if field == "name":
            new: Any = str(value or "").strip()
            if not new:
                self.refused.emit(self.tr("A step needs a name."))
                return False
        elif field == "unit":
            new = value or None
        else:
            try:
                new = parse_hours(value)
            except ValueError:
                self.refused.emit(self.tr("Not a number of hours: %1").replace("%1", str(value)))
                return False
            if new is not None and new < 0:
                self.refused.emit(self.tr("Hours cannot be negative."))
                return False
        if new == getattr(s, field):
            return False
        texts = {"name": self.tr("Rename step %2 of %1"),
                 "unit": self.tr("Change who performs %2 in %1"),
                 "duration": self.tr("Change the duration of %2 in %1"),
                 "waiting": self.tr("Change the waiting time of %2 in %1")}
        return self.push_change(set_step_field(p, s.id, field, new),
                                texts[field].replace("%2", s.name))


class FlowsModel(_ProcessPart):
    """Flows of one process: from step, to step, kind, and the functions it joins."""

    SOURCE, TARGET, KIND, HANDOFF = range(4)
    _FIELDS = {SOURCE: "source", TARGET: "target", KIND: "kind"}

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        self._steps: dict[str, Step] = {}
        super().__init__(document, parent)

    def headers(self) -> list[str]:
        return [self.tr("From step"), self.tr("To step"), self.tr("Kind"),
                self.tr("Between functions")]

    def kind_label(self, kind: FlowKind | str) -> str:
        """Translated name of a flow kind."""
        labels = {FlowKind.SEQUENCE: self.tr("Sequence"), FlowKind.BRANCH: self.tr("Branch"),
                  FlowKind.LOOP: self.tr("Loop back")}
        return labels[FlowKind(kind)]

    def rows(self) -> list[Flow]:
        p = self.process()
        if p is None:
            return []
        self._context()
        self._steps = {s.id: s for s in p.steps}
        return list(p.flows)

    def flow_id(self, row: int) -> str:
        """Id of the flow at ``row``."""
        return self._rows[row].id

    def row_of(self, flow_id: str | None) -> int:
        """Row of the flow with this id, -1 if none."""
        return next((i for i, f in enumerate(self._rows) if f.id == flow_id), -1)

    def step_label(self, step_id: str) -> str:
        """Name of a step of the shown process (a marked id when unknown)."""
        s = self._steps.get(step_id)
        return s.name if s is not None else self.tr("(missing: %1)").replace("%1", step_id)

    def groups(self, flow: Flow) -> tuple[str | None, str | None]:
        """Effective functions of the two steps of ``flow``."""
        a, b = self._steps.get(flow.source), self._steps.get(flow.target)
        return (self.function_of_unit(a.unit) if a else None,
                self.function_of_unit(b.unit) if b else None)

    def is_interface(self, row: int) -> bool:
        """True when the flow at ``row`` joins two different functions."""
        fl = self._rows[row]
        a, b = self.groups(fl)
        return fl.source in self._steps and fl.target in self._steps and a != b

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        fl: Flow = self._rows[index.row()]
        col = index.column()
        if col in (self.SOURCE, self.TARGET):
            sid = fl.source if col == self.SOURCE else fl.target
            if role == EDIT:
                return sid
            if role == DISPLAY:
                return self.step_label(sid)
        if col == self.KIND:
            if role == EDIT:
                return fl.kind.value
            if role == DISPLAY:
                return self.kind_label(fl.kind)
        if col == self.HANDOFF:
            interface = self.is_interface(index.row())
            a, b = self.groups(fl)
            if role == DISPLAY:
                if interface:
                    return f"{self.function_label(a)} → {self.function_label(b)}"
                return self.tr("within %1").replace("%1", self.function_label(a))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(WARN if interface else MUTED)
            if role == Qt.ItemDataRole.ToolTipRole and interface:
                return self.tr("An interface: the work passes to another function")
        if role == Qt.ItemDataRole.BackgroundRole and self.is_interface(index.row()):
            return QBrush(INTERFACE_FILL)
        if role == Qt.ItemDataRole.FontRole and col == self.HANDOFF and \
                self.is_interface(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of an elided cell
            shown = self.data(index, DISPLAY)
            return shown if isinstance(shown, str) and shown else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() == self.HANDOFF:
            return ENABLED
        return ENABLED | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if not index.isValid() or role != EDIT or index.column() not in self._FIELDS:
            return False
        p = self.process()
        if p is None or value in (None, ""):
            return False
        fl: Flow = self._rows[index.row()]
        field = self._FIELDS[index.column()]
        if field == "kind":
            try:
                value = FlowKind(value)
            except ValueError:
                return False
        elif value not in self._steps:
            self.refused.emit(self.tr("No step %1 in this process.").replace("%1", str(value)))
            return False
        if value == getattr(fl, field):
            return False
        return self.push_change(set_flow_field(p, fl.id, field, value),
                                self.tr("Change a flow of %1"))
