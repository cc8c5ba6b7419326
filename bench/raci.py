"""Benchmark: RACI rule checks, workbook export and import at 1,000 activities x 200 roles.

Times, on a random matrix with a quarter of the cells filled and Chinese names:

* rule checks (:func:`raci_problems`)                           target < 0.5 s
* workbook export to a file (every sheet, formats, formulas)      target < 10 s
  beside openpyxl writing the same cells with no formatting, as the ratio
* workbook import (read, validate, match ids, diff)               target < 10 s
  beside openpyxl's own read-only pass over the same file, as the ratio

Run: ``.venv/bin/python bench/raci.py [ACTIVITIES [ROLES]]``; prints a table.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook, load_workbook

from orgdesign.analysis.raci import raci_problems
from orgdesign.export.raci_xlsx import export_raci_xlsx
from orgdesign.io.raci_xlsx_import import import_raci_workbook
from orgdesign.model import Project, RaciActivity, RaciMatrix, RaciRole, Unit, new_project

LETTERS = ["R", "A", "C", "I", "I", "C", "R", "A/R"]
VERBS = ["审核", "编制", "批准", "Check", "Prepare", "Release", "归档", "Negotiate", "Plan"]


def big_matrix(n_acts: int, n_roles: int, seed: int = 7) -> tuple[Project, RaciMatrix]:
    """A project with ``n_roles`` units and a matrix over them, a quarter of the cells filled."""
    rng = random.Random(seed)
    p = new_project("RACI benchmark")
    p.scenario().units = [Unit(id=f"u{j}", name=f"部门 {j} Department") for j in range(n_roles)]
    roles = [RaciRole(id=f"r{j}", name=f"部门 {j} Department", unit=f"u{j}")
             for j in range(n_roles)]
    m = RaciMatrix(id="bench", name="Benchmark 基准", roles=roles)
    for i in range(n_acts):
        aid = f"a{i}"
        m.activities.append(RaciActivity(
            id=aid, name=f"{rng.choice(VERBS)} {rng.choice(VERBS)} item {i}",
            group=f"流程 Process {i // 40}"))
        m.cells[aid] = {r.id: rng.choice(LETTERS) for r in roles if rng.random() < 0.25}
    p.raci_matrices = [m]
    return p, m


def plain_openpyxl(m: RaciMatrix, path: Path) -> None:
    """The same cells written by openpyxl with no formatting, formulas or extra sheets."""
    wb = Workbook()
    ws = wb.active
    for j, name in enumerate(["", "Process", "Activity"] + [r.name for r in m.roles], 1):
        ws.cell(1, j).value = name
    for i, a in enumerate(m.activities, 2):
        ws.cell(i, 1).value, ws.cell(i, 2).value, ws.cell(i, 3).value = a.id, a.group, a.name
        row = m.cells.get(a.id, {})
        for j, r in enumerate(m.roles, 4):
            if r.id in row:  # empty cells are not written, as in the export
                ws.cell(i, j).value = row[r.id]
    wb.save(path)


def timed(fn, repeat: int = 1) -> float:  # noqa: ANN001 - tiny helper
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(n_acts: int = 1000, n_roles: int = 200) -> int:
    p, m = big_matrix(n_acts, n_roles)
    filled = sum(len(r) for r in m.cells.values())
    problems = raci_problems(p, m)
    t_check = timed(lambda: raci_problems(p, m), repeat=5)
    with tempfile.TemporaryDirectory() as tmp:
        book, plain = Path(tmp) / "raci.xlsx", Path(tmp) / "plain.xlsx"
        t_export = timed(lambda: export_raci_xlsx(p, m, book))
        t_plain = timed(lambda: plain_openpyxl(m, plain))
        result = import_raci_workbook(book, p)
        assert result.changes.is_empty(), result.changes.lines()[:5]
        t_import = timed(lambda: import_raci_workbook(book, p))

        def read_only_pass() -> None:
            wb = load_workbook(book, read_only=True, data_only=True)
            for _ in wb["RACI"].iter_rows(values_only=True):
                pass
            wb.close()

        t_read = timed(read_only_pass)
        size = book.stat().st_size
    table = [
        ("rule checks", t_check, 0.5, f"{len(problems)} problems found; median of 5"),
        ("workbook export", t_export, 10.0,
         f"openpyxl plain write {t_plain:.2f} s; ratio {t_export / t_plain:.2f}x; "
         f"file {size / 1e6:.1f} MB"),
        ("workbook import", t_import, 10.0,
         f"openpyxl read-only pass {t_read:.2f} s; ratio {t_import / t_read:.2f}x"),
    ]
    print(f"RACI benchmark, {n_acts:,} activities x {n_roles} roles, {filled:,} filled cells")
    print(f"{'case':18} {'time':>8} {'target':>8}  {'ok':3} notes")
    ok = True
    for name, t, target, note in table:
        good = t < target
        ok &= good
        print(f"{name:18} {t:7.2f}s {target:7.1f}s  {'yes' if good else 'NO':3} {note}")
    return 0 if ok else 1


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    sys.exit(main(*args))
