"""Benchmark: diagram export of a 10,000-unit chart.

Times, on one random organisation (``random_project``), the whole export
(measure the cards, lay out, build the drawing, write the file):

* SVG                                                  target < 3 s
* PDF (one page, fitted)                               target < 5 s
* PNG at 150 dpi (capped at 100 megapixels)            target < 5 s
* the DOT export, then Graphviz ``dot -Tsvg`` on that same DOT (Graphviz
  lays it out again and renders it), printed as the ratio to our SVG

plus the stages of the native path (measure, layout, display list) and a
full repaint of every card at fit-to-window detail (the canvas's worst case).

Run: ``.venv/bin/python bench/export.py [UNITS]``; prints a table.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from orgdesign.export.diagram import export_diagram  # noqa: E402
from orgdesign.export.options import ExportOptions  # noqa: E402
from orgdesign.layout import compute_layout  # noqa: E402
from orgdesign.render import (  # noqa: E402
    RenderOptions,
    build_display_list,
    ensure_gui_app,
    measure_sizes,
    paint_display_list,
)
from orgdesign.samples.synthetic import random_project  # noqa: E402


def _time(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def main(n: int = 10_000) -> int:
    ensure_gui_app()
    project = random_project(n, seed=7)
    rows: list[tuple[str, float, str, str]] = []
    ok = True

    # Stages of the native path (first run: cold caches, as the CLI sees them).
    t_measure, sizes = _time(lambda: measure_sizes(project))
    t_layout, layout = _time(lambda: compute_layout(project, "classic", sizes=sizes))
    t_dl, dl = _time(lambda: build_display_list(project, layout, RenderOptions()))
    rows.append(("measure cards (cold)", t_measure, "< 1 s", "ok" if t_measure < 1 else "SLOW"))
    rows.append(("layout (classic)", t_layout, "", ""))
    rows.append(("display list", t_dl, "", ""))

    from PySide6.QtGui import QColor, QImage, QPainter

    img = QImage(1600, 1000, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(QColor("white"))
    x, y, w, h = dl.bounds
    s = min(1600 / w, 1000 / h)
    p = QPainter(img)
    p.scale(s, s)
    p.translate(-x, -y)
    paint_display_list(p, dl, lod=s)  # warm the per-primitive caches, as a canvas would
    t_paint, _ = _time(lambda: paint_display_list(p, dl, lod=s))
    p.end()
    rows.append((f"repaint {len(dl.cards())} cards at fit (lod {s:.3f})", t_paint, "< 0.05 s",
                 "ok" if t_paint < 0.05 else "SLOW"))

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        targets = [("svg", "classic", 3.0, ExportOptions()),
                   ("pdf", "classic", 5.0, ExportOptions(pages="fit", page="A3")),
                   ("png", "classic", 5.0, ExportOptions(dpi=150)),
                   # The classic chart is a long strip; the inverted one is square-ish
                   # and fills the 100-megapixel cap: the PNG worst case.
                   ("png", "inverted", 5.0, ExportOptions(dpi=150))]
        results = {}
        for fmt, view, limit, opts in targets:
            t, rep = _time(lambda f=fmt, v=view, o=opts: export_diagram(
                project, out / f"chart.{f}", view=v, options=o))
            results.setdefault(fmt, t)
            note = f"{view}, {rep.bytes / 1e6:.1f} MB"
            if fmt == "png":
                note += f", {rep.width} x {rep.height} px"
                if rep.warnings:
                    note += " (capped)"
            good = t < limit
            ok &= good
            rows.append((f"{fmt.upper()} export ({note})", t, f"< {limit:g} s",
                         "ok" if good else "SLOW"))
        t_dot, _ = _time(lambda: export_diagram(project, out / "chart.dot", view="classic"))
        rows.append(("DOT export (positions)", t_dot, "", ""))
        try:
            t_gv, proc = _time(lambda: subprocess.run(
                ["dot", "-Tsvg", str(out / "chart.dot"), "-o", str(out / "gv.svg")],
                capture_output=True, timeout=600, check=False))
            note = f"{t_gv / results['svg']:.1f}x our SVG"
            if proc.returncode:
                note += f", exit {proc.returncode}"
            rows.append((f"Graphviz dot -Tsvg, same DOT ({note})", t_gv, "", "ratio"))
        except (OSError, subprocess.TimeoutExpired) as exc:
            rows.append((f"Graphviz dot -Tsvg: {exc}", 0.0, "", "n/a"))

    print(f"Diagram export, {n:,} units (random_project seed 7), Python "
          f"{sys.version.split()[0]}")
    print(f"{'step':62} {'seconds':>8}  {'target':>9}  result")
    for name, t, target, res in rows:
        print(f"{name:62} {t:8.3f}  {target:>9}  {res}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000))
