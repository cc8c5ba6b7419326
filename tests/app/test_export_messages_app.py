"""The Export dialog shows the exporters' warnings and errors in the UI language.

A marking translator wraps every "Messages" template in «»; the dialog must show
the marked text, proving it goes through ``localized`` and not ``str``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from orgdesign.app.dialogs.export_dialog import ExportDialog
from orgdesign.app.document import Document
from orgdesign.app.selection import Selection
from orgdesign.samples.registry import build_sample


@pytest.fixture
def dialog(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dlg = ExportDialog(Document(build_sample("crm", "en")), Selection(), store=store)
    qtbot.addWidget(dlg)
    return dlg


def _select(combo, data) -> None:
    i = combo.findData(data)
    assert i >= 0, data
    combo.setCurrentIndex(i)


def _fit_pdf(dialog: ExportDialog, path: Path):
    _select(dialog.format_combo, "pdf")
    _select(dialog.view_combo, "classic")
    _select(dialog.pages_combo, "fit")
    dialog.path_edit.setText(str(path))
    report = dialog.export()
    assert report is not None, dialog.error_label.text()
    return report


def test_export_warning_is_shown_translated(marking, dialog, tmp_path: Path) -> None:
    report = _fit_pdf(dialog, tmp_path / "fit.pdf")
    (message,) = report.warning_messages
    assert message.template.startswith("names print at {size:.1f} pt")
    # the whole sentence went through the catalogue; the CLI's text stays English
    assert dialog.note_label.text() == f"«{report.warnings[0]}»"
    assert report.warnings[0].startswith("names print at ")


def test_export_warning_in_english_without_a_translator(dialog, tmp_path: Path) -> None:
    report = _fit_pdf(dialog, tmp_path / "fit.pdf")
    assert report.warnings and dialog.note_label.text() == "\n".join(report.warnings)


def test_export_error_is_shown_translated(marking, dialog, tmp_path: Path) -> None:
    _select(dialog.format_combo, "svg")
    out = tmp_path / "nowhere" / "chart.svg"
    dialog.path_edit.setText(str(out))
    assert dialog.export() is None
    assert dialog.error_label.text() == (
        f"Cannot export: «cannot write {out}: folder {out.parent} does not exist»")


def test_preview_error_is_shown_translated(marking, dialog) -> None:
    dialog.view_combo.addItem("gone", "process:ghost")
    _select(dialog.view_combo, "process:ghost")
    assert dialog.refresh_preview() is None
    known = ", ".join(p.id for p in dialog.document.project.processes)
    assert dialog.preview_label.text() == (
        f"«no process 'ghost' in this project (processes: {known})»")
