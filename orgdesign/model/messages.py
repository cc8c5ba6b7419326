"""Sentences a user reads, written in English, kept translatable.

The lower layers (edit, io, analysis) speak English: the command line prints
their messages as they are.  The window shows the same sentences in the
user's language, so a message keeps its *template* and its *parameters*
apart: ``Message("unit {unit} is parked", {"unit": "销售部"})``.  The app looks
the template up in Qt's translation catalogue (context :data:`CONTEXT`) and
fills in the parameters; the CLI just calls ``str()``.

Templates are marked with :func:`QT_TRANSLATE_NOOP` so that ``pyside6-lupdate``
collects them from these layers without them importing Qt (the function of the
same name here does nothing but return its text)::

    raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "unit {unit} is parked"),
                        unit=label(unit)))

A parameter may itself be a :class:`Message` (a clause that is translated too).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: The translation context of every template (the first argument of QT_TRANSLATE_NOOP).
CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; marks it (under ``context``) for the translation tools."""
    return text


@dataclass(frozen=True)
class Message:
    """An English template with named ``{placeholders}`` and their values."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self.template, self.params, str)


def msg(template: str, /, **params: Any) -> Message:
    """A :class:`Message` of ``template`` filled with ``params`` (rendered on ``str()``)."""
    return Message(template, params)


def render(template: str, params: Mapping[str, Any], clause: Any) -> str:
    """``template`` with ``params`` filled in; nested messages go through ``clause``.

    ``clause`` turns a nested :class:`Message` into text (``str`` for English,
    the app's translator for the window).  A template whose placeholders do not
    match the parameters (a translator's typo) never raises: the parameters are
    appended instead, so nothing the user should read is lost.
    """
    values = {k: clause(v) if isinstance(v, Message) else v for k, v in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        extra = ", ".join(f"{k}={v}" for k, v in values.items())
        return f"{template} ({extra})" if extra else template


def as_message(value: object) -> Message:
    """``value`` as a :class:`Message` (plain text becomes a template without parameters).

    Plain text is escaped so that braces in it never read as placeholders.
    """
    if isinstance(value, Message):
        return value
    text = str(value).replace("{", "{{").replace("}", "}}")
    return Message(text, {})
