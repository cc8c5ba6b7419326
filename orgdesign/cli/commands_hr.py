"""HR sheet commands: import-hr (new project, or --update an existing one) and export-hr.

Exit codes of ``import-hr``: 0 when every row was placed and nothing needs a
look (skipped blank rows are only counted), 1 when rows went to the parking
lot or had problems (the project is still written), 2 when nothing could be
read (unreadable file, no data rows, no recognisable column, bad options).
"""

from __future__ import annotations

import argparse
import os
from typing import Any

from orgdesign.export.hr_sheet import export_hr_sheet
from orgdesign.io.hr_import import (
    ImportOptions,
    ImportResult,
    apply_overrides,
    build_project,
    guess_mapping,
    read_sheet,
)
from orgdesign.io.hr_update import KINDS, apply_update, plan_update
from orgdesign.io.project_file import load_project, save_project
from orgdesign.model.errors import OrgDesignError

from .output import add_json_flag, emit

#: Problems printed in text mode (all of them go to --json).
MAX_PRINTED = 500


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``import-hr`` and ``export-hr`` to ``sub``."""
    p = sub.add_parser(
        "import-hr", help="import an HR sheet (CSV or XLSX) as a project, or update one",
        description="Import an HR export: one row per person or vacancy, the tree following "
                    "the manager column. Exit 0 when every row was placed, 1 when some went "
                    "to the parking lot or had problems (the project is still written), "
                    "2 when nothing could be read.")
    p.add_argument("sheet", help="the .csv or .xlsx file")
    p.add_argument("-o", "--output", help="the .orgd project to write")
    p.add_argument("--update", metavar="FILE.orgd",
                   help="compare with this project, print the changes and apply them "
                        "(written back to FILE.orgd, or to -o)")
    p.add_argument("--sheet", dest="sheet_name", metavar="NAME", help="worksheet of an XLSX")
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                   help="map a column (header or letter) to a field, e.g. manager='Reports To';"
                        " FIELD= unmaps it; ignore=COLUMN drops a column")
    p.add_argument("--encoding", help="CSV encoding (default: detected)")
    p.add_argument("--single-root", action="store_true",
                   help="put several top rows under one new top unit")
    p.add_argument("--group-by-department", action="store_true",
                   help="add a department box above the head of each department")
    p.add_argument("--lang", choices=["en", "zh"], help="language of generated names")
    p.add_argument("--title", default="", help="project title (default: the file name)")
    p.add_argument("--dry-run", action="store_true",
                   help="with --update: print the changes, write nothing")
    add_json_flag(p)
    p.set_defaults(func=_import_hr)

    p = sub.add_parser("export-hr", help="write a project's organisation as an HR sheet")
    p.add_argument("file", help="the .orgd project")
    p.add_argument("-o", "--output", required=True, help="OUT.csv or OUT.xlsx")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    p.add_argument("--lang", choices=["en", "zh"], help="header language (default: project's)")
    add_json_flag(p)
    p.set_defaults(func=_export_hr)


def _read_text(result: ImportResult) -> list[str]:
    s = result.summary()
    sheet = result.sheet
    how = [sheet.format.upper()]
    if sheet.sheet:
        how.append(f"sheet {sheet.sheet!r}")
    if sheet.encoding:
        how.append(sheet.encoding)
    if sheet.delimiter:
        how.append(f"delimiter {sheet.delimiter!r}")
    how.append(f"header on row {sheet.header_row}" if sheet.header_rows == 1 else
               f"header on rows {sheet.header_row - 1}-{sheet.header_row}")
    n_empty = s["empty_rows"]
    empty = f", {n_empty} empty row{'s' if n_empty > 1 else ''} skipped" if n_empty else ""
    lines = [f"read {sheet.path}: {s['rows']} rows ({', '.join(how)}){empty}"]
    mapped = ", ".join(f"{k} <- {sheet.column_label(result.mapping.columns[k])}"
                       for k in s["mapping"])
    lines.append(f"mapped: {mapped or 'nothing'}")
    if s["custom_fields"]:
        lines.append("custom fields: " + ", ".join(repr(c) for c in s["custom_fields"]))
    return lines


def _problem_lines(problems: list[Any]) -> list[str]:
    out = []
    for p in problems[:MAX_PRINTED]:
        where = f"row {p.row}" if p.row is not None else "sheet"
        out.append(f"  {where}: {p.severity}: {p.message}")
    if len(problems) > MAX_PRINTED:
        out.append(f"  ... and {len(problems) - MAX_PRINTED} more (--json lists all)")
    return out


def _import_hr(args: argparse.Namespace) -> int:
    from orgdesign.cli import UsageError

    if args.update is None and not args.output:
        raise UsageError("import-hr needs -o FILE.orgd (or --update FILE.orgd)")
    if args.dry_run and args.update is None:
        raise UsageError("--dry-run only goes with --update")
    raw = read_sheet(args.sheet, sheet=args.sheet_name, encoding=args.encoding)
    mapping = apply_overrides(guess_mapping(raw.headers), raw.headers, args.map)
    options = ImportOptions(single_root=args.single_root,
                            group_by_department=args.group_by_department,
                            language=args.lang, title=args.title)
    if args.update is not None:
        return _update(args, raw, mapping, options)
    result = build_project(raw, mapping, options)
    save_project(result.project, args.output, backup=False)
    s = result.summary()
    text = _read_text(result)
    text.append(f"placed {s['placed']} rows, parked {s['parked']}, kept as dotted lines "
                f"{s['dotted']}, repeats skipped {s['repeats']}; {s['lines']} secondary lines")
    if result.problems:
        text.append(f"{len(result.problems)} problems:")
        text += _problem_lines(result.problems)
    text.append(f"wrote {args.output} ({s['units']} units, {s['people']} people)")
    data = {**s, "output": os.fspath(args.output), "clean": result.clean,
            "parked_rows": result.parked_rows,
            "problems": [p.to_dict() for p in result.problems]}
    emit(args, data, text)
    return 0 if result.clean else 1


def _update(args: argparse.Namespace, raw: Any, mapping: Any, options: ImportOptions) -> int:
    project = load_project(args.update)
    plan = plan_update(project, raw, mapping, options=options)
    counts = plan.counts()
    target = args.output or args.update
    text = _read_text(plan.result)
    text.append("changes: " + ", ".join(f"{k} {counts[k]}" for k in KINDS if counts[k])
                if plan.changes else "changes: none")
    text += [f"  {c}" for c in plan.changes[:MAX_PRINTED]]
    if len(plan.changes) > MAX_PRINTED:
        text.append(f"  ... and {len(plan.changes) - MAX_PRINTED} more (--json lists all)")
    problems = [p for p in plan.problems if p.severity != "note"]
    if plan.problems:
        text.append(f"{len(plan.problems)} problems:")
        text += _problem_lines(plan.problems)
    written = False
    if not args.dry_run and (plan.changes or args.output):
        if plan.changes:
            try:
                apply_update(project, plan.changes)
            except OrgDesignError as e:
                raise OrgDesignError(f"cannot apply the update: {e}") from None
        save_project(project, target, backup=os.path.abspath(target) == os.path.abspath(
            args.update))
        written = True
        text.append(f"wrote {target} ({len(plan.changes)} changes applied as one step)")
    elif args.dry_run:
        text.append("dry run: nothing written")
    else:
        text.append(f"{args.update} is up to date; nothing written")
    data = {"file": os.fspath(args.update), "sheet": raw.path, "output": os.fspath(target)
            if written else None, "counts": counts,
            "changes": [c.to_dict() for c in plan.changes],
            "problems": [p.to_dict() for p in plan.problems]}
    emit(args, data, text)
    return 1 if problems else 0


def _export_hr(args: argparse.Namespace) -> int:
    project = load_project(args.file)
    rows = export_hr_sheet(project, args.output, scenario=args.scenario, language=args.lang)
    emit(args, {"file": os.fspath(args.file), "output": os.fspath(args.output), "rows": rows},
         f"wrote {args.output} ({rows} rows)")
    return 0
