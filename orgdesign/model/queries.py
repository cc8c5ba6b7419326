"""Read-only questions about a scenario's tree, each in linear time.

:class:`TreeIndex` is built once per question batch (it is cheap: one pass)
and answers children, roots, depth, effective function and inferred layer.
"""

from __future__ import annotations

from collections.abc import Iterator

from .project import Layer, Project, Scenario, Unit


class TreeIndex:
    """Parent/child maps of one scenario, in model order.

    Assumes the scenario satisfies the invariants (no cycles, parents exist).
    """

    def __init__(self, scenario: Scenario, project: Project | None = None) -> None:
        self.scenario = scenario
        units = scenario.units
        self.units: dict[str, Unit] = {u.id: u for u in units}
        # The child lists are built on first use: many callers only look units up.
        self._children: dict[str | None, list[str]] | None = None
        self._functions = {f.id: f for f in project.functions} if project else {}
        self._contacts: set[str] = {c for s in scenario.segments for c in s.contacts}

    @property
    def children(self) -> dict[str | None, list[str]]:
        """Parent id (None for roots) -> child ids in model order."""
        got = self._children
        if got is None:
            got = self._children = {}
            get = got.get
            for u in self.scenario.units:
                parent = u.parent
                kids = get(parent)
                if kids is None:
                    got[parent] = [u.id]
                else:
                    kids.append(u.id)
        return got

    @property
    def roots(self) -> list[str]:
        """Root unit ids (placed and parked) in model order."""
        return self.children.get(None, [])

    def kids(self, unit_id: str) -> list[str]:
        """Children of ``unit_id`` in model order (empty list for a leaf)."""
        return self.children.get(unit_id, [])

    def walk(self, root: str) -> Iterator[str]:
        """Yield ``root`` and its descendants, depth first, in model order."""
        children = self.children
        stack = [root]
        while stack:
            uid = stack.pop()
            yield uid
            kids = children.get(uid)
            if kids:
                stack.extend(reversed(kids))

    def placed_roots(self) -> list[str]:
        """Roots that are in the chart (not parked)."""
        return [r for r in self.roots if not self.units[r].parked]

    def parked_roots(self) -> list[str]:
        """Roots of the subtrees in the parking lot."""
        return [r for r in self.roots if self.units[r].parked]

    def placed(self) -> list[str]:
        """Every unit in the chart (parked subtrees excluded), depth first."""
        return [uid for r in self.placed_roots() for uid in self.walk(r)]

    def parked(self) -> list[str]:
        """Every unit in the parking lot, depth first."""
        return [uid for r in self.parked_roots() for uid in self.walk(r)]

    def depths(self) -> dict[str, int]:
        """Depth of every unit (a root is 0)."""
        children = self.children
        out: dict[str, int] = {}
        for r in self.roots:
            out[r] = 0
            stack = [r]
            while stack:
                uid = stack.pop()
                kids = children.get(uid)
                if kids:
                    d = out[uid] + 1
                    for c in kids:
                        out[c] = d
                    stack.extend(kids)
        return out

    def effective_function(self, unit_id: str) -> str | None:
        """The unit's function, or the nearest ancestor's; None if none has one."""
        uid: str | None = unit_id
        while uid is not None:
            u = self.units[uid]
            if u.function is not None:
                return u.function
            uid = u.parent
        return None

    def effective_functions(self) -> dict[str, str | None]:
        """:meth:`effective_function` for every unit, in one pass."""
        units = self.units
        get = self.children.get
        out: dict[str, str | None] = {}
        for r in self.roots:
            out[r] = units[r].function or None
            stack = list(get(r, ()))
            pop, extend = stack.pop, stack.extend
            while stack:
                # A parent is always answered before its children are popped.
                uid = pop()
                u = units[uid]
                out[uid] = u.function or out[u.parent]  # type: ignore[index]
                kids = get(uid)
                if kids:
                    extend(kids)
        return out

    def layer(self, unit_id: str, functions: dict[str, str | None] | None = None) -> Layer:
        """The unit's layer: explicit, else inferred.

        Inferred: a customer-facing (effective) function or being a segment's
        point of contact makes it customer-contact; having reports makes it
        management; anything else is support.
        """
        u = self.units[unit_id]
        if u.layer is not None:
            return u.layer
        fid = functions[unit_id] if functions is not None else self.effective_function(unit_id)
        f = self._functions.get(fid) if fid else None
        if (f is not None and f.customer_facing) or unit_id in self._contacts:
            return Layer.CUSTOMER_CONTACT
        if self.kids(unit_id):
            return Layer.MANAGEMENT
        return Layer.SUPPORT

    def layers(self) -> dict[str, Layer]:
        """:meth:`layer` for every unit."""
        funcs = self.effective_functions()
        # The rule of :meth:`layer`, inlined: this runs once per unit of big charts.
        facing = {fid for fid, f in self._functions.items() if fid and f.customer_facing}
        contacts = self._contacts
        children = self.children
        contact, management, support = Layer.CUSTOMER_CONTACT, Layer.MANAGEMENT, Layer.SUPPORT
        out: dict[str, Layer] = {}
        for uid, u in self.units.items():
            if u.layer is not None:
                out[uid] = u.layer
            elif funcs[uid] in facing or uid in contacts:
                out[uid] = contact
            elif children.get(uid):
                out[uid] = management
            else:
                out[uid] = support
        return out
