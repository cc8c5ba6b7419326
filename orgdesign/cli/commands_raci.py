"""RACI commands: ``raci export``, ``raci import``, ``raci check``, ``raci generate``."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from orgdesign.analysis.problems import Severity
from orgdesign.analysis.raci import generate_from_process, raci_problems
from orgdesign.export.raci_xlsx import export_raci_csv, export_raci_xlsx
from orgdesign.io.project_file import load_project, save_project
from orgdesign.io.raci_xlsx_import import apply_raci_import, import_raci_workbook
from orgdesign.model import Project, RaciMatrix
from orgdesign.model.errors import OrgDesignError

from .commands_core import scenario_of
from .output import add_json_flag, emit


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``raci`` command and its sub-commands to ``sub``."""
    raci = sub.add_parser("raci", help="RACI matrices: export and import workbooks, check, generate")
    rsub = raci.add_subparsers(dest="raci_command", metavar="ACTION", required=True,
                               parser_class=type(raci))

    p = rsub.add_parser("export", help="write a matrix as an Excel workbook (.xlsx) or CSV")
    p.add_argument("file", help="the .orgd project")
    p.add_argument("-o", "--output", required=True, help="BOOK.xlsx or MATRIX.csv")
    p.add_argument("--matrix", metavar="NAME", help="matrix name or id (default: the first)")
    p.add_argument("--lang", choices=["en", "zh"],
                   help="language of labels and legend (default: the project's)")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    add_json_flag(p)
    p.set_defaults(func=_export)

    p = rsub.add_parser("import", help="read back an edited workbook; print what changes")
    p.add_argument("book", help="the .xlsx workbook exported by OrgDesign")
    p.add_argument("file", help="the .orgd project it came from")
    p.add_argument("-o", "--output", help="where to write the project (default: back to FILE)")
    p.add_argument("--dry-run", action="store_true", help="only print the changes")
    add_json_flag(p)
    p.set_defaults(func=_import)

    p = rsub.add_parser("check", help="rule checks of the RACI matrices; exit 1 on errors")
    p.add_argument("file", help="the .orgd project")
    p.add_argument("--matrix", metavar="NAME", help="only this matrix (name or id)")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    add_json_flag(p)
    p.set_defaults(func=_check)

    p = rsub.add_parser("generate", help="add a matrix generated from a process")
    p.add_argument("file", help="the .orgd project")
    p.add_argument("--process", metavar="NAME", required=True, help="process name or id")
    p.add_argument("-o", "--output", help="where to write the project (default: back to FILE)")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    add_json_flag(p)
    p.set_defaults(func=_generate)


def find_matrix(project: Project, name: str | None) -> RaciMatrix:
    """The matrix with this id or name (the first matrix for None).

    Raises OrgDesignError when there is none or the name is ambiguous.
    """
    matrices = project.raci_matrices
    if not matrices:
        raise OrgDesignError("the project has no RACI matrix (see: orgdesign raci generate)")
    if name is None:
        return matrices[0]
    for pick in (lambda m: m.id == name, lambda m: m.name == name,
                 lambda m: m.name.casefold() == name.casefold()):
        found = [m for m in matrices if pick(m)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise OrgDesignError(f"{len(found)} RACI matrices are called {name!r}; "
                                 f"name one by id: {', '.join(m.id for m in found)}")
    known = ", ".join(repr(m.name) for m in matrices)
    raise OrgDesignError(f"no RACI matrix {name!r}; the project has: {known}")


def _export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    kind = out.suffix.lower()
    if kind not in (".xlsx", ".csv"):
        raise OrgDesignError(f"cannot export RACI as {out.suffix or 'a file without extension'}"
                             "; use .xlsx or .csv")
    project = load_project(args.file)
    sc = scenario_of(project, args.scenario)
    matrix = find_matrix(project, args.matrix)
    lang = args.lang or ("zh" if project.metadata.language.startswith("zh") else "en")
    if kind == ".xlsx":
        export_raci_xlsx(project, matrix, out, lang=lang, scenario_id=sc.id)
    else:
        export_raci_csv(matrix, out, lang=lang)
    others = len(project.raci_matrices) - 1
    note = f" (1 of {others + 1} matrices; choose with --matrix)" if others and not args.matrix \
        else ""
    emit(args, {"output": os.fspath(out), "matrix": matrix.id, "name": matrix.name,
                "activities": len(matrix.activities), "roles": len(matrix.roles),
                "lang": lang, "format": kind[1:]},
         f"wrote {out}: {matrix.name!r}, {len(matrix.activities)} activities x "
         f"{len(matrix.roles)} roles{note}")
    return 0


def _import(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    result = import_raci_workbook(args.book, project)
    ch = result.changes
    target = Path(args.output) if args.output else Path(args.file)
    written = not args.dry_run and not ch.is_empty()
    if written:
        apply_raci_import(project, result.matrix.id, result.matrix)
        save_project(project, target, backup=target.exists())
    data = {"book": os.fspath(args.book), "matrix": result.matrix.id,
            "name": result.matrix.name, "changes": ch.to_dict(),
            "written": os.fspath(target) if written else None}
    head = f"{result.matrix.name!r} from {args.book}:"
    tail = (f"wrote {target}" if written else
            "no changes; nothing written" if ch.is_empty() else "dry run; nothing written")
    emit(args, data, [head] + ch.lines() + [tail])
    return 0


def _check(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    sc = scenario_of(project, args.scenario)
    matrices = [find_matrix(project, args.matrix)] if args.matrix else project.raci_matrices
    problems = [p for m in matrices for p in raci_problems(project, m, sc)]
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    problems.sort(key=lambda p: order[p.severity])
    errors = sum(1 for p in problems if p.severity is Severity.ERROR)
    warnings = sum(1 for p in problems if p.severity is Severity.WARNING)
    data = {"file": os.fspath(args.file), "scenario": sc.id,
            "matrices": [{"id": m.id, "name": m.name, "scheme": m.scheme} for m in matrices],
            "errors": errors, "warnings": warnings,
            "problems": [p.to_dict() for p in problems]}
    text = [f"{p.severity.value:7} {p.code}  {p.message}" for p in problems]
    text.append(f"{len(matrices)} matrices: {errors} errors, {warnings} warnings")
    emit(args, data, text)
    return 1 if errors else 0


def _generate(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    sc = scenario_of(project, args.scenario)
    procs = [p for p in project.processes if p.id == args.process] or \
        [p for p in project.processes if p.name == args.process]
    if len(procs) != 1:
        known = ", ".join(repr(p.name) for p in project.processes) or "none"
        what = "several processes are" if procs else "no process is"
        raise OrgDesignError(f"{what} called {args.process!r}; the project has: {known}")
    matrix = generate_from_process(project, procs[0].id, sc.id)
    project.raci_matrices.append(matrix)
    target = Path(args.output) if args.output else Path(args.file)
    save_project(project, target, backup=target.exists())
    problems = raci_problems(project, matrix, sc)
    emit(args, {"output": os.fspath(target), "matrix": matrix.id, "name": matrix.name,
                "activities": len(matrix.activities), "roles": len(matrix.roles),
                "problems": [p.to_dict() for p in problems]},
         [f"added {matrix.name!r} ({len(matrix.activities)} activities x "
          f"{len(matrix.roles)} roles) to {target}"]
         + [f"  {p.severity.value:7} {p.code}  {p.message}" for p in problems])
    return 0
