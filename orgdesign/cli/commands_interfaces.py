"""Interface commands: interfaces (counts), suggest (regrouping), handoffs (event logs)."""

from __future__ import annotations

import argparse
import os
import unicodedata
from pathlib import Path

from orgdesign.analysis.handoffs import analyse_handoffs, create_process_from_log, group_name
from orgdesign.analysis.interfaces import InterfaceReport, count_interfaces
from orgdesign.analysis.regroup import apply_suggestion, suggest_regrouping
from orgdesign.edit.apply import apply
from orgdesign.edit.ops import AddProcess
from orgdesign.io.event_log import read_event_log
from orgdesign.io.project_file import load_project, save_project
from orgdesign.model import Process
from orgdesign.model.errors import OrgDesignError

from .commands_core import scenario_of
from .output import add_json_flag, emit


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``interfaces``, ``suggest`` and ``handoffs`` commands to ``sub``."""
    p = sub.add_parser("interfaces", help="interfaces between functions: per process, pairs, total")
    p.add_argument("file", help="the .orgd project")
    p.add_argument("--process", metavar="NAME", action="append",
                   help="only this process (name or id; may be repeated)")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    p.add_argument("--by", choices=["function", "unit"], default="function",
                   help="count hand-offs between functions (default) or between units")
    add_json_flag(p)
    p.set_defaults(func=_interfaces)

    p = sub.add_parser("suggest", help="propose moving units between functions to cut interfaces")
    p.add_argument("file", help="the .orgd project")
    p.add_argument("--groups", type=int, metavar="K",
                   help="target number of functions (default: as many as are used now)")
    p.add_argument("--min-size", type=int, default=1, metavar="N",
                   help="fewest step-performing units per function (default 1)")
    p.add_argument("--max-size", type=int, metavar="N",
                   help="most step-performing units per function (default: automatic)")
    p.add_argument("--seed", type=int, default=0, help="seed of the community detection")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    p.add_argument("--apply", metavar="NAME",
                   help="add the suggestion as a new scenario called NAME (needs -o)")
    p.add_argument("--activate", action="store_true", help="make that scenario the active one")
    p.add_argument("-o", "--output", help="where to write the project with the new scenario")
    add_json_flag(p)
    p.set_defaults(func=_suggest)

    p = sub.add_parser("handoffs", help="hand-offs between groups mined from an event log")
    p.add_argument("log", help="event log: CSV or XES (.gz is fine)")
    p.add_argument("--case", metavar="COL", help="column (XES: trace attribute) of the case id")
    p.add_argument("--activity", metavar="COL", help="column of the activity")
    p.add_argument("--group", metavar="COL", help="column of the group (or resource)")
    p.add_argument("--timestamp", metavar="COL", help="column of the timestamp")
    p.add_argument("--format", choices=["csv", "xes"], help="default: from the file")
    p.add_argument("--top", type=int, default=20, metavar="N", help="pairs listed as text")
    p.add_argument("--add-to", metavar="PROJECT",
                   help="also add a process built from the log to this project (needs -o)")
    p.add_argument("--process-name", metavar="NAME", help="name of that process")
    p.add_argument("-o", "--output", help="where to write the project with the new process")
    add_json_flag(p)
    p.set_defaults(func=_handoffs)


# --- interfaces -----------------------------------------------------------------------


def _width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _matrix_lines(rep: InterfaceReport) -> list[str]:
    used = [i for i in range(len(rep.groups))
            if any(rep.matrix[i]) or any(row[i] for row in rep.matrix)]
    if not used:
        return []
    cell = max(3, *(len(str(rep.matrix[i][j])) for i in used for j in used)) + 1
    lines = ["matrix (row: from, column: to; diagonal: within):"]
    lines += [f"  {k + 1:>3}  {rep.groups[i].name}" for k, i in enumerate(used)]
    lines.append("       " + "".join(f"{k + 1:>{cell}}" for k in range(len(used))))
    for k, i in enumerate(used):
        cells = "".join(f"{(rep.matrix[i][j] or '.')!s:>{cell}}" for j in used)
        lines.append(f"  {k + 1:>3}  {cells}")
    return lines


def _interfaces(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    sc = scenario_of(project, args.scenario)
    procs: list[Process] | None = None
    if args.process:
        procs = []
        for key in args.process:
            found = [p for p in project.processes if key in (p.id, p.name)]
            if not found:
                known = ", ".join(repr(p.name) for p in project.processes) or "none"
                raise OrgDesignError(f"no process named {key!r} (the project has: {known})")
            procs.extend(p for p in found if p not in procs)
    rep = count_interfaces(project, sc, procs, by=args.by)
    data = {"file": os.fspath(args.file), "scenario_name": sc.name, **rep.to_dict()}
    name_w = max([_width(p.name) for p in rep.processes] + [7])
    text = [f"interfaces between {args.by}s in scenario {sc.name!r}",
            f"  {_pad('process', name_w)}  flows  interfaces  within"]
    for p in rep.processes:
        text.append(f"  {_pad(p.name, name_w)}  {p.flows:5}  {p.interfaces:10}  {p.within:6}")
    text.append(f"  {_pad('total', name_w)}  {rep.flows:5}  {rep.total:10}  {rep.within:6}")
    if rep.unassigned:
        text.append(f"  {rep.unassigned} flows touch steps without a {args.by} ((none))")
    text += _matrix_lines(rep)
    emit(args, data, text)
    return 0


# --- suggest --------------------------------------------------------------------------


def _suggest(args: argparse.Namespace) -> int:
    if args.apply and not args.output:
        raise OrgDesignError("suggest --apply NAME needs -o FILE (where to write the project)")
    project = load_project(args.file)
    sc = scenario_of(project, args.scenario)
    try:
        s = suggest_regrouping(project, sc, groups=args.groups, min_size=args.min_size,
                               max_size=args.max_size, seed=args.seed)
    except ValueError as exc:
        raise OrgDesignError(str(exc)) from None
    data = {"file": os.fspath(args.file), **s.to_dict()}
    if s.moves:
        text = [f"scenario {sc.name!r}: {s.before} → {s.after} interfaces "
                f"(−{s.saved}) with {len(s.moves)} move{'s' if len(s.moves) > 1 else ''} "
                f"({s.method})"]
        text += [f"  {m.describe()}" for m in s.moves]
        text.append("  functions after: " + ", ".join(f"{g.name} {len(g.units)}"
                                                       for g in s.groups))
    else:
        text = [f"scenario {sc.name!r}: {s.before} interfaces; no regrouping within the size "
                f"bounds ({s.min_size}..{s.max_size} units) does better"]
    if args.apply:
        new = apply_suggestion(project, s, args.apply, activate=args.activate)
        save_project(project, args.output, backup=False)
        data["applied"] = {"scenario": new.id, "name": new.name,
                           "output": os.fspath(args.output)}
        text.append(f"wrote {args.output} with scenario {new.name!r} (id {new.id})")
    emit(args, data, text)
    return 0


# --- handoffs -------------------------------------------------------------------------


def _handoffs(args: argparse.Namespace) -> int:
    if args.add_to and not args.output:
        raise OrgDesignError("handoffs --add-to PROJECT needs -o FILE (where to write it)")
    log = read_event_log(args.log, case=args.case, activity=args.activity, group=args.group,
                         timestamp=args.timestamp, fmt=args.format)
    rep = analyse_handoffs(log)
    data = {"file": os.fspath(args.log), **rep.to_dict()}
    text = [f"{rep.events} events in {rep.cases} cases; {rep.successions} successions: "
            f"{rep.handoffs} hand-offs, {rep.within} within a group",
            f"hand-offs per case: mean {rep.per_case_mean:.2f}, max {rep.per_case_max}, "
            f"{rep.zero} cases without any"]
    if rep.pairs:
        w = max(_width(group_name(p.source)) for p in rep.pairs[:args.top])
        text.append("pairs (count, mean wait):")
        for p in rep.pairs[:args.top]:
            text.append(f"  {_pad(group_name(p.source), w)} → {group_name(p.target)}: "
                        f"{p.count}, {_duration(p.mean_wait_s)}")
        if len(rep.pairs) > args.top:
            text.append(f"  ... and {len(rep.pairs) - args.top} more pairs")
    if rep.skipped:
        shown = "; ".join(f"line {s.line}: {s.reason}" for s in rep.skipped[:10])
        more = f"; ... and {len(rep.skipped) - 10} more" if len(rep.skipped) > 10 else ""
        text.append(f"skipped {len(rep.skipped)} rows: {shown}{more}")
    if args.add_to:
        project = load_project(args.add_to)
        name = args.process_name or Path(args.log).name.split(".")[0]
        mined = create_process_from_log(log, name, scenario=project.scenario())
        apply(project, AddProcess(mined.process))
        save_project(project, args.output, backup=False)
        data["process"] = {"id": mined.process.id, "name": name,
                           "steps": len(mined.process.steps), "flows": len(mined.process.flows),
                           "unmapped_groups": mined.unmapped, "output": os.fspath(args.output)}
        text.append(f"wrote {args.output} with process {name!r} "
                    f"({len(mined.process.steps)} steps, {len(mined.process.flows)} flows"
                    + (f"; no unit for {', '.join(mined.unmapped)}" if mined.unmapped else "")
                    + ")")
    emit(args, data, text)
    return 0


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.1f} min"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} d"
