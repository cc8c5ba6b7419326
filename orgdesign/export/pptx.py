"""PowerPoint through python-pptx: a title slide, then one slide per page of the chart.

The pages come from :func:`orgdesign.export.views.plan_pages`: the whole chart
(``fit``), a slide per department (``department``), or ``level``: the way an
org-chart deck is presented, one slide per manager and their direct reports,
level by level — the top with level 1 first, then each level-1 unit that has
reports with its team (their own teams collapsed to a "+n" badge), then each
level-2 manager, and so on.  A level slide's subtitle is the reporting path
from the top ("CEO › Sales › North"), so a printed deck can be read in order.

Cards are native rounded rectangles whose text stays editable; reporting
lines are connectors glued to the cards' connection points, so moving a
card in PowerPoint drags its lines along.  Bands and rings become plain
shapes behind the cards.  Shape names say what a shape is: ``card:<id>``,
``edge:<n>``, ``band:<name>``, ``ring:<name>``.
"""

from __future__ import annotations

import io
import os

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE_DASH_STYLE
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches, Pt

from orgdesign import __version__
from orgdesign.io.atomic import atomic_write_bytes
from orgdesign.layout.geometry import Box, Edge, Layout
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg
from orgdesign.render.primitives import Group
from orgdesign.render.style import (
    BAND_FILLS,
    EDGE_FALLBACK,
    EDGE_STYLES,
    LANE_BORDER,
    LANE_FILLS,
    LAYER_COLOURS,
    NAME_PX,
    TEXT_DARK,
    TEXT_MID,
    TEXT_PX,
    VACANT_TEXT,
    lighten,
)

from .views import Page

SLIDE_W = Inches(13.333)
SLIDE_H = Inches(7.5)
AREA = (Inches(0.4), Inches(1.05), Inches(12.53), Inches(6.15))
PX = 9525  # EMU per layout px at 96 dpi
#: Below this font size on a slide, the report warns that text is tiny.
MIN_PT = 6.0
EA_FONT = "Microsoft YaHei"


def _rgb(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def _has_cjk(text: str) -> bool:
    return any("\u2e80" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in text)


def _run(paragraph, text: str, size: float, colour: str, bold: bool = False,
         italic: bool = False) -> None:
    run = paragraph.add_run()
    run.text = text
    f = run.font
    f.size = Pt(max(1.0, round(size, 1)))
    f.bold = bold
    f.italic = italic
    f.color.rgb = _rgb(colour)
    if _has_cjk(text):
        # East Asian glyphs take the <a:ea> typeface; PowerPoint falls back otherwise.
        rpr = run._r.get_or_add_rPr()
        ea = rpr.find(qn("a:ea"))
        if ea is None:
            ea = etree.SubElement(rpr, qn("a:ea"))
        ea.set("typeface", EA_FONT)


def _line_end_arrow(line_format) -> None:
    ln = line_format._get_or_add_ln()
    tail = ln.find(qn("a:tailEnd"))
    if tail is None:
        tail = etree.SubElement(ln, qn("a:tailEnd"))
    tail.set("type", "triangle")
    tail.set("w", "med")
    tail.set("len", "med")


class _Slide:
    def __init__(self, slide, layout: Layout, k: float, ox: float, oy: float) -> None:
        self.slide = slide
        self.shapes = slide.shapes
        self.k = k  # EMU per layout px
        self.ox, self.oy = ox, oy
        self.card_shapes: dict[str, object] = {}
        self.count = 0
        self.layout = layout

    def emu(self, x: float, y: float) -> tuple[Emu, Emu]:
        return Emu(round(self.ox + x * self.k)), Emu(round(self.oy + y * self.k))

    def size(self, v: float) -> Emu:
        return Emu(max(1, round(v * self.k)))

    def pt(self, px: float) -> float:
        return px * 0.75 * self.k / PX

    def rect(self, name: str, x: float, y: float, w: float, h: float, fill: str,
             line: str | None, shape=MSO_SHAPE.RECTANGLE):
        sx, sy = self.emu(x, y)
        sh = self.shapes.add_shape(shape, sx, sy, self.size(w), self.size(h))
        sh.name = name
        sh.fill.solid()
        sh.fill.fore_color.rgb = _rgb(fill)
        if line:
            sh.line.color.rgb = _rgb(line)
            sh.line.width = Pt(0.75)
        else:
            sh.line.fill.background()
        sh.shadow.inherit = False
        self.count += 1
        return sh

    def label(self, name: str, x: float, y: float, w: float, h: float, text: str,
              colour: str, px: float, align=PP_ALIGN.LEFT) -> None:
        sx, sy = self.emu(x, y)
        tb = self.shapes.add_textbox(sx, sy, self.size(w), self.size(h))
        tb.name = name
        tf = tb.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        p = tf.paragraphs[0]
        p.alignment = align
        _run(p, text, self.pt(px), colour, bold=True)
        self.count += 1

    def card(self, g: Group, box: Box) -> None:
        sh = self.rect(f"card:{g.id}", box.x, box.y, box.w, box.h, g.fill or "#FFFFFF",
                       g.accent or "#8899AA", MSO_SHAPE.ROUNDED_RECTANGLE)
        sh.adjustments[0] = min(0.5, 6.0 / max(1.0, min(box.w, box.h)))
        sh.line.width = Pt(max(0.5, self.pt(1.6)))
        vacant = any(f == "vacant" for f, _ in g.texts)
        if vacant or g.fill == "#F3F4F6":
            sh.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        tf = sh.text_frame
        tf.word_wrap = True
        tf.vertical_anchor = MSO_ANCHOR.MIDDLE
        margin = self.size(6)
        tf.margin_left = tf.margin_right = margin
        tf.margin_top = tf.margin_bottom = self.size(3)
        first = True
        texts = list(g.texts)
        if box.kind == "collapsed" and box.hidden:
            texts.append(("badge", f"+{box.hidden}"))
        for fld, text in texts:
            p = tf.paragraphs[0] if first else tf.add_paragraph()
            first = False
            p.alignment = PP_ALIGN.CENTER
            big = fld in ("name", "label", "step")
            colour = TEXT_MID if fld in ("title", "badge") else \
                VACANT_TEXT if fld == "vacant" else TEXT_DARK
            # A newline inside a name becomes a line break within its paragraph.
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    p.add_line_break()
                _run(p, part, self.pt(NAME_PX if big else TEXT_PX), colour, bold=big,
                     italic=fld == "vacant")
        self.card_shapes[g.id] = sh

    def connector(self, n: int, e: Edge) -> None:
        colour, width, dash, arrow = EDGE_STYLES.get(e.kind, EDGE_FALLBACK)
        if e.kind == "interfaces" and e.label.isdigit():
            width = 1.2 + 1.6 * int(e.label) ** 0.5
        pts = e.points
        orth = len(pts) > 2 and all(a[0] == b[0] or a[1] == b[1] for a, b in zip(pts, pts[1:],
                                                                                 strict=False))
        kind = MSO_CONNECTOR.ELBOW if orth else MSO_CONNECTOR.STRAIGHT
        x1, y1 = self.emu(*pts[0])
        x2, y2 = self.emu(*pts[-1])
        c = self.shapes.add_connector(kind, x1, y1, x2, y2)
        c.name = f"edge:{n}"
        src = self.card_shapes.get(e.source)
        dst = self.card_shapes.get(e.target)
        boxes = self.layout.boxes
        if src is not None and e.source in boxes:
            c.begin_connect(src, _site(boxes[e.source], pts[0]))
        if dst is not None and e.target in boxes:
            c.end_connect(dst, _site(boxes[e.target], pts[-1]))
        c.line.color.rgb = _rgb(colour)
        c.line.width = Pt(max(0.5, self.pt(width)))
        if dash:
            c.line.dash_style = MSO_LINE_DASH_STYLE.DASH if dash[0] > 3 else \
                MSO_LINE_DASH_STYLE.ROUND_DOT
        if arrow:
            _line_end_arrow(c.line)
        self.count += 1


def _site(box: Box, p: tuple[float, float]) -> int:
    """The connection point of a rectangle nearest ``p``: 0 top, 1 left, 2 bottom, 3 right."""
    sites = [(box.cx, box.y), (box.x, box.cy), (box.cx, box.y + box.h), (box.x + box.w, box.cy)]
    return min(range(4), key=lambda i: (sites[i][0] - p[0]) ** 2 + (sites[i][1] - p[1]) ** 2)


def slide_name_pt(layout: Layout) -> float:
    """Size (pt) of a card name when ``layout`` fills a chart slide."""
    _, _, aw, ah = AREA
    k = min(aw / max(layout.width, 1.0), ah / max(layout.height, 1.0), PX * 1.5)
    return NAME_PX * 0.75 * k / PX


def _chart_slide(prs, page: Page, lang: str, warnings: list[Message]) -> int:
    slide = prs.slides.add_slide(prs.slide_layouts[6])
    lay = page.layout
    ax, ay, aw, ah = AREA
    k = min(aw / max(lay.width, 1.0), ah / max(lay.height, 1.0), PX * 1.5)
    ox = ax + (aw - lay.width * k) / 2
    oy = ay + (ah - lay.height * k) / 2
    s = _Slide(slide, lay, k, ox, oy)
    tb = slide.shapes.add_textbox(Inches(0.4), Inches(0.25), Inches(12.5), Inches(0.7))
    tb.name = "heading"
    tf = tb.text_frame
    tf.word_wrap = True
    _run(tf.paragraphs[0], page.title, 24, TEXT_DARK, bold=True)
    sub = next((g for g in page.display.groups if g.kind == "title"), None)
    if sub is not None and len(sub.items) > 1:
        p = tf.add_paragraph()
        _run(p, getattr(sub.items[-1], "text", ""), 12, TEXT_MID)
    s.count += 1
    process = lay.view.startswith("process:")
    for i, b in enumerate(lay.bands):
        if process:
            fill, colour = LANE_FILLS[i % 2], TEXT_MID
            line = LANE_BORDER
        else:
            fill, colour = BAND_FILLS.get(b.name, "#F5F7FA"), LAYER_COLOURS.get(b.name, TEXT_MID)
            line = None
        s.rect(f"band:{b.name}", b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0, fill, line)
        band = next((g for g in page.display.groups if g.id == f"band-{b.name}"), None)
        text = band.title if band is not None else b.name
        lx, ly, lw, lh = b.label_box
        s.label(f"band-label:{b.name}", lx + 6, ly, max(20.0, lw - 12), lh, text, colour, 14)
    for r in sorted(lay.rings, key=lambda r: -r.outer):
        colour = LAYER_COLOURS.get(r.name, TEXT_MID)
        s.rect(f"ring:{r.name}", r.cx - r.outer, r.cy - r.outer, 2 * r.outer, 2 * r.outer,
               BAND_FILLS.get(r.name, "#F5F7FA"), lighten(colour, 0.35), MSO_SHAPE.OVAL)
    for r in lay.rings:
        if r.name == "customer":
            continue
        ring = next((g for g in page.display.groups if g.id == f"ring-{r.name}"), None)
        text = ring.title if ring is not None else r.name
        s.label(f"ring-label:{r.name}", r.label_x - 90, r.label_y - 10, 180, 20, text,
                LAYER_COLOURS.get(r.name, TEXT_MID), 13, PP_ALIGN.CENTER)
    cards = {g.id: g for g in page.display.groups if g.kind == "card"}
    for bid, box in lay.boxes.items():
        g = cards.get(bid)
        if g is not None:
            s.card(g, box)
    for n, e in enumerate(lay.edges):
        if len(e.points) >= 2:
            s.connector(n, e)
    if lay.boxes and s.pt(NAME_PX) < MIN_PT:
        warnings.append(msg(QT_TRANSLATE_NOOP(
            "Messages", "slide {title!r}: names are {size:.1f} pt; use --pages department or "
            "--pages level for smaller slides"), title=page.title, size=s.pt(NAME_PX)))
    return s.count


def write_pptx(pages: list[Page], path: str | os.PathLike[str], *, title: str,
               subtitle: str = "", lang: str = "en") -> tuple[int, int, list[Message]]:
    """Write a title slide and one slide per page to ``path`` atomically.

    Returns ``(slides, shapes on the chart slides, warnings)``.  Raises OSError.
    """
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    first = prs.slides.add_slide(prs.slide_layouts[0])
    first.shapes.title.text_frame.text = ""
    _run(first.shapes.title.text_frame.paragraphs[0], title or " ", 40, TEXT_DARK, bold=True)
    if len(first.placeholders) > 1:
        ph = first.placeholders[1]
        ph.text_frame.text = ""
        _run(ph.text_frame.paragraphs[0], subtitle or " ", 20, TEXT_MID)
    warnings: list[Message] = []
    shapes = 0
    for page in pages:
        shapes += _chart_slide(prs, page, lang, warnings)
    prs.core_properties.title = title
    prs.core_properties.author = f"OrgDesign {__version__}"
    prs.core_properties.comments = f"Made with OrgDesign {__version__}"
    buf = io.BytesIO()
    prs.save(buf)
    atomic_write_bytes(path, buf.getvalue())
    return 1 + len(pages), shapes, warnings
