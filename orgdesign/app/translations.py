"""Install the app's translation (English source, Simplified Chinese shipped)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from orgdesign.resources import resource_path


def choose_language(preference: str) -> str:
    """"en" or "zh" from a preference of "system", "en" or "zh"."""
    if preference in ("en", "zh"):
        return preference
    return "zh" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def install_translation(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's own translations for ``language``; returns them (kept alive)."""
    if language != "zh":
        return []
    loaded = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", "orgdesign_zh_CN.qm"))):
        app.installTranslator(ours)
        loaded.append(ours)
    qt = QTranslator(app)
    if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        loaded.append(qt)
    return loaded
