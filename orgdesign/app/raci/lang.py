"""Which language the window speaks, for text that comes from the model in two languages.

Scheme letters, their meanings and the rule problems carry English and
Chinese text of their own (they are shared with the CLI and the workbook
export); the editor shows the one that matches the installed translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ui_language() -> str:
    """"zh" when the Chinese translation of the app is installed, else "en"."""
    # The translation of this marker is the language code of the loaded .qm
    # file; with no translation installed it stays "en".
    code = QCoreApplication.translate("RaciLanguage", "en")
    return "zh" if code.strip().lower().startswith("zh") else "en"
