"""Blocks the tree views hang under a manager: assistants and stacked leaf reports.

Both are laid out as one rectangle (a *block*) in the tidy tree, so they
never overlap anything and never push siblings apart beyond their own size.
Coordinates here are in the tree's frame: ``b`` along the breadth axis
(x when top-down), ``d`` along the depth axis (y when top-down), relative to
the block's top-left corner; ``spine`` is where the manager's connector runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from .options import LayoutOptions


@dataclass(slots=True)
class Member:
    """One card inside a block: ``uid`` at ``(b, d)``, size ``(bs, ds)``.

    ``side`` is +1 when the card sits right of the spine (its connector enters
    its left side), -1 when left of it.
    """

    uid: str
    b: float
    d: float
    bs: float
    ds: float
    side: int


@dataclass(slots=True)
class Block:
    """A laid-out block: its size, its spine offset and its members."""

    breadth: float
    depth: float
    spine: float
    members: list[Member]


def assistant_block(
    uids: list[str], bsize: dict[str, float], dsize: dict[str, float], opts: LayoutOptions
) -> Block:
    """Assistants beside the manager's spine: first right, second left, and so on."""
    off = opts.h_gap
    right = uids[0::2]
    left = uids[1::2]
    lw = max((bsize[u] for u in left), default=0.0)
    rw = max((bsize[u] for u in right), default=0.0)
    spine = lw + off if left else 0.0
    members: list[Member] = []
    depth = 0.0
    for col, side in ((right, 1), (left, -1)):
        d = 0.0
        for u in col:
            bs = bsize[u]
            b = spine + off if side > 0 else spine - off - bs
            members.append(Member(u, b, d, bs, dsize[u], side))
            d += dsize[u] + opts.stack_gap
        depth = max(depth, d - opts.stack_gap)
    breadth = spine + (off + rw if right else 0.0)
    return Block(breadth, depth, spine, members)


def stack_block(
    uids: list[str], bsize: dict[str, float], dsize: dict[str, float], opts: LayoutOptions
) -> Block:
    """Leaf reports as a vertical list: one column, or two around a central spine."""
    half = opts.stack_indent / 2
    gap = opts.stack_gap
    members: list[Member] = []
    if len(uids) < opts.two_columns_from:
        width = max(bsize[u] for u in uids)
        d = 0.0
        for u in uids:
            members.append(Member(u, opts.stack_indent, d, bsize[u], dsize[u], 1))
            d += dsize[u] + gap
        return Block(opts.stack_indent + width, d - gap, half, members)
    left = uids[0::2]
    right = uids[1::2]
    lw = max(bsize[u] for u in left)
    rw = max(bsize[u] for u in right)
    spine = lw + half
    d = 0.0
    for r, lu in enumerate(left):
        ru = right[r] if r < len(right) else None
        members.append(Member(lu, lw - bsize[lu], d, bsize[lu], dsize[lu], -1))
        row = dsize[lu]
        if ru is not None:
            members.append(Member(ru, spine + half, d, bsize[ru], dsize[ru], 1))
            row = max(row, dsize[ru])
        d += row + gap
    return Block(lw + opts.stack_indent + rw, d - gap, spine, members)
