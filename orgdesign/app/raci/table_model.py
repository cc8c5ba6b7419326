"""The RACI table: one matrix of the document as a QAbstractTableModel.

Rows are the activities, then one summary row (how many of each letter every
role holds); columns are the roles, then one problems column (the rule
problems of each activity).  Every edit builds a new matrix
(:mod:`.matrix_edits`) and pushes it through the document as one
``Splice`` of ``raci_matrices``, so a block paste is one undo step; the
model then refreshes from the document like every view.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from orgdesign.analysis.raci import RaciProblem, raci_problems
from orgdesign.edit import Splice
from orgdesign.export.raci_labels import issue_text
from orgdesign.export.raci_xlsx_style import BAD, WARN
from orgdesign.model import EditError, ModelError, RaciMatrix
from orgdesign.model.raci_schemes import Scheme, combine, get_scheme, parse_cell, split_letters

from ..document import Document
from ..messages import localized
from . import matrix_edits as edits

#: Summary cells: list of (letter, count) for every letter of the scheme.
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 20
#: Problems column and cells: "error", "warning" or None.
SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 21
#: Letter cells: the letters the cell holds, as a tuple.
LETTERS_ROLE = Qt.ItemDataRole.UserRole + 22

_Role = Qt.ItemDataRole
#: What Qt passes as an item's index to the model and its delegates.
Index = QModelIndex | QPersistentModelIndex
_BAD = QColor("#" + BAD)
_WARN = QColor("#" + WARN)
_BAD_INK = QColor("#9C0006")


class RaciTableModel(QAbstractTableModel):
    """Editable table over the matrix ``matrix_id`` of ``document``.

    ``refused`` carries the message of an edit that did not happen (a letter
    foreign to the scheme, a paste that does not fit); the project is then
    unchanged.  ``lang`` ("en" or "zh") picks the language of the scheme's
    letter meanings and of the rule problems, which come from the model.
    """

    refused = Signal(str)

    def __init__(self, document: Document, matrix_id: str | None = None, lang: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = "zh" if lang == "zh" else "en"
        self.document = document
        self.matrix_id = matrix_id
        self._matrix: RaciMatrix | None = None
        self._scheme: Scheme | None = None
        self._shape: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._unit_names: dict[str, str] = {}
        self._row_problems: dict[str, list[RaciProblem]] = {}
        self._role_problems: dict[str, list[RaciProblem]] = {}
        self._cell_problems: dict[tuple[str, str], list[RaciProblem]] = {}
        self._matrix_problems: list[RaciProblem] = []
        self._counts: dict[str, dict[str, int]] = {}
        self._load()
        document.changed.connect(self.refresh)

    # ------------------------------------------------------------------ following the document

    def set_document(self, document: Document) -> None:
        """Follow another document (the matrix id is kept if it has one like it)."""
        if document is self.document:
            self.refresh()
            return
        try:
            self.document.changed.disconnect(self.refresh)
        except (RuntimeError, TypeError):  # the old document is already gone
            pass
        self.document = document
        document.changed.connect(self.refresh)
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def set_matrix(self, matrix_id: str | None) -> None:
        """Show the matrix ``matrix_id`` (nothing for None or an id the project lacks)."""
        if matrix_id == self.matrix_id:
            self.refresh()
            return
        self.matrix_id = matrix_id
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def refresh(self) -> None:
        """Read the matrix again from the document.

        When rows and columns are the same ids in the same order, the view
        keeps its selection (only data changes); otherwise the model resets.
        """
        new = self._find()
        shape = self._shape_of(new)
        if shape == self._shape and new is not None:
            self._load()
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self.rowCount() - 1, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                        max(0, self.columnCount() - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, max(0, self.rowCount() - 1))
            return
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _find(self) -> RaciMatrix | None:
        for m in self.document.project.raci_matrices:
            if m.id == self.matrix_id:
                return m
        return None

    @staticmethod
    def _shape_of(m: RaciMatrix | None) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        if m is None:
            return None
        return tuple(a.id for a in m.activities), tuple(r.id for r in m.roles)

    def _load(self) -> None:
        """Fill the caches from the document (called inside a reset or before dataChanged)."""
        m = self._find()
        self._matrix = m
        self._shape = self._shape_of(m)
        self._row_problems, self._role_problems, self._cell_problems = {}, {}, {}
        self._matrix_problems, self._counts = [], {}
        if m is None:
            self._scheme = None
            return
        project = self.document.project
        self._unit_names = {u.id: u.name for u in project.scenario().units}
        try:
            self._scheme = get_scheme(m.scheme)
        except ModelError:
            self._scheme = None
        for p in raci_problems(project, m):
            if not isinstance(p, RaciProblem):
                continue
            if p.activity is not None:
                self._row_problems.setdefault(p.activity, []).append(p)
                if p.code in ("R002", "R003") and p.role is not None:
                    self._cell_problems.setdefault((p.activity, p.role), []).append(p)
            elif p.role is not None:
                self._role_problems.setdefault(p.role, []).append(p)
            else:
                self._matrix_problems.append(p)
        counts: dict[str, dict[str, int]] = {r.id: {} for r in m.roles}
        for row in m.cells.values():
            for rid, text in row.items():
                per = counts.get(rid)
                if per is None or not text:
                    continue
                for code in split_letters(text):
                    per[code] = per.get(code, 0) + 1
        self._counts = counts

    # ------------------------------------------------------------------ shape

    def matrix(self) -> RaciMatrix | None:
        """The matrix shown (the document's own object; do not change it), or None."""
        return self._matrix

    def scheme(self) -> Scheme | None:
        """The matrix's scheme, or None when there is no matrix or its scheme is unknown."""
        return self._scheme

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._matrix is None:
            return 0
        return len(self._matrix.activities) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self._matrix is None:
            return 0
        return len(self._matrix.roles) + 1

    def activity_count(self) -> int:
        """How many activity rows there are (the summary row is not one)."""
        return len(self._matrix.activities) if self._matrix else 0

    def role_count(self) -> int:
        """How many role columns there are (the problems column is not one)."""
        return len(self._matrix.roles) if self._matrix else 0

    def is_summary_row(self, row: int) -> bool:
        """True for the row of letter counts at the bottom."""
        return self._matrix is not None and row == len(self._matrix.activities)

    def is_problems_column(self, column: int) -> bool:
        """True for the column of rule problems at the right."""
        return self._matrix is not None and column == len(self._matrix.roles)

    def is_cell(self, index: Index) -> bool:
        """True for a letter cell (an activity row and a role column)."""
        return (index.isValid() and self._matrix is not None
                and index.row() < len(self._matrix.activities)
                and index.column() < len(self._matrix.roles))

    def activity_id(self, row: int) -> str | None:
        """The id of the activity in ``row`` (None for the summary row or out of range)."""
        if self._matrix is None or not 0 <= row < len(self._matrix.activities):
            return None
        return self._matrix.activities[row].id

    def role_id(self, column: int) -> str | None:
        """The id of the role in ``column`` (None for the problems column or out of range)."""
        if self._matrix is None or not 0 <= column < len(self._matrix.roles):
            return None
        return self._matrix.roles[column].id

    def row_of(self, activity_id: str) -> int | None:
        """The row of an activity id, or None."""
        if self._matrix is None:
            return None
        return next((i for i, a in enumerate(self._matrix.activities) if a.id == activity_id),
                    None)

    def column_of(self, role_id: str) -> int | None:
        """The column of a role id, or None."""
        if self._matrix is None:
            return None
        return next((i for i, r in enumerate(self._matrix.roles) if r.id == role_id), None)

    # ------------------------------------------------------------------ reading

    def role_label(self, column: int) -> str:
        """The column title: the linked unit's current name, else the role's own name."""
        assert self._matrix is not None
        role = self._matrix.roles[column]
        if role.unit is None:
            return role.name
        if role.unit in self._unit_names:
            return self._unit_names[role.unit]
        return self.tr("%1 (deleted)").replace("%1", role.name)

    def cell_text(self, row: int, column: int) -> str:
        """The letters stored in a cell ("" when empty or outside the letter cells)."""
        aid, rid = self.activity_id(row), self.role_id(column)
        if aid is None or rid is None or self._matrix is None:
            return ""
        return self._matrix.cells.get(aid, {}).get(rid, "")

    def letter_counts(self, column: int) -> list[tuple[str, int]]:
        """(letter, count) for every letter of the scheme in the role's column."""
        rid = self.role_id(column)
        per = self._counts.get(rid, {}) if rid else {}
        codes = self._scheme.codes if self._scheme else tuple(sorted(per))
        return [(c, per.get(c, 0)) for c in codes]

    def row_problems(self, row: int) -> list[RaciProblem]:
        """The rule problems of the activity in ``row``."""
        aid = self.activity_id(row)
        return list(self._row_problems.get(aid, [])) if aid else []

    def role_problems(self, column: int) -> list[RaciProblem]:
        """The rule problems of the role in ``column`` (idle, bottleneck, deleted unit)."""
        rid = self.role_id(column)
        return list(self._role_problems.get(rid, [])) if rid else []

    def matrix_problems(self) -> list[RaciProblem]:
        """Problems of the matrix as a whole (an unknown scheme)."""
        return list(self._matrix_problems)

    def all_problems(self) -> list[RaciProblem]:
        """Every rule problem of the matrix."""
        out = list(self._matrix_problems)
        for ps in self._row_problems.values():
            out += ps
        for ps in self._role_problems.values():
            out += ps
        return out

    def problem_text(self, problem: RaciProblem) -> str:
        """One problem's sentence in the model's language."""
        return issue_text(problem, self.lang)

    def _display_letter(self, letters: Sequence[str]) -> str | None:
        """The letter a cell is coloured by: the accountable one first, as in the workbook."""
        s = self._scheme
        if s is None or not letters:
            return None
        if s.accountable in letters:
            return s.accountable
        return next((c for c in s.codes if c in letters), None)

    def _letter_tip(self, letters: Sequence[str]) -> str:
        s = self._scheme
        lines = []
        for code in letters:
            if s is not None and code in s.codes:
                lt = s.letter(code)
                lines.append(f"{code} — {lt.name(self.lang)}: {lt.meaning(self.lang)}")
        return "\n".join(lines)

    def _severity(self, problems: Iterable[RaciProblem]) -> str | None:
        sev = {p.severity.value for p in problems}
        return "error" if "error" in sev else "warning" if "warning" in sev else None

    def data(self, index: Index, role: int = _Role.DisplayRole) -> object:  # noqa: C901
        if not index.isValid() or self._matrix is None:
            return None
        row, col = index.row(), index.column()
        if self.is_summary_row(row):
            return self._summary_data(col, role)
        if self.is_problems_column(col):
            return self._problems_data(row, role)
        text = self.cell_text(row, col)
        if role in (_Role.DisplayRole, _Role.EditRole):
            return text
        if role == LETTERS_ROLE:
            return split_letters(text) if text else ()
        if role == _Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        key = (self._matrix.activities[row].id, self._matrix.roles[col].id)
        bad = self._cell_problems.get(key)
        if role == SEVERITY_ROLE:
            return "error" if bad else None
        if role in (_Role.BackgroundRole, _Role.ForegroundRole):
            if bad:
                return _BAD if role == _Role.BackgroundRole else _BAD_INK
            code = self._display_letter(split_letters(text)) if text else None
            if code is None:
                return None
            lt = self._scheme.letter(code)  # type: ignore[union-attr]
            return QColor(lt.fill if role == _Role.BackgroundRole else lt.ink)
        if role == _Role.FontRole and text and self._scheme is not None:
            if self._scheme.accountable in split_letters(text):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == _Role.ToolTipRole:
            head = f"{self._matrix.activities[row].name} × {self.role_label(col)}"
            tip = self._letter_tip(split_letters(text)) if text else ""
            if bad:
                tip = "\n".join(self.problem_text(p) for p in bad)
            return f"{head}\n{tip}" if tip else head
        return None

    def _summary_data(self, col: int, role: int) -> object:
        if self.is_problems_column(col):
            problems = self.all_problems()
            n_err = sum(1 for p in problems if p.severity.value == "error")
            n_warn = sum(1 for p in problems if p.severity.value == "warning")
            if role == _Role.DisplayRole:
                if not problems:
                    return self.tr("No problems")
                return ", ".join([self.tr("Errors: %n", "", n_err)] * bool(n_err)
                                 + [self.tr("Warnings: %n", "", n_warn)] * bool(n_warn))
            if role == SEVERITY_ROLE:
                return self._severity(problems)
            if role == _Role.BackgroundRole:
                sev = self._severity(problems)
                return _BAD if sev == "error" else _WARN if sev == "warning" else None
            if role == _Role.ToolTipRole:
                return "\n".join(f"{p.code}: {self.problem_text(p)}" for p in problems) or None
            return None
        counts = self.letter_counts(col)
        problems = self.role_problems(col)
        if role == _Role.DisplayRole:
            return " ".join(f"{c}{n}" for c, n in counts if n)
        if role == COUNTS_ROLE:
            return counts
        if role == _Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == SEVERITY_ROLE:
            return self._severity(problems)
        if role == _Role.BackgroundRole:
            sev = self._severity(problems)
            return _BAD if sev == "error" else _WARN if sev == "warning" else None
        if role == _Role.ToolTipRole:
            lines = [self.role_label(col)]
            s = self._scheme
            for code, n in counts:
                name = s.letter(code).name(self.lang) if s and code in s.codes else code
                lines.append(f"{code} ({name}): {n}")
            lines += [self.problem_text(p) for p in problems]
            return "\n".join(lines)
        return None

    def _problems_data(self, row: int, role: int) -> object:
        problems = self.row_problems(row)
        if role == _Role.DisplayRole:
            return "; ".join(self.problem_text(p) for p in problems)
        if role == SEVERITY_ROLE:
            return self._severity(problems)
        if role == _Role.BackgroundRole:
            sev = self._severity(problems)
            return _BAD if sev == "error" else _WARN if sev == "warning" else None
        if role == _Role.ToolTipRole:
            return "\n".join(f"{p.code}: {self.problem_text(p)}" for p in problems) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = _Role.DisplayRole) -> object:
        m = self._matrix
        if m is None or section < 0:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if section == len(m.roles):
                return self.tr("Problems") if role == _Role.DisplayRole else None
            if section > len(m.roles):
                return None
            r = m.roles[section]
            if role == _Role.DisplayRole:
                return self.role_label(section)
            if role == _Role.EditRole:
                return r.name
            if role == _Role.ToolTipRole:
                return self._role_tip(section)
            if role == _Role.ForegroundRole and r.unit and r.unit not in self._unit_names:
                return _BAD_INK
            return None
        if section == len(m.activities):
            if role == _Role.DisplayRole:
                return self.tr("Letters per role")
            if role == _Role.ToolTipRole:
                return self.tr("How many of each letter every role holds")
            return None
        if section > len(m.activities):
            return None
        act = m.activities[section]
        if role in (_Role.DisplayRole, _Role.EditRole):
            return act.name
        if role == _Role.ToolTipRole:
            return f"{act.group} › {act.name}" if act.group else act.name
        return None

    def _role_tip(self, column: int) -> str:
        assert self._matrix is not None
        r = self._matrix.roles[column]
        if r.unit is None:
            tip = self.tr("%1: free-text role, not linked to the chart").replace("%1", r.name)
        elif r.unit in self._unit_names:
            tip = self.tr("Linked to the unit %1 of the chart").replace(
                "%1", self._unit_names[r.unit])
            if r.name != self._unit_names[r.unit]:
                tip = f"{r.name}\n{tip}"
        else:
            tip = self.tr("%1: its unit is not in the chart; the column is kept").replace(
                "%1", r.name)
        return "\n".join([tip] + [self.problem_text(p) for p in self.role_problems(column)])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_cell(index) and self._scheme is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    # ------------------------------------------------------------------ editing

    def cell_error(self, text: str) -> str | None:
        """Why typed ``text`` cannot go into a cell of this matrix (None when it can)."""
        s = self._scheme
        if s is None:
            return self.tr("The matrix uses an unknown scheme; its cells cannot be edited")
        letters = split_letters(text or "")
        foreign = [x for x in letters if x not in s.codes]
        if foreign:
            return (self.tr("'%1' is not a letter of %2 (letters: %3)")
                    .replace("%1", foreign[0]).replace("%2", s.name)
                    .replace("%3", ", ".join(s.codes)))
        if combine(letters, s) is None:
            return (self.tr("%1 cannot share one cell in %2 (allowed together: %3)")
                    .replace("%1", "/".join(letters)).replace("%2", s.name)
                    .replace("%3", ", ".join(s.combinations) or self.tr("none")))
        return None

    def _cell_name(self, row: int, column: int) -> str:
        assert self._matrix is not None
        return f"{self._matrix.activities[row].name} × {self.role_label(column)}"

    def setData(self, index: Index, value: object,  # noqa: N802
                role: int = _Role.EditRole) -> bool:
        if role != _Role.EditRole or not self.is_cell(index):
            return False
        return self.set_cells({(index.row(), index.column()): "" if value is None else str(value)})

    def set_cells(self, values: Mapping[tuple[int, int], str], label: str | None = None) -> bool:
        """Set letter cells ``(row, column) -> typed text`` as one undo step.

        Every text is checked first: one that the scheme refuses refuses the
        whole change (``refused`` names the cell) and returns False.  Returns
        True when the change was made or there was nothing to change.
        """
        m = self._matrix
        if m is None:
            return False
        canonical: dict[tuple[str, str], str] = {}
        for (row, col), text in values.items():
            aid, rid = self.activity_id(row), self.role_id(col)
            if aid is None or rid is None:
                continue
            why = self.cell_error(text)
            if why is not None:
                self.refused.emit(self.tr("Cell %1: %2").replace("%1", self._cell_name(row, col))
                                  .replace("%2", why))
                return False
            assert self._scheme is not None  # cell_error refuses every text without one
            canonical[(aid, rid)] = parse_cell(text, self._scheme)
        changes = edits.changed_cells(m, canonical)
        if not changes:
            return True
        if label is None:
            if len(changes) == 1:
                (aid, rid), text = next(iter(changes.items()))
                at_row, at_col = self.row_of(aid), self.column_of(rid)
                assert at_row is not None and at_col is not None
                label = (self.tr("Set %1 to %2").replace("%1", self._cell_name(at_row, at_col))
                         .replace("%2", text or self.tr("(empty)")))
            else:
                label = self.tr("Change RACI cells (%n)", "", len(changes))
        return self.commit(edits.set_cells(m, changes), label)

    def paste_block(self, top: int, left: int, block: Sequence[Sequence[str]]) -> bool:
        """Paste rows of typed text with their top-left cell at ``(top, left)``, as one step.

        The block is cut to the letter cells (what falls outside is left out
        and said so through ``refused`` only when nothing at all fits).  Any
        text the scheme refuses refuses the whole paste, naming the cell.
        """
        values: dict[tuple[int, int], str] = {}
        n_rows, n_cols = self.activity_count(), self.role_count()
        for dr, line in enumerate(block):
            for dc, text in enumerate(line):
                r, c = top + dr, left + dc
                if 0 <= r < n_rows and 0 <= c < n_cols:
                    values[(r, c)] = text.strip()
        if not values:
            self.refused.emit(self.tr("Nothing to paste here: choose a cell of the matrix"))
            return False
        return self.set_cells(values, self.tr("Paste RACI cells (%n)", "", len(values)))

    def fill_cells(self, cells: Iterable[tuple[int, int]], text: str) -> bool:
        """Paste one value into each of these letter cells, as one step."""
        values = {rc: text.strip() for rc in cells}
        return self.set_cells(values, self.tr("Paste RACI cells (%n)", "", len(values)))

    def clear_cells(self, cells: Iterable[tuple[int, int]]) -> bool:
        """Empty these letter cells as one step (True also when they were empty already)."""
        return self.set_cells({rc: "" for rc in cells}, self.tr("Clear RACI cells"))

    def commit(self, new_matrix: RaciMatrix, label: str) -> bool:
        """Replace the shown matrix by ``new_matrix`` as one undo step.

        Returns False (and emits ``refused``) when the document refuses the edit.
        """
        m = self._matrix
        if m is None:
            return False
        pos = next(i for i, x in enumerate(self.document.project.raci_matrices) if x.id == m.id)
        try:
            self.document.push(Splice("raci_matrices", remove=(m.id,),
                                      insert=((pos, new_matrix),)), label)
        except EditError as exc:
            self.refused.emit(localized(exc))
            return False
        return True

    def setHeaderData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                      value: object, role: int = _Role.EditRole) -> bool:
        """Rename the role (horizontal) or activity (vertical) in ``section``."""
        m = self._matrix
        name = " ".join(str(value or "").split())
        if m is None or role != _Role.EditRole or not name:
            return False
        if orientation == Qt.Orientation.Horizontal:
            rid = self.role_id(section)
            if rid is None or m.roles[section].name == name:
                return False
            unit = m.roles[section].unit
            if unit is not None and unit in self._unit_names:
                # The title follows the unit; a second name would never show.
                self.refused.emit(self.tr("The role is linked to the unit %1 and takes its "
                                          "name; rename the unit in the chart")
                                  .replace("%1", self._unit_names[unit]))
                return False
            return self.commit(edits.rename_role(m, rid, name),
                               self.tr("Rename role %1").replace("%1", name))
        aid = self.activity_id(section)
        if aid is None or m.activities[section].name == name:
            return False
        return self.commit(edits.rename_activity(m, aid, name),
                           self.tr("Rename activity %1").replace("%1", name))

    # ------------------------------------------------------------------ rows and columns

    def add_activity(self, name: str, row: int | None = None) -> str | None:
        """Insert an activity before ``row`` (at the end for None); its id, or None if refused."""
        m = self._matrix
        if m is None:
            return None
        new, aid = edits.add_activity(m, name, row)
        return aid if self.commit(new, self.tr("Add activity %1").replace("%1", name)) else None

    def add_roles(self, roles: Sequence[tuple[str, str | None]],
                  column: int | None = None) -> list[str]:
        """Insert roles ``(name, unit id or None)`` before ``column`` (the end for None).

        A unit that has a column already is skipped.  Returns the new role ids
        (empty when nothing was added or the edit was refused).
        """
        m = self._matrix
        if m is None:
            return []
        new, ids = edits.add_roles(m, roles, column)
        if not ids:
            return []
        first = next(r.name for r in new.roles if r.id == ids[0])
        label = (self.tr("Add role %1").replace("%1", first) if len(ids) == 1
                 else self.tr("Add roles (%n)", "", len(ids)))
        return ids if self.commit(new, label) else []

    def remove_rows(self, rows: Iterable[int]) -> bool:
        """Remove the activities in these rows (and their cells) as one step."""
        m = self._matrix
        ids = [a for a in (self.activity_id(r) for r in set(rows)) if a]
        if m is None or not ids:
            return False
        return self.commit(edits.remove_activities(m, ids),
                           self.tr("Remove activities (%n)", "", len(ids)))

    def remove_columns(self, columns: Iterable[int]) -> bool:
        """Remove the roles in these columns (and their cells) as one step."""
        m = self._matrix
        ids = [r for r in (self.role_id(c) for c in set(columns)) if r]
        if m is None or not ids:
            return False
        return self.commit(edits.remove_roles(m, ids), self.tr("Remove roles (%n)", "", len(ids)))

    def move_rows(self, rows: Iterable[int], delta: int) -> bool:
        """Move these activities one row up (``delta`` < 0) or down, as one step."""
        m = self._matrix
        ids = [a for a in (self.activity_id(r) for r in set(rows)) if a]
        if m is None or not ids:
            return False
        new = edits.move_activities(m, ids, delta)
        if [a.id for a in new.activities] == [a.id for a in m.activities]:
            return False
        return self.commit(new, self.tr("Move activities"))

    def move_columns(self, columns: Iterable[int], delta: int) -> bool:
        """Move these roles one column left (``delta`` < 0) or right, as one step."""
        m = self._matrix
        ids = [r for r in (self.role_id(c) for c in set(columns)) if r]
        if m is None or not ids:
            return False
        new = edits.move_roles(m, ids, delta)
        if [r.id for r in new.roles] == [r.id for r in m.roles]:
            return False
        return self.commit(new, self.tr("Move roles"))
