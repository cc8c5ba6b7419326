"""The Export dialog: a diagram to SVG, PDF, PNG, PowerPoint or DOT with a live preview.

The user picks the format, view, scenario, pages (PDF, PowerPoint), picture
size (PNG) and what the cards show; after each change (debounced) the first
page is planned and drawn small, with the number of pages the file will
have.  Export writes through :func:`orgdesign.export.diagram.export_diagram`,
as the command line does, and the settings are remembered (QSettings group
``export``) for the next time.  Nothing here changes the document.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path

from PySide6.QtCore import QDate, QEventLoop, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from orgdesign.export.diagram import export_diagram
from orgdesign.export.options import FORMATS, PAGE_SIZES, ExportError, ExportOptions, ExportReport
from orgdesign.model import OrgDesignError, Project, TreeIndex
from orgdesign.render.style import FIELDS, RenderOptions

from ..document import Document
from ..messages import localized
from ..selection import Selection
from ..settings import settings as app_settings
from .export_preview import EXACT_UNITS, PreviewPlan, paint_preview, plan_preview

#: Quiet time after the last change before the preview is drawn again (ms).
DEBOUNCE_MS = 250
PREVIEW_SIZE = QSize(440, 330)
FORMAT_ORDER = ("pdf", "pptx", "png", "svg", "dot")
EXTENSIONS = {"svg": ".svg", "pdf": ".pdf", "png": ".png", "pptx": ".pptx", "dot": ".dot"}
PAGE_MODE_ORDER = ("auto", "fit", "tile", "department", "level")
GROUP = "export"


def _bool(value: object, default: bool) -> bool:
    """A QSettings value as a bool (INI files give strings back)."""
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


def _number(value: object, default: float) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def expanded_project(project: Project, scenario_id: str) -> Project:
    """A shallow copy of ``project`` with every branch of the scenario expanded."""
    sc = project.scenario(scenario_id)
    if not any(u.collapsed for u in sc.units):
        return project
    units = [u.model_copy(update={"collapsed": False}) if u.collapsed else u for u in sc.units]
    scenarios = [s.model_copy(update={"units": units}) if s.id == sc.id else s
                 for s in project.scenarios]
    return project.model_copy(update={"scenarios": scenarios})


def _file_stem(document: Document) -> str:
    if document.path is not None:
        return document.path.stem
    title = re.sub(r'[\\/:*?"<>|\s]+', "-", document.project.metadata.title).strip("-.")
    return title or "chart"


class ExportDialog(QDialog):
    """Export a diagram of ``document``; :meth:`export` writes the file."""

    #: a file was written (the report says what)
    exported = Signal(object)

    def __init__(self, document: Document, selection: Selection | None = None,
                 parent: QWidget | None = None, *, view: str | None = None,
                 store: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Diagram"))
        self.document = document
        self.selection = selection
        self.store = store if store is not None else app_settings()
        self.report: ExportReport | None = None
        self.plan: PreviewPlan | None = None
        self._cache: dict[tuple, PreviewPlan] = {}
        self._path_auto = True  # the path follows the view and format until the user edits it
        self._confirmed_path = ""
        self._loading = True
        self._view_asked = view
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self._build()
        self.refresh(view=view)
        self._restore_settings()
        self._loading = False
        self._format_changed()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        self.format_combo = QComboBox()
        for fmt, text in (("pdf", self.tr("PDF (print)")),
                          ("pptx", self.tr("PowerPoint (slides)")),
                          ("png", self.tr("PNG (picture)")),
                          ("svg", self.tr("SVG (vector picture)")),
                          ("dot", self.tr("Graphviz DOT (graph)"))):
            self.format_combo.addItem(text, fmt)
        self.path_edit = QLineEdit()
        self.path_edit.setMinimumWidth(220)
        self.browse_button = QPushButton(self.tr("Browse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        file_box = QGroupBox(self.tr("File"))
        form = QFormLayout(file_box)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Save to"), path_row)

        self.view_combo = QComboBox()
        self.scenario_combo = QComboBox()
        self.subtree_check = QCheckBox(self.tr("Only the selected unit and its reports"))
        self.keep_collapsed_check = QCheckBox(self.tr("Keep collapsed branches collapsed"))
        self.keep_collapsed_check.setChecked(True)
        self.levels_spin = QSpinBox()
        self.levels_spin.setRange(0, 20)
        self.levels_spin.setSpecialValueText(self.tr("All"))
        chart_box = QGroupBox(self.tr("Chart"))
        form = QFormLayout(chart_box)
        form.addRow(self.tr("View"), self.view_combo)
        form.addRow(self.tr("Scenario"), self.scenario_combo)
        form.addRow(self.tr("Levels shown"), self.levels_spin)
        form.addRow(self.subtree_check)
        form.addRow(self.keep_collapsed_check)

        self.page_combo = QComboBox()
        for name in PAGE_SIZES:
            self.page_combo.addItem(name, name)
        self.page_combo.addItem(self.tr("Custom"), "custom")
        self.custom_w_spin = QDoubleSpinBox()
        self.custom_h_spin = QDoubleSpinBox()
        for spin, value in ((self.custom_w_spin, 600.0), (self.custom_h_spin, 400.0)):
            spin.setRange(20, 5000)
            spin.setDecimals(0)
            spin.setSuffix(self.tr(" mm"))
            spin.setValue(value)
        custom_row = QHBoxLayout()
        custom_row.addWidget(self.custom_w_spin)
        custom_row.addWidget(QLabel("×"))
        custom_row.addWidget(self.custom_h_spin)
        self.custom_row = QWidget()
        self.custom_row.setLayout(custom_row)
        custom_row.setContentsMargins(0, 0, 0, 0)
        self.orientation_combo = QComboBox()
        self.orientation_combo.addItem(self.tr("Automatic (follow the chart)"), "auto")
        self.orientation_combo.addItem(self.tr("Portrait"), "portrait")
        self.orientation_combo.addItem(self.tr("Landscape"), "landscape")
        self.margin_spin = QDoubleSpinBox()
        self.margin_spin.setRange(0, 100)
        self.margin_spin.setDecimals(0)
        self.margin_spin.setSuffix(self.tr(" mm"))
        self.margin_spin.setValue(10)
        self.pages_combo = QComboBox()
        self.pages_box = QGroupBox(self.tr("Pages"))
        form = QFormLayout(self.pages_box)
        form.addRow(self.tr("Layout"), self.pages_combo)
        form.addRow(self.tr("Page size"), self.page_combo)
        form.addRow("", self.custom_row)
        form.addRow(self.tr("Orientation"), self.orientation_combo)
        form.addRow(self.tr("Margins"), self.margin_spin)
        self.pages_form = form

        self.dpi_radio = QRadioButton(self.tr("Resolution"))
        self.width_radio = QRadioButton(self.tr("Width"))
        size_group = QButtonGroup(self)
        size_group.addButton(self.dpi_radio)
        size_group.addButton(self.width_radio)
        self.dpi_radio.setChecked(True)
        self.dpi_spin = QSpinBox()
        self.dpi_spin.setRange(24, 1200)
        self.dpi_spin.setSuffix(self.tr(" dpi"))
        self.dpi_spin.setValue(150)
        self.width_spin = QSpinBox()
        self.width_spin.setRange(16, 65000)
        self.width_spin.setSuffix(self.tr(" px"))
        self.width_spin.setValue(1920)
        self.transparent_check = QCheckBox(self.tr("Transparent background"))
        self.picture_box = QGroupBox(self.tr("Picture"))
        form = QFormLayout(self.picture_box)
        form.addRow(self.dpi_radio, self.dpi_spin)
        form.addRow(self.width_radio, self.width_spin)
        form.addRow(self.transparent_check)

        self.field_checks = {f: QCheckBox(t) for f, t in (("name", self.tr("Name")),
                                                          ("title", self.tr("Title")),
                                                          ("person", self.tr("Person")))}
        fields_row = QHBoxLayout()
        for box in self.field_checks.values():
            box.setChecked(True)
            fields_row.addWidget(box)
        fields_row.addStretch(1)
        self.vacancies_check = QCheckBox(self.tr("Mark vacant positions"))
        self.photos_check = QCheckBox(self.tr("Photos"))
        self.legend_check = QCheckBox(self.tr("Legend"))
        for box in (self.vacancies_check, self.photos_check, self.legend_check):
            box.setChecked(True)
        self.colour_combo = QComboBox()
        self.colour_combo.addItem(self.tr("Function"), "function")
        self.colour_combo.addItem(self.tr("Layer"), "layer")
        self.title_check = QCheckBox(self.tr("Title"))
        self.title_check.setChecked(True)
        self.title_edit = QLineEdit()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_check)
        title_row.addWidget(self.title_edit, 1)
        self.date_check = QCheckBox(self.tr("Today's date"))
        self.footer_edit = QLineEdit()
        self.footer_edit.setPlaceholderText(self.tr("e.g. Confidential"))
        self.lang_combo = QComboBox()
        self.lang_combo.addItem("English", "en")
        self.lang_combo.addItem("中文", "zh")
        self.engine_combo = QComboBox()
        self.engine_combo.addItem(self.tr("OrgDesign"), "native")
        self.engine_combo.addItem(self.tr("Graphviz"), "graphviz")
        content_box = QGroupBox(self.tr("Content"))
        form = QFormLayout(content_box)
        form.addRow(self.tr("Cards show"), fields_row)
        form.addRow("", self.vacancies_check)
        form.addRow("", self.photos_check)
        form.addRow(self.tr("Colour by"), self.colour_combo)
        form.addRow("", self.legend_check)
        form.addRow(self.tr("Heading"), title_row)
        form.addRow("", self.date_check)
        form.addRow(self.tr("Footer"), self.footer_edit)
        form.addRow(self.tr("Labels in"), self.lang_combo)
        form.addRow(self.tr("Layout by"), self.engine_combo)

        self.preview_label = QLabel()
        self.preview_label.setFixedSize(PREVIEW_SIZE)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setWordWrap(True)
        self.preview_label.setStyleSheet("QLabel { background: #E4E7EB; color: #52606D; }")
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setStyleSheet("QLabel { color: #8A5A00; }")
        self.note_label.setMaximumWidth(PREVIEW_SIZE.width())
        self.count_label.setMaximumWidth(PREVIEW_SIZE.width())
        preview_box = QGroupBox(self.tr("Preview"))
        col = QVBoxLayout(preview_box)
        col.addWidget(self.preview_label)
        col.addWidget(self.count_label)
        col.addWidget(self.note_label)
        col.addStretch(1)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet("QLabel { color: #B42318; }")
        self.error_label.hide()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: no percentage to tell
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        for group_box in (file_box, chart_box, self.pages_box, self.picture_box):
            left.addWidget(group_box)
        left.addStretch(1)
        middle = QVBoxLayout()
        middle.addWidget(content_box)
        middle.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(middle, 1)
        columns.addWidget(preview_box)
        outer = QVBoxLayout(self)
        outer.addLayout(columns)
        outer.addWidget(self.error_label)
        outer.addWidget(self.progress)
        outer.addWidget(self.buttons)

        self.format_combo.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.view_combo.currentIndexChanged.connect(lambda _i: self._view_changed())
        self.browse_button.clicked.connect(self.browse)
        self.path_edit.textEdited.connect(lambda _t: self._path_edited())
        self.path_edit.editingFinished.connect(self._path_finished)
        for combo in (self.scenario_combo, self.page_combo, self.orientation_combo,
                      self.pages_combo, self.colour_combo, self.lang_combo, self.engine_combo):
            combo.currentIndexChanged.connect(lambda _i: self._changed())
        for any_spin in (self.custom_w_spin, self.custom_h_spin, self.margin_spin,
                         self.dpi_spin, self.width_spin, self.levels_spin):
            any_spin.valueChanged.connect(lambda _v: self._changed())
        for button in (self.subtree_check, self.keep_collapsed_check, self.transparent_check,
                       self.vacancies_check, self.photos_check, self.legend_check,
                       self.title_check, self.date_check, self.dpi_radio,
                       *self.field_checks.values()):
            button.toggled.connect(lambda _b: self._changed())
        for edit in (self.title_edit, self.footer_edit):
            edit.textChanged.connect(lambda _t: self._changed())

    # ------------------------------------------------------------------ document

    def set_document(self, document: Document) -> None:
        """Export another document."""
        self.document = document
        self._cache.clear()
        self.refresh()

    def refresh(self, view: str | None = None) -> None:
        """Fill the view and scenario lists from the model (keeping the choices that
        still exist) and draw the preview again."""
        project = self.document.project
        self._cache.clear()
        keep_view = view or self.view_combo.currentData()
        keep_sc = self.scenario_combo.currentData()
        loading, self._loading = self._loading, True
        self.view_combo.clear()
        for v, text in (("classic", self.tr("Org chart")),
                        ("compact", self.tr("Org chart (compact)")),
                        ("inverted", self.tr("Inverted: the customer on top")),
                        ("rings", self.tr("Rings: the customer at the centre"))):
            self.view_combo.addItem(text, v)
        for proc in project.processes:
            self.view_combo.addItem(self.tr("Process: %1").replace("%1", proc.name),
                                    f"process:{proc.id}")
        self.view_combo.addItem(self.tr("Interfaces between functions"), "interfaces")
        self._select(self.view_combo, keep_view)
        self.scenario_combo.clear()
        for sc in project.scenarios:
            self.scenario_combo.addItem(sc.name or sc.id, sc.id)
        self._select(self.scenario_combo, keep_sc or project.scenario().id)
        lang = project.metadata.language if project.metadata.language in ("en", "zh") else "en"
        self._select(self.lang_combo, lang)
        self.title_edit.setPlaceholderText(project.metadata.title or self.tr("No title"))
        root = self._selected_root()
        name = TreeIndex(project.scenario(self.scenario_id())).units[root].name if root else ""
        self.subtree_check.setEnabled(root is not None)
        self.subtree_check.setText(
            self.tr("Only “%1” and its reports").replace("%1", name) if root
            else self.tr("Only the selected unit and its reports"))
        if root is None:
            self.subtree_check.setChecked(False)
        self._loading = loading
        if self._path_auto:
            self.path_edit.setText(self._default_path())
        self._changed()

    @staticmethod
    def _select(combo: QComboBox, data: object) -> bool:
        i = combo.findData(data)
        if i >= 0:
            combo.setCurrentIndex(i)
        return i >= 0

    def _selected_root(self) -> str | None:
        if self.selection is None or self.selection.current is None:
            return None
        project = self.document.project
        sid = self.scenario_combo.currentData() or project.scenario().id
        units = {u.id for u in project.scenario(sid).units}
        return self.selection.current if self.selection.current in units else None

    # ------------------------------------------------------------------ what is asked

    def fmt(self) -> str:
        """The chosen format: svg, pdf, png, pptx or dot."""
        return str(self.format_combo.currentData())

    def view(self) -> str:
        """The chosen view name (``classic``... ``process:<id>``, ``interfaces``)."""
        return str(self.view_combo.currentData())

    def scenario_id(self) -> str:
        """The chosen scenario's id."""
        return str(self.scenario_combo.currentData())

    def page(self) -> str:
        """The page size as ExportOptions takes it (``A4``... or ``WxH``)."""
        if self.page_combo.currentData() == "custom":
            # A custom sheet is given portrait, as the named ones: the orientation
            # setting then turns it, whichever side the user typed first.
            w, h = sorted((self.custom_w_spin.value(), self.custom_h_spin.value()))
            return f"{w:g}x{h:g}"
        return str(self.page_combo.currentData())

    def options(self) -> ExportOptions:
        """The ExportOptions of the dialog's settings; ExportError if they do not hold."""
        fmt = self.fmt()
        fields = tuple(f for f in FIELDS if self.field_checks[f].isChecked()) or ("name",)
        title: str | None = ""
        if self.title_check.isChecked():
            title = self.title_edit.text().strip() or None
        date = QDate.currentDate().toString(Qt.DateFormat.ISODate) if \
            self.date_check.isChecked() else ""
        base = str(self.document.path.parent) if self.document.path is not None else ""
        transparent = fmt == "png" and self.transparent_check.isChecked()
        orient = self.orientation_combo.currentData()
        root = self._selected_root() if self.subtree_check.isChecked() else None
        levels = self.levels_spin.value()
        engine = self.engine_combo.currentData() if fmt in ("svg", "pdf", "png") else "native"
        pages = self.pages_combo.currentData() if fmt in ("pdf", "pptx") else "fit"
        try:
            render = RenderOptions(
                fields=fields, show_vacancies=self.vacancies_check.isChecked(),
                show_photos=self.photos_check.isChecked(),
                colour_by=self.colour_combo.currentData(), legend=self.legend_check.isChecked(),
                title=title, date=date, footer=self.footer_edit.text().strip(),
                lang=self.lang_combo.currentData(),
                background="transparent" if transparent else "white", base_dir=base)
        except ValueError as exc:
            raise ExportError(str(exc)) from None
        return ExportOptions(
            render=render, page=self.page(),
            landscape=None if orient == "auto" else orient == "landscape",
            margin_mm=self.margin_spin.value(), pages=pages or "auto",
            dpi=float(self.dpi_spin.value()),
            width_px=self.width_spin.value() if self.width_radio.isChecked() else None,
            root=root, max_depth=levels - 1 if levels else None, engine=engine)

    def export_project(self) -> Project:
        """The project as exported: the document's, with branches expanded unless
        collapsed ones are kept."""
        project = self.document.project
        if self.keep_collapsed_check.isChecked():
            return project
        return expanded_project(project, self.scenario_id())

    # ------------------------------------------------------------------ reacting

    def _format_changed(self) -> None:
        fmt = self.fmt()
        page_modes = fmt in ("pdf", "pptx")
        self.pages_box.setVisible(page_modes)
        self.picture_box.setVisible(fmt == "png")
        self.engine_combo.setEnabled(fmt in ("svg", "pdf", "png"))
        # PowerPoint slides have no page size, margins or tiles.
        for w in (self.page_combo, self.orientation_combo, self.margin_spin):
            self.pages_form.setRowVisible(w, fmt == "pdf")
        keep = self.pages_combo.currentData()
        loading, self._loading = self._loading, True
        self.pages_combo.clear()
        slide = fmt == "pptx"
        texts = {
            "auto": self.tr("Automatic: one slide when readable") if slide
            else self.tr("Automatic: one page when readable"),
            "fit": self.tr("The whole chart on one slide") if slide
            else self.tr("The whole chart on one page"),
            "tile": self.tr("Tiled at print size over several pages"),
            "department": self.tr("One slide per department") if slide
            else self.tr("One page per department"),
            "level": self.tr("One slide per manager and team, level by level") if slide
            else self.tr("One page per manager and team, level by level"),
        }
        for mode in PAGE_MODE_ORDER:
            if not (slide and mode == "tile"):
                self.pages_combo.addItem(texts[mode], mode)
        if not self._select(self.pages_combo, keep):
            self._select(self.pages_combo, "auto")
        self._loading = loading
        self._set_extension()
        self._changed()

    def _view_changed(self) -> None:
        if self._path_auto and not self._loading:
            self.path_edit.setText(self._default_path())
        self._changed()

    def _changed(self) -> None:
        self.pages_form.setRowVisible(self.custom_row, self.fmt() == "pdf"
                                      and self.page_combo.currentData() == "custom")
        self.dpi_spin.setEnabled(self.dpi_radio.isChecked())
        self.width_spin.setEnabled(self.width_radio.isChecked())
        self.title_edit.setEnabled(self.title_check.isChecked())
        if not self._loading:
            self._timer.start()

    def _default_path(self) -> str:
        folder = str(self.store.value(f"{GROUP}/folder", "") or "")
        if not folder or not os.path.isdir(folder):
            folder = str(self.document.path.parent) if self.document.path is not None \
                else os.path.expanduser("~")
        view = (self.view_combo.currentData() or "classic").replace(":", "-")
        name = f"{_file_stem(self.document)}-{view}{EXTENSIONS[self.fmt()]}"
        return os.path.join(folder, name)

    def _set_extension(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        ext = EXTENSIONS[self.fmt()]
        p = Path(path)
        if FORMATS.get(p.suffix.lower()) != self.fmt():
            p = p.with_suffix(ext) if p.suffix.lower() in FORMATS else Path(path + ext)
            self.path_edit.setText(str(p))

    def _path_edited(self) -> None:
        self._path_auto = False
        self._confirmed_path = ""

    def _path_finished(self) -> None:
        """A typed extension chooses the format."""
        fmt = FORMATS.get(Path(self.path_edit.text().strip()).suffix.lower())
        if fmt is not None and fmt != self.fmt():
            self._select(self.format_combo, fmt)

    def browse(self) -> None:
        """Choose the output file (the file dialog asks before overwriting)."""
        filters = {"pdf": self.tr("PDF (*.pdf)"), "pptx": self.tr("PowerPoint (*.pptx)"),
                   "png": self.tr("PNG picture (*.png)"), "svg": self.tr("SVG picture (*.svg)"),
                   "dot": self.tr("Graphviz DOT (*.dot *.gv)")}
        chosen, used = QFileDialog.getSaveFileName(
            self, self.tr("Export diagram"), self.path_edit.text(),
            ";;".join(filters[f] for f in FORMAT_ORDER), filters[self.fmt()])
        if not chosen:
            return
        fmt = next((f for f, text in filters.items() if text == used), self.fmt())
        self._path_auto = False
        self.path_edit.setText(chosen)
        self._select(self.format_combo, FORMATS.get(Path(chosen).suffix.lower(), fmt))
        self._set_extension()
        self._confirmed_path = self.path_edit.text()

    # ------------------------------------------------------------------ preview

    def schedule_preview(self) -> None:
        """Draw the preview again after a quiet moment."""
        self._timer.start()

    def refresh_preview(self) -> PreviewPlan | None:
        """Plan and draw the first page now; returns the plan (None when it failed,
        the preview then says why)."""
        self._timer.stop()
        self.plan = None
        self.note_label.clear()
        try:
            options = self.options()
            project = self.export_project()
            key = (id(project), self.view(), self.scenario_id(), self.fmt(), options)
            plan = self._cache.get(key)
            if plan is None:
                big = len(project.scenario(self.scenario_id()).units) > EXACT_UNITS
                if big:
                    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
                try:
                    plan = plan_preview(project, self.view(), self.scenario_id(), options,
                                        self.fmt())
                finally:
                    if big:
                        QApplication.restoreOverrideCursor()
                if len(self._cache) > 16:
                    self._cache.clear()
                self._cache[key] = plan
            dpr = self.devicePixelRatioF()
            image = paint_preview(plan, options, PREVIEW_SIZE, dpr)
        except OrgDesignError as exc:
            self.preview_label.setPixmap(QPixmap())
            self.preview_label.setText(localized(exc))
            self.count_label.clear()
            return None
        self.plan = plan
        self.preview_label.setPixmap(QPixmap.fromImage(image))
        self.count_label.setText(self.count_text(plan))
        notes = []
        if plan.warning and plan.pixels:
            _, _, bw, bh = plan.page.display.bounds
            k = options.width_px / bw if options.width_px else options.dpi / 96
            notes.append(self.tr("At this size the picture would be %1 × %2 px; it is scaled "
                                 "down to %3 × %4 px. For full detail export a PDF tiled at "
                                 "print size.")
                         .replace("%1", str(math.ceil(bw * k))).replace("%2", str(math.ceil(bh * k)))
                         .replace("%3", str(plan.pixels[0])).replace("%4", str(plan.pixels[1])))
        if not plan.readable:
            notes.append(self.tr("Card names come out very small on this page: choose "
                                 "another page layout or a larger page."))
        if plan.left_out:
            notes.append(self.tr("%1 teams deeper down are left out (too many pages): export "
                                 "one branch, or fewer levels.").replace("%1", str(plan.left_out)))
        if options.engine == "graphviz":
            notes.append(self.tr("The preview shows OrgDesign's layout; Graphviz lays the "
                                 "file out itself."))
        self.note_label.setText("\n".join(notes))
        return plan

    def count_text(self, plan: PreviewPlan) -> str:
        """What the file will hold, in words (pages, slides or pixels)."""
        _, _, bw, bh = plan.page.display.bounds
        n = str(plan.count)
        if plan.fmt == "pdf":
            if not plan.exact:
                text = self.tr("at least %1 pages").replace("%1", n)
            else:
                text = self.tr("1 page") if plan.count == 1 else \
                    self.tr("%1 pages").replace("%1", n)
        elif plan.fmt == "pptx":
            text = (self.tr("%1 slides with the title slide") if plan.exact
                    else self.tr("at least %1 slides with the title slide")).replace("%1", n)
        elif plan.fmt == "png" and plan.pixels:
            return self.tr("%1 × %2 px").replace("%1", str(plan.pixels[0])).replace(
                "%2", str(plan.pixels[1]))
        elif plan.fmt == "svg":
            return self.tr("One drawing, %1 × %2 px").replace("%1", str(round(bw))).replace(
                "%2", str(round(bh)))
        else:
            return self.tr("One graph of %1 boxes").replace("%1", str(len(plan.page.layout.boxes)))
        modes = {"fit": self.tr("the whole chart at once"),
                 "tile": self.tr("tiled %1 × %2"),
                 "department": self.tr("one per department"),
                 "level": self.tr("one per manager and team")}
        mode = modes.get(plan.mode, "")
        if plan.tiles:
            mode = mode.replace("%1", str(plan.tiles[0])).replace("%2", str(plan.tiles[1]))
        return f"{text} · {mode}" if mode else text

    # ------------------------------------------------------------------ export

    def target_path(self) -> str:
        """The file to write, with the format's extension; ExportError when empty."""
        path = self.path_edit.text().strip()
        if not path:
            raise ExportError(self.tr("Choose a file to write."))
        path = os.path.expanduser(path)
        p = Path(path)
        if FORMATS.get(p.suffix.lower()) != self.fmt():
            path = str(p.with_suffix(EXTENSIONS[self.fmt()]) if p.suffix.lower() in FORMATS
                       else Path(path + EXTENSIONS[self.fmt()]))
        return path

    def show_error(self, message: str) -> None:
        """Show why the export failed, in the dialog."""
        self.error_label.setText(message)
        self.error_label.show()

    def export(self) -> ExportReport | None:
        """Write the file as set; returns the report, or None after showing the error
        in the dialog (nothing raises)."""
        self.error_label.hide()
        try:
            path = self.target_path()
            options = self.options()
            project = self.export_project()
        except OrgDesignError as exc:
            self.show_error(localized(exc))
            return None
        self._busy(True)
        try:
            report = export_diagram(project, path, view=self.view(),
                                    scenario_id=self.scenario_id(), options=options)
        except (OrgDesignError, OSError) as exc:
            self.show_error(self.tr("Cannot export: %1").replace(
                "%1", localized(exc) if isinstance(exc, OrgDesignError) else str(exc)))
            return None
        finally:
            self._busy(False)
        self.report = report
        self.path_edit.setText(path)
        self.save_settings()
        if report.warning_messages:
            self.note_label.setText("\n".join(localized(w) for w in report.warning_messages))
        self.exported.emit(report)
        return report

    def _busy(self, on: bool) -> None:
        self.export_button.setEnabled(not on)
        self.progress.setVisible(on)
        if on:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            # Let the busy bar and cursor show before the long call starts.
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        else:
            QApplication.restoreOverrideCursor()

    def accept(self) -> None:
        """Export (asking before replacing a file) and close when it worked."""
        try:
            path = self.target_path()
        except OrgDesignError as exc:
            self.show_error(localized(exc))
            return
        if os.path.exists(path) and path != self._confirmed_path:
            answer = QMessageBox.question(
                self, self.tr("Replace file"),
                self.tr("%1 exists. Replace it?").replace("%1", path),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.export() is not None:
            super().accept()

    # ------------------------------------------------------------------ settings

    def save_settings(self) -> None:
        """Remember the settings (QSettings group ``export``) for the next export."""
        s = self.store
        s.beginGroup(GROUP)
        try:
            values = {
                "format": self.fmt(), "view": self.view(), "page": self.page_combo.currentData(),
                "custom_w": self.custom_w_spin.value(), "custom_h": self.custom_h_spin.value(),
                "orientation": self.orientation_combo.currentData(),
                "margin": self.margin_spin.value(), "pages": self.pages_combo.currentData(),
                "dpi": self.dpi_spin.value(), "width": self.width_spin.value(),
                "by_width": self.width_radio.isChecked(),
                "transparent": self.transparent_check.isChecked(),
                "fields": ",".join(f for f, b in self.field_checks.items() if b.isChecked()),
                "vacancies": self.vacancies_check.isChecked(),
                "photos": self.photos_check.isChecked(),
                "colour_by": self.colour_combo.currentData(),
                "legend": self.legend_check.isChecked(), "title": self.title_check.isChecked(),
                "date": self.date_check.isChecked(), "footer": self.footer_edit.text(),
                "keep_collapsed": self.keep_collapsed_check.isChecked(),
                "levels": self.levels_spin.value(), "engine": self.engine_combo.currentData(),
                "folder": os.path.dirname(os.path.abspath(self.path_edit.text().strip()
                                                          or os.curdir)),
            }
            for key, value in values.items():
                s.setValue(key, value)
        finally:
            s.endGroup()
        s.sync()

    def _restore_settings(self) -> None:
        s = self.store
        s.beginGroup(GROUP)
        try:
            def value(key: str, default: object = None) -> object:
                return s.value(key, default)

            self._select(self.format_combo, value("format", "pdf"))
            if self._view_asked is None:
                self._select(self.view_combo, value("view"))
            self._select(self.page_combo, value("page", "A4"))
            self.custom_w_spin.setValue(_number(value("custom_w"), 600))
            self.custom_h_spin.setValue(_number(value("custom_h"), 400))
            self._select(self.orientation_combo, value("orientation", "auto"))
            self.margin_spin.setValue(_number(value("margin"), 10))
            self._format_changed()
            self._select(self.pages_combo, value("pages", "auto"))
            self.dpi_spin.setValue(int(_number(value("dpi"), 150)))
            self.width_spin.setValue(int(_number(value("width"), 1920)))
            (self.width_radio if _bool(value("by_width"), False) else self.dpi_radio
             ).setChecked(True)
            self.transparent_check.setChecked(_bool(value("transparent"), False))
            fields = str(value("fields", ",".join(FIELDS))).split(",")
            for f, box in self.field_checks.items():
                box.setChecked(f in fields)
            self.vacancies_check.setChecked(_bool(value("vacancies"), True))
            self.photos_check.setChecked(_bool(value("photos"), True))
            self._select(self.colour_combo, value("colour_by", "function"))
            self.legend_check.setChecked(_bool(value("legend"), True))
            self.title_check.setChecked(_bool(value("title"), True))
            self.date_check.setChecked(_bool(value("date"), False))
            self.footer_edit.setText(str(value("footer", "") or ""))
            self.keep_collapsed_check.setChecked(_bool(value("keep_collapsed"), True))
            self.levels_spin.setValue(int(_number(value("levels"), 0)))
            self._select(self.engine_combo, value("engine", "native"))
        finally:
            s.endGroup()
        if self._path_auto:
            self.path_edit.setText(self._default_path())
