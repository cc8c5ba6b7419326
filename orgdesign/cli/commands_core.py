"""Core commands: open (the app), sample, new, info, check."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from orgdesign.analysis.problems import Severity, run_checks
from orgdesign.analysis.structure import structure_metrics
from orgdesign.io.project_file import load_project, save_project
from orgdesign.model import new_project
from orgdesign.model.errors import OrgDesignError
from orgdesign.samples.registry import SAMPLES, build_sample, sample_names

from .output import add_json_flag, emit


def register(sub: argparse._SubParsersAction) -> None:
    """Add the core commands to ``sub``."""
    p = sub.add_parser("open", help="open a project in the desktop app")
    p.add_argument("file", help="the .orgd project to open")
    p.set_defaults(func=lambda a: run_app(a.file))

    p = sub.add_parser("sample", help="write a sample project")
    p.add_argument("name", nargs="?", help="sample name (see --list)")
    p.add_argument("--lang", choices=["en", "zh"], default="en")
    p.add_argument("-o", "--output", help="where to write the .orgd file")
    p.add_argument("--list", action="store_true", help="list the samples")
    add_json_flag(p)
    p.set_defaults(func=_sample)

    p = sub.add_parser("new", help="write an empty project")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--title", default="")
    p.add_argument("--lang", choices=["en", "zh"], default="en")
    add_json_flag(p)
    p.set_defaults(func=_new)

    p = sub.add_parser("info", help="counts of a project's organisation")
    p.add_argument("file")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    add_json_flag(p)
    p.set_defaults(func=_info)

    p = sub.add_parser("check", help="integrity and design-rule problems; exit 1 on errors")
    p.add_argument("file")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    add_json_flag(p)
    p.set_defaults(func=_check)


def scenario_of(project, scenario_id: str | None):
    """Return the named (or active) scenario; OrgDesignError if it does not exist."""
    try:
        return project.scenario(scenario_id)
    except KeyError:
        known = ", ".join(s.id for s in project.scenarios)
        raise OrgDesignError(f"no scenario {scenario_id!r} (the project has: {known})") from None


def run_app(path: str | None) -> int:
    """Start the desktop app (or, without a display, say so); return its exit code."""
    if path is not None and not Path(path).exists():
        raise OrgDesignError(f"cannot open {path}: no such file")
    from orgdesign.app.main import run

    return run(path)


def _sample(args: argparse.Namespace) -> int:
    if args.list or not args.name:
        data = [{"name": n, "description": SAMPLES[n].description(args.lang)}
                for n in sample_names()]
        emit(args, data, [f"{d['name']:12} {d['description']}" for d in data])
        return 0
    if args.name not in sample_names():
        raise OrgDesignError(
            f"unknown sample {args.name!r}; choose one of: {', '.join(sample_names())}")
    if not args.output:
        raise OrgDesignError("sample needs -o FILE (where to write the project)")
    project = build_sample(args.name, args.lang)
    save_project(project, args.output, backup=False)
    emit(args, {"sample": args.name, "lang": args.lang, "output": os.fspath(args.output),
                "units": len(project.scenario().units)},
         f"wrote {args.output} ({args.name}, {args.lang}, "
         f"{len(project.scenario().units)} units)")
    return 0


def _new(args: argparse.Namespace) -> int:
    project = new_project(title=args.title, language=args.lang,
                          scenario_name="现状" if args.lang == "zh" else "As-is")
    save_project(project, args.output, backup=False)
    emit(args, {"output": os.fspath(args.output)}, f"wrote {args.output}")
    return 0


def _info(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    sc = scenario_of(project, args.scenario)
    m = structure_metrics(project, sc)
    used = {u.function for u in sc.units if u.function}
    data = {
        "file": os.fspath(args.file),
        "title": project.metadata.title,
        "scenario": sc.id,
        "scenario_name": sc.name,
        "scenarios": len(project.scenarios),
        "units": m.units,
        "people": m.people,
        "vacancies": m.vacancies,
        "roots": m.roots,
        "depth": m.depth,
        "max_span": m.max_span,
        "avg_span": m.avg_span,
        "functions": [f.name for f in project.functions],
        "functions_used": [f.name for f in project.functions if f.id in used],
        "layers": m.layers,
        "front_line_share": m.front_line_share,
        "segments": len(sc.segments),
        "secondary_lines": len(sc.lines),
        "processes": len(project.processes),
        "raci_matrices": len(project.raci_matrices),
        "parking_lot": m.parking_lot,
    }
    text = [
        f"{project.metadata.title or Path(args.file).name}  [{sc.name}]",
        f"  units {m.units}, people {m.people}, vacancies {m.vacancies}",
        f"  roots {m.roots}, depth {m.depth}, span max {m.max_span} / avg {m.avg_span}",
        f"  layers: contact {m.layers['customer-contact']}, support {m.layers['support']}, "
        f"management {m.layers['management']}",
        f"  functions ({len(project.functions)}): {', '.join(data['functions']) or '-'}",
        f"  segments {len(sc.segments)}, processes {len(project.processes)}, "
        f"RACI matrices {len(project.raci_matrices)}, parking lot {m.parking_lot}",
    ]
    emit(args, data, text)
    return 0


def _check(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    sc = scenario_of(project, args.scenario)
    problems = run_checks(project, sc.id)
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = sum(1 for p in problems if p.severity is Severity.WARNING)
    data = {"file": os.fspath(args.file), "scenario": sc.id, "errors": errors,
            "warnings": warnings, "problems": [p.to_dict() for p in problems]}
    text = [f"{p.severity.value:7} {p.code}  {p.message}" for p in problems]
    text.append(f"{errors} errors, {warnings} warnings, "
                f"{len(problems) - errors - warnings} notes")
    emit(args, data, text)
    return 1 if errors else 0
