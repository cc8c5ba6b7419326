"""Guards the PySide6 pin: 6.12.0 dies ("Fatal Python error: none_dealloc") on
Python 3.11 after a few thousand QGraphicsItem.setPos calls.  The stress runs in
a child process so that a crash fails this test instead of killing the run."""

from __future__ import annotations

import os
import subprocess
import sys

STRESS = r"""
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QGraphicsRectItem, QGraphicsScene, QGraphicsView
app = QApplication([])
scene = QGraphicsScene()
items = [scene.addRect(0, 0, 40, 20) for _ in range(2000)]
view = QGraphicsView(scene)
n = 0
for round_ in range(30):
    for i, item in enumerate(items):
        item.setPos(i * 3.0 + round_, round_ * 2.0)
        n += 1
    # also through QPointF and the child items the canvas uses
    items[round_].setPos(QPointF(round_, round_))
    child = QGraphicsRectItem(0, 0, 5, 5, items[round_])
    child.setPos(1.0, 1.0)
    app.processEvents()
print("setPos calls:", n)
"""


def test_tens_of_thousands_of_setpos_do_not_crash() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-c", STRESS], capture_output=True, text=True,
                          env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "setPos calls: 60000" in proc.stdout
