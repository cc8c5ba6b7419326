"""Speed of interface counting, event-log hand-offs and regrouping suggestions.

Run: ``python bench/interfaces.py [events]``.  Three jobs against the targets
of the interfaces issue:

* counts: 1,000 processes × 30 steps on a 2,000-unit organisation (< 1 s);
* hand-offs: a generated CSV log of 1,000,000 events (< 10 s, peak memory
  < 1 GB), next to a bare ``csv.reader`` pass over the same file; each runs in
  a fresh interpreter so its peak RSS is its own;
* regrouping: 300 units in 50 functions, 300 processes (< 10 s).

Prints one table: seconds, target, peer time and ratio, peak memory.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

# A plain script run from a checkout: make the package importable, and take
# bench/ itself off the path so no file here can shadow a standard module.
ROOT = Path(__file__).resolve().parent.parent
sys.path[0] = str(ROOT)

from orgdesign.analysis.interfaces import count_interfaces  # noqa: E402
from orgdesign.analysis.regroup import suggest_regrouping  # noqa: E402
from orgdesign.model import (  # noqa: E402
    Flow,
    FlowKind,
    Function,
    Process,
    Project,
    Step,
    Unit,
    new_project,
)
from orgdesign.samples.synthetic import random_project  # noqa: E402


def best_of(repeats: int, work: Callable[[], object]) -> float:
    """Return the shortest wall time of ``repeats`` calls of ``work``, in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def project_with_processes(n_units: int, n_processes: int, n_steps: int, seed: int = 0) -> Project:
    """A random organisation with chains of steps, plus a branch and a loop per process."""
    rng = random.Random(seed)
    project = random_project(n_units, seed=seed)
    units = [u.id for u in project.scenario().units]
    procs = []
    for p in range(n_processes):
        steps = [Step(id=f"s{i}", name=f"Step {i}", unit=rng.choice(units))
                 for i in range(n_steps)]
        flows = [Flow(id=f"f{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(n_steps - 1)]
        flows.append(Flow(id="fb", source="s0", target=f"s{n_steps // 2}", kind=FlowKind.BRANCH))
        flows.append(Flow(id="fl", source=f"s{n_steps - 1}", target="s1", kind=FlowKind.LOOP))
        procs.append(Process(id=f"p{p}", name=f"Process {p}", steps=steps, flows=flows))
    project.processes = procs
    return project


def clustered_project(n_units: int = 300, n_functions: int = 50, n_processes: int = 300,
                      seed: int = 0) -> Project:
    """Units in hidden work clusters; their functions follow the clusters with 40% noise."""
    rng = random.Random(seed)
    project = new_project("regrouping bench")
    project.functions = [Function(id=f"f{i}", name=f"Function {i}") for i in range(n_functions)]
    cluster = [i % n_functions for i in range(n_units)]
    units = [Unit(id="root", name="Board")]
    for i in range(n_units):
        f = cluster[i] if rng.random() > 0.4 else rng.randrange(n_functions)
        units.append(Unit(id=f"u{i}", name=f"Unit {i}", parent="root", function=f"f{f}"))
    project.scenario().units = units
    members: dict[int, list[int]] = {}
    for i, c in enumerate(cluster):
        members.setdefault(c, []).append(i)
    procs = []
    for p in range(n_processes):
        home = rng.randrange(n_functions)
        other = rng.randrange(n_functions)
        steps = []
        for s in range(10):
            c = home if rng.random() < 0.85 else other
            steps.append(Step(id=f"s{s}", name=f"Step {s}", unit=f"u{rng.choice(members[c])}"))
        flows = [Flow(id=f"f{s}", source=f"s{s}", target=f"s{s + 1}") for s in range(9)]
        procs.append(Process(id=f"p{p}", name=f"Process {p}", steps=steps, flows=flows))
    project.processes = procs
    return project


def write_log(path: Path, n_events: int, seed: int = 1) -> int:
    """Write a CSV event log of ``n_events`` events with mixed offsets; return the case count."""
    rng = random.Random(seed)
    groups = ["Sales", "Service", "IT", "Finance", "Logistics", "Marketing", "", "EMPTY",
              "客户服务", "财务"]
    acts = [f"Activity {i}" for i in range(40)]
    zones = [UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-5)), None]
    base = datetime(2024, 1, 1, tzinfo=UTC).timestamp()
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("case:concept:name,concept:name,org:group,time:timestamp\n")
        lines: list[str] = []
        done = case = 0
        while done < n_events:
            case += 1
            k = min(rng.randint(3, 17), n_events - done)
            t = base + rng.randint(0, 30_000_000)
            for _ in range(k):
                t += rng.randint(1, 7200)
                tz = rng.choice(zones)
                stamp = (datetime.fromtimestamp(t, UTC).replace(tzinfo=None).isoformat(sep=" ")
                         if tz is None else datetime.fromtimestamp(t, tz).isoformat())
                lines.append(f"case-{case},{rng.choice(acts)},{rng.choice(groups)},{stamp}\n")
            done += k
            if len(lines) > 50_000:
                out.writelines(lines)
                lines.clear()
        out.writelines(lines)
    return case


_CHILD = """
import csv, json, resource, sys, time
sys.path.insert(0, {root!r})
path, job = sys.argv[1], sys.argv[2]
start = time.perf_counter()
if job == "handoffs":
    from orgdesign.io.event_log import read_event_log
    from orgdesign.analysis.handoffs import analyse_handoffs
    rep = analyse_handoffs(read_event_log(path))
    out = {{"events": rep.events, "handoffs": rep.handoffs}}
else:
    with open(path, encoding="utf-8", newline="") as f:
        n = sum(1 for _ in csv.reader(f))
    out = {{"rows": n}}
out["seconds"] = time.perf_counter() - start
# VmHWM belongs to this address space; ru_maxrss may carry the parent's peak over exec.
try:
    with open("/proc/self/status") as f:
        hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
out["rss_mb"] = hwm / 1024
print(json.dumps(out))
"""


def run_child(path: Path, job: str) -> dict:
    """Run one log job in a fresh interpreter; return its timing and peak RSS."""
    code = _CHILD.format(root=str(ROOT))
    res = subprocess.run([sys.executable, "-c", code, str(path), job], capture_output=True,
                         text=True, check=True)
    return json.loads(res.stdout)


def main() -> None:
    n_events = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    rows: list[tuple[str, float, float, str, str]] = []

    proj = project_with_processes(2_000, 1_000, 30)
    count = best_of(3, lambda: count_interfaces(proj))
    rep = count_interfaces(proj)
    rows.append((f"counts: 1,000 proc × 30 steps ({rep.flows:,} flows)", count, 1.0, "", ""))

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "log.csv"
        start = time.perf_counter()
        cases = write_log(path, n_events)
        made = time.perf_counter() - start
        size = path.stat().st_size / 2**20
        bare = min((run_child(path, "bare") for _ in range(2)), key=lambda d: d["seconds"])
        hand = min((run_child(path, "handoffs") for _ in range(2)), key=lambda d: d["seconds"])
    rows.append((f"hand-offs: {hand['events']:,} events, {cases:,} cases", hand["seconds"], 10.0,
                 f"{bare['seconds']:.3f} ({hand['seconds'] / bare['seconds']:.1f}×)",
                 f"{hand['rss_mb']:.0f} MB"))
    rows.append(("bare csv.reader pass, same file", bare["seconds"], 0.0, "",
                 f"{bare['rss_mb']:.0f} MB"))

    big = clustered_project()
    start = time.perf_counter()
    sug = suggest_regrouping(big)
    regroup = time.perf_counter() - start
    rows.append((f"regrouping: 300 units / 50 functions ({sug.before}→{sug.after} interfaces)",
                 regroup, 10.0, "", ""))

    print(f"Interfaces benchmark (log file {size:.0f} MB, written in {made:.1f} s)")
    print()
    print(f"{'job':<60}{'seconds':>9}{'target':>8}  {'csv.reader (ratio)':<20}{'peak RSS':>9}")
    for name, secs, target, peer, rss in rows:
        tgt = f"< {target:g}" if target else ""
        print(f"{name:<60}{secs:>9.3f}{tgt:>8}  {peer:<20}{rss:>9}")


if __name__ == "__main__":
    main()
