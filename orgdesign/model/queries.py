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
        self.units: dict[str, Unit] = {u.id: u for u in scenario.units}
        self.children: dict[str | None, list[str]] = {}
        for u in scenario.units:
            self.children.setdefault(u.parent, []).append(u.id)
        self.roots: list[str] = self.children.get(None, [])
        self._functions = {f.id: f for f in project.functions} if project else {}
        self._contacts: set[str] = {c for s in scenario.segments for c in s.contacts}

    def kids(self, unit_id: str) -> list[str]:
        """Children of ``unit_id`` in model order (empty list for a leaf)."""
        return self.children.get(unit_id, [])

    def walk(self, root: str) -> Iterator[str]:
        """Yield ``root`` and its descendants, depth first, in model order."""
        stack = [root]
        while stack:
            uid = stack.pop()
            yield uid
            stack.extend(reversed(self.kids(uid)))

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
        out: dict[str, int] = {}
        for r in self.roots:
            out[r] = 0
            stack = [r]
            while stack:
                uid = stack.pop()
                d = out[uid] + 1
                for c in self.kids(uid):
                    out[c] = d
                    stack.append(c)
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
        out: dict[str, str | None] = {}
        for r in self.roots:
            stack: list[tuple[str, str | None]] = [(r, None)]
            while stack:
                uid, inherited = stack.pop()
                f = self.units[uid].function or inherited
                out[uid] = f
                stack.extend((c, f) for c in self.kids(uid))
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
        return {uid: self.layer(uid, funcs) for uid in self.units}
