"""Defects that the type checker found in the app: a Qt method hidden by an attribute, and
preferences read from a settings store holding values of another type."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel

from orgdesign.app.document import Document
from orgdesign.app.processes.regroup_dialog import SuggestDialog
from orgdesign.app.settings import Preferences
from orgdesign.samples.registry import build_sample


def _store(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_suggest_dialog_keeps_qdialog_result(qtbot) -> None:
    # The summary label once replaced QDialog.result(), so dlg.result() raised TypeError.
    dlg = SuggestDialog(Document(build_sample("callcenter", "en")))
    qtbot.addWidget(dlg)
    assert isinstance(dlg.summary, QLabel) and dlg.summary.text()
    dlg.open()
    dlg.reject()
    assert dlg.result() == QDialog.DialogCode.Rejected


def test_recent_files_reads_one_path_a_list_and_odd_values(tmp_path: Path) -> None:
    store = _store(tmp_path)
    prefs = Preferences(store)
    assert prefs.recent_files() == []
    store.setValue("recent_files", "/tmp/一.orgd")  # one path comes back as a plain string
    assert prefs.recent_files() == ["/tmp/一.orgd"]
    prefs.add_recent("/tmp/b.orgd")
    assert prefs.recent_files() == ["/tmp/b.orgd", "/tmp/一.orgd"]
    store.setValue("recent_files", 7)  # written by something else: no crash, no files
    assert prefs.recent_files() == []


def test_autosave_interval_falls_back_on_values_int_refuses(tmp_path: Path) -> None:
    store = _store(tmp_path)
    prefs = Preferences(store)
    assert prefs.autosave_s == 60
    for value, expected in ((30, 30), ("45", 45), (-5, 0), ("soon", 60), (12.7, 12),
                            ([1, 2], 60)):
        store.setValue("autosave_s", value)
        assert prefs.autosave_s == expected, value
