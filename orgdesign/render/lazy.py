"""The drawing of a layout built part by part, for a canvas that shows a few cards at a time.

:class:`LazyDrawing` gives the same groups as
:func:`~orgdesign.render.displaylist.build_display_list` (it uses the same
builder), but each card, connector, backdrop or legend only when asked for,
and card colours without building the cards.  A chart of ten thousand cards
seen whole needs none of its cards' text; after an edit, the cards in view
are built again and the rest when they come into view.
"""

from __future__ import annotations

from orgdesign.layout.engine import paused_gc
from orgdesign.layout.geometry import Layout
from orgdesign.model import Project, TreeIndex

from .content import ContentResolver
from .displaylist import CardCache, _Builder, edge_style
from .primitives import Group
from .style import EDGE_FALLBACK, EDGE_STYLES, RenderOptions

__all__ = ["LazyDrawing"]


class LazyDrawing:
    """The drawing of a layout, built part by part when a part is asked for.

    For a canvas that shows a few cards of a big chart at a time: each part
    equals the same part of ``build_display_list(project, layout, options)``
    (cards are built at their layout boxes, or taken from ``cache`` where an
    equal card was built before, possibly elsewhere: ``Group.box`` says
    where).  Asking is cheap where building all would not be: :meth:`accents`
    gives the cards' colours without building them, :meth:`legend` notes
    every card for the legend without building them.  ``index`` may pass the
    ``TreeIndex(scenario, project)`` of the layout's scenario built already.  The project
    must not change while the drawing is in use.
    """

    #: how many cards a cache keeps before it starts afresh
    CACHE_LIMIT = 40_000

    def __init__(self, project: Project, layout: Layout, options: RenderOptions | None = None,
                 *, cache: CardCache | None = None, index: TreeIndex | None = None) -> None:
        self.layout = layout
        self._cache = cache
        self._b = _Builder(project, layout, options or RenderOptions(), cache, index)
        if cache is not None:
            if len(cache.groups) > self.CACHE_LIMIT:
                cache.groups = {}
            self._b.fresh = cache.groups  # new cards join the cache at once
        self._edges: dict[int, Group] = {}
        self._labels_done = False
        self._decor: list[Group] | None = None
        self._title: list[Group] | None = None

    @property
    def resolver(self) -> ContentResolver:
        """The content resolver the cards are built with."""
        return self._b.res

    def card(self, box_id: str) -> Group:
        """The card group of a box; KeyError if the layout has no such box."""
        with paused_gc():
            return self._b.card(box_id, self.layout.boxes[box_id])

    def accents(self) -> list[str]:
        """The accent colour of every box's card (its ``Group.accent``), in box
        order, without building the cards."""
        boxes = self.layout.boxes
        units = self._b.res.index.units
        plain = [bid for bid, box in boxes.items()
                 if bid in units and box.kind in ("unit", "collapsed")]
        got = dict(zip(plain, self._b.res.unit_accents(plain), strict=True))
        content = self._b.content
        return [got[bid] if bid in got else content(bid, box).accent
                for bid, box in boxes.items()]

    def pens(self) -> list[tuple[str, float, tuple[float, ...] | None]]:
        """(colour, width, dash) of every connector, in layout order."""
        styles = {k: EDGE_STYLES.get(k, EDGE_FALLBACK)[:3] for k in
                  {e.kind for e in self.layout.edges}}
        return [edge_style(e)[:3] if e.kind == "interfaces" else styles[e.kind]
                for e in self.layout.edges]

    def edge(self, n: int) -> Group:
        """The group of the ``n``-th connector of the layout."""
        got = self._edges.get(n)
        if got is None:
            edges = self.layout.edges
            if edges[n].label and not self._labels_done:
                # Labels dodge the labels placed before them: place all, in order.
                self._labels_done = True
                for i, e in enumerate(edges):
                    if e.label:
                        self._edges[i] = self._b.edge(i, e)
                return self._edges[n]
            got = self._edges[n] = self._b.edge(n, edges[n])
        return got

    def backdrop(self) -> list[Group]:
        """Bands, rings and sectors, bottom first."""
        return self._b.backdrop()

    def title(self) -> list[Group]:
        """The title block above the chart (none, or one group; built once)."""
        if self._title is None:
            got = self._b.title_block()
            self._title = [got] if got is not None else []
        return self._title

    def legend(self) -> list[Group]:
        """Legend and footer below the chart (built once: the legend notes every card)."""
        if self._decor is None:
            with paused_gc():
                self._b.note_all()
                self._decor = self._b.legend_and_footer()
        return self._decor
