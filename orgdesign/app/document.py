"""The document: owns the Project, its QUndoStack, its path and modified flag.

Windows and docks talk to the document, never to each other.  Every change
goes through :meth:`Document.apply`, which wraps an edit op from
``orgdesign.edit`` in an undo command (see STYLE.md).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from orgdesign.edit import Op, apply
from orgdesign.edit.describe import describe_message
from orgdesign.io.project_file import load_project, save_project
from orgdesign.model import Project, new_project

from .messages import localized


class Document(QObject):
    """One open project."""

    #: the model changed (after any edit, undo or redo, or a load)
    changed = Signal()
    #: the op that just ran (forward or inverse), for views that update in part
    opApplied = Signal(object)
    #: the file path or modified flag changed
    stateChanged = Signal()

    def __init__(self, project: Project | None = None, path: str | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project if project is not None else new_project()
        self.path: Path | None = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)

    def _clean_changed(self, _clean: bool) -> None:
        self.stateChanged.emit()

    @classmethod
    def open(cls, path: str, parent: QObject | None = None) -> Document:
        """Load ``path``; raises ProjectFileError with the CLI's message."""
        return cls(load_project(path), path, parent)

    def push(self, op: Op, text: str | None = None) -> None:
        """Apply ``op`` as one undoable step; EditError if the edit is refused.

        A refused edit leaves the project unchanged and never reaches the stack.
        Without ``text`` the history label describes the op in the UI's language.
        """
        from .commands import EditCommand

        label = text or localized(describe_message(op, self.project))
        inverse = apply(self.project, op)
        self.undo_stack.push(EditCommand(self, op, inverse, label))

    def model_changed(self, op: Op | None = None) -> None:
        """Tell every view that the model changed (called by the undo commands)."""
        self.opApplied.emit(op)
        self.changed.emit()

    @property
    def modified(self) -> bool:
        """True while there are unsaved changes."""
        return not self.undo_stack.isClean()

    def display_name(self) -> str:
        """The name shown in the title bar."""
        if self.path is not None:
            return self.path.name
        return self.project.metadata.title or self.tr("Untitled")

    def save(self, path: str | None = None) -> None:
        """Save atomically to ``path`` (or the current path) and mark clean."""
        target = Path(path) if path else self.path
        if target is None:
            raise ValueError("no path to save to")
        save_project(self.project, target)
        self.path = target
        self.undo_stack.setClean()
        self.stateChanged.emit()
