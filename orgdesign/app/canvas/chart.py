"""The chart in the scene: brings card items and the backdrop in line with the model.

:class:`ChartScene` does, after every change, only what the change needs:
it re-measures the cards of the units an edit touched (all of them when it
is not known which), lays the chart out again (reusing the untouched
branches through :func:`orgdesign.layout.relayout`), moves the card items
in one C-level pass, and hands every card a new
:class:`~orgdesign.render.displaylist.LazyDrawing`, from which each card
builds its group when it is next painted.  The result is the scene a full
rebuild gives; the tests compare both.
"""

from __future__ import annotations

import gc
from collections import deque
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from operator import attrgetter

from PySide6.QtCore import QRectF, QTimer
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene

from orgdesign.layout import Layout, compute_layout, relayout
from orgdesign.layout.engine import paused_gc
from orgdesign.model import Project, TreeIndex
from orgdesign.render.displaylist import CardCache
from orgdesign.render.lazy import LazyDrawing
from orgdesign.render.measure import measure_sizes
from orgdesign.render.style import RenderOptions

from .items import BackdropItem, CardItem, CardSource

_BOX_X, _BOX_Y = attrgetter("x"), attrgetter("y")
_SET_POS = QGraphicsItem.setPos
_NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_OWN_OPACITY = QGraphicsItem.GraphicsItemFlag.ItemIgnoresParentOpacity

_gc_held = False


def hold_gc() -> None:
    """Keep the cyclic garbage collector off until :func:`release_gc` or the next
    turn of the event loop.

    A rebuild allocates a few objects per card; with a big project in memory
    the collection those allocations trigger costs more than the rest of the
    frame.  Held, it runs once the chart is painted.
    """
    global _gc_held
    if not _gc_held and gc.isenabled():
        gc.disable()
        _gc_held = True
        QTimer.singleShot(0, release_gc)


def release_gc() -> None:
    """Turn the collector back on if :func:`hold_gc` turned it off."""
    global _gc_held
    if _gc_held:
        _gc_held = False
        gc.enable()


class ChartScene:
    """The card items and the backdrop of one scene, and what keeps them cheap to update."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        #: unit (or segment) id -> its card; the same dict object for the scene's life
        self.cards: dict[str, CardItem] = {}
        # Every card is a child of this item: far out one call hides them all
        # (opacity 0 skips their painting, not their hit tests or selection).
        self.layer = QGraphicsRectItem()
        self.layer.setFlag(_NO_CONTENTS, True)
        self.layer.setZValue(2)
        scene.addItem(self.layer)
        self.backdrop: BackdropItem | None = None
        self.layout: Layout | None = None
        #: the index of the scenario the layout shows (as it was at the last update)
        self.index: TreeIndex | None = None
        self.source = CardSource()
        self.far = False
        self._options: RenderOptions | None = None
        self._sizes: dict[str, tuple[float, float]] = {}
        self._collapsed: set[str] = set()
        self._memo: dict[tuple, tuple[float, float]] = {}
        self._cache = CardCache()

    def update(self, project: Project, view: str, options: RenderOptions,
               touched: frozenset[str] | None = None) -> bool:
        """Show ``view`` of the project's active scenario; return False when nothing changed.

        ``touched``: the units edited since the last update (see
        :func:`~orgdesign.app.canvas.changes.touched_units`); None redoes
        everything.  Raises like :func:`orgdesign.layout.compute_layout`.
        """
        sc = project.scenario()
        if options is not self._options:
            # Other card fields or language: nothing measured or built stays valid.
            self._options = options
            self._memo = {}
            self._cache = CardCache()
            touched = None
        old = self.layout
        if old is None or old.view != view or old.scenario_id != sc.id or \
                self.index is None or self.index.scenario is not sc:
            touched = None
        if touched is not None and not touched:
            return False
        hold_gc()
        with paused_gc():
            index = TreeIndex(sc, project)
            measured, resized = self._measure(project, options, index, touched)
            if touched is None or old is None:
                layout = compute_layout(project, view, sizes=self._sizes)
            else:
                layout = relayout(old, project, touched | resized, sizes=self._sizes)
            self.index = index
            self.layout = layout
            self.source.set(LazyDrawing(project, layout, options, cache=self._cache,
                                        index=index))
            self._sync_cards(layout, index, None if touched is None else touched | measured)
            self._sync_backdrop(layout)
        return True

    def _measure(self, project: Project, options: RenderOptions, index: TreeIndex,
                 touched: frozenset[str] | None) -> tuple[set[str], set[str]]:
        """Bring ``self._sizes`` up to date; return the units measured again and those
        whose size changed (both empty when everything was measured)."""
        units = index.units
        if touched is None or not self._sizes:
            self._sizes = measure_sizes(project, None, options, memo=self._memo, index=index)
            self._collapsed = {uid for uid, u in units.items() if u.collapsed}
            return set(), set()
        # A collapsed card is taller while it has reports, and an edit elsewhere may
        # give or take its last one: measure the collapsed units (few) again too.
        ids = set(touched) | self._collapsed
        part = measure_sizes(project, None, options, memo=self._memo, units=ids, index=index)
        sizes = self._sizes.copy()
        resized = {k for k, v in part.items() if sizes.get(k) != v}
        sizes.update(part)
        self._sizes = sizes
        self._collapsed = {uid for uid in ids if uid in units and units[uid].collapsed}
        return ids, resized

    def _sync_cards(self, layout: Layout, index: TreeIndex,
                    reshaped: AbstractSet[str] | None) -> None:
        """Create, remove, resize and move card items; ``reshaped``: the units whose
        card may have changed size or kind (None: any)."""
        boxes = layout.boxes
        cards = self.cards
        scene = self.scene
        for uid in cards.keys() - boxes.keys():
            scene.removeItem(cards.pop(uid))
        source, layer = self.source, self.layer
        for uid in boxes.keys() - cards.keys():
            cards[uid] = CardItem(uid, boxes[uid], source, layer)
        if reshaped is None:
            check: Iterable[str] = boxes
        else:  # and the boxes that are not units: segments, the customer card
            check = (reshaped & boxes.keys()) | (boxes.keys() - index.units.keys())
        for uid in check:
            cards[uid].set_shape(boxes[uid])
        # Every card to its place in one C-level pass: an edit may move thousands,
        # and Qt returns at once for a card that stays where it is.
        deque(map(_SET_POS, map(cards.__getitem__, boxes), map(_BOX_X, boxes.values()),
                  map(_BOX_Y, boxes.values())), maxlen=0)

    def put_back(self, item: CardItem) -> None:
        """Return a card to its layout box (after a drag)."""
        box = self.layout.boxes.get(item.uid) if self.layout is not None else None
        if box is not None:
            item.setPos(box.x, box.y)

    def _sync_backdrop(self, layout: Layout) -> None:
        scene = self.scene
        if self.backdrop is not None:
            scene.removeItem(self.backdrop)
        assert self.source.drawing is not None
        self.backdrop = BackdropItem(self.source.drawing, layout)
        self.backdrop.far = self.far
        scene.addItem(self.backdrop)
        scene.setSceneRect(QRectF(-200, -200, layout.width + 400, layout.height + 400))
        # Cards that did not move may show other content: repaint what is in view.
        scene.update()

    def set_far(self, far: bool) -> None:
        """Far out the backdrop draws every card; the card items then paint nothing
        but the selected ones (their outline shows)."""
        if far == self.far:
            return
        self.far = far
        self.layer.setOpacity(0.0 if far else 1.0)
        for item in self.scene.selectedItems():
            if isinstance(item, CardItem):
                item.setFlag(_OWN_OPACITY, far)
        if self.backdrop is not None:
            self.backdrop.far = far
            self.backdrop.update()

    def show_selected(self, item: CardItem, selected: bool) -> None:
        """Select or deselect a card (far out a selected card still paints)."""
        if item.isSelected() != selected:
            item.setSelected(selected)
        own = selected and self.far
        if bool(item.flags() & _OWN_OPACITY) != own:
            item.setFlag(_OWN_OPACITY, own)
