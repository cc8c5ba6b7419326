"""SVG from a display list: real text, a hover title per card, ids that name units.

Written by hand rather than through ``QSvgGenerator``, which turns text
into paths in some versions and cannot add ``<title>`` or ids.  Every
string that comes from the user goes through :func:`esc` (a unit called
``<script>`` or ``&`` stays text); characters XML 1.0 cannot hold were
already dropped by the display-list builder.
"""

from __future__ import annotations

import base64
import math
import mimetypes
import os

from orgdesign import __version__
from orgdesign.io.atomic import atomic_write_bytes
from orgdesign.render.content import clean_text
from orgdesign.render.primitives import (
    CircleItem,
    DisplayList,
    Group,
    ImageItem,
    LineItem,
    Primitive,
    RectItem,
    TextItem,
    arrow_head,
)
from orgdesign.render.style import ARROW_LEN, SVG_FONT_STACK

_ESC = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
                      "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})

#: Prefix of a group's id by kind, so ids are unique across kinds.
ID_PREFIX = {"card": "unit-", "edge": "edge-", "band": "band-", "lane": "lane-", "ring": "ring-",
             "legend": "", "title": "", "footer": "", "marks": "marks-"}


def esc(text: str) -> str:
    """``text`` escaped for XML character data and attribute values."""
    if text.isalnum():  # most names: nothing to escape, skip the translation
        return text
    return clean_text(text).translate(_ESC)


def _n(v: float) -> str:
    # Nine significant digits: exact to 0.01 px up to ten million px, and fast.
    return f"{v:.9g}"


def _stroke(colour: str | None, width: float, dash: tuple[float, ...] | None) -> str:
    if colour is None:
        return ' stroke="none"'
    if dash:
        pattern = " ".join(f"{d:.9g}" for d in dash)
        return f' stroke="{colour}" stroke-width="{width:.9g}" stroke-dasharray="{pattern}"'
    return f' stroke="{colour}" stroke-width="{width:.9g}"'


def _rect(it: RectItem) -> str:
    r = f' rx="{it.radius:.9g}"' if it.radius > 0 else ""
    cls = f' class="{it.role}"' if it.role else ""
    return (f'<rect{cls} x="{it.x:.9g}" y="{it.y:.9g}" width="{it.w:.9g}" height="{it.h:.9g}"'
            f'{r} fill="{it.fill or "none"}"{_stroke(it.stroke, it.width, it.dash)}/>')


def _line(it: LineItem) -> str:
    pts = list(it.points)
    head = arrow_head(pts, ARROW_LEN + it.width, 3.5 + it.width) if it.arrow else []
    if head:
        pts[-1] = ((head[1][0] + head[2][0]) / 2, (head[1][1] + head[2][1]) / 2)
    d = " ".join(f"{x:.9g},{y:.9g}" for x, y in pts)
    out = (f'<polyline points="{d}" fill="none"{_stroke(it.stroke, it.width, it.dash)}'
           ' stroke-linejoin="round"/>')
    if head:
        hd = " ".join(f"{x:.9g},{y:.9g}" for x, y in head)
        out += f'<polygon points="{hd}" fill="{it.stroke}" stroke="none"/>'
    return out


_ANCHOR = {"center": ' text-anchor="middle"', "right": ' text-anchor="end"'}


def _text(it: TextItem) -> str:
    f = it.font
    extra = (' font-weight="bold"' if f.bold else "") + (' font-style="italic"' if f.italic
                                                          else "")
    return (f'<text x="{it.x:.9g}" y="{it.y:.9g}" font-size="{f.px:.9g}"{extra} '
            f'fill="{it.colour}"{_ANCHOR.get(it.align, "")}>{esc(it.text)}</text>')


def _circle(it: CircleItem) -> str:
    stroke = _stroke(it.stroke, it.width, it.dash)
    if it.inner > 0:
        cx, cy = it.cx, it.cy
        d = (f"M{_n(cx + it.r)},{_n(cy)} A{_n(it.r)},{_n(it.r)} 0 1,0 {_n(cx - it.r)},{_n(cy)} "
             f"A{_n(it.r)},{_n(it.r)} 0 1,0 {_n(cx + it.r)},{_n(cy)} Z "
             f"M{_n(cx + it.inner)},{_n(cy)} A{_n(it.inner)},{_n(it.inner)} 0 1,0 "
             f"{_n(cx - it.inner)},{_n(cy)} A{_n(it.inner)},{_n(it.inner)} 0 1,0 "
             f"{_n(cx + it.inner)},{_n(cy)} Z")
        return f'<path d="{d}" fill="{it.fill or "none"}" fill-rule="evenodd"{stroke}/>'
    return (f'<circle cx="{it.cx:.9g}" cy="{it.cy:.9g}" r="{it.r:.9g}" '
            f'fill="{it.fill or "none"}"{stroke}/>')


class _Images:
    """Embedded pictures: each file once, as a data URI in <defs>."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}
        self.defs: list[str] = []
        self.clips = 0

    def use(self, it: ImageItem) -> str:
        ref = self.ids.get(it.path)
        if ref is None:
            try:
                with open(it.path, "rb") as f:
                    data = f.read()
            except OSError:
                return (f'<circle cx="{_n(it.x + it.w / 2)}" cy="{_n(it.y + it.h / 2)}" '
                        f'r="{_n(it.w / 2)}" fill="#E4E7EB"/>')
            mime = mimetypes.guess_type(it.path)[0] or "image/png"
            ref = self.ids[it.path] = f"img{len(self.ids)}"
            uri = f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
            self.defs.append(f'<image id="{ref}" xlink:href="{uri}" width="1" height="1"'
                             ' preserveAspectRatio="xMidYMid slice"/>')
        clip = ""
        if it.circle:
            self.clips += 1
            cid = f"clip{self.clips}"
            self.defs.append(f'<clipPath id="{cid}"><circle cx="{_n(it.x + it.w / 2)}" '
                             f'cy="{_n(it.y + it.h / 2)}" r="{_n(it.w / 2)}"/></clipPath>')
            clip = f' clip-path="url(#{cid})"'
        return (f'<g{clip}><use xlink:href="#{ref}" transform="translate({_n(it.x)},{_n(it.y)}) '
                f'scale({_n(it.w)},{_n(it.h)})"/></g>')


def _group(g: Group, images: _Images, seq: int) -> str:
    prefix = ID_PREFIX.get(g.kind, "")
    gid = g.id if g.kind != "edge" else f"{seq}"
    parts = [f'<g id="{esc(prefix + gid)}" class="{g.kind}"']
    if g.kind == "card" and g.box_kind:
        parts.append(f' data-kind="{esc(g.box_kind)}"')
    if g.kind == "edge":
        parts.append(f' data-kind="{esc(g.box_kind)}" data-ref="{esc(g.id)}"')
    parts.append(">")
    if g.title:
        parts.append(f"<title>{esc(g.title)}</title>")
    for it in g.items:
        parts.append(_item(it, images))
    parts.append("</g>")
    return "".join(parts)


_WRITERS = {RectItem: _rect, LineItem: _line, TextItem: _text, CircleItem: _circle}


def _item(it: Primitive, images: _Images) -> str:
    writer = _WRITERS.get(type(it))
    if writer is not None:
        return writer(it)  # type: ignore[operator]
    assert isinstance(it, ImageItem)
    return images.use(it)


def svg_text(dl: DisplayList, *, title: str = "", description: str = "") -> str:
    """The SVG document of ``dl`` (UTF-8 text, sized in px, viewBox in layout
    coordinates)."""
    x, y, w, h = dl.bounds
    w, h = math.ceil(w), math.ceil(h)
    images = _Images()
    body = []
    if dl.background:
        body.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{w}" height="{h}" '
                    f'fill="{dl.background}"/>')
    edge_seq = 0
    for g in dl.groups:
        if g.kind == "edge":
            edge_seq += 1
        body.append(_group(g, images, edge_seq))
    family = SVG_FONT_STACK if not dl.font_family else \
        f"'{esc(dl.font_family)}', " + SVG_FONT_STACK
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'version="1.1" width="{w}" height="{h}" viewBox="{_n(x)} {_n(y)} {w} {h}" '
        f'font-family="{family}">',
        f"<title>{esc(title)}</title>",
    ]
    if description:
        head.append(f"<desc>{esc(description)}</desc>")
    head.append(f'<metadata><generator xmlns="urn:orgdesign">OrgDesign {__version__}'
                "</generator></metadata>")
    if images.defs:
        head.append("<defs>" + "".join(images.defs) + "</defs>")
    return "\n".join(head + body + ["</svg>", ""])


def write_svg(dl: DisplayList, path: str | os.PathLike[str], *, title: str = "",
              description: str = "") -> int:
    """Write ``dl`` as SVG to ``path`` atomically; return the byte count.  Raises OSError."""
    data = svg_text(dl, title=title, description=description).encode("utf-8")
    atomic_write_bytes(path, data)
    return len(data)
