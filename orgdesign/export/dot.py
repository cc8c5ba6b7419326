"""Graphviz DOT: our layout as positions and styles, and Graphviz as a second renderer.

:func:`dot_text` writes the chart with ``pos`` (node centres and edge
splines, in points, y upwards) and ``pin=true``, so ``neato -n2`` draws our
layout exactly and ``dot`` can lay the same file out its own way (it
ignores positions).  Node ids are generated (``n0``, ``n1``...); the unit id
travels in the ``id`` attribute.  Labels are HTML-like with every character
that means something in them written as an entity, and quoted attributes
escape backslashes, quotes and newlines, so no name can break the file.

:func:`render_with_graphviz` is the second path for users who prefer
Graphviz's look: the same graph without positions, laid out by ``dot``
(``twopi`` for the rings view) and rendered straight to SVG, PDF or PNG.
"""

from __future__ import annotations

import os

from orgdesign.io.atomic import atomic_write_bytes
from orgdesign.layout.geometry import Layout
from orgdesign.layout.graphviz_run import dot_quote, run_graphviz
from orgdesign.render.content import clean_text
from orgdesign.render.primitives import DisplayList, Group
from orgdesign.render.style import (
    EDGE_FALLBACK,
    EDGE_STYLES,
    NAME_PX,
    TEXT_PX,
    VACANT_FILL,
    lighten,
)

PT = 0.75  # points per layout px
FONT = "Noto Sans CJK SC"

_HTML = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;",
                       "[": "&#91;", "]": "&#93;", "\\": "&#92;", "{": "&#123;",
                       "}": "&#125;"})


def html_escape(text: str) -> str:
    """``text`` for an HTML-like label: entities for markup characters and for
    brackets, braces and backslashes; newlines dropped (lines are separate)."""
    return clean_text(text).replace("\n", " ").translate(_HTML)


def _num(v: float) -> str:
    s = f"{v:.2f}"
    return s[:-3] if s.endswith(".00") else s


def _label(g: Group | None, fallback: str) -> str:
    """An HTML-like label: the name bold, other fields smaller, one line per drawn line
    (a borderless table, so small CJK lines keep their spacing)."""
    if g is None or not g.lines:
        return f"<{html_escape(fallback) or ' '}>"
    rows = []
    for fld, lines in g.lines:
        big = fld in ("name", "label", "step")
        for line in lines:
            text = html_escape(line) or " "
            if big:
                rows.append(f"<B>{text}</B>")
            else:
                italic = fld == "vacant"
                body = f"<I>{text}</I>" if italic else text
                rows.append(f'<FONT POINT-SIZE="{_num(TEXT_PX * PT)}">{body}</FONT>')
    cells = "".join(f"<TR><TD>{r}</TD></TR>" for r in rows)
    return f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">{cells}</TABLE>>'


def _spline(points: list[tuple[float, float]], height: float,
            arrow: bool) -> str:
    """An edge ``pos``: the polyline as a cubic B-spline (3k+1 points), with the
    arrowhead's tip as ``e,x,y`` when ``arrow``."""
    pts = [(x * PT, (height - y) * PT) for x, y in points]
    end = None
    if arrow and len(pts) >= 2:
        (x0, y0), (x1, y1) = pts[-2], pts[-1]
        d = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
        if d > 7:
            end = (x1, y1)
            pts[-1] = (x1 - (x1 - x0) / d * 6, y1 - (y1 - y0) / d * 6)
    out = [pts[0]]
    for a, b in zip(pts, pts[1:], strict=False):
        out.append((a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3))
        out.append((a[0] + 2 * (b[0] - a[0]) / 3, a[1] + 2 * (b[1] - a[1]) / 3))
        out.append(b)
    text = " ".join(f"{_num(x)},{_num(y)}" for x, y in out)
    if end is not None:
        text = f"e,{_num(end[0])},{_num(end[1])} " + text
    return text


def dot_text(layout: Layout, dl: DisplayList, *, title: str = "", positions: bool = True,
             engine: str = "dot") -> str:
    """The DOT source of a laid-out chart.

    With ``positions`` (the default) every node carries ``pos``/``pin`` and
    every edge its route, for ``neato -n2``; without, the graph is left for
    Graphviz to lay out (``rankdir`` follows the view: bottom-up for the
    inverted chart, left-right for processes).
    """
    cards = {g.id: g for g in dl.groups if g.kind == "card"}
    h = layout.height
    view = layout.view
    graph = [f"charset={dot_quote('UTF-8')}", f"fontname={dot_quote(FONT)}",
             f"bgcolor={dot_quote(dl.background or 'transparent')}", "outputorder=edgesfirst"]
    if title:
        graph += [f"label={_label(None, title)}", "labelloc=t",
                  f"fontsize={_num(24 * PT)}"]
    if positions:
        graph += ["splines=true", f"bb={dot_quote(f'0,0,{_num(layout.width * PT)},{_num(h * PT)}')}",
                  "pad=0.2"]
    else:
        rankdir = {"inverted": "BT"}.get(view, "LR" if view.startswith("process:") else "TB")
        graph += [f"rankdir={rankdir}", "nodesep=0.25", "ranksep=0.45"]
        if engine == "twopi":
            graph += ["overlap=false", "ranksep=1.2"]
        if view == "interfaces":
            graph += ["overlap=false", "splines=true"]
    lines = ["digraph orgdesign {", "  graph [" + ", ".join(graph) + "];",
             f"  node [shape=box, style={dot_quote('rounded,filled')}, fontname={dot_quote(FONT)}, "
             f"fontsize={_num(NAME_PX * PT)}, margin={dot_quote('0.08,0.04')}, penwidth=1.2];",
             f"  edge [arrowhead=none, fontname={dot_quote(FONT)}, fontsize={_num(10 * PT)}];"]
    node_of: dict[str, str] = {}
    root_node = ""
    for i, (bid, box) in enumerate(layout.boxes.items()):
        n = f"n{i}"
        node_of[bid] = n
        g = cards.get(bid)
        accent = (g.accent if g else "") or "#8899AA"
        fill = (g.fill if g else "") or "#FFFFFF"
        style = "rounded,filled"
        if fill == VACANT_FILL:
            style += ",dashed"
        elif box.kind in ("unit", "collapsed", "step"):
            fill = lighten(accent, 0.86)
        attrs = [f"id={dot_quote('unit-' + clean_text(bid))}",
                 f"label={_label(g, box.label or bid)}",
                 f"style={dot_quote(style)}", f"fillcolor={dot_quote(fill)}",
                 f"color={dot_quote(accent)}"]
        if g is not None and g.title:
            attrs.append(f"tooltip={dot_quote(clean_text(g.title))}")
        if positions:
            attrs += [f"pos={dot_quote(f'{_num(box.cx * PT)},{_num((h - box.cy) * PT)}!')}",
                      "pin=true", f"width={box.w / 96:.4f}", f"height={box.h / 96:.4f}",
                      "fixedsize=true"]
        if box.kind in ("segment", "customer"):
            attrs.append("shape=box")
        lines.append(f"  {n} [" + ", ".join(attrs) + "];")
        if not root_node and box.kind in ("unit", "collapsed"):
            root_node = n
    if engine == "twopi" and root_node and not positions:
        lines.insert(2, f"  graph [root={root_node}];")
    arrow_op = "->"
    for k, e in enumerate(layout.edges):
        if e.source not in node_of or e.target not in node_of:
            continue
        colour, width, dash, arrow = EDGE_STYLES.get(e.kind, EDGE_FALLBACK)
        if e.kind == "interfaces" and e.label.isdigit():
            width = 1.2 + 1.6 * int(e.label) ** 0.5
        attrs = [f"id={dot_quote(f'edge-{k + 1}')}", f"color={dot_quote(colour)}",
                 f"penwidth={_num(width * PT)}"]
        if dash:
            attrs.append("style=" + ("dotted" if dash[0] < 3 else "dashed"))
        if arrow:
            attrs += ["arrowhead=normal", "arrowsize=0.6"]
        if e.kind in ("dotted", "project", "functional", "segment-contact"):
            attrs.append("constraint=false")
        if e.label:
            attrs.append(f"xlabel={_label(None, e.label)}" if positions
                         else f"label={_label(None, e.label)}")
        if positions and len(e.points) >= 2:
            attrs.append(f"pos={dot_quote(_spline(e.points, h, arrow))}")
        lines.append(f"  {node_of[e.source]} {arrow_op} {node_of[e.target]} ["
                     + ", ".join(attrs) + "];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def write_dot(layout: Layout, dl: DisplayList, path: str | os.PathLike[str], *,
              title: str = "") -> int:
    """Write the positioned DOT of a chart to ``path`` atomically; return the byte count."""
    data = dot_text(layout, dl, title=title).encode("utf-8")
    atomic_write_bytes(path, data)
    return len(data)


def render_with_graphviz(layout: Layout, dl: DisplayList, path: str | os.PathLike[str],
                         fmt: str, *, title: str = "", program: str | None = None
                         ) -> tuple[int, str]:
    """Let Graphviz lay out and render the chart to ``path`` (``svg``, ``pdf``, ``png``).

    ``program`` defaults to ``twopi`` for the rings view, ``neato`` for the
    interface network and ``dot`` otherwise.  Returns ``(bytes written,
    Graphviz's warnings)``; raises GraphvizMissingError / GraphvizFailedError.
    """
    if program is None:
        program = {"rings": "twopi", "interfaces": "neato"}.get(layout.view, "dot")
    src = dot_text(layout, dl, title=title, positions=False, engine=program)
    out, err = run_graphviz(src, program, fmt)
    atomic_write_bytes(path, out)
    return len(out), err.strip()
