"""The window's selection of units, shared by the canvas and every dock."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal


class Selection(QObject):
    """Ordered set of selected unit ids; ``current`` is the last one chosen."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []

    @property
    def ids(self) -> list[str]:
        """The selected ids, in the order they were chosen."""
        return list(self._ids)

    @property
    def current(self) -> str | None:
        """The unit last chosen, or None."""
        return self._ids[-1] if self._ids else None

    def set(self, ids: Iterable[str]) -> None:
        """Replace the selection (emits ``changed`` only when it differs)."""
        new = list(dict.fromkeys(ids))
        if new != self._ids:
            self._ids = new
            self.changed.emit()

    def toggle(self, uid: str) -> None:
        """Add or remove one id (Ctrl+click)."""
        self.set([i for i in self._ids if i != uid] if uid in self._ids else [*self._ids, uid])

    def prune(self, existing: builtins.set[str]) -> None:  # the method set() hides the type
        """Drop ids that no longer exist (after an undo removed them)."""
        self.set([i for i in self._ids if i in existing])
