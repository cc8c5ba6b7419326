"""One entry for every diagram export: the format follows the file's extension.

``export_diagram(project, "chart.pdf", view="rings", options=ExportOptions(...))``
lays the view out, draws it and writes SVG, PDF, PNG, PowerPoint or DOT, or
hands the graph to Graphviz (``engine="graphviz"``).  It returns an
:class:`ExportReport` that says what was written and warns when a picture
was scaled down or text prints too small.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from orgdesign.layout.engine import paused_gc
from orgdesign.layout.options import VIEWS as TREE_VIEWS
from orgdesign.model import Project
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg
from orgdesign.render.content import clean_text

from . import views
from .options import FORMATS, ExportError, ExportOptions, ExportReport, UnknownFormatError
from .views import (
    Page,
    departments,
    level_managers,
    parse_view,
    plan_pages,
    prepared_project,
    scenario_of,
    view_label,
)


def diagram_format(path: str | os.PathLike[str]) -> str:
    """The format of an output path from its extension; UnknownFormatError otherwise."""
    ext = Path(path).suffix.lower()
    fmt = FORMATS.get(ext)
    if fmt is None:
        raise UnknownFormatError(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot tell the format of {path!r} from its extension; use one of "
            "{extensions}"), path=os.fspath(path), extensions=", ".join(sorted(set(FORMATS)))))
    return fmt


def _title(project: Project, options: ExportOptions) -> str:
    t = options.render.title
    return clean_text(project.metadata.title if t is None else t)


def export_diagram(project: Project, out_path: str | os.PathLike[str], *,
                   view: str = "classic", scenario_id: str | None = None,
                   options: ExportOptions | None = None) -> ExportReport:
    """Export ``view`` of a scenario (the active one by default) to ``out_path``.

    The format comes from the extension (.svg .pdf .png .pptx .dot/.gv).
    Raises UnknownFormatError, UnknownViewError, UnknownUnitError (``root``,
    ``collapse``), ExportError for options a format cannot honour,
    GraphvizMissingError when Graphviz is needed and absent, OSError when the
    file cannot be written.
    """
    with paused_gc():
        return _export(project, out_path, view, scenario_id, options or ExportOptions())


def _export(project: Project, out_path: str | os.PathLike[str], view: str,
            scenario_id: str | None, opts: ExportOptions) -> ExportReport:
    started = time.perf_counter()
    fmt = diagram_format(out_path)
    folder = Path(out_path).absolute().parent
    if not folder.is_dir():
        raise ExportError(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot write {path}: folder {folder} does not exist"),
            path=os.fspath(out_path), folder=str(folder)))
    sc = scenario_of(project, scenario_id)
    parse_view(project, view)  # fail early on a bad view, before any work
    title = _title(project, opts)
    report = ExportReport(path=os.fspath(out_path), format=fmt, view=view, engine=opts.engine)
    if opts.engine == "graphviz":
        _graphviz(project, out_path, view, sc.id, opts, fmt, title, report)
    elif fmt == "pdf":
        from .pdf import write_pdf

        mode, pages = plan_export(project, view, scenario_id=sc.id, options=opts, fmt="pdf")
        report.mode = mode
        _level_warning(report, project, sc.id, opts, mode)
        report.pages, warnings = write_pdf([(p.title, p.display) for p in pages], out_path,
                                           replace(opts, pages=mode), title=title,
                                           author=project.metadata.author)
        for warning in warnings:
            report.warn(warning)
        _note(report, pages)
    elif fmt == "pptx":
        from .pptx import write_pptx

        mode, pages = plan_export(project, view, scenario_id=sc.id, options=opts, fmt="pptx")
        report.mode = mode
        _level_warning(report, project, sc.id, opts, mode)

        subtitle = " · ".join(x for x in (clean_text(sc.name), opts.render.date) if x)
        report.pages, report.shapes, warnings = write_pptx(
            pages, out_path, title=title or view_label(view, opts.render.lang),
            subtitle=subtitle, lang=opts.render.lang)
        for warning in warnings:
            report.warn(warning)
        _note(report, pages)
    else:
        report.mode = "fit"
        if opts.pages in ("department", "level"):
            report.warn(msg(QT_TRANSLATE_NOOP(
                "Messages", "--pages {mode} applies to PDF and PowerPoint; the {format} holds "
                "the whole chart"), mode=opts.pages, format=fmt.upper()))
        pages = plan_pages(project, view, scenario_id=sc.id, options=opts, mode="fit")
        page = pages[0]
        _note(report, pages)
        if fmt == "svg":
            from .svg import write_svg

            write_svg(page.display, out_path, title=title, description=page.title)
            x, y, w, h = page.display.bounds
            report.width, report.height = round(w), round(h)
        elif fmt == "png":
            from .png import write_png

            report.width, report.height, png_warning = write_png(
                page.display, out_path, dpi=opts.dpi, width_px=opts.width_px,
                transparent=opts.render.background == "transparent",
                max_pixels=opts.max_pixels)
            if png_warning is not None:
                report.warn(png_warning)
        else:
            from .dot import write_dot

            write_dot(page.layout, page.display, out_path, title=title)
    report.bytes = os.path.getsize(out_path)
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def readable_check(fmt: str, options: ExportOptions) -> Callable[[Page], bool]:
    """Whether a page of format ``fmt`` ("pdf" or "pptx") prints card names large
    enough when fitted to one page (slide)."""
    if fmt == "pptx":
        from .pptx import MIN_PT, slide_name_pt

        return lambda pg: slide_name_pt(pg.layout) >= MIN_PT
    from .pdf import MIN_NAME_PT, fit_name_pt

    return lambda pg: fit_name_pt(pg.display, options) >= MIN_NAME_PT


def plan_export(project: Project, view: str, *, scenario_id: str | None = None,
                options: ExportOptions | None = None, fmt: str = "pdf",
                limit: int | None = None) -> tuple[str, list[Page]]:
    """The page mode a PDF or PowerPoint export of ``view`` uses and its pages.

    ``auto`` becomes ``fit`` when one page is readable, else ``department`` (tree
    views with departments), else ``tile`` (PDF) or ``fit``.  For ``tile`` the one
    page returned is the whole drawing (the PDF writer cuts it).  ``limit`` stops
    after that many pages (a preview wants the first).  Raises ExportError for
    ``tile`` in PowerPoint, and what :func:`plan_pages` raises."""
    opts = options or ExportOptions()
    sc = scenario_of(project, scenario_id)
    if fmt == "pptx" and opts.pages == "tile":
        raise ExportError(msg(QT_TRANSLATE_NOOP(
            "Messages", "PowerPoint has no tiled pages; use --pages fit (one chart slide), "
            "--pages department (a slide per department) or --pages level "
            "(a slide per manager and their team, level by level)")))
    readable = readable_check(fmt, opts)
    if opts.pages != "auto":
        mode = opts.pages
        pages = plan_pages(project, view, scenario_id=sc.id, options=opts,
                           mode="fit" if mode == "tile" else mode, readable=readable,
                           limit=limit)
        return mode, pages
    pages = plan_pages(project, view, scenario_id=sc.id, options=opts, mode="fit")
    if readable(pages[0]):
        return "fit", pages
    kind, _ = parse_view(project, view)
    if kind in TREE_VIEWS and departments(prepared_project(project, sc.id, opts), sc.id):
        dept = plan_pages(project, view, scenario_id=sc.id, options=opts,
                          mode="department", readable=readable, limit=limit)
        return "department", dept
    return ("tile" if fmt == "pdf" else "fit"), pages


def _level_warning(report: ExportReport, project: Project, scenario_id: str,
                   opts: ExportOptions, mode: str) -> None:
    if mode != "level" or parse_view(project, report.view)[0] not in TREE_VIEWS:
        return
    kept, left_out = level_managers(prepared_project(project, scenario_id, opts), scenario_id)
    if left_out:
        report.warn(msg(QT_TRANSLATE_NOOP(
            "Messages", "--pages level: {left_out} teams deeper down were left out (whole "
            "levels are kept up to {limit} team pages; {written} written); use --root for a "
            "branch or --depth to stop at a level"),
            left_out=left_out, limit=views.MAX_LEVEL_PAGES, written=len(kept)))


def _note(report: ExportReport, pages: list[Page]) -> None:
    report.page_titles = [p.title for p in pages]
    report.units = len({bid for p in pages for bid, b in p.layout.boxes.items()
                        if b.kind in ("unit", "collapsed", "step", "function")})


def _graphviz(project: Project, out_path: str | os.PathLike[str], view: str, scenario_id: str,
              opts: ExportOptions, fmt: str, title: str, report: ExportReport) -> None:
    if fmt not in ("svg", "pdf", "png"):
        raise ExportError(msg(QT_TRANSLATE_NOOP(
            "Messages", "the Graphviz engine writes SVG, PDF or PNG, not {format}"),
            format=fmt.upper()))
    from .dot import render_with_graphviz

    pages = plan_pages(project, view, scenario_id=scenario_id, options=opts, mode="fit")
    page = pages[0]
    _note(report, pages)
    _, err = render_with_graphviz(page.layout, page.display, out_path, fmt, title=title)
    if err:
        # Graphviz's own words stay as they come; only the frame is translated.
        report.warn(msg(QT_TRANSLATE_NOOP("Messages", "Graphviz: {message}"),
                        message=err.splitlines()[0]))
