"""Pure geometry of the org chart views (no Qt).

:func:`compute_layout` takes a project, a view and the size of every card
and returns a :class:`Layout`: boxes, routed connectors, and the bands or
rings behind them.  The canvas, every exporter and the CLI draw this one
result.  :func:`relayout` recomputes after a small edit, reusing what the
edit did not touch.
"""

from __future__ import annotations

from .engine import compute_layout
from .geometry import (
    BOX_KINDS,
    CUSTOMER_ID,
    EDGE_KINDS,
    Band,
    Box,
    Edge,
    Layout,
    Ring,
    Sector,
    layout_to_dict,
)
from .incremental import relayout
from .options import DIRECTIONS, VIEWS, LayoutOptions
from .sizes import estimate_sizes

__all__ = [
    "BOX_KINDS", "CUSTOMER_ID", "DIRECTIONS", "EDGE_KINDS", "VIEWS", "Band", "Box", "Edge",
    "Layout", "LayoutOptions", "Ring", "Sector", "compute_layout", "estimate_sizes",
    "layout_to_dict", "relayout",
]
