"""Messages of the lower layers in the user's language.

Errors and reports from ``orgdesign.edit`` and ``orgdesign.io`` carry an English
template and its parameters (:mod:`orgdesign.model.messages`); the window looks
the template up in Qt's catalogue and fills the parameters in.  A template the
catalogue lacks shows in English, never as nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from orgdesign.model.errors import OrgDesignError
from orgdesign.model.messages import CONTEXT, Message, as_message, render


def localized(value: Message | OrgDesignError | str) -> str:
    """``value`` (a message, an OrgDesign error or plain text) in the UI's language."""
    if isinstance(value, OrgDesignError):
        value = value.message
    message = as_message(value)
    template = QCoreApplication.translate(CONTEXT, message.template)
    return render(template, message.params, localized)
