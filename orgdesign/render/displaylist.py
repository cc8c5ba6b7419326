"""Build the display list of a layout: every card, connector, band, ring, legend, title.

:func:`build_display_list` is where a drawing is decided: card content
(through :class:`~orgdesign.render.content.ContentResolver`), colours,
wrapped and elided text, the legend and the title block.  Every target then
draws the result without deciding anything: :mod:`orgdesign.render.qt_paint`
(canvas, PDF, PNG), the SVG writer, PowerPoint and DOT.  The data classes
live in :mod:`orgdesign.render.primitives` and are re-exported here.
"""

from __future__ import annotations

import math

from orgdesign.i18n import label_text, layer_label
from orgdesign.layout.engine import paused_gc
from orgdesign.layout.geometry import CUSTOMER_ID, Band, Box, Edge, Layout, Ring, Sector
from orgdesign.model import Project, TreeIndex, UnitKind

from .content import CardContent, ContentResolver, clean_text
from .measure import (
    BADGE_ROW,
    card_lines,
    elide,
    field_colour,
    field_font,
    text_height,
    text_left,
    wrap_text,
)
from .primitives import (
    CircleItem,
    DisplayList,
    FontSpec,
    Group,
    ImageItem,
    LineItem,
    Primitive,
    RectItem,
    TextItem,
    union_bounds,
)
from .qt import resolve_family, text_width
from .style import (
    AVATAR_D,
    AVATAR_PX,
    BADGE_H,
    BADGE_PX,
    BAND_FILLS,
    BAND_PX,
    BASELINE_FACTOR,
    CARD_RADIUS,
    COLLAPSED_BADGE,
    EDGE_FALLBACK,
    EDGE_LABEL_PX,
    EDGE_STYLES,
    FOOTER_PX,
    LANE_BORDER,
    LANE_FILLS,
    LAYER_COLOURS,
    LEGEND_PX,
    PAD_X,
    PAD_Y,
    RING_PX,
    STRIPE_W,
    SUBTITLE_PX,
    TEXT_DARK,
    TEXT_LIGHT,
    TEXT_MID,
    TITLE_PX,
    VACANT_BORDER,
    VACANT_DASH,
    VACANT_FILL,
    RenderOptions,
    lighten,
    line_height,
    readable_on,
)

__all__ = [
    "CircleItem", "DisplayList", "FontSpec", "Group", "ImageItem", "LineItem", "Primitive",
    "RectItem", "TextItem", "build_display_list", "edge_style", "legend_labels", "CardCache",
]

#: Fixed labels the i18n catalogue does not hold (English, Chinese).
_LABELS: dict[str, tuple[str, str]] = {
    "top": ("Top management", "最高管理层"),
    "dotted": ("Dotted line", "虚线汇报"),
    "project": ("Project relation", "项目关系"),
    "functional": ("Functional relation", "职能关系"),
    "segment-contact": ("Point of contact", "客户联系人"),
    "flow": ("Flow within a function", "职能内流转"),
    "interface": ("Interface: hand-off between functions", "接口：职能间交接"),
    "interfaces": ("Line width: number of interfaces", "线宽：接口数量"),
    "(none)": ("(no function)", "（无职能）"),
}


def legend_labels(key: str, lang: str) -> str:
    """Label of a legend entry or ring name not in the i18n catalogue."""
    pair = _LABELS.get(key)
    if pair is None:
        return layer_label(key, lang)
    return pair[1] if lang == "zh" else pair[0]


def _text(x: float, top: float, text: str, font: FontSpec, colour: str,
          align: str = "left", width: float | None = None) -> TextItem:
    """A text line whose line box starts at ``top``."""
    w = text_width(text, font) if width is None else width
    return TextItem(x, top + BASELINE_FACTOR * font.px, text, font, colour, align, w)


class CardCache:
    """Card groups kept between drawings of the same project (the canvas's).

    A card whose content and size did not change is taken from here instead of
    being built again.  Such a group keeps the coordinates it was built at;
    ``Group.box`` says where, so a caller that places cards itself (the canvas)
    moves it to the new box.  Exporters never pass a cache.
    """

    def __init__(self) -> None:
        self.groups: dict[tuple, Group] = {}


def _content_key(box_id: str, c: CardContent, w: float, h: float) -> tuple:
    return (box_id, c.box_kind, tuple(c.texts), c.accent, c.fill, c.border, c.dash, c.vacant,
            c.avatar, c.initials, c.photo, c.centred, c.stripe, c.hover, c.badge,
            tuple(sorted(c.extra.items())), w, h)


class _Builder:
    def __init__(self, project: Project, layout: Layout, options: RenderOptions,
                 cache: CardCache | None = None, index: TreeIndex | None = None) -> None:
        self.cache = cache
        self.fresh: dict[tuple, Group] = {}
        self.project = project
        self.layout = layout
        self.opts = options
        self.family = resolve_family(options.font_family)
        self.res = ContentResolver(project, layout.scenario_id or None, options, index=index)
        self.process = None
        if layout.view.startswith("process:"):
            self.process = self.res.process(layout.view.split(":", 1)[1])
        self.used_accents: dict[str, str] = {}  # legend key -> colour
        self.vacancies = False
        self.edge_kinds: list[str] = []
        self._styles: dict[str, tuple[FontSpec, str, float, float]] = {}
        self._grid: _BoxGrid | None = None
        self._labels: list[tuple[float, float, float, float]] = []

    # --- cards -------------------------------------------------------------

    def _field_style(self, fld: str) -> tuple[FontSpec, str, float, float]:
        """(font, colour, line height, baseline offset) of a card field, cached."""
        got = self._styles.get(fld)
        if got is None:
            font = field_font(fld, self.family)
            got = self._styles[fld] = (font, field_colour(fld), line_height(font.px),
                                       BASELINE_FACTOR * font.px)
        return got

    def content(self, box_id: str, box: Box) -> CardContent:
        kind = box.kind
        if kind == "customer" or box_id == CUSTOMER_ID and kind != "unit":
            return self.res.customer()
        if kind == "segment":
            return self.res.segment(box_id, box.label)
        if kind == "step":
            return self.res.step(self.process, box_id, box.label)
        if kind == "function":
            count = sum(int(e.label or 0) for e in self.layout.edges
                        if box_id in (e.source, e.target) and e.label.isdigit())
            return self.res.function_node(box_id, box.label or legend_labels("(none)",
                                                                             self.opts.lang), count)
        if box_id in self.res.index.units:
            return self.res.unit(box_id, box.hidden if kind == "collapsed" else 0)
        return CardContent(box_kind=kind, texts=[("label", clean_text(box.label or box_id))],
                           centred=True, stripe=False)

    def card(self, box_id: str, box: Box) -> Group:
        c = self.content(box_id, box)
        if self.cache is None:
            return self._card(box_id, box, c)
        key = _content_key(box_id, c, box.w, box.h)
        group = self.cache.groups.get(key)
        if group is None:
            group = self._card(box_id, box, c)
        else:
            self._note_legend(box_id, c)
        self.fresh[key] = group
        return group

    def _card(self, box_id: str, box: Box, c: CardContent) -> Group:
        x, y, w, h = box.x, box.y, box.w, box.h
        items: list[Primitive] = []
        r = min(CARD_RADIUS, w / 4, h / 4)
        if c.stripe:
            accent = lighten(c.accent, 0.45) if c.dash else c.accent
            items.append(RectItem(x, y, min(w, STRIPE_W + 2 * r), h, fill=accent, radius=r))
            items.append(RectItem(x + STRIPE_W, y, max(0.0, w - STRIPE_W), h, fill=c.fill,
                                  radius=r))
            items.append(RectItem(x, y, w, h, stroke=c.border, width=1.0, radius=r, dash=c.dash,
                                  role="frame"))
        else:
            items.append(RectItem(x, y, w, h, fill=c.fill, stroke=c.border,
                                  width=1.4 if c.box_kind == "function" else 1.0, radius=r,
                                  dash=c.dash, role="frame"))
        left = text_left(c)
        if c.avatar and w >= left + PAD_X + 20:
            ax = x + (STRIPE_W if c.stripe else 0.0) + PAD_X + AVATAR_D / 2
            ay = y + ((h - BADGE_ROW) if c.badge else h) / 2
            if c.avatar == "photo":
                items.append(ImageItem(ax - AVATAR_D / 2, ay - AVATAR_D / 2, AVATAR_D, AVATAR_D,
                                       c.photo, circle=True))
                items.append(CircleItem(ax, ay, AVATAR_D / 2, stroke=c.accent, width=1.0))
            elif c.avatar == "vacant":
                items.append(CircleItem(ax, ay, AVATAR_D / 2 - 0.5, fill=VACANT_FILL,
                                        stroke=VACANT_BORDER, width=1.0, dash=VACANT_DASH))
            else:
                items.append(CircleItem(ax, ay, AVATAR_D / 2, fill=c.accent))
                font = FontSpec(self.family, AVATAR_PX, bold=True)
                items.append(TextItem(ax, ay + AVATAR_PX * 0.36, c.initials, font,
                                      readable_on(c.accent), "center",
                                      text_width(c.initials, font)))
        else:
            left = text_left(CardContent(c.box_kind, c.texts, centred=c.centred, stripe=c.stripe))
        text_w = max(10.0, w - left - PAD_X)
        th = h - BADGE_ROW if c.badge else h  # the badge has its own row at the bottom
        lines = card_lines(c, self.family, text_w)
        lines = _fit_height(lines, th - PAD_Y, self.family, text_w)
        top = y + (th - text_height(lines)) / 2
        group_lines: list[tuple[str, list[str]]] = []
        anchor, align = (x + w / 2, "center") if c.centred else (x + left, "left")
        for fld, ls in lines:
            font, colour, lh, base = self._field_style(fld)
            for text, tw in ls:
                items.append(TextItem(anchor, top + base, text, font, colour, align, tw))
                top += lh
            group_lines.append((fld, [t for t, _ in ls]))
        if c.badge:
            font = FontSpec(self.family, BADGE_PX, bold=True)
            bw = text_width(c.badge, font) + 12
            by = y + h - BADGE_H - 3
            items.append(RectItem(x + w / 2 - bw / 2, by, bw, BADGE_H, fill=COLLAPSED_BADGE,
                                  radius=BADGE_H / 2))
            items.append(TextItem(x + w / 2, by + BADGE_H / 2 + BADGE_PX * 0.36, c.badge, font,
                                  "#FFFFFF", "center", bw - 12))
        self._note_legend(box_id, c)
        # Everything lies inside the box (text is wrapped and elided to it) but the
        # frame's stroke: the bounds follow without a pass over the items.
        bounds = (x - 0.5, y - 0.5, w + 1.0, h + 1.0)
        return Group(id=box_id, kind="card", title=c.hover, bounds=bounds, items=items, box_kind=c.box_kind, lines=group_lines, texts=list(c.texts),
                     box=(x, y, w, h), fill=c.fill, accent=c.accent)

    def _note_legend(self, box_id: str, c: CardContent) -> None:
        if c.box_kind in ("unit", "collapsed", "step"):
            if c.dash:
                self.vacancies = True
            if self.opts.colour_by == "layer" and c.box_kind != "step":
                self.used_accents.setdefault(self.res.layer_of(box_id), c.accent)
            else:
                uid = box_id
                if c.box_kind == "step" and self.process is not None:
                    step = next((s for s in self.process.steps if s.id == box_id), None)
                    uid = step.unit if step and step.unit else ""
                fid = self.res.function_of(uid) if uid in self.res.index.units else None
                unit = self.res.index.units.get(uid)
                if unit is None or not unit.color:
                    self.used_accents.setdefault(fid or "(none)", c.accent)

    # --- connectors --------------------------------------------------------

    def edge(self, n: int, e: Edge) -> Group:
        colour, width, dash, arrow = edge_style(e)
        items: list[Primitive] = [LineItem(list(e.points), colour, width, dash, arrow)]
        if e.label and len(e.points) >= 2:
            font = FontSpec(self.family, EDGE_LABEL_PX, bold=e.kind == "interfaces")
            label = clean_text(e.label).replace("\n", " ")
            lines = wrap_text(label, font, 140.0, 2)
            lh = line_height(EDGE_LABEL_PX)
            lw = max(w for _, w in lines) if lines else 0.0
            mx, my = self._label_spot(e.points, lw + 6, lh * len(lines) + 2)
            top = my - lh * len(lines) / 2
            items.append(RectItem(mx - lw / 2 - 3, top - 1, lw + 6, lh * len(lines) + 2,
                                  fill="#FFFFFF", stroke=lighten(colour, 0.5), width=0.8,
                                  radius=3.0))
            for text, tw in lines:
                items.append(_text(mx, top, text, font, colour, "center", tw))
                top += lh
        if e.kind not in self.edge_kinds:
            self.edge_kinds.append(e.kind)
        names = self.res.index.units
        src = names[e.source].name if e.source in names else e.source
        dst = names[e.target].name if e.target in names else e.target
        title = f"{clean_text(src)} → {clean_text(dst)}"
        if e.label:
            title += f" ({clean_text(e.label)})"
        gid = e.id or f"{e.source}>{e.target}>{n}"
        return Group(id=gid, kind="edge", title=title, bounds=union_bounds(items), items=items,
                     box_kind=e.kind)

    def _label_spot(self, points: list[tuple[float, float]], w: float,
                    h: float) -> tuple[float, float]:
        """A point along ``points`` where a ``w`` x ``h`` label covers no card and no
        label placed before, else the one where it covers least."""
        if self._grid is None:
            self._grid = _BoxGrid(self.layout.boxes.values())
        best: tuple[float, tuple[float, float]] | None = None
        for t in (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9, 0.27, 0.43, 0.57, 0.73):
            cx, cy = _point_at(points, t)
            rect = (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)
            cost = self._grid.covered(rect) + sum(_area(rect, r) for r in self._labels)
            if best is None or cost < best[0]:
                best = (cost, (cx, cy))
            if cost == 0:
                break
        assert best is not None
        cx, cy = best[1]
        self._labels.append((cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2))
        return cx, cy

    # --- backdrops ---------------------------------------------------------

    def band(self, i: int, b: Band) -> Group:
        items: list[Primitive] = []
        lane = self.process is not None
        if lane:
            fill = LANE_FILLS[i % 2]
            fn = self.res.functions.get(b.name)
            label = clean_text(fn.name) if fn else legend_labels("(none)", self.opts.lang)
            colour = fn.color if fn else TEXT_MID
            items.append(RectItem(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0, fill=fill,
                                  stroke=LANE_BORDER, width=1.0))
            lx, ly, lw, lh = b.label_box
            items.append(RectItem(lx, ly, 5.0, lh, fill=colour))
        else:
            fill = BAND_FILLS.get(b.name, "#F5F7FA")
            colour = LAYER_COLOURS.get(b.name, TEXT_MID)
            label = legend_labels(b.name, self.opts.lang)
            items.append(RectItem(b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0, fill=fill))
            items.append(LineItem([(b.x0, b.y1), (b.x1, b.y1)], lighten(colour, 0.4), 1.0))
        lx, ly, lw, lh = b.label_box
        font = FontSpec(self.family, BAND_PX, bold=True)
        inner = max(20.0, lw - 20)
        lines = wrap_text(label, font, inner, 4)
        top = ly + max(4.0, (lh - line_height(BAND_PX) * len(lines)) / 2)
        for text, tw in lines:
            items.append(_text(lx + 12, top, text, font, colour, "left", tw))
            top += line_height(BAND_PX)
        return Group(id=f"band-{b.name}", kind="lane" if lane else "band", title=label,
                     bounds=union_bounds(items), items=items, box_kind=b.name)

    def ring(self, r: Ring) -> Group:
        colour = LAYER_COLOURS.get(r.name, TEXT_MID)
        fill = BAND_FILLS.get(r.name, "#F5F7FA")
        items: list[Primitive] = [CircleItem(r.cx, r.cy, r.outer, fill=fill,
                                             stroke=lighten(colour, 0.35), width=1.2,
                                             inner=r.inner)]
        label = legend_labels(r.name, self.opts.lang)
        if r.name != "customer":
            font = FontSpec(self.family, RING_PX, bold=True)
            tw = text_width(label, font)
            items.append(RectItem(r.label_x - tw / 2 - 6, r.label_y - line_height(RING_PX) / 2,
                                  tw + 12, line_height(RING_PX), fill=fill, radius=4.0))
            items.append(_text(r.label_x, r.label_y - line_height(RING_PX) / 2, label, font,
                               colour, "center", tw))
        return Group(id=f"ring-{r.name}", kind="ring", title=label, bounds=union_bounds(items),
                     items=items, box_kind=r.name)

    def sectors(self, sectors: list[Sector], rings: list[Ring]) -> Group | None:
        if len(sectors) < 2 or not rings:
            return None
        inner = min((r.outer for r in rings if r.inner == 0), default=0.0)
        outer = max(r.outer for r in rings)
        cx, cy = rings[0].cx, rings[0].cy
        items: list[Primitive] = []
        for s in sectors:
            ca, sa = math.cos(s.start), math.sin(s.start)
            items.append(LineItem([(cx + ca * inner, cy + sa * inner),
                                   (cx + ca * outer, cy + sa * outer)],
                                  "#C5CED8", 1.0, (3.0, 3.0)))
        return Group(id="sectors", kind="ring", title="", bounds=union_bounds(items),
                     items=items, box_kind="sectors")

    # --- legend, title, footer ---------------------------------------------

    def legend(self, top: float, max_w: float) -> Group | None:
        lang = self.opts.lang
        entries: list[tuple[str, str, str]] = []  # (kind, colour/style, label)
        if self.opts.colour_by == "layer" and self.process is None and \
                self.layout.view != "interfaces":
            order = ["customer-contact", "support", "management"]
            for key in order:
                if key in self.used_accents:
                    entries.append(("swatch", self.used_accents[key], layer_label(key, lang)))
        else:
            for f in self.project.functions:
                if f.id in self.used_accents:
                    entries.append(("swatch", self.used_accents[f.id], clean_text(f.name)))
            if "(none)" in self.used_accents:
                entries.append(("swatch", self.used_accents["(none)"],
                                legend_labels("(none)", lang)))
        if self.vacancies:
            entries.append(("vacant", "", label_text("vacant", lang)))
        for kind in self.edge_kinds:
            if kind in _LABELS:
                entries.append(("line", kind, legend_labels(kind, lang)))
        if not entries:
            return None
        font = FontSpec(self.family, LEGEND_PX)
        head = FontSpec(self.family, LEGEND_PX, bold=True)
        lh = line_height(LEGEND_PX) + 6
        x0 = 24.0
        items: list[Primitive] = []
        heading = label_text("Legend", lang)
        items.append(_text(x0, top, heading, head, TEXT_DARK))
        x = x0 + text_width(heading, head) + 16
        y = top
        limit = max(480.0, max_w)
        for kind, style, label in entries:
            label = wrap_text(label, font, 260.0, 1)[0][0] if label else ""
            tw = text_width(label, font)
            need = 22 + tw + 18
            if x + need > x0 + limit and x > x0 + 80:
                x = x0 + text_width(heading, head) + 16
                y += lh
            mid = y + line_height(LEGEND_PX) / 2
            if kind == "swatch":
                items.append(RectItem(x, mid - 6, 14, 12, fill=style, radius=2.0))
            elif kind == "vacant":
                items.append(RectItem(x, mid - 6, 14, 12, fill=VACANT_FILL, stroke=VACANT_BORDER,
                                      width=1.0, radius=2.0, dash=(2.0, 2.0)))
            else:
                colour, width, dash, arrow = EDGE_STYLES.get(style, EDGE_FALLBACK)
                items.append(LineItem([(x - 4, mid), (x + 18, mid)], colour, min(width, 3.0),
                                      dash, arrow))
            items.append(_text(x + 22, y, label, font, TEXT_MID, "left", tw))
            x += need
        return Group(id="legend", kind="legend", title=heading, bounds=union_bounds(items),
                     items=items)

    def title_block(self) -> Group | None:
        title = self.opts.title
        if title is None:
            title = self.project.metadata.title
        title = clean_text(title or "").replace("\n", " ")
        sub = clean_text(self.opts.subtitle).replace("\n", " ")
        if not title and not sub:
            return None
        items: list[Primitive] = []
        y = 0.0
        if title:
            font = FontSpec(self.family, TITLE_PX, bold=True)
            for text, tw in wrap_text(title, font, max(600.0, self.layout.width - 48), 2):
                items.append(_text(24.0, y, text, font, TEXT_DARK, "left", tw))
                y += line_height(TITLE_PX)
        if sub:
            font = FontSpec(self.family, SUBTITLE_PX)
            items.append(_text(24.0, y + 2, wrap_text(sub, font, 1200.0, 1)[0][0], font,
                               TEXT_LIGHT))
            y += line_height(SUBTITLE_PX) + 2
        # Shift the block so it ends just above the chart (layout y = 0).
        shift = -(y + 4)
        for it in items:
            assert isinstance(it, TextItem)
            it.y += shift
        return Group(id="title", kind="title", title=title, bounds=union_bounds(items),
                     items=items)

    def footer(self, top: float) -> Group | None:
        parts = [p for p in (clean_text(self.opts.date), clean_text(self.opts.footer)) if p]
        if not parts:
            return None
        font = FontSpec(self.family, FOOTER_PX)
        text = "  ·  ".join(" ".join(p.split()) for p in parts)
        lines = wrap_text(text, font, max(480.0, self.layout.width - 48), 2)
        items: list[Primitive] = []
        for t, tw in lines:
            items.append(_text(24.0, top, t, font, TEXT_LIGHT, "left", tw))
            top += line_height(FOOTER_PX)
        return Group(id="footer", kind="footer", title=text, bounds=union_bounds(items),
                     items=items)

    # --- the whole drawing -------------------------------------------------

    def backdrop(self) -> list[Group]:
        """Bands, rings and sectors: what lies under the connectors."""
        lay = self.layout
        groups: list[Group] = []
        for i, b in enumerate(lay.bands):
            groups.append(self.band(i, b))
        for r in sorted(lay.rings, key=lambda r: -r.outer):
            groups.append(self.ring(r))
        sec = self.sectors(lay.sectors, lay.rings)
        if sec is not None:
            groups.append(sec)
        return groups

    def decor(self) -> list[Group]:
        """Legend, title block and footer (after every card and edge was noted)."""
        below = self.legend_and_footer()
        title = self.title_block()
        return [g for g in below if g.kind == "legend"] + ([title] if title else []) + \
            [g for g in below if g.kind != "legend"]

    def legend_and_footer(self) -> list[Group]:
        """Legend (if wanted) and footer below the chart, after every card and edge was noted."""
        lay = self.layout
        groups: list[Group] = []
        y1 = lay.height
        if self.opts.legend:
            leg = self.legend(y1 + 14, lay.width - 48)
            if leg is not None:
                groups.append(leg)
                y1 = leg.bounds[1] + leg.bounds[3] + 8
        foot = self.footer(y1 + 6)
        if foot is not None:
            groups.append(foot)
        return groups

    def note_all(self) -> None:
        """Note every card and edge for the legend without building them."""
        lay = self.layout
        # in layout order, whatever order the edges were built in
        self.edge_kinds = list(dict.fromkeys(e.kind for e in lay.edges))
        res = self.res
        units = res.index.units
        plain: list[str] = []  # unit boxes: what _note_legend reads, without content
        for bid, box in lay.boxes.items():
            if bid in units and box.kind in ("unit", "collapsed"):
                plain.append(bid)
            else:
                self._note_legend(bid, self.content(bid, box))
        if self.opts.show_vacancies and not self.vacancies:
            people = res.people
            position = UnitKind.POSITION
            self.vacancies = any(
                u.kind is position and (not u.person or u.person not in people)
                for u in map(units.__getitem__, plain))
        accents = res.unit_accents(plain)
        used = self.used_accents
        if self.opts.colour_by == "layer":
            layer_of = res.layer_of
            for bid, accent in zip(plain, accents, strict=True):
                used.setdefault(layer_of(bid), accent)
        else:
            eff = res.all_functions()
            for bid, accent in zip(plain, accents, strict=True):
                if not units[bid].color:
                    used.setdefault(eff.get(bid) or "(none)", accent)

    def build(self) -> DisplayList:
        lay = self.layout
        groups = self.backdrop()
        groups.extend(self.edge(n, e) for n, e in enumerate(lay.edges))
        groups.extend(self.card(bid, box) for bid, box in lay.boxes.items())
        groups.extend(self.decor())
        x1 = lay.width
        bx0, by0, bx1, by1 = 0.0, 0.0, x1, lay.height
        for g in groups:
            gx, gy, gw, gh = g.bounds
            if gw or gh:
                bx0, by0 = min(bx0, gx - 8), min(by0, gy - 8)
                bx1, by1 = max(bx1, gx + gw + 8), max(by1, gy + gh + 8)
        background = None if self.opts.background == "transparent" else "#FFFFFF"
        return DisplayList(groups=groups, bounds=(bx0, by0, bx1 - bx0, by1 - by0),
                           chart=(0.0, 0.0, lay.width, lay.height), background=background,
                           font_family=self.family, view=lay.view)


def _fit_height(lines: list[tuple[str, list[tuple[str, float]]]], avail: float, family: str,
                text_w: float) -> list[tuple[str, list[tuple[str, float]]]]:
    """Drop lines from the end until the text fits ``avail`` px; the last kept line
    then ends in "…" (a box smaller than its measured size never overflows)."""
    if text_height(lines) <= avail + 0.5 or not lines:
        return lines
    out = [(f, list(ls)) for f, ls in lines]
    while out and text_height(out) > avail + 0.5:
        f, ls = out[-1]
        ls.pop()
        if not ls:
            out.pop()
    if not out:
        f, ls = lines[0]
        return [(f, ls[:1])]
    f, ls = out[-1]
    text, _ = ls[-1]
    ls[-1] = elide(text, field_font(f, family), text_w)
    return out


def _point_at(points: list[tuple[float, float]], t: float) -> tuple[float, float]:
    """The point at share ``t`` (0 to 1) of a polyline's length."""
    segs = [(points[i], points[i + 1]) for i in range(len(points) - 1)]
    left = sum(math.dist(a, b) for a, b in segs) * t
    for a, b in segs:
        d = math.dist(a, b)
        if d >= left and d > 0:
            k = left / d
            return (a[0] + (b[0] - a[0]) * k, a[1] + (b[1] - a[1]) * k)
        left -= d
    return points[-1]


def _area(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> float:
    """Area shared by two ``(x0, y0, x1, y1)`` rectangles."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


class _BoxGrid:
    """Boxes bucketed in a coarse grid, to ask quickly whether a rectangle meets one."""

    CELL = 256.0

    def __init__(self, boxes) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
        c = self.CELL
        for b in boxes:
            r = (b.x, b.y, b.x + b.w, b.y + b.h)
            for i in range(int(r[0] // c), int(r[2] // c) + 1):
                for j in range(int(r[1] // c), int(r[3] // c) + 1):
                    self.cells.setdefault((i, j), []).append(r)

    def covered(self, r: tuple[float, float, float, float]) -> float:
        """Area of ``r`` covered by boxes (a box met in several cells counts once)."""
        c = self.CELL
        seen: set[tuple[float, float, float, float]] = set()
        for i in range(int(r[0] // c), int(r[2] // c) + 1):
            for j in range(int(r[1] // c), int(r[3] // c) + 1):
                seen.update(b for b in self.cells.get((i, j), ()) if _area(r, b) > 0)
        return sum(_area(r, b) for b in seen)


def edge_style(e: Edge) -> tuple[str, float, tuple[float, ...] | None, bool]:
    """(colour, width, dash, arrow) of a connector."""
    colour, width, dash, arrow = EDGE_STYLES.get(e.kind, EDGE_FALLBACK)
    if e.kind == "interfaces" and e.label.isdigit():
        width = 1.2 + 1.6 * math.sqrt(int(e.label))
    return colour, width, dash, arrow


def build_display_list(project: Project, layout: Layout,
                       options: RenderOptions | None = None, *,
                       cache: CardCache | None = None) -> DisplayList:
    """Return the drawing of ``layout`` (computed for ``project``) with ``options``.

    Cards are drawn at their layout boxes; text is wrapped at each box's
    width and elided to its height.  The title block lies above the chart
    (negative y), legend and footer below; ``DisplayList.bounds`` covers
    all.  Raises KeyError when the layout's scenario is not in the project.
    With ``cache`` (see :class:`CardCache`) unchanged cards are reused.
    """
    with paused_gc():
        builder = _Builder(project, layout, options or RenderOptions(), cache)
        dl = builder.build()
        if cache is not None:
            cache.groups = builder.fresh
        return dl

