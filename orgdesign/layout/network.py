"""The interface network: functions as nodes, one link per pair that hands work over.

Graphviz ``neato`` (or ``circo``) places the nodes; links are straight
lines between box borders whose ``label`` holds the interface count, so a
renderer draws the width from it.  The result is a :class:`Layout` with
``view = "interfaces"``: boxes of kind ``"function"`` (``label`` = name),
edges of kind ``"interfaces"``.  The counts come from the caller (the
analysis layer), so this module stays pure geometry.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from .geometry import Box, Edge, Layout
from .graphviz_run import parse_plain, run_graphviz
from .sizes import card_size

MARGIN = 24.0
MIN_GAP = 70.0
ENGINES = ("neato", "circo")


def _border_point(box: Box, tx: float, ty: float) -> tuple[float, float]:
    """Where the ray from the box centre towards ``(tx, ty)`` leaves the box."""
    dx, dy = tx - box.cx, ty - box.cy
    if dx == 0 and dy == 0:
        return (box.cx, box.cy)
    sx = (box.w / 2) / abs(dx) if dx else math.inf
    sy = (box.h / 2) / abs(dy) if dy else math.inf
    s = min(sx, sy)
    return (box.cx + dx * s, box.cy + dy * s)


def _spread(boxes: dict[str, Box], links: Sequence[tuple[str, str, int]]) -> None:
    """Scale the placement up (about the centre) until every linked pair leaves at
    least :data:`MIN_GAP` px of line between its boxes, room for the count label."""
    factor = 1.0
    for a, b, _ in links:
        ba, bb = boxes[a], boxes[b]
        dist = math.dist((ba.cx, ba.cy), (bb.cx, bb.cy))
        if dist == 0:
            continue
        pa = _border_point(ba, bb.cx, bb.cy)
        pb = _border_point(bb, ba.cx, ba.cy)
        inside = math.dist((ba.cx, ba.cy), pa) + math.dist((bb.cx, bb.cy), pb)
        factor = max(factor, (MIN_GAP + inside) / dist)
    if factor <= 1.0:
        return
    for box in boxes.values():
        cx, cy = box.cx * factor, box.cy * factor
        box.x, box.y = cx - box.w / 2, cy - box.h / 2


def network_layout(nodes: Sequence[tuple[str, str]], links: Sequence[tuple[str, str, int]], *,
                   sizes: Mapping[str, tuple[float, float]] | None = None,
                   engine: str = "neato", scenario_id: str = "") -> Layout:
    """Place ``nodes`` (``(id, label)``) and draw ``links`` (``(a, b, count)``).

    Links naming an unknown node or with a count below 1 are skipped.  Raises
    ValueError for an unknown engine and GraphvizMissingError without Graphviz.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown network engine {engine!r}; expected one of "
                         f"{', '.join(ENGINES)}")
    layout = Layout(view="interfaces", width=2 * MARGIN, height=2 * MARGIN,
                    scenario_id=scenario_id)
    if not nodes:
        return layout
    size = {nid: (sizes[nid] if sizes and nid in sizes else card_size([("name", label)]))
            for nid, label in nodes}
    name = {nid: f"n{i}" for i, (nid, _) in enumerate(nodes)}
    known = [(a, b, n) for a, b, n in links if a in name and b in name and a != b and n >= 1]
    top = max((n for _, _, n in known), default=1)
    lines = ["graph g {", "overlap=false; splines=false; sep=\"+24\"; start=1;",
             "mindist=1.2; node [shape=box, fixedsize=true];"]
    for nid, _ in nodes:
        w, h = size[nid]
        lines.append(f"{name[nid]} [width={w / 72:.3f}, height={h / 72:.3f}];")
    for a, b, n in known:
        # Heavier pairs pull closer (their hand-offs are the story), but always leave
        # room between the two boxes for the line and its count.
        reach = (size[a][0] + size[b][0]) / 2 + 90 + 70 * (1 - n / top)
        length = reach / 72
        lines.append(f"{name[a]} -- {name[b]} [len={length:.2f}, weight={n}];")
    lines.append("}")
    out, _ = run_graphviz("\n".join(lines), engine, "plain")
    _, gh, placed = parse_plain(out)
    boxes: dict[str, Box] = {}
    for nid, label in nodes:
        x, y, _, _ = placed.get(name[nid], (0.0, 0.0, 0.0, 0.0))
        w, h = size[nid]
        # Sizes went in as points (1 px = 1/72 in); back the same way, y flipped.
        cx, cy = x * 72, (gh - y) * 72
        boxes[nid] = Box(cx - w / 2, cy - h / 2, w, h, kind="function", label=label)
    _spread(boxes, known)
    x0 = min(b.x for b in boxes.values())
    y0 = min(b.y for b in boxes.values())
    for box in boxes.values():
        box.x += MARGIN - x0
        box.y += MARGIN - y0
    layout.boxes = boxes
    for a, b, n in known:
        ba, bb = boxes[a], boxes[b]
        p0 = _border_point(ba, bb.cx, bb.cy)
        p1 = _border_point(bb, ba.cx, ba.cy)
        layout.edges.append(Edge(a, b, "interfaces", [p0, p1], label=str(n)))
    layout.width = max(b.x + b.w for b in boxes.values()) + MARGIN
    layout.height = max(b.y + b.h for b in boxes.values()) + MARGIN
    return layout
