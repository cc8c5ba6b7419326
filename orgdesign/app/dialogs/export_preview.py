"""What the Export dialog previews: the first page of an export and how many pages it has.

:func:`plan_preview` plans an export the way :func:`orgdesign.export.diagram.export_diagram`
does, but stops early on large charts: up to :data:`EXACT_UNITS` units it
plans every page (the page count is exact); above, it plans the first page
only and counts the rest from the tree (departments are a lower bound there,
as an unreadable department is split further when exporting).
:func:`paint_preview` draws that first page small, on a sheet of the
page's or slide's shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from orgdesign.export.diagram import plan_export, readable_check
from orgdesign.export.options import ExportOptions
from orgdesign.export.pdf import FOOTER_MM, MIN_NAME_PT, fit_name_pt, tile_layout
from orgdesign.export.pptx import AREA, MIN_PT, PX, SLIDE_H, SLIDE_W, slide_name_pt
from orgdesign.export.views import (
    Page,
    departments,
    level_managers,
    parse_view,
    plan_pages,
    prepared_project,
    scenario_of,
)
from orgdesign.layout.options import VIEWS as TREE_VIEWS
from orgdesign.model import Project, TreeIndex
from orgdesign.model.messages import Message
from orgdesign.render.qt_paint import paint_display_list, qcolour
from orgdesign.render.raster import MIN_DETAIL, png_scale

#: Up to this many units the preview plans every page (exact page count).
EXACT_UNITS = 1500
PANEL = "#E4E7EB"
SHEET_BORDER = "#9AA5B1"
MARGIN_GUIDE = "#D3D9DF"


@dataclass
class PreviewPlan:
    """The first page of an export and what the file will hold.

    ``count``: pages (PDF), slides with the title slide (PowerPoint), else 1;
    ``exact`` False when ``count`` is a lower bound; ``tiles``: ``(columns, rows)``
    of a tiled PDF; ``pixels``/``warning``: a PNG's size and why it was capped;
    ``readable``: card names print large enough on the first page; ``left_out``:
    teams the ``level`` mode leaves out (too many pages).
    """

    fmt: str
    mode: str
    page: Page
    count: int
    exact: bool = True
    tiles: tuple[int, int] | None = None
    landscape: bool | None = None
    pixels: tuple[int, int] | None = None
    warning: Message | None = None
    readable: bool = True
    left_out: int = 0


def plan_preview(project: Project, view: str, scenario_id: str | None, options: ExportOptions,
                 fmt: str, *, exact_units: int = EXACT_UNITS) -> PreviewPlan:
    """Plan the export of ``view`` to ``fmt`` far enough to preview it.  Raises what
    :func:`orgdesign.export.diagram.plan_export` raises (OrgDesignError family)."""
    sc = scenario_of(project, scenario_id)
    kind, _ = parse_view(project, view)
    prepared = prepared_project(project, sc.id, options)
    units = len(TreeIndex(prepared.scenario(sc.id), prepared).placed())
    if fmt not in ("pdf", "pptx") or options.engine == "graphviz":
        page = plan_pages(project, view, scenario_id=sc.id, options=options, mode="fit")[0]
        plan = PreviewPlan(fmt, "fit", page, 1)
        if fmt == "png":
            _, w, h, plan.warning = png_scale(page.display, dpi=options.dpi,
                                              width_px=options.width_px,
                                              max_pixels=options.max_pixels)
            plan.pixels = (w, h)
        return plan
    exact = units <= exact_units
    mode, pages = plan_export(project, view, scenario_id=sc.id, options=options, fmt=fmt,
                              limit=None if exact else 1)
    plan = PreviewPlan(fmt, mode, pages[0], len(pages))
    if mode == "tile":
        cols, rows, plan.landscape = tile_layout(pages[0].display, options)
        plan.tiles = (cols, rows)
        plan.count = cols * rows
    elif mode == "level" and kind in TREE_VIEWS:
        kept, plan.left_out = level_managers(prepared, sc.id)
        plan.count = 1 + len(kept)
    elif not exact and kind in TREE_VIEWS:
        if mode == "department":
            # An unreadable department gets split further when exporting.
            plan.count = 1 + len(departments(prepared, sc.id))
            plan.exact = False
    if fmt == "pptx":
        plan.count += 1  # the title slide
        plan.readable = slide_name_pt(plan.page.layout) >= MIN_PT
    elif mode != "tile":
        plan.readable = fit_name_pt(plan.page.display, options, plan.count > 1) >= MIN_NAME_PT
    return plan


def _fit_rect(w: float, h: float, box: QRectF) -> QRectF:
    """The largest rectangle of ``w``:``h`` centred in ``box``."""
    k = min(box.width() / max(w, 1e-9), box.height() / max(h, 1e-9))
    rw, rh = w * k, h * k
    return QRectF(box.x() + (box.width() - rw) / 2, box.y() + (box.height() - rh) / 2, rw, rh)


def _draw(p: QPainter, page: Page, target: QRectF, max_scale: float, dpr: float, *,
          chart_only: bool = False) -> None:
    """The page's drawing (its chart alone with ``chart_only``: no title, legend or
    footer) fitted into ``target``, never enlarged past ``max_scale``."""
    dl = page.display
    bx, by, bw, bh = dl.chart if chart_only else dl.bounds
    bw, bh = max(bw, 1.0), max(bh, 1.0)
    s = min(target.width() / bw, target.height() / bh, max_scale)
    w, h = bw * s, bh * s
    x0 = target.x() + (target.width() - w) / 2
    y0 = target.y() + (target.height() - h) / 2
    p.save()
    p.setClipRect(QRectF(x0, y0, w, h))
    p.translate(x0, y0)
    p.scale(s, s)
    p.translate(-bx, -by)
    if dl.background:
        p.fillRect(QRectF(bx, by, bw, bh), qcolour(dl.background))
    # As the PNG writer does: full detail unless the cards are specks.
    device = s * dpr
    paint_display_list(p, dl, clip_rect=(bx, by, bw, bh),
                       lod=1.0 if device >= MIN_DETAIL else device)
    p.restore()


def _checkerboard(p: QPainter, r: QRectF) -> None:
    p.fillRect(r, QColor("#FFFFFF"))
    step = 8.0
    p.save()
    p.setClipRect(r)
    grey = QColor("#E9ECEF")
    for i in range(math.ceil(r.width() / step)):
        for j in range(math.ceil(r.height() / step)):
            if (i + j) % 2:
                p.fillRect(QRectF(r.x() + i * step, r.y() + j * step, step, step), grey)
    p.restore()


def paint_preview(plan: PreviewPlan, options: ExportOptions, size: QSize,
                  dpr: float = 1.0) -> QImage:
    """A ``size`` picture (logical px, ``dpr`` device px each) of the plan's first page
    on a sheet of its page's (PDF), slide's (PowerPoint) or drawing's shape."""
    img = QImage(max(1, round(size.width() * dpr)), max(1, round(size.height() * dpr)),
                 QImage.Format.Format_ARGB32_Premultiplied)
    img.setDevicePixelRatio(dpr)
    img.fill(QColor(PANEL))
    p = QPainter(img)
    try:
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        room = QRectF(10, 10, size.width() - 20, size.height() - 20)
        if plan.fmt == "pdf":
            _pdf_sheet(p, plan, options, room, dpr)
        elif plan.fmt == "pptx":
            _slide_sheet(p, plan, room, dpr)
        else:
            _, _, bw, bh = plan.page.display.bounds
            sheet = _fit_rect(bw, bh, room)
            # A small drawing is shown at most at screen size, as it will open.
            if sheet.width() > bw:
                sheet = _fit_rect(bw, bh, QRectF(room.center().x() - bw / 2,
                                                 room.center().y() - bh / 2, bw, bh))
            if plan.fmt == "png" and options.render.background == "transparent":
                _checkerboard(p, sheet)
            _draw(p, plan.page, sheet, math.inf, dpr)
            p.setPen(QPen(qcolour(SHEET_BORDER), 1))
            p.drawRect(sheet)
    finally:
        p.end()
    return img


def _sheet(p: QPainter, r: QRectF) -> None:
    p.fillRect(r.translated(2, 2), QColor(0, 0, 0, 40))
    p.fillRect(r, QColor("#FFFFFF"))
    p.setPen(QPen(qcolour(SHEET_BORDER), 1))
    p.drawRect(r)


def _pdf_sheet(p: QPainter, plan: PreviewPlan, options: ExportOptions, room: QRectF,
               dpr: float) -> None:
    w_mm, h_mm = options.page_mm()
    landscape = plan.landscape
    if landscape is None:
        landscape = options.landscape
    if landscape is None:
        _, _, bw, bh = plan.page.display.bounds
        landscape = bw > bh
    if landscape:
        w_mm, h_mm = h_mm, w_mm
    sheet = _fit_rect(w_mm, h_mm, room)
    _sheet(p, sheet)
    k = sheet.width() / w_mm  # preview px per mm
    m = options.margin_mm * k
    footer = FOOTER_MM * k if plan.count > 1 else 0.0
    area = sheet.adjusted(m, m, -m, -m - footer)
    if area.width() <= 1 or area.height() <= 1:
        return
    if plan.mode == "tile":
        _first_tile(p, plan, options, area, k, dpr)
    else:
        # Never larger than 1 pt per layout px, as the PDF writer fits a page.
        _draw(p, plan.page, area, 25.4 / 72 * k, dpr)
    if options.margin_mm > 0:
        pen = QPen(qcolour(MARGIN_GUIDE), 1, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRect(sheet.adjusted(m, m, -m, -m))


def _first_tile(p: QPainter, plan: PreviewPlan, options: ExportOptions, area: QRectF,
                px_per_mm: float, dpr: float) -> None:
    """The top-left tile: the drawing at print size, cut by the page."""
    dl = plan.page.display
    bx, by, _, _ = dl.bounds
    s = options.tile_scale * 25.4 / 72 * px_per_mm  # preview px per layout px
    p.save()
    p.setClipRect(area)
    p.translate(area.x(), area.y())
    p.scale(s, s)
    p.translate(-bx, -by)
    clip = (bx, by, area.width() / s, area.height() / s)
    if dl.background:
        p.fillRect(QRectF(*clip), qcolour(dl.background))
    device = s * dpr
    paint_display_list(p, dl, clip_rect=clip, lod=1.0 if device >= MIN_DETAIL else device)
    p.restore()


def _slide_sheet(p: QPainter, plan: PreviewPlan, room: QRectF, dpr: float) -> None:
    sheet = _fit_rect(SLIDE_W, SLIDE_H, room)
    _sheet(p, sheet)
    k = sheet.width() / SLIDE_W  # preview px per EMU
    ax, ay, aw, ah = AREA
    area = QRectF(sheet.x() + ax * k, sheet.y() + ay * k, aw * k, ah * k)
    heading = QFont()
    heading.setBold(True)
    heading.setPixelSize(max(6, round(24 * 12700 * k)))  # the slide heading is 24 pt
    p.setFont(heading)
    p.setPen(qcolour("#1F2933"))
    p.drawText(QRectF(sheet.x() + 0.4 * 914400 * k, sheet.y() + 0.25 * 914400 * k,
                      12.5 * 914400 * k, 0.5 * 914400 * k),
               int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
               plan.page.title)
    # The slide writer never enlarges past 1.5 EMU-px per layout px either.
    _draw(p, plan.page, area, PX * 1.5 * k, dpr, chart_only=True)


__all__ = ["EXACT_UNITS", "PreviewPlan", "paint_preview", "plan_preview", "readable_check"]
