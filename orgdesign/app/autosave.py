"""Autosave: a recovery snapshot of a modified document on a timer.

The snapshot is discarded after a successful save or a clean close; one left
behind by a crash is offered at the next start (see MainWindow).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, QTimer

from orgdesign.io.recovery import RecoveryEntry, discard_recovery, list_recoveries, write_recovery
from orgdesign.model import OrgDesignError

from .document import Document
from .messages import localized


class Autosaver(QObject):
    """Writes ``document`` to a recovery file every ``interval_s`` while modified."""

    def __init__(self, document: Document, interval_s: int = 60,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.slot = None if document.path else f"untitled-{os.getpid()}-{id(document):x}"
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.snapshot)
        self.set_interval(interval_s)
        self.last_error: str | None = None
        document.stateChanged.connect(self._state_changed)

    def set_interval(self, seconds: int) -> None:
        """Change the interval (0 switches autosave off)."""
        self.timer.stop()
        if seconds > 0:
            self.timer.start(seconds * 1000)

    def _original(self) -> str | None:
        return os.fspath(self.document.path) if self.document.path else None

    def snapshot(self) -> bool:
        """Write a snapshot now if the document is modified; True when one was written."""
        if not self.document.modified:
            return False
        try:
            write_recovery(self.document.project, self._original(), slot=self.slot)
        except (OrgDesignError, OSError) as exc:
            # shown in the status bar; never loses the document
            self.last_error = localized(exc) if isinstance(exc, OrgDesignError) else str(exc)
            return False
        self.last_error = None
        return True

    def discard(self) -> None:
        """Remove this document's snapshot (after a save or a clean close)."""
        for entry in list_recoveries():
            if self._mine(entry):
                discard_recovery(entry)

    def _mine(self, entry: RecoveryEntry) -> bool:
        if self.slot is not None:
            return entry.path.name.startswith(self.slot)
        return entry.original_path is not None and self.document.path is not None and \
            os.path.abspath(entry.original_path) == os.path.abspath(self.document.path)

    def _state_changed(self) -> None:
        if not self.document.modified:
            self.discard()
