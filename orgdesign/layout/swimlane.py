"""The process swimlane: one lane per function, steps ordered along the flow.

Graphviz ``dot`` (left to right) decides the order of the steps: the
columns are its ranks and its vertical order sorts steps that share a lane
and a column.  The geometry is then ours: lanes are horizontal bands, steps
sit in their function's lane, and connectors are routed through the gaps
between columns and the padding of the lanes, so no line crosses a card.
A flow between two lanes is an interface (edge kind ``"interface"``), one
inside a lane a plain ``"flow"``.

The result is a :class:`Layout` with ``view = "process:<process id>"``:
boxes of kind ``"step"`` (``band`` = lane id, ``label`` = step name),
:class:`Band` per lane (``name`` = function id or ``"(none)"``).
"""

from __future__ import annotations

from collections.abc import Mapping

from orgdesign.model import FlowKind, Process, Project, TreeIndex

from .geometry import Band, Box, Edge, Layout
from .graphviz_run import parse_plain, run_graphviz
from .sizes import card_size

NONE_LANE = "(none)"
MARGIN = 24.0
GUTTER = 150.0  # lane label column
COL_GAP = 56.0
ROW_GAP = 14.0
LANE_PAD = 22.0
TRACK = 5.0


def find_process(project: Project, key: str) -> Process:
    """The process whose id or name is ``key``; KeyError if none."""
    for p in project.processes:
        if p.id == key:
            return p
    for p in project.processes:
        if p.name == key:
            return p
    raise KeyError(key)


def step_lanes(project: Project, process: Process, scenario_id: str | None = None
               ) -> tuple[list[str], dict[str, str]]:
    """``(lanes in order, step id -> lane)``: the effective function of each step's
    unit, lanes in project function order, ``(none)`` last when used."""
    sc = project.scenario(scenario_id)
    ix = TreeIndex(sc, project)
    eff = ix.effective_functions()
    lane_of: dict[str, str] = {}
    for s in process.steps:
        fid = eff.get(s.unit) if s.unit else None
        lane_of[s.id] = fid or NONE_LANE
    used = set(lane_of.values())
    lanes = [f.id for f in project.functions if f.id in used]
    if NONE_LANE in used:
        lanes.append(NONE_LANE)
    return lanes, lane_of


def _columns(process: Process, sizes: Mapping[str, tuple[float, float]]
             ) -> tuple[dict[str, int], dict[str, float]]:
    """Column of every step and its order key, from dot's left-to-right ranking."""
    name = {s.id: f"n{i}" for i, s in enumerate(process.steps)}
    lines = ["digraph p {", "rankdir=LR; nodesep=0.3; ranksep=0.5;",
             "node [shape=box, fixedsize=true];"]
    for s in process.steps:
        w, h = sizes[s.id]
        lines.append(f"{name[s.id]} [width={w / 72:.3f}, height={h / 72:.3f}];")
    for fl in process.flows:
        if fl.source in name and fl.target in name:
            extra = " [constraint=false]" if fl.kind is FlowKind.LOOP else ""
            lines.append(f"{name[fl.source]} -> {name[fl.target]}{extra};")
    lines.append("}")
    out, _ = run_graphviz("\n".join(lines), "dot", "plain")
    _, _, nodes = parse_plain(out)
    xs = sorted({round(nodes[name[s.id]][0], 2) for s in process.steps if name[s.id] in nodes})
    col_of_x = {x: i for i, x in enumerate(xs)}
    col = {}
    order = {}
    for s in process.steps:
        x, y, _, _ = nodes.get(name[s.id], (0.0, 0.0, 0.0, 0.0))
        col[s.id] = col_of_x.get(round(x, 2), 0)
        order[s.id] = -y  # dot's y grows upwards
    return col, order


def swimlane_layout(project: Project, process_key: str, *, scenario_id: str | None = None,
                    sizes: Mapping[str, tuple[float, float]] | None = None) -> Layout:
    """Return the swimlane layout of the process with id or name ``process_key``.

    ``sizes`` maps step ids to card ``(w, h)`` (estimated when missing).
    Raises KeyError for an unknown process or scenario and
    GraphvizMissingError when ``dot`` is not installed.
    """
    process = find_process(project, process_key)
    sc = project.scenario(scenario_id)
    units = {u.id: u for u in sc.units}
    size: dict[str, tuple[float, float]] = {}
    for s in process.steps:
        if sizes is not None and s.id in sizes:
            size[s.id] = sizes[s.id]
        else:
            texts = [("name", s.name)]
            if s.unit in units:
                texts.append(("title", units[s.unit].name))
            size[s.id] = card_size(texts)
    lanes, lane_of = step_lanes(project, process, scenario_id)
    layout = Layout(view=f"process:{process.id}", width=0.0, height=0.0,
                    scenario_id=sc.id, direction="lr")
    if not process.steps:
        layout.width, layout.height = 2 * MARGIN + GUTTER, 2 * MARGIN
        return layout
    col, order = _columns(process, size)
    ncols = max(col.values()) + 1
    col_w = [0.0] * ncols
    for sid, c in col.items():
        col_w[c] = max(col_w[c], size[sid][0])
    col_x = []
    x = MARGIN + GUTTER + COL_GAP / 2
    for c in range(ncols):
        col_x.append(x)
        x += col_w[c] + COL_GAP
    width = x - COL_GAP / 2 + MARGIN
    # Cells: the steps of one lane in one column, stacked in dot's vertical order.
    cells: dict[tuple[str, int], list[str]] = {}
    for s in sorted(process.steps, key=lambda s: order[s.id]):
        cells.setdefault((lane_of[s.id], col[s.id]), []).append(s.id)
    lane_y: dict[str, tuple[float, float]] = {}
    y = MARGIN
    for lane in lanes:
        stacks = [sum(size[sid][1] for sid in ids) + ROW_GAP * (len(ids) - 1)
                  for (ln, _), ids in cells.items() if ln == lane]
        inner = max(stacks, default=40.0)
        lane_y[lane] = (y, y + inner + 2 * LANE_PAD)
        y += inner + 2 * LANE_PAD
    height = y + MARGIN
    for (lane, c), ids in cells.items():
        y0, y1 = lane_y[lane]
        stack = sum(size[sid][1] for sid in ids) + ROW_GAP * (len(ids) - 1)
        yy = y0 + (y1 - y0 - stack) / 2
        for sid in ids:
            w, h = size[sid]
            layout.boxes[sid] = Box(col_x[c] + (col_w[c] - w) / 2, yy, w, h, kind="step",
                                    band=lane, label=next(s.name for s in process.steps
                                                          if s.id == sid))
            yy += h + ROW_GAP
    for lane in lanes:
        y0, y1 = lane_y[lane]
        layout.bands.append(Band(lane, y0, y1, MARGIN, width - MARGIN,
                                 (MARGIN, y0, GUTTER, y1 - y0)))
    _route(process, layout, col, col_x, col_w, lane_y, lanes, lane_of)
    layout.width, layout.height = width, height
    return layout


def _route(process: Process, layout: Layout, col: dict[str, int], col_x: list[float],
           col_w: list[float], lane_y: dict[str, tuple[float, float]], lanes: list[str],
           lane_of: dict[str, str]) -> None:
    """Orthogonal connectors through column gaps and lane padding."""
    boxes = layout.boxes
    gap_use: dict[int, int] = {}  # gap index -> verticals already placed there
    track_use: dict[tuple[str, str], int] = {}

    def gap_x(gap: int) -> float:
        # Gap g lies left of column g; spread verticals so they do not overlap.
        n = gap_use.get(gap, 0)
        gap_use[gap] = n + 1
        left = col_x[gap] - COL_GAP if gap < len(col_x) else col_x[-1] + col_w[-1]
        mid = left + COL_GAP / 2
        offset = ((n + 1) // 2) * TRACK * (1 if n % 2 else -1)
        return mid + max(-COL_GAP / 2 + 4, min(COL_GAP / 2 - 4, offset))

    for fl in process.flows:
        if fl.source not in boxes or fl.target not in boxes:
            continue
        a, b = boxes[fl.source], boxes[fl.target]
        ca, cb = col[fl.source], col[fl.target]
        start = (a.x + a.w, a.cy)
        end = (b.x, b.cy)
        if cb == ca + 1:
            gx = gap_x(cb)
            pts = [start, (gx, a.cy), (gx, b.cy), end] if abs(a.cy - b.cy) > 0.5 \
                else [start, end]
        else:
            # Out along the source row, into the source lane's padding, along it,
            # then down the gap before the target's column.
            la, lb = lane_of[fl.source], lane_of[fl.target]
            y0, y1 = lane_y[la]
            below = lanes.index(lb) >= lanes.index(la)
            side = "bottom" if below else "top"
            n = track_use.get((la, side), 0)
            track_use[(la, side)] = n + 1
            off = min(LANE_PAD - 4, 6 + n * TRACK)
            ty = y1 - off if below else y0 + off
            gx1 = gap_x(ca + 1)
            gx2 = gap_x(cb)
            pts = [start, (gx1, a.cy), (gx1, ty), (gx2, ty), (gx2, b.cy), end]
        kind = "interface" if lane_of[fl.source] != lane_of[fl.target] else "flow"
        layout.edges.append(Edge(fl.source, fl.target, kind, pts, id=fl.id))
