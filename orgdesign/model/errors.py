"""The OrgDesign error family: every error a user can meet is one of these.

The CLI prints ``str(error)`` as one line; the app shows it in one place, in
the user's language when the error was raised with a :class:`~.messages.Message`
(``error.message`` keeps the template and its parameters).
"""

from __future__ import annotations

from .messages import Message, as_message


class OrgDesignError(Exception):
    """Base of every error OrgDesign reports to a user."""

    def __init__(self, message: str | Message = "") -> None:
        super().__init__(str(message))
        self.message: Message = as_message(message)


class ModelError(OrgDesignError):
    """A model invariant is violated (duplicate id, cycle, dangling reference...)."""

    def __init__(self, message: str | Message, obj: str | None = None) -> None:
        super().__init__(message)
        self.obj = obj


class EditError(OrgDesignError):
    """An edit was refused (it would break an invariant, or names nothing)."""


class ProjectFileError(OrgDesignError):
    """A project file cannot be read or written."""

    def __init__(self, message: str | Message, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


class ImportError_(OrgDesignError):  # noqa: N801, N818 - STYLE.md names it; not to shadow the builtin
    """A spreadsheet or log cannot be imported; names row and column when known."""

    def __init__(self, message: str | Message, row: int | None = None,
                 column: str | None = None) -> None:
        super().__init__(message)
        self.row = row
        self.column = column
