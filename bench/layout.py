"""Benchmark of the layout engine against Graphviz ``dot`` (run: python bench/layout.py).

Random organisations (``random_project``, spans 2-9, card sizes estimated
from their varied names and titles) of 1k, 5k, 20k and 100k units.  Our time
is the layout itself, given the card sizes (the app passes measured sizes;
the estimate's own time is shown apart).  For 1k and 5k units ``dot`` lays
out the same tree with the same fixed box sizes (points = px, default
splines) in the same run; its time includes writing the DOT file.  Targets
(issue 4): classic and inverted at 100k under 1 s; at least 100x faster than
dot at 5k; classic no wider than dot; compact at least 40% narrower than
classic on spans of 30.

dot takes nodesep as a target, not a minimum: about half of its neighbour
pairs end up closer (down to half the gap), which no tidy tree that keeps
the gap can match.  So the bench also runs dot with nodesep raised until it
keeps the gap everywhere and compares widths at equal spacing.

Every figure (ours and dot's) is the best of 3 runs, so that a busy shared
machine shows what the code costs rather than what the neighbours cost.

Options: ``--sizes 1000,5000`` to choose sizes, ``--no-dot`` to skip Graphviz.
"""

from __future__ import annotations

import argparse
import gc
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from orgdesign.layout import LayoutOptions, compute_layout, estimate_sizes
from orgdesign.samples.synthetic import random_project

VIEWS = ("classic", "compact", "inverted", "rings")


def _best(fn, repeat: int) -> tuple[float, Any]:
    """Best wall time of ``repeat`` calls, each from a freshly collected heap.

    The collector stays on during the call (it is part of the cost), but a
    previous run's garbage is not billed to the next one.
    """
    best = float("inf")
    result = None
    for _ in range(repeat):
        result = None
        gc.collect()
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def run_dot(project, sizes, opts: LayoutOptions, repeat: int = 3,
            nodesep: float | None = None) -> tuple[float, float, float, float, int, int]:
    """Lay the tree out with ``dot``; return (best seconds of ``repeat``, width, height,
    smallest gap between neighbours in a rank, pairs closer than ``opts.h_gap``, pairs).

    Points = px.  Each run writes the DOT file and runs ``dot`` afresh.
    ``nodesep`` (px) replaces ``opts.h_gap`` as dot's nodesep.
    """
    sc = project.scenario()
    sep = opts.h_gap if nodesep is None else nodesep
    lines = ["digraph org {",
             f"  nodesep={sep / 72:.4f}; ranksep={opts.v_gap / 72:.4f};",
             '  node [shape=box, fixedsize=true, label=""];']
    for u in sc.units:
        w, h = sizes[u.id]
        lines.append(f'  "{u.id}" [width={w / 72:.4f}, height={h / 72:.4f}];')
    for u in sc.units:
        if u.parent is not None:
            lines.append(f'  "{u.parent}" -> "{u.id}";')
    lines.append("}")
    seconds = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "org.dot"
        for _ in range(repeat):
            t = time.perf_counter()
            src.write_text("\n".join(lines), encoding="utf-8")
            out = subprocess.run(["dot", "-Tjson0", str(src)], capture_output=True, check=True)
            seconds = min(seconds, time.perf_counter() - t)
    drawing = json.loads(out.stdout)
    bb = drawing["bb"].split(",")
    least, close, pairs = _gaps(drawing, opts.h_gap)
    return seconds, float(bb[2]) - float(bb[0]), float(bb[3]) - float(bb[1]), least, close, pairs


def _gaps(drawing: dict, wanted: float) -> tuple[float, int, int]:
    """Smallest gap between neighbouring boxes of one rank in dot's drawing, how many
    neighbours stand closer than ``wanted``, and how many neighbour pairs there are."""
    ranks: dict[float, list[tuple[float, float]]] = {}
    for node in drawing.get("objects", []):
        x, y = map(float, node["pos"].split(","))
        half = float(node["width"]) * 72 / 2
        ranks.setdefault(round(y, 1), []).append((x - half, x + half))
    gaps = []
    for row in ranks.values():
        row.sort()
        gaps += [b[0] - a[1] for a, b in zip(row, row[1:], strict=False)]
    if not gaps:
        return wanted, 0, 0
    return min(gaps), sum(g < wanted - 0.5 for g in gaps), len(gaps)


def dot_keeping_gaps(project, sizes, opts: LayoutOptions) -> tuple[float, float]:
    """dot's width when every pair of neighbours keeps ``opts.h_gap`` (as ours do).

    dot treats nodesep as a target, not a minimum: it draws many neighbours
    closer.  nodesep is raised by the largest shortfall until none is left
    (at most 6 runs).  Returns (nodesep used, width).
    """
    sep = opts.h_gap
    width = 0.0
    for _ in range(6):
        _, width, _, least, close, _ = run_dot(project, sizes, opts, repeat=1, nodesep=sep)
        if not close:
            break
        sep += opts.h_gap - least
    return sep, width


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,5000,20000,100000")
    ap.add_argument("--no-dot", action="store_true")
    args = ap.parse_args(argv)
    have_dot = shutil.which("dot") is not None and not args.no_dot
    opts = LayoutOptions()
    print(f"python {sys.version.split()[0]}; times are the best of several runs, in seconds "
          "(sizes: estimate_sizes; views: compute_layout given those sizes)")
    head = f"{'units':>7} {'sizes':>6} " + " ".join(f"{v:>9}" for v in VIEWS) + \
        f" {'dot':>8} {'dot/ours':>8}  {'classic w x h':>19}  {'dot w x h':>17}  {'w/dot':>6}"
    print(head)
    print("-" * len(head))
    spacing: list[str] = []
    for n in (int(s) for s in args.sizes.split(",")):
        project = random_project(n, seed=42)
        t_sizes, sizes = _best(lambda p=project: estimate_sizes(p), 3)
        times = {}
        for view in VIEWS:
            # best of 3 everywhere: the machine is shared, single runs vary up to 2x
            times[view], got = _best(
                lambda v=view, p=project, s=sizes: compute_layout(p, v, sizes=s), 3)
            if view == "classic":
                classic = got
            del got
        # the drawing itself, without our margins (dot's bounding box has none)
        cw = classic.width - 2 * opts.margin
        chh = classic.height - 2 * opts.margin
        row = f"{n:>7} {t_sizes:>6.3f} " + " ".join(f"{times[v]:>9.3f}" for v in VIEWS)
        if have_dot and n <= 5000:
            dot_t, dot_w, dot_h, least, close, pairs = run_dot(project, sizes, opts)
            row += f" {dot_t:>8.2f} {dot_t / times['classic']:>7.0f}x"
            row += f"  {cw:>8.0f} x {chh:>7.0f}"
            row += f"  {dot_w:>7.0f} x {dot_h:>7.0f}  {cw / dot_w:>6.4f}"
            sep, kept_w = dot_keeping_gaps(project, sizes, opts)
            spacing.append(f"{n:>7} units: dot drew {close} of {pairs} neighbour pairs closer "
                           f"than nodesep {opts.h_gap:g} px (down to {least:.1f} px); with "
                           f"nodesep {sep:.1f} px none is, dot is {kept_w:.0f} px wide and "
                           f"classic {cw / kept_w:.4f} of that (ours keep {opts.h_gap:g} px "
                           "everywhere)")
        else:
            row += f" {'-':>8} {'-':>8}  {cw:>8.0f} x {chh:>7.0f}"
        print(row, flush=True)
    if spacing:
        print()
        print("widths at equal spacing (w/dot above compares with dot's drawing as it is):")
        for line in spacing:
            print(line)
    print()
    print("compact vs classic on spans of 30 (random_project span=(30, 30)):")
    for n in (1000, 5000):
        project = random_project(n, seed=7, span=(30, 30))
        sizes = estimate_sizes(project)
        cw = compute_layout(project, "classic", sizes=sizes).width
        kw = compute_layout(project, "compact", sizes=sizes).width
        print(f"{n:>7} units: classic {cw:>9.0f} px wide, compact {kw:>8.0f} px wide, "
              f"{100 * (1 - kw / cw):.0f}% narrower")
    return 0


if __name__ == "__main__":
    sys.exit(main())
