"""Open a project in the main window and save a picture of it (works headless).

``python -m orgdesign.app.smoke OUT.png [FILE.orgd]``; exit 0 when the window
opened the file and the picture was written.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from .main_window import MainWindow


def grab_window(out_png: str, project_path: str | None = None,
                width: int = 1200, height: int = 800) -> bool:
    """Show the main window on ``project_path`` and save it to ``out_png``; True on success."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    if project_path and not window.open_path(project_path):
        return False
    window.resize(width, height)
    window.show()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(out_png)
    window.close()
    return bool(ok)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry; returns the exit code."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m orgdesign.app.smoke OUT.png [FILE.orgd]", file=sys.stderr)
        return 2
    return 0 if grab_window(args[0], args[1] if len(args) > 1 else None) else 1


if __name__ == "__main__":
    sys.exit(main())
