"""The Export dialog (no exec: widgets set, export() called) and Copy as Image."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from orgdesign.app.clipboard import COPY_SCALE, chart_image, copy_as_image
from orgdesign.app.dialogs.export_dialog import ExportDialog
from orgdesign.app.dialogs.export_preview import plan_preview
from orgdesign.app.document import Document
from orgdesign.app.selection import Selection
from orgdesign.edit import UpdateUnit
from orgdesign.export.options import ExportOptions
from orgdesign.export.views import departments, level_managers, plan_pages
from orgdesign.model import TreeIndex
from orgdesign.render import RenderOptions
from orgdesign.samples.registry import build_sample


@pytest.fixture
def store(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def doc():
    return Document(build_sample("bakery", "zh"))


@pytest.fixture
def dialog(qtbot, doc, store, tmp_path):
    dlg = ExportDialog(doc, Selection(), store=store)
    qtbot.addWidget(dlg)
    dlg.path_edit.setText(str(tmp_path / "chart.pdf"))
    return dlg


def _set(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def test_preview_follows_format_and_view(dialog, doc):
    plan = dialog.refresh_preview()
    assert plan is not None and plan.fmt == "pdf"
    assert not dialog.preview_label.pixmap().isNull()
    assert str(plan.count) in dialog.count_label.text()
    _set(dialog.format_combo, "pptx")
    _set(dialog.view_combo, "rings")
    _set(dialog.pages_combo, "level")
    plan = dialog.refresh_preview()
    assert plan.fmt == "pptx" and plan.mode == "level"
    assert plan.count == 2 + len(level_managers(doc.project)[0])  # title slide + top + teams
    assert str(plan.count) in dialog.count_label.text()
    assert not dialog.preview_label.pixmap().isNull()
    assert dialog.pages_combo.findData("tile") < 0  # no tiles on slides
    views = [dialog.view_combo.itemData(i) for i in range(dialog.view_combo.count())]
    assert views[:4] == ["classic", "compact", "inverted", "rings"]
    assert views[-1] == "interfaces"
    assert [v for v in views if v.startswith("process:")] == \
        [f"process:{p.id}" for p in doc.project.processes]


def test_changes_redraw_the_preview_after_a_pause(qtbot, dialog):
    dialog.refresh_preview()
    dialog.plan = None
    dialog.margin_spin.setValue(25)
    assert dialog.plan is None  # debounced, not at once
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=3000)
    assert not dialog.preview_label.pixmap().isNull()


def test_preview_counts_what_the_export_writes(dialog, tmp_path):
    for fmt, mode in (("pdf", "auto"), ("pdf", "tile"), ("pptx", "department")):
        _set(dialog.format_combo, fmt)
        _set(dialog.pages_combo, mode)
        dialog.path_edit.setText(str(tmp_path / f"{mode}.{fmt}"))
        plan = dialog.refresh_preview()
        report = dialog.export()
        assert report is not None, dialog.error_label.text()
        assert (plan.mode, plan.count) == (report.mode, report.pages)


def test_large_charts_plan_the_first_page_only(doc):
    project = doc.project
    opts = ExportOptions(pages="department", render=RenderOptions(lang="zh"))
    plan = plan_preview(project, "classic", None, opts, "pdf", exact_units=10)
    assert not plan.exact and plan.count == 1 + len(departments(project))
    assert plan.page.title == plan_pages(project, "classic", options=opts)[0].title
    level = ExportOptions(pages="level")
    plan = plan_preview(project, "classic", None, level, "pptx", exact_units=10)
    assert plan.exact and plan.count == 2 + len(level_managers(project)[0])


def test_export_svg_pdf_png_writes_the_files(dialog, doc, tmp_path):
    ix = TreeIndex(doc.project.scenario())
    name = ix.units[ix.placed_roots()[0]].name
    _set(dialog.format_combo, "svg")
    dialog.path_edit.setText(str(tmp_path / "chart"))  # the extension is added
    report = dialog.export()
    assert report is not None and report.path == str(tmp_path / "chart.svg")
    svg = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    ET.fromstring(svg)
    assert name in svg

    _set(dialog.format_combo, "png")
    dialog.width_radio.setChecked(True)
    dialog.width_spin.setValue(800)
    plan = dialog.refresh_preview()
    assert plan.pixels[0] == 800 and "800 ×" in dialog.count_label.text()
    report = dialog.export()
    img = QImage(report.path)
    assert report.path.endswith(".png") and (img.width(), img.height()) == plan.pixels

    _set(dialog.format_combo, "pdf")
    _set(dialog.pages_combo, "fit")
    _set(dialog.page_combo, "custom")
    dialog.custom_w_spin.setValue(500)
    dialog.custom_h_spin.setValue(300)
    report = dialog.export()
    data = open(report.path, "rb").read()
    assert data.startswith(b"%PDF") and report.pages == 1
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", report.path], capture_output=True, text=True,
                              check=True).stdout
        assert "1417 x 850" in info  # 500 x 300 mm landscape in pt


def test_settings_are_remembered(qtbot, doc, store, tmp_path):
    first = ExportDialog(doc, store=store)
    qtbot.addWidget(first)
    _set(first.format_combo, "png")
    _set(first.view_combo, "inverted")
    first.dpi_spin.setValue(200)
    first.transparent_check.setChecked(True)
    first.field_checks["person"].setChecked(False)
    _set(first.colour_combo, "layer")
    first.footer_edit.setText("内部资料")
    first.path_edit.setText(str(tmp_path / "x.png"))
    assert first.export() is not None
    again = ExportDialog(doc, store=store)
    qtbot.addWidget(again)
    assert again.fmt() == "png" and again.view() == "inverted"
    assert again.dpi_spin.value() == 200 and again.transparent_check.isChecked()
    assert not again.field_checks["person"].isChecked()
    assert again.colour_combo.currentData() == "layer"
    assert again.footer_edit.text() == "内部资料"
    assert again.path_edit.text().startswith(str(tmp_path))  # the last folder
    opts = again.options()
    assert opts.render.fields == ("name", "title") and opts.render.background == "transparent"
    # The view the window shows wins over the remembered one.
    shown = ExportDialog(doc, store=store, view="rings")
    qtbot.addWidget(shown)
    assert shown.view() == "rings"


def test_errors_are_shown_in_the_dialog(dialog, tmp_path):
    dialog.path_edit.setText(str(tmp_path / "missing" / "chart.pdf"))
    assert dialog.export() is None
    assert not dialog.error_label.isHidden()
    assert "does not exist" in dialog.error_label.text()
    dialog.path_edit.setText("")
    assert dialog.export() is None
    assert dialog.error_label.text() == "Choose a file to write."


def test_replacing_a_file_asks_first(dialog, tmp_path, _no_modal_boxes):
    target = tmp_path / "chart.pdf"
    target.write_bytes(b"keep me")
    dialog.accept()  # the patched box answers No (Discard)
    assert target.read_bytes() == b"keep me"
    assert _no_modal_boxes and _no_modal_boxes[-1][0] == "question"
    assert dialog.result() == 0


def test_subtree_and_expanded_branches(qtbot, doc, store, tmp_path):
    ix = TreeIndex(doc.project.scenario(), doc.project)
    dept = departments(doc.project)[0]
    sel = Selection()
    sel.set([dept])
    dlg = ExportDialog(doc, sel, store=store)
    qtbot.addWidget(dlg)
    assert dlg.subtree_check.isEnabled() and doc.project.scenario().units
    dlg.subtree_check.setChecked(True)
    _set(dlg.format_combo, "svg")
    dlg.path_edit.setText(str(tmp_path / "dept.svg"))
    report = dlg.export()
    assert report.units == len(list(ix.walk(dept)))
    # A collapsed branch stays collapsed unless asked otherwise.
    doc.push(UpdateUnit(dept, {"collapsed": True}))
    dlg.subtree_check.setChecked(False)
    collapsed = dlg.export().units
    dlg.keep_collapsed_check.setChecked(False)
    expanded = dlg.export().units
    assert expanded == len(ix.placed()) > collapsed
    assert TreeIndex(doc.project.scenario()).units[dept].collapsed  # the document is untouched


def test_path_and_format_follow_each_other(dialog, tmp_path):
    _set(dialog.format_combo, "pptx")
    assert dialog.path_edit.text().endswith(".pptx")
    dialog.path_edit.setText(str(tmp_path / "deck.svg"))
    dialog.path_edit.editingFinished.emit()
    assert dialog.fmt() == "svg"


def test_copy_as_image_puts_the_chart_on_the_clipboard(qtbot, doc):
    image = copy_as_image(doc, "classic", Selection())
    assert not image.isNull()
    on_board = QApplication.clipboard().image()
    assert not on_board.isNull() and on_board.size() == image.size()
    page = plan_pages(doc.project, "classic", options=ExportOptions(
        render=RenderOptions(lang="zh")))[0]
    assert abs(image.width() - COPY_SCALE * page.display.bounds[2]) <= 1
    sel = Selection()
    sel.set([departments(doc.project)[0]])
    part = chart_image(doc, "classic", sel)
    assert 0 < part.width() * part.height() < image.width() * image.height()
    small = chart_image(doc, "classic", None, max_pixels=100_000)
    assert small.width() * small.height() <= 100_000


def test_level_preview_says_when_teams_are_left_out(dialog, doc, monkeypatch):
    from orgdesign.export import views

    monkeypatch.setattr(views, "MAX_LEVEL_PAGES", 2)
    _set(dialog.format_combo, "pptx")
    _set(dialog.pages_combo, "level")
    plan = dialog.refresh_preview()
    kept, left_out = level_managers(doc.project)
    assert plan.left_out == left_out > 0 and plan.count == 2 + len(kept)
    assert f"{left_out} teams" in dialog.note_label.text()


def test_a_capped_picture_is_explained(dialog):
    _set(dialog.format_combo, "png")
    dialog.width_radio.setChecked(True)
    dialog.width_spin.setValue(60000)
    plan = dialog.refresh_preview()
    assert plan.pixels[0] < 60000 and plan.warning
    assert "60000 ×" in dialog.note_label.text()
    assert f"{plan.pixels[0]} × {plan.pixels[1]}" in dialog.note_label.text()
