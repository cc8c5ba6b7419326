"""The Qt undo command: one edit op from ``orgdesign.edit``, nothing else.

A command stores the op and, after it ran, its inverse; it never touches a
scene item.  The view follows the model through the document's signals.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from orgdesign.edit import Op, apply

if TYPE_CHECKING:
    from .document import Document


class EditCommand(QUndoCommand):
    """Undoable wrapper of one op (a Batch for pastes and imports)."""

    def __init__(self, document: Document, op: Op, inverse: Op, text: str) -> None:
        """``op`` has already been applied (so a refused edit never gets here)."""
        super().__init__(text)
        # weakly: the document's stack owns this command (in C++), and a Python
        # reference back would make a cycle that only the garbage collector
        # breaks, in an order that can free the stack before its commands
        self._document = weakref.ref(document)
        self._forward = op
        self._inverse: Op | None = inverse
        self._applied = True

    @property
    def document(self) -> Document:
        """The document this command edits (alive while its stack holds the command)."""
        doc = self._document()
        assert doc is not None, "an undo command outlived its document"
        return doc

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo(); the op ran already
            self._applied = False
        else:
            self._inverse = apply(self.document.project, self._forward)
        self.document.model_changed(self._forward)

    def undo(self) -> None:
        assert self._inverse is not None
        self._forward = apply(self.document.project, self._inverse)
        self.document.model_changed(self._inverse)
