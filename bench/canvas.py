"""Canvas benchmark on a 10,000-unit project (offscreen Qt).

Prints: open to first painted frame, full repaint at fit-to-window and at
100%, a drop that reparents a ~500-unit subtree until the canvas is repainted,
and resident memory.  Targets (issue 5): < 2 s, < 50 ms, < 150 ms, < 600 MB.
Wall time is what the user waits; CPU time is what the work cost (the two
part on a busy machine).  Also: how much of the drop the canvas's own rebuild
took, the undo of that drop, and the same drop seen at fit to window.
Peer in the same run: Graphviz `dot` laying out the same tree (no drawing).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path[:0] = [str(Path(__file__).resolve().parents[1])]

from PySide6.QtWidgets import QApplication  # noqa: E402

from orgdesign.edit import MoveUnit  # noqa: E402
from orgdesign.io.project_file import save_project  # noqa: E402
from orgdesign.model import TreeIndex  # noqa: E402
from orgdesign.samples.synthetic import random_project  # noqa: E402

N = 10_000


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def repaint_ms(view, rounds: int = 5) -> float:
    """Median time of a synchronous full repaint of the viewport."""
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        view.viewport().repaint()
        times.append(time.perf_counter() - t)
    return sorted(times)[len(times) // 2] * 1000


def subtree_near(ix: TreeIndex, size: int) -> str:
    """The unit whose subtree size is closest to ``size``."""
    counts: dict[str, int] = {}
    for uid in reversed(ix.placed()):
        counts[uid] = 1 + sum(counts[c] for c in ix.kids(uid))
    return min(counts, key=lambda u: abs(counts[u] - size))


def dot_seconds(project) -> float | None:
    """Graphviz dot on the same tree (layout only), or None without Graphviz."""
    if shutil.which("dot") is None:
        return None
    lines = ["digraph G { node [shape=box, fixedsize=true, width=1.8, height=0.7];"]
    for u in project.scenario().units:
        if u.parent:
            lines.append(f'"{u.parent}" -> "{u.id}";')
    lines.append("}")
    t = time.perf_counter()
    subprocess.run(["dot", "-Tplain", "-o", os.devnull], input="\n".join(lines), text=True,
                   check=True)
    return time.perf_counter() - t


class Clock:
    """Wall and CPU time of a stretch of code (the machine may be shared: CPU time
    shows what the work itself cost)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def push_and_paint(window, op) -> tuple[Clock, float]:
    """Apply ``op`` through the document (as a drop does) and repaint the canvas at
    once; return the clock and the seconds the canvas itself spent rebuilding."""
    spent: list[float] = []
    window.canvas.rebuilt.connect(spent.append)
    with Clock() as clock:
        if op == "undo":
            window.document.undo_stack.undo()
        else:
            window.document.push(op)
        window.canvas.viewport().repaint()
    window.canvas.rebuilt.disconnect(spent.append)
    return clock, sum(spent)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from orgdesign.app.main_window import MainWindow

    project = random_project(N, seed=1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.orgd"
        save_project(project, path)
        window = MainWindow()
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        with Clock() as opened:
            assert window.open_path(str(path))
            window.canvas.fit()
            window.canvas.viewport().repaint()
        fit_ms = repaint_ms(window.canvas)
        window.canvas.set_zoom(1.0)
        window.canvas.centerOn(window.canvas.cards[window.canvas.layout and "u0"])
        full_ms = repaint_ms(window.canvas)
        ix = TreeIndex(window.document.project.scenario())
        mover = subtree_near(ix, 500)
        size = sum(1 for _ in ix.walk(mover))
        target = next(r for r in ix.kids("u0") if r != mover and mover not in set(ix.walk(r)))
        drop, drop_canvas = push_and_paint(window, MoveUnit(mover, parent=target))
        memory = rss_mb()
        undo, undo_canvas = push_and_paint(window, "undo")
        window.canvas.fit()
        far, far_canvas = push_and_paint(window, MoveUnit(mover, parent=target))
        window.document.undo_stack.setClean()
        window.close()
    dot = dot_seconds(project)
    rows = [
        ("open -> first painted frame", f"{opened.wall:.2f} s", f"{opened.cpu:.2f} s", "< 2 s"),
        ("full repaint, fit to window", f"{fit_ms:.1f} ms", "", "< 50 ms"),
        ("full repaint, 100%", f"{full_ms:.1f} ms", "", "< 50 ms"),
        (f"drop reparenting {size} units -> repainted", f"{drop.wall * 1000:.0f} ms",
         f"{drop.cpu * 1000:.0f} ms", "< 150 ms"),
        ("resident memory", f"{memory:.0f} MB", "", "< 600 MB"),
    ]
    print(f"Canvas benchmark, {N:,} units (offscreen)           wall        cpu")
    for name, value, cpu, target_ in rows:
        print(f"  {name:44} {value:>10} {cpu:>10}   target {target_}")
    print(f"  of the drop, the canvas's rebuild {drop_canvas * 1000:.0f} ms; the rest is the edit "
          f"and the other views following it")
    print(f"  undo of that drop -> repainted {undo.wall * 1000:.0f} ms "
          f"(canvas {undo_canvas * 1000:.0f} ms); the same drop at fit to window "
          f"{far.wall * 1000:.0f} ms (canvas {far_canvas * 1000:.0f} ms)")
    if dot is not None:
        print(f"  peer: Graphviz dot layout of the same tree {dot:.2f} s "
              f"(first frame is {dot / opened.wall:.1f}x faster)")


if __name__ == "__main__":
    main()
