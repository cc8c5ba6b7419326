"""Dispatch a view to its module; keep what a later relayout may reuse."""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

from orgdesign.model import Project

from .forest import Forest, build_forest, resolve_sizes
from .geometry import Layout
from .inverted import inverted_layout
from .options import VIEWS, LayoutOptions
from .rings import rings_layout
from .tree import TreeCache, tree_layout


@dataclass
class LayoutCache:
    """What :func:`orgdesign.layout.relayout` may reuse from a layout."""

    options: LayoutOptions
    tree: TreeCache | None


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while a layout allocates.

    A layout allocates a few objects per unit and creates no reference
    cycles; with a large project in memory every automatic full collection
    re-scans the whole project, which costs up to 40% at 100,000 units.  On
    the way out, what was allocated moves straight to the oldest generation
    (unless the caller froze objects with :func:`gc.freeze`, which that
    would undo).
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if gc.get_freeze_count() == 0:
                # What the layout allocated lives as long as the chart is shown:
                # move it to the oldest generation as it is (freeze and unfreeze
                # splice lists, O(1)) rather than have the next young collection
                # scan some 700,000 objects one by one (a sixth of the layout's time).
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def layout_forest(
    forest: Forest,
    sizes: Mapping[str, tuple[float, float]],
    view: str,
    opts: LayoutOptions,
    tree_cache: TreeCache | None = None,
    changed: set[str] | None = None,
) -> Layout:
    """Lay out a built forest in ``view`` and attach a :class:`LayoutCache`."""
    if view in ("classic", "compact"):
        layout = tree_layout(forest, sizes, view, opts, tree_cache, changed)
        layout.cache = LayoutCache(opts, layout.cache)
        return layout
    if view == "inverted":
        layout = inverted_layout(forest, sizes, opts)
    else:
        layout = rings_layout(forest, sizes, opts)
    layout.cache = LayoutCache(opts, None)
    return layout


def compute_layout(
    project: Project,
    view: str = "classic",
    *,
    scenario_id: str | None = None,
    sizes: Mapping[str, tuple[float, float]] | None = None,
    options: LayoutOptions | None = None,
) -> Layout:
    """Return the geometry of ``view`` for a scenario (the active one by default).

    ``sizes`` maps unit and segment ids to card ``(w, h)``; missing ones are
    estimated (:func:`orgdesign.layout.estimate_sizes`).  Raises ValueError
    for an unknown view or a size that is not positive, KeyError for an
    unknown scenario.
    """
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)}")
    opts = options or LayoutOptions()
    with paused_gc():
        forest = build_forest(project, scenario_id, sizes)
        full = resolve_sizes(project, scenario_id, sizes, forest)
        return layout_forest(forest, full, view, opts)
