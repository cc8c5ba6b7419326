"""Spacing and behaviour knobs of the layout engine (pixels)."""

from __future__ import annotations

from dataclasses import dataclass

VIEWS = ("classic", "compact", "inverted", "rings")
DIRECTIONS = ("tb", "lr")


@dataclass(frozen=True)
class LayoutOptions:
    """How the views space and arrange boxes; the defaults suit cards of 120-180 px.

    ``direction`` applies to the tree views (classic, compact): ``"tb"`` draws
    top-down, ``"lr"`` left-to-right.  ``compact_threshold``: in the compact
    view a unit whose ``compact`` flag is None stacks its leaf reports (those
    without reports of their own; assistants sit beside it) in a vertical list
    when it has at least this many of them: three already make a list, and a
    team of three side by side is what makes a chart wide (``compact=True``
    stacks in every tree view, ``False`` never).  ``row_width``: the inverted view wraps a band row wider
    than this, into at most ``max_wraps`` rows (so connectors cross a bounded
    number of rows and the layout stays linear); None picks a width from
    ``aspect`` (width / height of the chart).  A crowded team there stacks in
    two columns, at most ``stack_rows`` cards tall (bigger teams: several stacks).
    """

    direction: str = "tb"
    h_gap: float = 16.0
    v_gap: float = 40.0
    margin: float = 24.0
    compact_threshold: int = 3
    two_columns_from: int = 6
    stack_gap: float = 8.0
    stack_indent: float = 28.0
    assistant_gap: float = 14.0
    track_gap: float = 7.0
    band_gutter: float = 130.0
    band_pad: float = 14.0
    aspect: float = 2.2
    min_row_width: float = 2000.0
    row_width: float | None = None
    max_wraps: int = 4
    stack_rows: int = 8
    ring_gap: float = 18.0
    ring_label: float = 26.0
    customer_radius: float = 70.0

    def __post_init__(self) -> None:
        if self.direction not in DIRECTIONS:
            raise ValueError(f"unknown layout direction {self.direction!r}; "
                             f"expected one of {', '.join(DIRECTIONS)}")
        if self.h_gap < 0 or self.v_gap < 0 or self.margin < 0:
            raise ValueError("layout gaps and margin must not be negative")
        if self.compact_threshold < 1 or self.two_columns_from < 1 or self.max_wraps < 1 \
                or self.stack_rows < 1:
            raise ValueError("compact thresholds must be at least 1")
