"""Shared helpers of the layout tests: random projects and geometric checks."""

from __future__ import annotations

import random

from hypothesis import strategies as st

from orgdesign.layout import Box, Layout
from orgdesign.model import (
    CustomerSegment,
    Function,
    Layer,
    LineKind,
    Project,
    SecondaryLine,
    Unit,
    new_project,
)

FUNCTIONS = [Function(id="f-sales", name="Sales", customer_facing=True),
             Function(id="f-it", name="IT"), Function(id="f-fin", name="Finance")]


def make_project(parents: list[int | None], *, seed: int = 0, flags: bool = False,
                 segments: int = 0, lines: int = 0) -> Project:
    """A project whose units ``u0..`` report to ``parents[i]`` (None: a root).

    With ``flags``, some units are assistants, collapsed, compact, parked
    (roots only), have explicit layers or functions.
    """
    rng = random.Random(seed)
    p = new_project("test")
    p.functions = [f.model_copy() for f in FUNCTIONS]
    units = []
    for i, par in enumerate(parents):
        u = Unit(id=f"u{i}", name=f"Unit {i}", parent=None if par is None else f"u{par}")
        if flags:
            r = rng.random()
            u.assistant = r < 0.08
            u.collapsed = 0.08 <= r < 0.12
            u.compact = True if 0.12 <= r < 0.18 else (False if 0.18 <= r < 0.2 else None)
            u.parked = par is None and i > 0 and rng.random() < 0.3
            if rng.random() < 0.2:
                u.layer = rng.choice(list(Layer))
            if rng.random() < 0.2:
                u.function = rng.choice(FUNCTIONS).id
        units.append(u)
    sc = p.scenario()
    sc.units = units
    n = len(units)
    sc.segments = [CustomerSegment(id=f"s{k}", name=f"Segment {k}",
                                   contacts=[f"u{rng.randrange(n)}"] if n else [])
                   for k in range(segments)]
    sc.lines = [SecondaryLine(id=f"l{k}", source=f"u{rng.randrange(n)}",
                              target=f"u{rng.randrange(n)}", kind=rng.choice(list(LineKind)))
                for k in range(lines if n > 1 else 0)]
    sc.lines = [ln for ln in sc.lines if ln.source != ln.target]
    return p


@st.composite
def trees(draw, max_units: int = 150, flags: bool = True, roots: bool = True):
    """A random forest as a parent list (sizes spread evenly up to ``max_units``) and a seed."""
    seed = draw(st.integers(0, 2**32 - 1))
    small = draw(st.booleans())
    rng = random.Random(seed)
    n = rng.randint(1, 12) if small else rng.randint(1, max_units)
    shape = rng.choice(["random", "wide", "deep", "bushy"])
    parents: list[int | None] = [None]
    for i in range(1, n):
        if roots and rng.random() < 0.03:
            parents.append(None)
        elif shape == "wide":
            parents.append(rng.randint(0, min(i - 1, 3)))
        elif shape == "deep":
            parents.append(rng.randint(max(0, i - 3), i - 1))
        elif shape == "bushy":
            parents.append(rng.randint(max(0, i // 2 - 5), max(0, i // 2)))
        else:
            parents.append(rng.randint(0, i - 1))
    return parents, seed


def random_sizes(project: Project, seed: int) -> dict[str, tuple[float, float]]:
    """Random card sizes for every unit and segment (and the generic customer)."""
    rng = random.Random(seed)
    sc = project.scenario()
    out = {u.id: (rng.uniform(40, 260), rng.uniform(20, 130)) for u in sc.units}
    out.update({s.id: (rng.uniform(60, 200), rng.uniform(20, 60)) for s in sc.segments})
    out["customer"] = (120.0, 40.0)
    return out


def overlapping(boxes: dict[str, Box], eps: float = 1e-6) -> list[tuple[str, str]]:
    """Pairs of boxes whose interiors intersect (boxes bucketed on a grid)."""
    cell = 256.0
    grid: dict[tuple[int, int], list[str]] = {}
    bad = set()
    for k, b in boxes.items():
        for gx in range(int(b.x // cell), int((b.x + b.w) // cell) + 1):
            for gy in range(int(b.y // cell), int((b.y + b.h) // cell) + 1):
                for k2 in grid.get((gx, gy), ()):
                    b2 = boxes[k2]
                    if (b2.x < b.x + b.w - eps and b.x < b2.x + b2.w - eps
                            and b2.y < b.y + b.h - eps and b.y < b2.y + b2.h - eps):
                        bad.add((k2, k))
                grid.setdefault((gx, gy), []).append(k)
    return sorted(bad)


def inside_canvas(layout: Layout) -> bool:
    """Every box lies within ``[0, width] x [0, height]``."""
    return all(b.x >= 0 and b.y >= 0 and b.x + b.w <= layout.width + 1e-6
               and b.y + b.h <= layout.height + 1e-6 for b in layout.boxes.values())


def on_border(b: Box, p: tuple[float, float], eps: float = 1e-6) -> bool:
    """Whether point ``p`` lies on the border of ``b``."""
    x, y = p
    inside = b.x - eps <= x <= b.x + b.w + eps and b.y - eps <= y <= b.y + b.h + eps
    edge = (min(abs(x - b.x), abs(x - b.x - b.w)) < eps
            or min(abs(y - b.y), abs(y - b.y - b.h)) < eps)
    return inside and edge


def segment_hits_box(p: tuple[float, float], q: tuple[float, float], b: Box,
                     eps: float = 1e-6) -> bool:
    """Whether the axis-parallel segment p-q passes through the interior of ``b``."""
    (x0, y0), (x1, y1) = p, q
    lo_x, hi_x = min(x0, x1), max(x0, x1)
    lo_y, hi_y = min(y0, y1), max(y0, y1)
    return (lo_x < b.x + b.w - eps and hi_x > b.x + eps
            and lo_y < b.y + b.h - eps and hi_y > b.y + eps)


class BoxGrid:
    """Boxes bucketed on a coarse grid, to find the boxes a segment may cross."""

    def __init__(self, boxes: dict[str, Box], cell: float = 256.0) -> None:
        self.cell = cell
        self.boxes = boxes
        self.grid: dict[tuple[int, int], list[str]] = {}
        for k, b in boxes.items():
            for gx in range(int(b.x // cell), int((b.x + b.w) // cell) + 1):
                for gy in range(int(b.y // cell), int((b.y + b.h) // cell) + 1):
                    self.grid.setdefault((gx, gy), []).append(k)

    def crossed(self, p: tuple[float, float], q: tuple[float, float]) -> set[str]:
        """Ids of boxes whose interior the axis-parallel segment p-q passes through."""
        c = self.cell
        out = set()
        for gx in range(int(min(p[0], q[0]) // c), int(max(p[0], q[0]) // c) + 1):
            for gy in range(int(min(p[1], q[1]) // c), int(max(p[1], q[1]) // c) + 1):
                for k in self.grid.get((gx, gy), ()):
                    if segment_hits_box(p, q, self.boxes[k]):
                        out.add(k)
        return out
