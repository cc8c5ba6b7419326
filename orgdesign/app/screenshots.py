"""Screenshots of the main window: every sample in every view, English and Chinese.

``python -m orgdesign.app.screenshots DIR`` (run under xvfb-run by
``make screenshots``) writes ``<sample>-<lang>-<view>.png``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from orgdesign.samples.registry import build_sample, sample_names

from .document import Document
from .main_window import MainWindow
from .settings import VIEWS
from .translations import install_translation


def take(folder: Path, width: int = 1400, height: int = 860) -> list[Path]:
    """Write the screenshots into ``folder``; return their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = []
    for lang in ("en", "zh"):
        translators = install_translation(app, lang)
        window = MainWindow()
        window.resize(width, height)
        window.show()
        for name in sample_names():
            window.set_document(Document(build_sample(name, lang), parent=window))
            for view in VIEWS:
                window.set_view(view)
                window.canvas.fit()
                for _ in range(3):
                    app.processEvents()
                path = folder / f"{name}-{lang}-{view}.png"
                window.grab().save(str(path))
                out.append(path)
        window.document.undo_stack.setClean()
        window.close()
        for t in translators:
            app.removeTranslator(t)
    return out


if __name__ == "__main__":
    for p in take(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(p)
