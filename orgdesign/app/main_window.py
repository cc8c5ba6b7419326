"""The main window: canvas in the middle, docks around, menus and shortcuts.

It owns one :class:`Document` (project, undo stack, path) and one
:class:`Selection`; the canvas and the docks talk to those two only.
"""

from __future__ import annotations

import dataclasses
import os
from functools import partial

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QToolBar,
    QUndoView,
    QWidget,
)

from orgdesign import __version__
from orgdesign.io.recovery import RecoveryEntry, discard_recovery, load_recovery
from orgdesign.model import OrgDesignError, TreeIndex
from orgdesign.resources import resource_path
from orgdesign.samples.registry import SAMPLES, build_sample, sample_names

from .actions import EditActions
from .autosave import Autosaver
from .canvas.view import CanvasView
from .clipboard import copy_as_image
from .dialogs.export_dialog import ExportDialog
from .dialogs.hr_files import export_hr_file, import_hr_file, import_message, update_from_file
from .docks.functions import FunctionsPanel
from .docks.metrics import MetricsPanel
from .docks.parking import ParkingPanel
from .docks.problems import ProblemsPanel
from .docks.properties import PropertiesPanel
from .docks.structure import StructurePanel
from .document import Document
from .messages import localized
from .processes import ProcessesTab
from .raci import RaciTab
from .selection import Selection
from .settings import Preferences, PreferencesDialog

VIEW_KEYS = (("classic", "Ctrl+1"), ("compact", "Ctrl+2"), ("inverted", "Ctrl+3"),
             ("rings", "Ctrl+4"))
FILE_FILTER = "OrgDesign projects (*.orgd)"


class MainWindow(QMainWindow):
    """Top-level window over one :class:`Document`."""

    def __init__(self, document: Document | None = None, prefs: Preferences | None = None) -> None:
        super().__init__()
        self.prefs = prefs or Preferences()
        self.document = document or Document(parent=self)
        self.selection = Selection(self)
        self.canvas = CanvasView(self.document, self.selection, self)
        self.canvas.view_name = self.prefs.default_view
        # Fixed labels on the chart (Customers, vacant, bands) in the UI's language.
        self.ui_language = "en" if self.tr("&File") == "&File" else "zh"
        self.canvas.set_render_options(dataclasses.replace(self.canvas.render_options,
                                                           lang=self.ui_language))
        self.raci = RaciTab(self.document, self.selection, self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.canvas, self.tr("Chart"))
        self.processes_tab = ProcessesTab(self.document, self.selection, self)
        # In a scroll area, so the tab's tables and map never force a window
        # wider than a laptop screen.
        self.processes_scroll = scroll = QScrollArea()
        scroll.setWidget(self.processes_tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(scroll, self.tr("Processes"))
        # behind the Chart tab until shown: it must not recount interfaces after
        # every edit on the canvas (showing it catches up)
        self.processes_tab.set_live(False)
        self.tabs.addTab(self.raci, self.tr("RACI"))
        self.setCentralWidget(self.tabs)
        self.edits = EditActions(self.document, self.selection, self)
        self.structure = StructurePanel(self.document, self.selection)
        self.properties = PropertiesPanel(self.document, self.selection)
        self.functions = FunctionsPanel(self.document)
        self.metrics = MetricsPanel(self.document)
        self.problems = ProblemsPanel(self.document, self.selection)
        self.parking = ParkingPanel(self.document, self.selection)
        self.history = QUndoView(self.document.undo_stack)
        self.docks: dict[str, QDockWidget] = {}
        self._add_dock("structure", self.tr("Structure"), self.structure,
                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock("parking", self.tr("Parking lot"), self.parking,
                       Qt.DockWidgetArea.LeftDockWidgetArea)
        self._add_dock("properties", self.tr("Properties"), self.properties,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("functions", self.tr("Functions and layers"), self.functions,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("metrics", self.tr("Metrics"), self.metrics,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("history", self.tr("History"), self.history,
                       Qt.DockWidgetArea.RightDockWidgetArea)
        self._add_dock("problems", self.tr("Problems"), self.problems,
                       Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.docks["functions"], self.docks["metrics"])
        self.tabifyDockWidget(self.docks["metrics"], self.docks["history"])
        self.docks["functions"].raise_()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.autosaver = Autosaver(self.document, self.prefs.autosave_s, self)
        self._docks_timer = QTimer(self)
        self._docks_timer.setSingleShot(True)
        self._docks_timer.setInterval(0)
        self._docks_timer.timeout.connect(self.refresh_docks)
        self._make_actions()
        self._connect_document()
        self.edits.refused.connect(self.show_refusal)
        self.raci.refused.connect(self.show_refusal)
        self.canvas.refused.connect(self.show_refusal)
        self.selection.changed.connect(self._selection_changed)
        self.resize(1400, 900)
        self._update_title()
        QTimer.singleShot(0, self.canvas.fit)

    # ------------------------------------------------------------------ building

    def _add_dock(self, key: str, title: str, widget: QWidget, area) -> None:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        self.docks[key] = dock

    def _action(self, text: str, slot, shortcut=None, menu=None, tip: str = "") -> QAction:
        act = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list | tuple):
                act.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(lambda _checked=False: slot())
        if tip:
            act.setStatusTip(tip)
        if menu is not None:
            menu.addAction(act)
        self.addAction(act)
        return act

    def _make_actions(self) -> None:
        K = QKeySequence.StandardKey  # noqa: N806 - short alias for the standard keys
        mb = self.menuBar()
        self.actions_by_name: dict[str, QAction] = {}
        a = self.actions_by_name

        file_menu = mb.addMenu(self.tr("&File"))
        a["new"] = self._action(self.tr("&New"), self.new_document, K.New, file_menu)
        a["open"] = self._action(self.tr("&Open…"), self.open_dialog, K.Open, file_menu)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        samples = file_menu.addMenu(self.tr("Open &Sample"))
        for name in sample_names():
            for lang, label in (("en", "English"), ("zh", "中文")):
                act = QAction(f"{SAMPLES[name].title(lang)} ({label})", self)
                act.triggered.connect(partial(self.open_sample, name, lang))
                samples.addAction(act)
        file_menu.addSeparator()
        a["save"] = self._action(self.tr("&Save"), self.save, K.Save, file_menu)
        a["save_as"] = self._action(self.tr("Save &As…"), self.save_as, K.SaveAs, file_menu)
        file_menu.addSeparator()
        self.import_menu = file_menu.addMenu(self.tr("&Import"))
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        a["import_hr"] = self._action(self.tr("HR spreadsheet…"), self.import_hr_sheet, None,
                                      self.import_menu)
        a["update_hr"] = self._action(self.tr("Update from HR spreadsheet…"),
                                      lambda: update_from_file(self, self.document), None,
                                      self.import_menu)
        a["export_diagram"] = self._action(self.tr("&Diagram…"), self.export_diagram,
                                           "Ctrl+Shift+E", self.export_menu)
        a["export_raci"] = self._action(self.tr("RACI workbook…"), self.export_raci, None,
                                        self.export_menu)
        a["import_raci"] = self._action(self.tr("RACI workbook…"), self.import_raci, None,
                                        self.import_menu)
        a["import_log"] = self._action(self.tr("Event log…"), self.import_event_log, None,
                                       self.import_menu)
        a["export_hr"] = self._action(self.tr("HR spreadsheet…"),
                                      lambda: export_hr_file(self, self.document), None,
                                      self.export_menu)
        file_menu.addSeparator()
        a["quit"] = self._action(self.tr("&Quit"), self.close, K.Quit, file_menu)

        edit = mb.addMenu(self.tr("&Edit"))
        # One undo group for the window: its actions follow whichever document is open.
        self.undo_group = QUndoGroup(self)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(K.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(K.Redo)])
        edit.addAction(undo)
        edit.addAction(redo)
        a["undo"], a["redo"] = undo, redo
        edit.addSeparator()
        a["cut"] = self._action(self.tr("Cu&t"), self.edits.cut, K.Cut, edit)
        a["copy"] = self._action(self.tr("&Copy"), self.edits.copy, K.Copy, edit)
        a["paste"] = self._action(self.tr("&Paste"), self.edits.paste, K.Paste, edit)
        a["copy_image"] = self._action(self.tr("Copy as &Image"), self.copy_image,
                                       "Ctrl+Shift+C", edit)
        edit.addSeparator()
        a["add_child"] = self._action(self.tr("Add &Report"), self.edits.add_child,
                                      ["Insert", "Tab"], edit)
        a["add_sibling"] = self._action(self.tr("Add &Sibling"), self.edits.add_sibling,
                                        ["Return", "Enter"], edit)
        a["add_assistant"] = self._action(self.tr("Add &Assistant"), self.edits.add_assistant,
                                          "Ctrl+Shift+A", edit)
        a["rename"] = self._action(self.tr("Re&name"), self.canvas.start_rename, "F2", edit)
        a["delete"] = self._action(self.tr("&Delete"), self.edits.delete, K.Delete, edit)
        a["delete_promote"] = self._action(self.tr("Delete and &Promote Reports"),
                                           self.edits.delete_promote, "Shift+Del", edit)
        edit.addSeparator()
        a["collapse"] = self._action(self.tr("Collapse / E&xpand"), self.edits.toggle_collapse,
                                     "Ctrl+E", edit)
        a["dotted"] = self._action(self.tr("Dotted &Line Between Two Units"),
                                   self.edits.dotted_line, "Ctrl+L", edit)
        a["park"] = self._action(self.tr("Move to Parking Lot"), self.parking.park_selection,
                                 "Ctrl+K", edit)
        edit.addSeparator()
        a["find"] = self._action(self.tr("&Find…"), self.start_find, K.Find, edit)
        a["find_next"] = self._action(self.tr("Find &Next"), lambda: self.find_step(1),
                                      K.FindNext, edit)
        a["find_prev"] = self._action(self.tr("Find Pre&vious"), lambda: self.find_step(-1),
                                      K.FindPrevious, edit)
        edit.addSeparator()
        a["prefs"] = self._action(self.tr("Pre&ferences…"), self.preferences, K.Preferences,
                                  edit)
        # Return/Tab/Insert mean "add" only on the canvas, not in text fields
        for key in ("add_child", "add_sibling", "rename", "delete", "delete_promote"):
            a[key].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.canvas.addAction(a[key])
            self.removeAction(a[key])

        view = mb.addMenu(self.tr("&View"))
        names = {"classic": self.tr("&Classic"), "compact": self.tr("C&ompact"),
                 "inverted": self.tr("&Inverted (Customer on Top)"),
                 "rings": self.tr("&Rings (Customer at the Centre)")}
        group = QActionGroup(self)
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("toolbar-main")
        self.addToolBar(toolbar)
        for name, key in VIEW_KEYS:
            act = self._action(names[name], partial(self.set_view, name), key, view)
            act.setCheckable(True)
            act.setChecked(name == self.canvas.view_name)
            group.addAction(act)
            toolbar.addAction(act)
            a[f"view_{name}"] = act
        view.addSeparator()
        toolbar.addSeparator()
        a["zoom_in"] = self._action(self.tr("Zoom &In"), lambda: self.canvas.zoom_by(1.25),
                                    [K.ZoomIn, "Ctrl+="], view)
        a["zoom_out"] = self._action(self.tr("Zoom &Out"), lambda: self.canvas.zoom_by(0.8),
                                     K.ZoomOut, view)
        a["fit"] = self._action(self.tr("&Fit to Window"), self.canvas.fit, "Ctrl+0", view)
        a["zoom_100"] = self._action(self.tr("&Actual Size (100%)"),
                                     lambda: self.canvas.set_zoom(1.0), "Ctrl+Alt+0", view)
        for key in ("zoom_in", "zoom_out", "fit"):
            toolbar.addAction(a[key])
        toolbar.addSeparator()
        for key in ("add_child", "add_sibling", "delete"):
            toolbar.addAction(a[key])
        toolbar.addAction(undo)
        toolbar.addAction(redo)
        view.addSeparator()
        for dock in self.docks.values():
            view.addAction(dock.toggleViewAction())

        self.find_bar = QToolBar(self.tr("Find"))
        self.find_bar.setObjectName("toolbar-find")
        self.find_edit = QLineEdit()
        self.find_edit.setPlaceholderText(self.tr("Find name, title, person or function"))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.returnPressed.connect(lambda: self.find_step(1))
        self.find_edit.textChanged.connect(lambda _t: self._reset_find())
        self.find_bar.addWidget(self.find_edit)
        self.find_bar.addAction(a["find_prev"])
        self.find_bar.addAction(a["find_next"])
        self.addToolBar(self.find_bar)
        self._find_pos = -1

        tools = mb.addMenu(self.tr("&Tools"))
        suggest = self.processes_tab.actions_by_name["suggest_structure"]
        tools.addAction(suggest)
        for key in ("add_process", "remove_process"):
            tools.addAction(self.processes_tab.actions_by_name[key])

        help_menu = mb.addMenu(self.tr("&Help"))
        self._action(self.tr("&About OrgDesign"), self.about, None, help_menu)

    def _connect_document(self) -> None:
        doc = self.document
        doc.changed.connect(self._model_changed)
        doc.stateChanged.connect(self._update_title)

    # ------------------------------------------------------------------ document

    def set_document(self, document: Document) -> None:
        """Show ``document`` instead of the current one (which the caller has dealt with)."""
        old = self.document
        self.autosaver.discard()
        self.autosaver.timer.stop()
        self.document = document
        document.setParent(self)
        self.selection.set([])
        self.canvas.set_document(document)
        self.properties.set_document(document)
        self.raci.set_document(document)
        self.processes_tab.set_document(document)
        for panel in (self.structure, self.functions, self.metrics, self.problems, self.parking):
            panel.document = document
        self._docks_timer.start()  # the chart first; the docks on the next turn
        self.edits.document = document
        self.history.setStack(document.undo_stack)
        self.autosaver = Autosaver(document, self.prefs.autosave_s, self)
        self._connect_document()
        self.undo_group.addStack(document.undo_stack)
        self.undo_group.setActiveStack(document.undo_stack)
        self._update_title()
        if old is not document:
            old.deleteLater()

    def _model_changed(self) -> None:
        existing = {u.id for u in self.document.project.scenario().units}
        self.selection.prune(existing)
        self.canvas.rebuild()
        # The docks follow on the next turn of the event loop: the canvas shows
        # the change first, and a burst of changes refreshes them once.
        self._docks_timer.start()

    def refresh_docks(self) -> None:
        """Bring the docks in line with the model (now, not on the timer)."""
        self._docks_timer.stop()
        self.properties.refresh()
        for panel in (self.structure, self.functions, self.metrics, self.problems, self.parking):
            panel.refresh() if hasattr(panel, "refresh") else panel.rebuild()

    def _update_title(self) -> None:
        star = "*" if self.document.modified else ""
        self.setWindowTitle(f"{self.document.display_name()}{star} — OrgDesign")

    def _selection_changed(self) -> None:
        n = len(self.selection.ids)
        self.status.setText(self.tr("%n selected", "", n) if n else "")

    def show_refusal(self, message: str) -> None:
        """Tell the user why an edit did not happen (status bar, not a modal box)."""
        self.statusBar().showMessage(message, 8000)

    def maybe_save(self) -> bool:
        """Ask to save unsaved changes; False if the user cancelled."""
        if not self.document.modified:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("Save the changes to %1?").replace("%1", self.document.display_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_document(self) -> None:
        if self.maybe_save():
            self.set_document(Document(parent=self))

    def open_dialog(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr(FILE_FILTER))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open ``path``; on failure show the CLI's message and keep the current document."""
        try:
            doc = Document.open(path, self)
        except OrgDesignError as exc:
            QMessageBox.critical(self, self.tr("Cannot open project"), localized(exc))
            return False
        self.set_document(doc)
        self.prefs.add_recent(os.path.abspath(path))
        QTimer.singleShot(0, self.canvas.fit)
        return True

    def open_sample(self, name: str, lang: str) -> None:
        """Open a sample as a new, unsaved document."""
        if self.maybe_save():
            self.set_document(Document(build_sample(name, lang), parent=self))
            self.canvas.fit()

    def export_diagram(self) -> None:
        """The Export dialog (live preview) on the current view."""
        dlg = ExportDialog(self.document, self.selection, self, view=self.canvas.view_name)
        dlg.exported.connect(lambda r: self.statusBar().showMessage(
            self.tr("Exported %1").replace("%1", str(r.path)), 5000))
        dlg.exec()

    def copy_image(self) -> None:
        """Put the current view (or the selected subtree) on the clipboard as a picture."""
        try:
            copy_as_image(self.document, self.canvas.view_name, self.selection)
        except OrgDesignError as exc:
            self.show_refusal(localized(exc))
            return
        self.statusBar().showMessage(self.tr("Chart copied as an image"), 3000)

    def import_event_log(self) -> None:
        """Mine hand-offs from an event log; offer to create a process from it."""
        self.tabs.setCurrentWidget(self.processes_scroll)
        self.processes_tab.import_event_log()

    def export_raci(self) -> None:
        """Show the RACI tab and export its matrix as a workbook."""
        self.tabs.setCurrentWidget(self.raci)
        self.raci.workbook.export_dialog("xlsx")

    def import_raci(self) -> None:
        """Show the RACI tab and read back a workbook the client edited."""
        self.tabs.setCurrentWidget(self.raci)
        self.raci.workbook.import_dialog()

    def import_hr_sheet(self) -> None:
        """Import an HR sheet (with the mapping dialog) as a new, unsaved document."""
        if not self.maybe_save():
            return
        result = import_hr_file(self)
        if result is None:
            return
        doc = Document(result.project, parent=self)
        self.set_document(doc)
        doc.undo_stack.resetClean()  # imported work is unsaved work
        self.statusBar().showMessage(import_message(result), 10000)
        QTimer.singleShot(0, self.canvas.fit)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.prefs.recent_files():
            act = self.recent_menu.addAction(path)
            act.triggered.connect(partial(self._open_recent, path))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def _open_recent(self, path: str) -> None:
        if self.maybe_save():
            self.open_path(path)

    def save(self) -> bool:
        """Save to the current path (asks for one if there is none); True on success."""
        if self.document.path is None:
            return self.save_as()
        return self._save_to(None)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project"), "",
                                              self.tr(FILE_FILTER))
        if not path:
            return False
        if not path.endswith(".orgd"):
            path += ".orgd"
        return self._save_to(path)

    def _save_to(self, path: str | None) -> bool:
        try:
            self.autosaver.discard()
            self.document.save(path)
        except (OrgDesignError, OSError) as exc:
            QMessageBox.critical(self, self.tr("Cannot save project"),
                                 localized(exc) if isinstance(exc, OrgDesignError) else str(exc))
            return False
        self.autosaver.slot = None
        saved = self.document.path
        assert saved is not None  # save() sets it or raises
        self.prefs.add_recent(os.path.abspath(saved))
        self.statusBar().showMessage(self.tr("Saved %1").replace("%1", str(saved)), 4000)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.maybe_save():
            self.autosaver.discard()
            event.accept()
        else:
            event.ignore()

    def restore(self, entry: RecoveryEntry) -> bool:
        """Open a recovery snapshot as a modified document; True on success."""
        try:
            project = load_recovery(entry)
        except OrgDesignError as exc:
            QMessageBox.critical(self, self.tr("Cannot restore"), localized(exc))
            return False
        doc = Document(project, entry.original_path, self)
        self.set_document(doc)
        # Restored work is unsaved work: mark it so; the snapshot goes once it is
        # written again by the autosaver or saved by the user.
        doc.undo_stack.resetClean()
        self.autosaver.snapshot()
        if self.autosaver.last_error is None:
            discard_recovery(entry)
        self._update_title()
        return True

    # ------------------------------------------------------------------ view, find, misc

    def set_view(self, name: str) -> None:
        """Switch the canvas view, keeping the selection."""
        self.canvas.set_view(name)
        self.actions_by_name[f"view_{name}"].setChecked(True)

    def start_find(self) -> None:
        self.find_bar.show()
        self.find_edit.setFocus()
        self.find_edit.selectAll()

    def _reset_find(self) -> None:
        self._find_pos = -1

    def find_matches(self, text: str) -> list[str]:
        """Units whose name, title, person or function contains ``text`` (chart order)."""
        needle = text.strip().casefold()
        if not needle:
            return []
        project = self.document.project
        people = {p.id: p.name for p in project.people}
        functions = {f.id: f.name for f in project.functions}
        ix = TreeIndex(project.scenario(), project)
        out = []
        for uid in ix.placed():
            u = ix.units[uid]
            hay = " ".join((u.name, u.title, people.get(u.person or "", ""),
                            functions.get(u.function or "", ""))).casefold()
            if needle in hay:
                out.append(uid)
        return out

    def find_step(self, direction: int) -> str | None:
        """Select the next (1) or previous (-1) match; returns its id."""
        matches = self.find_matches(self.find_edit.text())
        if not matches:
            self.statusBar().showMessage(self.tr("No match"), 3000)
            return None
        self._find_pos = (self._find_pos + direction) % len(matches)
        uid = matches[self._find_pos]
        self.selection.set([uid])
        if uid in self.canvas.cards:
            self.canvas.centerOn(self.canvas.cards[uid])
        self.statusBar().showMessage(
            self.tr("Match %1 of %2").replace("%1", str(self._find_pos + 1))
            .replace("%2", str(len(matches))), 3000)
        return uid

    def preferences(self) -> None:
        dlg = PreferencesDialog(self.prefs, self)
        if dlg.exec():
            self.autosaver.set_interval(self.prefs.autosave_s)
            self.canvas.set_render_options(dataclasses.replace(
                self.canvas.render_options, fields=self.prefs.card_fields))

    def about(self) -> None:
        QMessageBox.about(
            self, self.tr("About OrgDesign"),
            self.tr("OrgDesign %1\nDesign customer-centred organisations: charts with the "
                    "customer on top, RACI matrices, interfaces between functions.")
            .replace("%1", __version__))

    def icon_path(self) -> str:
        """The application icon."""
        return str(resource_path("icons", "orgdesign.svg"))

