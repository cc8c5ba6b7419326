"""Qt test helpers: no modal box may block a headless test."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """Answer every message box at once (Discard/No) and record what was shown."""
    shown: list[tuple[str, str]] = []

    def answer(kind, default):
        def box(_parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return default
        return box

    monkeypatch.setattr(QMessageBox, "question",
                        answer("question", QMessageBox.StandardButton.Discard))
    monkeypatch.setattr(QMessageBox, "warning", answer("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", answer("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information",
                        answer("information", QMessageBox.StandardButton.Ok))
    return shown


@pytest.fixture(autouse=True)
def _collect_garbage_per_test():
    """Collect Qt wrappers in cycles right after the test that made them.

    A cycle between a Python wrapper and C++-owned objects, freed by the
    collector in the wrong order, crashes the interpreter; collected here, the
    crash names the test that left it instead of striking at exit.
    """
    yield
    gc.collect()


class MarkingTranslator(QTranslator):
    """Wraps every template of the "Messages" context in «»; leaves the rest alone.

    A test installs it to see that a widget shows a lower layer's message
    through the translation catalogue (``localized``) and not as raw English.
    """

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D102
        # None is a null string: Qt then asks the next translator, or keeps the source
        return f"«{source}»" if context == "Messages" else None

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture()
def marking(qapp):
    """A :class:`MarkingTranslator` installed for the test."""
    translator = MarkingTranslator()
    QApplication.installTranslator(translator)
    yield translator
    QApplication.removeTranslator(translator)
