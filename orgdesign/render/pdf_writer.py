"""PDF through QPdfWriter: vector drawing, embedded (subset) fonts, several page modes.

* **fit**: the whole drawing on one page, centred;
* **tile**: the drawing at print size (``tile_scale`` pt per layout px) cut
  into pages that overlap by ``overlap_mm``, with dashed marks where the
  neighbour's content starts and "Page r/c" footers, to tape together;
* **department**: the pages planned by ``orgdesign.export.views.plan_pages``
  (top levels first, then one page per department), each fitted.

The document is painted into memory and written atomically.  Qt embeds the
glyphs it draws, so a Chinese chart prints where no Chinese font is
installed.
"""

from __future__ import annotations

import math
import os
import re
from typing import Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QPen, QRawFont

from orgdesign import __version__
from orgdesign.io.atomic import atomic_write_bytes
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg

from .primitives import DisplayList, FontSpec, TextItem
from .qt import ensure_gui_app, qfont, resolve_family
from .qt_paint import paint_display_list, qcolour
from .style import CUT_MARK, NAME_PX, TEXT_LIGHT, RenderOptions


class ExportOptions(Protocol):
    """What the PDF writer reads of ``orgdesign.export.options.ExportOptions``
    (render/ sits below export/, so it names the fields, not the class).

    The fields are read-only properties because the real class is a frozen
    dataclass; plain attributes would ask for settable ones.
    """

    @property
    def render(self) -> RenderOptions: ...
    @property
    def page(self) -> str: ...
    @property
    def landscape(self) -> bool | None: ...
    @property
    def margin_mm(self) -> float: ...
    @property
    def pages(self) -> str: ...
    @property
    def tile_scale(self) -> float: ...
    @property
    def overlap_mm(self) -> float: ...

    def page_mm(self) -> tuple[float, float]:
        """Portrait page size in mm."""
        ...

RESOLUTION = 600  # device units per inch; the drawing itself stays vector
FOOTER_MM = 6.0
#: Below this printed size of a card name, the report warns that text is tiny.
MIN_NAME_PT = 5.0
#: Largest printed size of a layout px (pt) when fitting a page.
MAX_FIT = 1.0


def _page_number(n: int, total: int, lang: str) -> str:
    return f"第 {n} 页，共 {total} 页" if lang == "zh" else f"Page {n} of {total}"


class _Doc:
    """A QPdfWriter painting into memory, one page at a time."""

    def __init__(self, options: ExportOptions, title: str, author: str) -> None:
        ensure_gui_app()
        self.opts = options
        self.data = QByteArray()
        self.buf = QBuffer(self.data)
        self.buf.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self.buf)
        self.writer.setResolution(RESOLUTION)
        self.writer.setTitle(title)
        self.writer.setCreator(f"OrgDesign {__version__}")
        if author:
            self.writer.setAuthor(author)
        w, h = options.page_mm()
        self.size = QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter, options.page,
                              QPageSize.SizeMatchPolicy.FuzzyMatch)
        m = options.margin_mm
        self.margins = QMarginsF(m, m, m, m)
        self.painter: QPainter | None = None
        self.pages = 0
        self.family = resolve_family(options.render.font_family)
        self.footers: set[str] = set()  # characters drawn outside the display lists

    def new_page(self, landscape: bool) -> tuple[float, float]:
        """Start a page; return its paintable ``(width, height)`` in device units."""
        orient = QPageLayout.Orientation.Landscape if landscape else \
            QPageLayout.Orientation.Portrait
        layout = QPageLayout(self.size, orient, self.margins, QPageLayout.Unit.Millimeter)
        self.writer.setPageLayout(layout)
        if self.painter is None:
            self.painter = QPainter(self.writer)
        else:
            self.writer.newPage()
        self.pages += 1
        r = self.writer.pageLayout().paintRectPixels(RESOLUTION)
        return float(r.width()), float(r.height())

    def paper(self, landscape: bool) -> tuple[float, float]:
        """Paintable ``(width, height)`` in device units of a page in that orientation."""
        return _paper(self.opts, landscape)

    def footer(self, text: str, width: float, height: float) -> None:
        p = self.painter
        assert p is not None
        self.footers.update(text)
        font = qfont(FontSpec(self.family, 9))
        p.save()
        p.resetTransform()
        # 9 px at 96 dpi is 6.75 pt: scale the unhinted font to device units.
        k = RESOLUTION / 96
        p.scale(k, k)
        p.setFont(font)
        p.setPen(qcolour(TEXT_LIGHT))
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
        p.drawText(QRectF(0, height / k - 14, width / k, 14), int(flags.value), text)
        p.restore()

    def finish(self) -> bytes:
        if self.painter is not None:
            self.painter.end()
        self.buf.close()
        return bytes(self.data.data())


def _fit(doc: _Doc, dl: DisplayList, width: float, height: float) -> float:
    """Paint ``dl`` fitted into ``(width, height)``; return the scale (device/px)."""
    p = doc.painter
    assert p is not None
    bx, by, bw, bh = dl.bounds
    # A small chart is not blown up past 1 pt per px (names at 13 pt).
    s = min(width / bw, height / bh, MAX_FIT * RESOLUTION / 72)
    p.save()
    p.translate((width - bw * s) / 2, (height - bh * s) / 2)
    p.scale(s, s)
    p.translate(-bx, -by)
    if dl.background and doc.opts.render.background != "transparent":
        p.fillRect(QRectF(bx, by, bw, bh), qcolour(dl.background))
    paint_display_list(p, dl)
    p.restore()
    return s


def _orientation(opts: ExportOptions, dl: DisplayList) -> bool:
    if opts.landscape is not None:
        return opts.landscape
    return dl.bounds[2] > dl.bounds[3]


def _name_pt(scale: float) -> float:
    return NAME_PX * scale * 72 / RESOLUTION


def fit_name_pt(dl: DisplayList, options: ExportOptions, multi_page: bool = False) -> float:
    """Printed size (pt) of a card name when ``dl`` is fitted to one page."""
    w, h = options.page_mm()
    if _orientation(options, dl):
        w, h = h, w
    m = options.margin_mm
    avail_w = (w - 2 * m) / 25.4 * 72
    avail_h = (h - 2 * m - (FOOTER_MM if multi_page else 0.0)) / 25.4 * 72
    _, _, bw, bh = dl.bounds
    return NAME_PX * min(avail_w / bw, avail_h / bh, MAX_FIT)


def write_pdf(pages: list[tuple[str, DisplayList]], path: str | os.PathLike[str],
              options: ExportOptions, *, title: str = "", author: str = ""
              ) -> tuple[int, list[Message]]:
    """Write ``pages`` (``(heading, display list)``) to a PDF at ``path``.

    ``options.pages == "tile"`` tiles the first page's drawing; otherwise each
    display list is fitted to one page.  Returns ``(page count, warnings)``.
    Raises OSError when the file cannot be written.
    """
    doc = _Doc(options, title, author)
    warnings: list[Message] = []
    lang = options.render.lang
    if options.pages == "tile":
        _tile(doc, pages[0][1], warnings)
    else:
        smallest = math.inf
        total = len(pages)
        for i, (heading, dl) in enumerate(pages):
            w, h = doc.new_page(_orientation(options, dl))
            reserve = FOOTER_MM / 25.4 * RESOLUTION if total > 1 else 0.0
            s = _fit(doc, dl, w, h - reserve)
            smallest = min(smallest, _name_pt(s))
            if total > 1:
                doc.footer(f"{heading}  ·  {_page_number(i + 1, total, lang)}", w, h)
        if smallest < MIN_NAME_PT:
            warnings.append(msg(QT_TRANSLATE_NOOP(
                "Messages", "names print at {size:.1f} pt on one {page} page; for readable "
                "text use --pages tile or --pages department, or a larger --page"),
                size=smallest, page=options.page))
    data = doc.finish()
    data = fix_to_unicode(data, _drawn_chars(pages) | doc.footers, doc.family)
    atomic_write_bytes(path, data)
    return doc.pages, warnings


_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")
_CMAP = re.compile(rb"begincmap.*?endcmap", re.S)


class _CodeFixer:
    """What a glyph should copy as.  Qt maps a glyph shared by several characters to
    the lowest one: a Kangxi radical instead of the ideograph drawn (⼾ for 户 in
    Noto CJK), a tab instead of a space.  The characters actually drawn decide."""

    def __init__(self, drawn: set[str], family: str) -> None:
        self.drawn = [c for c in drawn if "\u2e80" <= c <= "\U0002ffff"]
        self.raws = [QRawFont.fromFont(qfont(FontSpec(family, 13, bold=b))) for b in (False, True)]
        self.memo: dict[int, int] = {}

    def __call__(self, code: int) -> int:
        if 0x09 <= code <= 0x0D:
            return 0x20
        if not (0x2E80 <= code <= 0x2FDF or 0x3190 <= code <= 0x319F):
            return code
        got = self.memo.get(code)
        if got is None:
            got = code
            for raw in self.raws:
                glyph = raw.glyphIndexesForString(chr(code))
                match = [c for c in self.drawn if raw.glyphIndexesForString(c) == glyph]
                if match and chr(code) not in self.drawn:
                    got = ord(min(match))
                    break
            self.memo[code] = got
        return got


def _fix_line(line: bytes, sources: int, better) -> bytes:
    found = list(_HEX.finditer(line))
    if len(found) <= sources:
        return line
    if sources == 2 and found[0].group(1) != found[1].group(1) and b"[" not in line:
        return line  # a run of consecutive codes: left as Qt wrote it
    out = bytearray(line)
    for m in found[sources:]:
        code = int(m.group(1), 16)
        new = better(code)
        if new != code and new <= 0xFFFF:
            out[m.start(1):m.end(1)] = b"%04X" % new
    return bytes(out)


def fix_to_unicode(data: bytes, drawn: set[str], family: str) -> bytes:
    """Correct the ToUnicode maps of a Qt PDF (what copy, paste and search see) for
    the characters ``drawn``, without changing a byte count, so the
    cross-reference table stays valid."""
    better = _CodeFixer(drawn, family)

    def fix(m: re.Match[bytes]) -> bytes:
        lines = m.group(0).split(b"\n")
        mode = 0
        for i, line in enumerate(lines):
            if line.endswith(b"beginbfrange"):
                mode = 2
            elif line.endswith(b"beginbfchar"):
                mode = 1
            elif line.startswith((b"endbfrange", b"endbfchar")):
                mode = 0
            elif mode:
                lines[i] = _fix_line(line, mode, better)
        return b"\n".join(lines)

    fixed = _CMAP.sub(fix, data)
    assert len(fixed) == len(data)
    return fixed


def _drawn_chars(pages: list[tuple[str, DisplayList]]) -> set[str]:
    chars: set[str] = set()
    for _, dl in pages:
        for g in dl.groups:
            for it in g.items:
                if isinstance(it, TextItem):
                    chars.update(it.text)
    return chars


def _tile_grid(cw: float, ch: float, tw: float, th: float, ov: float) -> tuple[int, int]:
    cols = max(1, math.ceil((cw - ov) / (tw - ov))) if cw > tw else 1
    rows = max(1, math.ceil((ch - ov) / (th - ov))) if ch > th else 1
    return cols, rows


def _paper(opts: ExportOptions, landscape: bool) -> tuple[float, float]:
    w, h = opts.page_mm()
    if landscape:
        w, h = h, w
    k = RESOLUTION / 25.4
    m = opts.margin_mm
    return ((w - 2 * m) * k, (h - 2 * m) * k)


def tile_layout(dl: DisplayList, options: ExportOptions) -> tuple[int, int, bool]:
    """``(columns, rows, landscape)`` of the pages ``dl`` tiles over at
    ``options.tile_scale`` (the orientation giving fewer pages when not set)."""
    _, _, bw, bh = dl.bounds
    s = options.tile_scale * RESOLUTION / 72  # device units per layout px
    cw, ch = bw * s, bh * s
    ov = options.overlap_mm / 25.4 * RESOLUTION
    reserve = FOOTER_MM / 25.4 * RESOLUTION

    def grid(landscape: bool) -> tuple[int, int]:
        pw, ph = _paper(options, landscape)
        return _tile_grid(cw, ch, pw, ph - reserve, ov)

    if options.landscape is None:
        gl, gp = grid(True), grid(False)
        landscape = gl[0] * gl[1] < gp[0] * gp[1] or (gl[0] * gl[1] == gp[0] * gp[1]
                                                      and bw > bh)
    else:
        landscape = options.landscape
    cols, rows = grid(landscape)
    return cols, rows, landscape


def _tile(doc: _Doc, dl: DisplayList, warnings: list[Message]) -> None:
    opts = doc.opts
    bx, by, bw, bh = dl.bounds
    s = opts.tile_scale * RESOLUTION / 72  # device units per layout px
    ov = opts.overlap_mm / 25.4 * RESOLUTION
    reserve = FOOTER_MM / 25.4 * RESOLUTION
    cols, rows, landscape = tile_layout(dl, opts)
    total = cols * rows
    if total > 400:
        warnings.append(msg(QT_TRANSLATE_NOOP(
            "Messages", "the chart tiles over {total} pages at this scale"), total=total))
    lang = opts.render.lang
    n = 0
    for r in range(rows):
        for c in range(cols):
            n += 1
            pw, ph = doc.new_page(landscape)
            th = ph - reserve
            p = doc.painter
            assert p is not None
            ox, oy = c * (pw - ov), r * (th - ov)
            p.save()
            p.setClipRect(QRectF(0, 0, pw, th))
            p.translate(-ox, -oy)
            p.scale(s, s)
            p.translate(-bx, -by)
            clip = (bx + ox / s, by + oy / s, pw / s, th / s)
            if dl.background and opts.render.background != "transparent":
                p.fillRect(QRectF(*clip), qcolour(dl.background))
            paint_display_list(p, dl, clip_rect=clip)
            p.restore()
            _overlap_marks(doc, pw, th, ov, left=c > 0, top=r > 0, right=c < cols - 1,
                           bottom=r < rows - 1)
            where = (f"第 {r + 1} 行，第 {c + 1} 列" if lang == "zh"
                     else f"row {r + 1}, column {c + 1}")
            doc.footer(f"{where}  ·  {_page_number(n, total, lang)}", pw, ph)


def _overlap_marks(doc: _Doc, w: float, h: float, ov: float, *, left: bool, top: bool,
                   right: bool, bottom: bool) -> None:
    """Dashed lines where the neighbouring page's content starts, and corner ticks."""
    p = doc.painter
    assert p is not None
    pen = QPen(qcolour(CUT_MARK), RESOLUTION / 150)
    pen.setDashPattern([6, 4])
    p.save()
    p.setPen(pen)
    if right:
        p.drawLine(QPointF(w - ov, 0), QPointF(w - ov, h))
    if bottom:
        p.drawLine(QPointF(0, h - ov), QPointF(w, h - ov))
    if left:
        p.drawLine(QPointF(ov, 0), QPointF(ov, h))
    if top:
        p.drawLine(QPointF(0, ov), QPointF(w, ov))
    solid = QPen(qcolour(CUT_MARK), RESOLUTION / 100)
    p.setPen(solid)
    tick = RESOLUTION / 8
    for x, y, sx, sy in ((0, 0, 1, 1), (w, 0, -1, 1), (0, h, 1, -1), (w, h, -1, -1)):
        p.drawLine(QPointF(x, y), QPointF(x + sx * tick, y))
        p.drawLine(QPointF(x, y), QPointF(x, y + sy * tick))
    p.restore()
