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


def run(path: str | None = None) -> int:
    """Open the main window (on ``path`` if given) and run the event loop."""
    if not has_display():
        raise OrgDesignError(
            "no display to open the window on; run under a desktop session or xvfb-run, "
            "or use the command line (orgdesign --help)")
    from PySide6.QtWidgets import QApplication

    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("OrgDesign")
    app.setOrganizationName("OrgDesign")
    window = MainWindow()
    if path:
        window.open_path(path)
    window.show()
    return app.exec()
