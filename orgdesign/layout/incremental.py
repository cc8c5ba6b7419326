"""Relayout after a small edit, reusing what the edit did not touch.

What is reused: in the tree views (classic, compact) the tidy tree is
computed branch by branch under the first unit with more than one report
(usually the top manager); :func:`relayout` recomputes only the branches
that hold a changed unit (before or after the edit) and reuses the relative
positions and contours of all the others, as long as the height of every
level is unchanged.  A rename in one department of a 100,000-unit chart
therefore redoes that department's tidy tree, not the whole tree.  Building
the index of the scenario and writing out the boxes and connectors stay
linear; the inverted and rings views place every band or ring from global
information and are recomputed in full.

The result always equals :func:`orgdesign.layout.compute_layout` on the
edited project (the tests check this); the reuse is only a shortcut.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from orgdesign.model import Project

from .engine import LayoutCache, layout_forest, paused_gc
from .forest import build_forest, resolve_sizes
from .geometry import Layout
from .options import LayoutOptions


def relayout(
    previous: Layout,
    project: Project,
    changed_ids: Iterable[str],
    *,
    scenario_id: str | None = None,
    sizes: Mapping[str, tuple[float, float]] | None = None,
    options: LayoutOptions | None = None,
) -> Layout:
    """Return the layout of ``previous.view`` for the edited project.

    ``changed_ids``: ids of the units added, removed, moved or edited since
    ``previous`` was computed (for a moved subtree its root is enough; for a
    card whose text or size changed, the unit).  Other changes (functions,
    options, sizes of unnamed units) need :func:`compute_layout`.  The
    scenario and options default to those of ``previous``.  Raises like
    :func:`compute_layout`.
    """
    cache = previous.cache if isinstance(previous.cache, LayoutCache) else None
    if options is not None:
        opts = options
    elif cache is not None:
        opts = cache.options
    else:
        opts = LayoutOptions(direction=previous.direction)
    wanted = scenario_id if scenario_id is not None else (previous.scenario_id or None)
    with paused_gc():
        forest = build_forest(project, wanted, sizes)
        full = resolve_sizes(project, wanted, sizes, forest)
        tree_cache = None
        if cache is not None and cache.options == opts and \
                previous.scenario_id == forest.scenario.id:
            tree_cache = cache.tree
        return layout_forest(forest, full, previous.view, opts, tree_cache, set(changed_ids))
