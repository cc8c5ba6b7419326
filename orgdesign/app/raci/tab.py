"""The RACI tab: choose a matrix, edit it as a table, export and import workbooks.

Every change goes through the document as one undoable step (a ``Splice``
of ``raci_matrices``); the tab and its table follow ``document.changed``.
The only state of its own is which matrix is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgdesign.analysis.raci import generate_from_process
from orgdesign.edit import Splice
from orgdesign.model import EditError, ModelError, RaciMatrix, new_id
from orgdesign.model.raci_schemes import get_scheme

from ..document import Document
from ..messages import localized
from ..selection import Selection
from .dialogs import NewMatrixDialog
from .lang import ui_language
from .table_model import RaciTableModel
from .table_view import RaciTableView
from .workbook import RaciWorkbook

#: How long a refusal stays under the table, in milliseconds.
MESSAGE_MS = 10_000


class RaciTab(QWidget):
    """The RACI editor of one document; ``refused`` repeats every refusal for the status bar."""

    refused = Signal(str)

    def __init__(self, document: Document, selection: Selection, parent: QWidget | None = None,
                 lang: str | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.lang = lang or ui_language()
        self.model = RaciTableModel(document, None, self.lang, self)
        self.view = RaciTableView(self.model, self)
        self.model.refused.connect(self.show_message)
        self.workbook = RaciWorkbook(self)
        self._build()
        document.changed.connect(self.refresh)
        selection.changed.connect(self._update_actions)
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(24)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.activated.connect(lambda i: self.show_matrix(self.chooser.itemData(i)))
        self.scheme_label = QLabel()
        self.scheme_label.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)

        self.a_new_empty = self._act(self.tr("Empty matrix…"), self.new_matrix_dialog)
        self.a_generate = self._act(self.tr("Generate from process…"), self.generate_dialog)
        self.a_rename_matrix = self._act(self.tr("Rename matrix…"), self.rename_matrix_dialog)
        self.a_delete_matrix = self._act(self.tr("Delete matrix"), self.delete_matrix)
        self.a_export_xlsx = self._act(self.tr("Excel workbook (.xlsx)…"),
                                       lambda: self.workbook.export_dialog("xlsx"))
        self.a_export_csv = self._act(self.tr("CSV file (.csv)…"),
                                      lambda: self.workbook.export_dialog("csv"))
        self.a_import = self._act(self.tr("Import workbook…"),
                                  lambda: self.workbook.import_dialog(),
                                  tip=self.tr("Read back a workbook exported here and edited "
                                              "by the client"))
        new_button = self._menu_button(self.tr("New matrix"), [self.a_new_empty, self.a_generate])
        matrix_button = self._menu_button(self.tr("Matrix"),
                                          [self.a_rename_matrix, self.a_delete_matrix])
        export_button = self._menu_button(self.tr("Export"),
                                          [self.a_export_xlsx, self.a_export_csv])
        import_button = QToolButton()
        import_button.setDefaultAction(self.a_import)
        import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Matrix:")))
        top.addWidget(self.chooser)
        top.addWidget(self.scheme_label)
        top.addWidget(new_button)
        top.addWidget(matrix_button)
        top.addStretch(1)
        top.addWidget(export_button)
        top.addWidget(import_button)

        sc = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.a_add_activity = self._act(self.tr("Add activity"), self.add_activity_dialog,
                                        tip=self.tr("Insert an activity below the current row"))
        self.a_add_role = self._act(self.tr("Add role"), self.add_role_dialog,
                                    tip=self.tr("Insert a free-text role such as Client"))
        self.a_add_from_chart = self._act(
            self.tr("Add roles from chart"), self.add_roles_from_selection,
            tip=self.tr("Add a column for each unit selected in the chart"))
        self.a_remove_activities = self._act(self.tr("Remove activities"),
                                             self.remove_selected_activities)
        self.a_remove_roles = self._act(self.tr("Remove roles"), self.remove_selected_roles)
        self.a_up = self._act(self.tr("Move up"), lambda: self.move_selected_activities(-1),
                              "Ctrl+Shift+Up", sc)
        self.a_down = self._act(self.tr("Move down"), lambda: self.move_selected_activities(1),
                                "Ctrl+Shift+Down", sc)
        self.a_left = self._act(self.tr("Move left"), lambda: self.move_selected_roles(-1),
                                "Ctrl+Shift+Left", sc)
        self.a_right = self._act(self.tr("Move right"), lambda: self.move_selected_roles(1),
                                 "Ctrl+Shift+Right", sc)
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in (self.a_add_activity, self.a_add_role, self.a_add_from_chart):
            bar.addAction(a)
        bar.addSeparator()
        for a in (self.a_remove_activities, self.a_remove_roles):
            bar.addAction(a)
        bar.addSeparator()
        for a in (self.a_up, self.a_down, self.a_left, self.a_right):
            bar.addAction(a)
        for a in (self.a_up, self.a_down, self.a_left, self.a_right):
            self.addAction(a)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #9C0006;")
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.hide)

        empty = QWidget()
        self.empty_label = QLabel(self.tr("This project has no RACI matrix yet. Start with an "
                                          "empty one, or generate one from a process: its "
                                          "steps become the activities, the performing units "
                                          "are R and the process owner is A."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_new = QPushButton(self.tr("Empty matrix…"))
        empty_new.clicked.connect(self.new_matrix_dialog)
        self.empty_generate = QPushButton(self.tr("Generate from process…"))
        self.empty_generate.clicked.connect(self.generate_dialog)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(empty_new)
        row.addWidget(self.empty_generate)
        row.addStretch(1)
        ev = QVBoxLayout(empty)
        ev.addStretch(1)
        ev.addWidget(self.empty_label)
        ev.addLayout(row)
        ev.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(self.view)

        self.view.customContextMenuRequested.connect(self._cell_menu)
        self.view.horizontalHeader().customContextMenuRequested.connect(self._role_menu)
        self.view.verticalHeader().customContextMenuRequested.connect(self._activity_menu)
        self.view.horizontalHeader().sectionDoubleClicked.connect(self.rename_role_dialog)
        self.view.verticalHeader().sectionDoubleClicked.connect(self.rename_activity_dialog)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(bar)
        lay.addWidget(self.stack, 1)
        lay.addWidget(self.legend)
        lay.addWidget(self.message)

    def _act(self, text: str, slot, shortcut: str | None = None,
             context: Qt.ShortcutContext | None = None, tip: str = "") -> QAction:
        act = QAction(text, self)
        act.triggered.connect(lambda _checked=False: slot())
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(context or Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if tip:
            act.setToolTip(tip)
            act.setStatusTip(tip)
        return act

    def _menu_button(self, text: str, actions: list[QAction]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for a in actions:
            menu.addAction(a)
        button.setMenu(menu)
        return button

    # ------------------------------------------------------------------ following the document

    def set_document(self, document: Document) -> None:
        """Follow another document (shows its first matrix)."""
        if document is not self.document:
            try:
                self.document.changed.disconnect(self.refresh)
            except (RuntimeError, TypeError):  # the old document is already gone
                pass
            self.document = document
            document.changed.connect(self.refresh)
            self.model.matrix_id = None
            self.model.set_document(document)
        self.refresh()

    def refresh(self) -> None:
        """Refill the matrix list, scheme, legend and actions from the document.

        The matrix shown stays the same while the project has it; otherwise
        (deleted, undone, another document) the first matrix is shown.
        """
        matrices = self.document.project.raci_matrices
        ids = [m.id for m in matrices]
        current = self.model.matrix_id if self.model.matrix_id in ids else (
            ids[0] if ids else None)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for m in matrices:
            self.chooser.addItem(m.name or self.tr("(untitled)"), m.id)
        if current is not None:
            self.chooser.setCurrentIndex(ids.index(current))
        self.chooser.setEnabled(bool(ids))
        self.chooser.blockSignals(False)
        if current != self.model.matrix_id:
            self.model.set_matrix(current)
        self._show_scheme()
        self.stack.setCurrentIndex(1 if current is not None else 0)
        self.empty_generate.setEnabled(bool(self.document.project.processes))
        self.a_generate.setEnabled(bool(self.document.project.processes))
        self._update_actions()

    def show_matrix(self, matrix_id: str | None) -> None:
        """Show the matrix ``matrix_id`` of the project."""
        self.model.set_matrix(matrix_id)
        self.view.fit_columns()
        self.refresh()

    def current_matrix(self) -> RaciMatrix | None:
        """The matrix shown, or None."""
        return self.model.matrix()

    def _show_scheme(self) -> None:
        m = self.model.matrix()
        scheme = self.model.scheme()
        if m is None:
            self.scheme_label.clear()
            self.legend.clear()
            return
        if scheme is None:
            self.scheme_label.setText(self.tr("Scheme: %1 (unknown)").replace("%1", m.scheme))
            self.legend.clear()
            return
        self.scheme_label.setText(self.tr("Scheme: %1").replace("%1", scheme.name))
        self.scheme_label.setToolTip(scheme.description(self.lang))
        chips = []
        for code in scheme.codes:
            lt = scheme.letter(code)
            chips.append(f'<span style="background-color:{lt.fill}; color:{lt.ink};">'
                         f"&nbsp;<b>{code}</b>&nbsp;</span>&nbsp;{_html(lt.name(self.lang))}")
        hint = _html(self.tr("Type a letter, or double-click a cell to pick one; "
                             "Ctrl+C / Ctrl+V copy blocks to and from Excel."))
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(chips)
                            + f'&nbsp;&nbsp;&nbsp;&nbsp;<span style="color:#5A6470;">{hint}</span>')

    def _update_actions(self) -> None:
        has = self.model.matrix() is not None
        rows = self.view.selected_rows() if has else []
        cols = self.view.selected_columns() if has else []
        units = {u.id for u in self.document.project.scenario().units}
        picked = [i for i in self.selection.ids if i in units]
        for a in (self.a_rename_matrix, self.a_delete_matrix, self.a_export_xlsx,
                  self.a_export_csv, self.a_add_activity, self.a_add_role):
            a.setEnabled(has)
        self.a_add_from_chart.setEnabled(has and bool(picked))
        self.a_remove_activities.setEnabled(bool(rows))
        self.a_remove_roles.setEnabled(bool(cols))
        self.a_up.setEnabled(bool(rows))
        self.a_down.setEnabled(bool(rows))
        self.a_left.setEnabled(bool(cols))
        self.a_right.setEnabled(bool(cols))

    def show_message(self, text: str) -> None:
        """Show why an edit did not happen, under the table and in ``refused``."""
        self.message.setText(text)
        self.message.show()
        self._message_timer.start(MESSAGE_MS)
        self.refused.emit(text)

    # ------------------------------------------------------------------ matrices

    def push(self, op: Splice, label: str) -> bool:
        """Push ``op`` as one step; False (and the message shown) when it is refused."""
        try:
            self.document.push(op, label)
        except EditError as exc:
            self.show_message(localized(exc))
            return False
        return True

    def add_matrix(self, matrix: RaciMatrix, label: str) -> bool:
        """Add ``matrix`` at the end of the project's matrices (one step) and show it."""
        pos = len(self.document.project.raci_matrices)
        if not self.push(Splice("raci_matrices", insert=((pos, matrix),)), label):
            return False
        self.show_matrix(matrix.id)
        return True

    def new_matrix(self, name: str, scheme: str = "RACI") -> str | None:
        """Add an empty matrix; its id, or None when refused (unknown scheme)."""
        try:
            scheme = get_scheme(scheme).name
        except ModelError as exc:
            self.show_message(localized(exc))
            return None
        matrix = RaciMatrix(id=new_id("raci"), name=name, scheme=scheme)
        return matrix.id if self.add_matrix(
            matrix, self.tr("New RACI matrix %1").replace("%1", name)) else None

    def generate_from_process(self, process_id: str) -> str | None:
        """Add the matrix generated from a process (steps × performing units); its id or None."""
        try:
            matrix = generate_from_process(self.document.project, process_id)
        except (ModelError, KeyError) as exc:
            self.show_message(localized(exc) if isinstance(exc, ModelError) else str(exc))
            return None
        return matrix.id if self.add_matrix(
            matrix, self.tr("Generate RACI matrix %1").replace("%1", matrix.name)) else None

    def rename_matrix(self, name: str) -> bool:
        """Rename the matrix shown (one step)."""
        new = " ".join(name.split())
        m = self.model.matrix()
        if m is None or not new or new == m.name:
            return False
        copy = m.model_copy(deep=True)
        copy.name = new
        return self.model.commit(copy, self.tr("Rename RACI matrix %1").replace("%1", new))

    def delete_matrix(self) -> bool:
        """Remove the matrix shown from the project (one step; Undo brings it back)."""
        m = self.model.matrix()
        if m is None:
            return False
        return self.push(Splice("raci_matrices", remove=(m.id,)),
                          self.tr("Delete RACI matrix %1").replace("%1", m.name))

    def new_matrix_dialog(self) -> None:
        """Ask for a name and scheme, then add an empty matrix."""
        n = len(self.document.project.raci_matrices) + 1
        dlg = NewMatrixDialog(self.tr("RACI matrix %1").replace("%1", str(n)), self.lang, self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            name, scheme = dlg.values()
            self.new_matrix(name or self.tr("RACI matrix %1").replace("%1", str(n)), scheme)

    def generate_dialog(self) -> None:
        """Ask which process, then generate its matrix."""
        procs = self.document.project.processes
        if not procs:
            self.show_message(self.tr("The project has no process to generate a matrix from"))
            return
        names = [p.name or p.id for p in procs]
        name, ok = QInputDialog.getItem(self, self.tr("Generate from process"),
                                        self.tr("Process:"), names, 0, False)
        if ok and name in names:
            self.generate_from_process(procs[names.index(name)].id)

    def rename_matrix_dialog(self) -> None:
        """Ask for the matrix's new name."""
        m = self.model.matrix()
        if m is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename matrix"), self.tr("Name:"),
                                        text=m.name)
        if ok:
            self.rename_matrix(name)

    # ------------------------------------------------------------------ rows and columns

    def _insert_row(self) -> int | None:
        rows = self.view.selected_rows()
        return rows[-1] + 1 if rows else None

    def _insert_column(self) -> int | None:
        cols = self.view.selected_columns()
        return cols[-1] + 1 if cols else None

    def add_activity(self, name: str) -> str | None:
        """Insert an activity below the selected rows (at the end without); its id or None."""
        name = " ".join(name.split())
        if not name:
            return None
        row = self._insert_row()
        aid = self.model.add_activity(name, row)
        if aid is not None:
            self._select_row(aid)
        return aid

    def add_role(self, name: str) -> str | None:
        """Insert a free-text role right of the selected columns; its id or None."""
        name = " ".join(name.split())
        if not name:
            return None
        ids = self.model.add_roles([(name, None)], self._insert_column())
        if ids:
            self._select_column(ids[0])
        return ids[0] if ids else None

    def add_roles_from_selection(self) -> list[str]:
        """Add a column linked to each unit selected in the chart that has none yet.

        Returns the new role ids (empty, with a message, when no unit is
        selected or all of them have a column already).
        """
        if self.model.matrix() is None:
            return []
        units = {u.id: u for u in self.document.project.scenario().units}
        picked = [units[i] for i in self.selection.ids if i in units]
        if not picked:
            self.show_message(self.tr("Select units in the chart first, then add them as "
                                      "roles"))
            return []
        ids = self.model.add_roles([(u.name, u.id) for u in picked], self._insert_column())
        if not ids:
            self.show_message(self.tr("Every selected unit has a column already"))
        else:
            self._select_column(ids[0])
        return ids

    def remove_selected_activities(self) -> bool:
        """Remove the activities of the selected rows (one step)."""
        return self.model.remove_rows(self.view.selected_rows())

    def remove_selected_roles(self) -> bool:
        """Remove the roles of the selected columns (one step)."""
        return self.model.remove_columns(self.view.selected_columns())

    def move_selected_activities(self, delta: int) -> bool:
        """Move the selected activities one row up (-1) or down (+1); the selection follows."""
        return self.model.move_rows(self.view.selected_rows(), delta)

    def move_selected_roles(self, delta: int) -> bool:
        """Move the selected roles one column left (-1) or right (+1); the selection follows."""
        return self.model.move_columns(self.view.selected_columns(), delta)

    def _select_row(self, activity_id: str) -> None:
        row = self.model.row_of(activity_id)
        if row is not None and self.model.role_count():
            self.view.select_cells(row, 0, row, 0)
            self.view.scrollTo(self.model.index(row, 0))

    def _select_column(self, role_id: str) -> None:
        col = self.model.column_of(role_id)
        if col is not None and self.model.activity_count():
            self.view.select_cells(0, col, 0, col)
            self.view.scrollTo(self.model.index(0, col))
        self.view.fit_columns()

    def add_activity_dialog(self) -> None:
        """Ask for the new activity's name."""
        name, ok = QInputDialog.getText(self, self.tr("Add activity"), self.tr("Activity:"))
        if ok:
            self.add_activity(name)

    def add_role_dialog(self) -> None:
        """Ask for the new free-text role's name."""
        name, ok = QInputDialog.getText(self, self.tr("Add role"), self.tr("Role:"))
        if ok:
            self.add_role(name)

    def rename_activity_dialog(self, row: int) -> None:
        """Ask for a new name of the activity in ``row``."""
        if self.model.activity_id(row) is None:
            return
        old = str(self.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.EditRole))
        name, ok = QInputDialog.getText(self, self.tr("Rename activity"), self.tr("Activity:"),
                                        text=old)
        if ok:
            self.model.setHeaderData(row, Qt.Orientation.Vertical, name)

    def rename_role_dialog(self, column: int) -> None:
        """Ask for a new name of the role in ``column`` (a role linked to a unit is refused)."""
        if self.model.role_id(column) is None:
            return
        old = str(self.model.headerData(column, Qt.Orientation.Horizontal,
                                        Qt.ItemDataRole.EditRole))
        name, ok = QInputDialog.getText(self, self.tr("Rename role"), self.tr("Role:"), text=old)
        if ok:
            self.model.setHeaderData(column, Qt.Orientation.Horizontal, name)

    # ------------------------------------------------------------------ context menus

    def _letter_actions(self, menu: QMenu) -> None:
        scheme = self.model.scheme()
        cells = self.view.selected_cells()
        if scheme is None or not cells:
            return
        for code in scheme.values():
            if "/" in code:
                text = code
            else:
                text = f"{code} — {scheme.letter(code).name(self.lang)}"
            act = menu.addAction(text)
            act.triggered.connect(lambda _c=False, v=code: self.model.set_cells(
                {rc: v for rc in self.view.selected_cells()}))
        clear = menu.addAction(self.tr("Clear"))
        clear.triggered.connect(lambda: self.model.clear_cells(self.view.selected_cells()))
        menu.addSeparator()

    def _cell_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self._letter_actions(menu)
        menu.addAction(self.tr("Cut"), self.view.cut)
        menu.addAction(self.tr("Copy"), self.view.copy)
        menu.addAction(self.tr("Paste"), self.view.paste)
        menu.addSeparator()
        self._structure_actions(menu)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _structure_actions(self, menu: QMenu) -> None:
        for a in (self.a_add_activity, self.a_add_role, self.a_add_from_chart):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.a_remove_activities, self.a_remove_roles):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.a_up, self.a_down, self.a_left, self.a_right):
            menu.addAction(a)

    def _header_menu(self, header, pos: QPoint, vertical: bool) -> None:
        section = header.logicalIndexAt(pos)
        m = self.model
        if vertical and m.activity_id(section) is not None:
            if section not in self.view.selected_rows():
                self.view.selectRow(section)
        elif not vertical and m.role_id(section) is not None:
            if section not in self.view.selected_columns():
                self.view.selectColumn(section)
        menu = QMenu(self)
        if vertical and m.activity_id(section) is not None:
            menu.addAction(self.tr("Rename activity…"),
                           lambda: self.rename_activity_dialog(section))
        if not vertical and m.role_id(section) is not None:
            menu.addAction(self.tr("Rename role…"), lambda: self.rename_role_dialog(section))
        menu.addSeparator()
        self._structure_actions(menu)
        menu.exec(header.mapToGlobal(pos))

    def _role_menu(self, pos: QPoint) -> None:
        self._header_menu(self.view.horizontalHeader(), pos, False)

    def _activity_menu(self, pos: QPoint) -> None:
        self._header_menu(self.view.verticalHeader(), pos, True)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
