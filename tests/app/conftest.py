"""Qt test helpers: no modal box may block a headless test."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox


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
