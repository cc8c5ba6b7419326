"""The ``export`` command: diagrams as SVG, PDF, PNG, PowerPoint or Graphviz DOT."""

from __future__ import annotations

import argparse
import datetime
import os
import sys

from orgdesign.io.project_file import load_project
from orgdesign.model.errors import OrgDesignError

from .output import add_json_flag, emit


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``export`` command to ``sub``."""
    p = sub.add_parser(
        "export", help="export a diagram: SVG, PDF, PNG, PowerPoint or DOT (from the extension)",
        description="Export a diagram of the project. The format follows the extension of -o: "
                    ".svg .pdf .png .pptx .dot")
    p.add_argument("file", help="the .orgd project")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="the file to write: OUT.svg, .pdf, .png, .pptx or .dot")
    p.add_argument("--view", default="classic", metavar="VIEW",
                   help="classic (default), compact, inverted, rings, process:NAME (a process "
                        "id or name) or interfaces")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    p.add_argument("--root", metavar="UNIT_ID", help="export only this unit's subtree")
    p.add_argument("--collapse", metavar="UNIT_ID", action="append", default=[],
                   help="draw this unit collapsed (may be repeated)")
    p.add_argument("--depth", type=int, metavar="N",
                   help="collapse every unit at depth N (0 = the top)")
    g = p.add_argument_group("pages (PDF, PowerPoint)")
    g.add_argument("--page", default="A4", help="A4 (default), A3, Letter... or WxH in mm")
    orient = g.add_mutually_exclusive_group()
    orient.add_argument("--landscape", action="store_true", default=None,
                        help="landscape pages (default: follow the chart's shape)")
    orient.add_argument("--portrait", dest="landscape", action="store_false",
                        help="portrait pages")
    g.add_argument("--margin", type=float, default=10.0, metavar="MM", help="page margins in mm")
    g.add_argument("--pages", default="auto",
                   choices=["auto", "fit", "tile", "department", "level"],
                   help="fit: one page; tile: print size over several pages; department: a "
                        "top-levels page, then one per department; level: a manager and "
                        "their direct reports on each page, level by level (the top first, "
                        "then every level-1 team, every level-2 team...); auto (default): "
                        "fit when readable, else department or tile")
    g.add_argument("--tile-scale", type=float, default=0.75, metavar="PT",
                   help="printed size of a screen pixel in pt when tiling (default 0.75)")
    g = p.add_argument_group("pictures (PNG)")
    g.add_argument("--dpi", type=float, default=96.0, help="resolution (96 = screen size)")
    g.add_argument("--width", type=int, metavar="PX", help="picture width in pixels (wins over --dpi)")
    g.add_argument("--transparent", action="store_true", help="transparent background")
    g = p.add_argument_group("content")
    g.add_argument("--lang", choices=["en", "zh"],
                   help="language of fixed labels (default: the project's)")
    g.add_argument("--colour-by", "--color-by", dest="colour_by", default="function",
                   choices=["function", "layer"], help="card accent colour")
    g.add_argument("--fields", default="name,title,person",
                   help="card fields, comma separated: name,title,person")
    g.add_argument("--no-vacancies", action="store_true", help="do not mark vacant positions")
    g.add_argument("--no-photos", action="store_true", help="initials instead of photos")
    g.add_argument("--no-legend", action="store_true", help="no legend")
    g.add_argument("--title", help="title above the chart (default: the project title; '' none)")
    g.add_argument("--date", nargs="?", const="today", metavar="TEXT",
                   help="print a date at the bottom (today's without TEXT)")
    g.add_argument("--footer", default="", help="text at the bottom")
    g.add_argument("--engine", choices=["native", "graphviz"], default="native",
                   help="graphviz: let Graphviz lay out and render (SVG, PDF, PNG)")
    g.add_argument("--network", choices=["neato", "circo"], default="neato",
                   help="Graphviz program placing the interface network")
    add_json_flag(p)
    p.set_defaults(func=_export)


def _export(args: argparse.Namespace) -> int:
    from orgdesign.export.diagram import diagram_format, export_diagram
    from orgdesign.export.options import ExportOptions
    from orgdesign.render.style import RenderOptions

    diagram_format(args.output)  # an unknown extension fails before the project is read
    project = load_project(args.file)
    lang = args.lang or (project.metadata.language
                         if project.metadata.language in ("en", "zh") else "en")
    fields = tuple(f.strip() for f in args.fields.split(",") if f.strip())
    date = args.date
    if date == "today":
        date = datetime.date.today().isoformat()
    try:
        render = RenderOptions(
            fields=fields, show_vacancies=not args.no_vacancies, show_photos=not args.no_photos,
            colour_by=args.colour_by, legend=not args.no_legend, title=args.title,
            date=date or "", footer=args.footer, lang=lang,
            base_dir=os.path.dirname(os.path.abspath(args.file)))
    except ValueError as exc:
        raise OrgDesignError(str(exc)) from None
    options = ExportOptions(
        render=render, page=args.page, landscape=args.landscape, margin_mm=args.margin,
        pages=args.pages, tile_scale=args.tile_scale, dpi=args.dpi, width_px=args.width,
        root=args.root, collapse=tuple(args.collapse), max_depth=args.depth, engine=args.engine,
        network_engine=args.network)
    report = export_diagram(project, args.output, view=args.view, scenario_id=args.scenario,
                            options=options)
    parts = [report.format.upper()]
    if report.format in ("pdf", "pptx"):
        noun = "slides" if report.format == "pptx" else "pages"
        parts.append(f"{report.pages} {noun}, {report.mode}")
    if report.width:
        parts.append(f"{report.width} x {report.height} px")
    if report.engine == "graphviz":
        parts.append("Graphviz")
    if not args.json:
        for w in report.warnings:
            print(f"orgdesign: warning: {w}", file=sys.stderr)
    emit(args, report.to_dict(),
         f"wrote {args.output} ({', '.join(parts)}; {report.units} boxes, {report.seconds:.2f} s)")
    return 0
