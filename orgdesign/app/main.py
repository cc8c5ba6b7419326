"""Start the desktop app."""

from __future__ import annotations

import os
import sys

from orgdesign.model.errors import OrgDesignError


def has_display() -> bool:
    """True when Qt has somewhere to show a window."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def offer_recovery(window) -> None:
    """Offer the snapshots a crash left behind; restore the ones the user wants."""
    from PySide6.QtWidgets import QMessageBox

    from orgdesign.io.recovery import discard_recovery, list_recoveries

    for entry in list_recoveries():
        name = entry.original_path or window.tr("an untitled project")
        answer = QMessageBox.question(
            window, window.tr("Restore unsaved work?"),
            window.tr("OrgDesign closed without saving %1 (snapshot of %2). Restore it?")
            .replace("%1", name).replace("%2", entry.saved.strftime("%Y-%m-%d %H:%M")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Discard)
        if answer == QMessageBox.StandardButton.Yes:
            window.restore(entry)
            return
        if answer == QMessageBox.StandardButton.Discard:
            discard_recovery(entry)


def run(path: str | None = None) -> int:
    """Open the main window (on ``path`` if given) and run the event loop."""
    if not has_display():
        raise OrgDesignError(
            "no display to open the window on; run under a desktop session or xvfb-run, "
            "or use the command line (orgdesign --help)")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    from orgdesign.resources import resource_path

    from .main_window import MainWindow
    from .settings import Preferences
    from .translations import choose_language, install_translation

    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    # instance() is typed as QCoreApplication; nothing before run() creates a lesser one.
    assert isinstance(app, QApplication)
    app.setApplicationName("OrgDesign")
    app.setOrganizationName("OrgDesign")
    app.setDesktopFileName("org.orgdesign.OrgDesign")  # matches the .desktop entry
    app.setWindowIcon(QIcon(str(resource_path("icons", "orgdesign.svg"))))
    prefs = Preferences()
    translators = install_translation(app, choose_language(prefs.language))
    window = MainWindow(prefs=prefs)
    window.show()
    if path:
        window.open_path(path)
    else:
        offer_recovery(window)
    code = app.exec()
    del translators  # held (besides the app, their parent) until the event loop ends
    return code
