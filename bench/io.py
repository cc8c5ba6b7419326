"""Save and load time of a 50,000-unit project, next to plain json on the same data.

Run: ``python bench/io.py [n_units] [repeats]``.  Prints the best of ``repeats``
runs (default 3) for each row and the ratio to its plain-json peer: save is
compared with ``json.dumps`` of the same dict (same indent, non-ASCII kept),
load with ``json.loads`` of the same file text.  The project-file rows do
more (validation, invariants, fsync), so a ratio above 1 is expected.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# A plain script run from a checkout: make the package importable, and take
# bench/ itself off the path so this file cannot shadow the standard ``io``.
sys.path[0] = str(Path(__file__).resolve().parent.parent)

from orgdesign.io import load_project, save_project  # noqa: E402
from orgdesign.samples.synthetic import random_project  # noqa: E402


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """Return the shortest wall time of ``repeats`` calls of ``work``, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    n_units = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    start = time.perf_counter()
    project = random_project(n_units)
    built = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.orgd"
        save = best_of(repeats, lambda: save_project(project, path))
        size = path.stat().st_size
        load = best_of(repeats, lambda: load_project(path))
        text = path.read_text(encoding="utf-8")
    data = json.loads(text)
    dumps = best_of(repeats, lambda: json.dumps(data, ensure_ascii=False, indent=1))
    loads = best_of(repeats, lambda: json.loads(text))

    units = len(project.scenario().units)
    print(f"OrgDesign project file: {units:,} units, {len(project.people):,} people, "
          f"{size / 2**20:.1f} MB on disk (built in {built:.2f} s; best of {repeats})")
    print()
    print(f"{'operation':<34}{'seconds':>9}{'peer (json)':>13}{'ratio':>8}")
    print(f"{'save_project (atomic, fsync)':<34}{save:>9.3f}{dumps:>13.3f}{save / dumps:>8.2f}")
    print(f"{'load_project (validate, check)':<34}{load:>9.3f}{loads:>13.3f}{load / loads:>8.2f}")
    print(f"{'json.dumps of the same dict':<34}{dumps:>9.3f}")
    print(f"{'json.loads of the same text':<34}{loads:>9.3f}")


if __name__ == "__main__":
    main()
