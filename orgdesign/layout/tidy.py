"""Tidy trees in linear time, without recursion.

:func:`tidy_branch` is van der Ploeg's non-layered tidy tree ("Drawing
non-layered tidy trees in linear time", Software: Practice and Experience,
2014), the Walker/Buchheim algorithm generalised to boxes of any width and
height.  It works on flat arrays indexed in depth-first preorder, so a
subtree is a contiguous index range and no Python recursion is needed
(a chain of 10,000 units is fine).

:func:`combine` places the top-level branches side by side from explicit
per-tier contours, with the same rules (closest packing, extra space spread
evenly over smaller middle siblings).  Splitting the work this way lets an
incremental relayout reuse the branches an edit did not touch.

Coordinates: ``x`` is a box's left edge along the breadth axis; ``width``
includes the gap to the right neighbour; ``anchor`` is where the connector
attaches, measured from the left edge (the centre for a plain box); the
parent is centred over the anchors of its first and last child.
"""

from __future__ import annotations

INF = float("inf")


class TidyState:
    """Work arrays of van der Ploeg's algorithm for ``n`` nodes.

    Fresh arrays hold the start values the algorithm expects (a leaf is its
    own extreme node, no threads); lay out each branch at most once per state.
    """

    __slots__ = ("prelim", "mod", "shift", "change", "tl", "tr", "el", "er", "msel", "mser",
                 "acc")

    def __init__(self, n: int) -> None:
        z = [0.0] * n
        self.prelim = list(z)
        self.mod = list(z)
        self.shift = list(z)
        self.change = list(z)
        self.msel = list(z)
        self.mser = list(z)
        self.acc = list(z)
        self.tl = [-1] * n
        self.tr = [-1] * n
        self.el = list(range(n))
        self.er = list(range(n))


def tidy_branch(
    lo: int,
    hi: int,
    kids: list[list[int]],
    parent: list[int],
    width: list[float],
    anchor: list[float],
    bottom: list[float],
    st: TidyState,
    layered: bool = False,
) -> list[float]:
    """Lay out the subtree occupying preorder indices ``lo..hi-1`` (root ``lo``).

    Children must lie below their parent (child top >= parent ``bottom``).
    ``layered`` promises that siblings share one bottom (a plain layered
    tree), which lets a row of leaves be placed in one sweep.  Returns each
    node's left edge relative to the root's, as a list aligned with the
    index range.  Linear in the subtree size.
    """
    prelim, mod, shift, change = st.prelim, st.mod, st.shift, st.change
    tl, tr, el, er, msel, mser = st.tl, st.tr, st.el, st.er, st.msel, st.mser
    spread: list[int] = []
    for v in range(hi - 1, lo - 1, -1):
        cs = kids[v]
        if not cs:
            continue
        c0 = cs[0]
        cz = cs[-1]
        if layered and not any(map(kids.__getitem__, cs)):
            # only leaves of one row: each one just right of the previous (what
            # separate() computes for them, without contours to walk)
            m = 0.0
            for c in cs:
                mod[c] = msel[c] = mser[c] = m
                m += width[c]
            prelim[v] = (anchor[c0] + mod[cz] + anchor[cz]) / 2 - anchor[v]
            el[v] = c0
            er[v] = cz
            mser[v] = mod[cz]
            continue
        spreads = False
        ih_low = [bottom[el[c0]]]
        ih_idx = [0]
        for i in range(1, len(cs)):
            ci = cs[i]
            min_y = bottom[er[ci]]
            # separate(): push child i right of the right contour of its left siblings
            sr = cs[i - 1]
            mssr = mod[sr]
            cl = ci
            mscl = mod[cl]
            k = len(ih_low) - 1
            while True:
                bsr = bottom[sr]
                while k > 0 and bsr > ih_low[k]:
                    k -= 1
                dist = (mssr + prelim[sr] + width[sr]) - (mscl + prelim[cl])
                if dist > 0:
                    mscl += dist
                    mod[ci] += dist
                    msel[ci] += dist
                    mser[ci] += dist
                    si = ih_idx[k]
                    if si != i - 1:  # spread the extra space over the middle siblings
                        spreads = True
                        nr = i - si
                        shift[cs[si + 1]] += dist / nr
                        shift[ci] -= dist / nr
                        change[ci] -= dist - dist / nr
                bcl = bottom[cl]
                if bsr <= bcl:
                    ks = kids[sr]
                    sr = ks[-1] if ks else tr[sr]
                    if sr >= 0:
                        mssr += mod[sr]
                if bsr >= bcl:
                    ks = kids[cl]
                    cl = ks[0] if ks else tl[cl]
                    if cl >= 0:
                        mscl += mod[cl]
                if sr < 0 or cl < 0:
                    break
            if sr < 0 and cl >= 0:  # child i is deeper: thread the left contour into it
                li = el[c0]
                tl[li] = cl
                diff = (mscl - mod[cl]) - msel[c0]
                mod[li] += diff
                prelim[li] -= diff
                el[c0] = el[ci]
                msel[c0] = msel[ci]
            elif sr >= 0 and cl < 0:  # left siblings are deeper: thread the right contour
                ri = er[ci]
                tr[ri] = sr
                diff = (mssr - mod[sr]) - mser[ci]
                mod[ri] += diff
                prelim[ri] -= diff
                er[ci] = er[cs[i - 1]]
                mser[ci] = mser[cs[i - 1]]
            while ih_low and min_y >= ih_low[-1]:
                ih_low.pop()
                ih_idx.pop()
            ih_low.append(min_y)
            ih_idx.append(i)
        if spreads:
            spread.append(v)
        prelim[v] = (prelim[c0] + mod[c0] + anchor[c0]
                     + prelim[cz] + mod[cz] + anchor[cz]) / 2 - anchor[v]
        el[v] = el[c0]
        msel[v] = msel[c0]
        er[v] = er[cz]
        mser[v] = mser[cz]
    # second walk: apply the spread extra space, then sum the modifiers down
    for v in spread:
        d = 0.0
        msd = 0.0
        for c in kids[v]:
            d += shift[c]
            msd += d + change[c]
            mod[c] += msd
    acc = st.acc
    acc[lo] = mod[lo]
    for v in range(lo + 1, hi):
        acc[v] = acc[parent[v]] + mod[v]
    x = list(map(float.__add__, prelim[lo:hi], acc[lo:hi]))
    x0 = x[0]
    return [xv - x0 for xv in x]


def _layered_contour(rel: list[float], width: list[float], depth: list[int], lo: int):
    hi = lo + len(rel)
    t_first = depth[lo]
    n = max(depth[lo:hi]) - t_first + 1
    left = [INF] * n
    right = [-INF] * n
    for xv, d, wv in zip(rel, depth[lo:hi], width[lo:hi], strict=True):
        t = d - t_first
        if xv < left[t]:
            left[t] = xv
        xv += wv
        if xv > right[t]:
            right[t] = xv
    return t_first, left, right


def branch_contour(
    rel: list[float],
    width: list[float],
    tiers: list[tuple[int, int]] | None,
    lo: int,
    depth: list[int] | None = None,
) -> tuple[int, list[float], list[float]]:
    """Per-tier left and right extents of a laid-out branch.

    ``rel`` is :func:`tidy_branch`'s result for nodes ``lo..``; ``tiers[v]``
    the first and last tier node ``v`` covers (None: each node covers the tier
    of its ``depth``).  Returns ``(first tier, L, R)``
    where ``L[k]``/``R[k]`` bound tier ``first + k`` (inf/-inf where the
    branch has nothing).
    """
    if tiers is None:  # layered: a node covers exactly the tier of its depth
        assert depth is not None
        return _layered_contour(rel, width, depth, lo)
    t_first = min(tiers[v][0] for v in range(lo, lo + len(rel)))
    t_last = max(tiers[v][1] for v in range(lo, lo + len(rel)))
    n = t_last - t_first + 1
    left = [INF] * n
    right = [-INF] * n
    for k, xv in enumerate(rel):
        v = lo + k
        a, b = tiers[v]
        xr = xv + width[v]
        for t in range(a - t_first, b - t_first + 1):
            if xv < left[t]:
                left[t] = xv
            if xr > right[t]:
                right[t] = xr
    return t_first, left, right


def combine(contours: list[tuple[int, list[float], list[float]]], n_tiers: int) -> list[float]:
    """Left-edge offsets that pack branches left to right in order.

    Each branch is pushed right just enough to clear every earlier branch on
    every tier they share; when a deep earlier branch forces the push, the
    branches in between are spread evenly (as in the tidy tree itself).
    The first branch sits at 0.
    """
    m = len(contours)
    pos = [0.0] * m
    shift = [0.0] * m
    change = [0.0] * m
    right = [-INF] * n_tiers
    owner = [-1] * n_tiers
    for i, (t0, left_c, right_c) in enumerate(contours):
        cur: float | None = None
        if i > 0:
            for k, lv in enumerate(left_c):
                t = t0 + k
                rv = right[t]
                if lv == INF or rv == -INF:
                    continue
                need = rv - lv
                if cur is None:
                    cur = need
                elif need > cur:
                    dist = need - cur
                    cur = need
                    j = owner[t]
                    if j < i - 1:
                        nr = i - j
                        shift[j + 1] += dist / nr
                        shift[i] -= dist / nr
                        change[i] -= dist - dist / nr
        p = pos[i] = cur if cur is not None else 0.0
        for k, rv in enumerate(right_c):
            if rv != -INF:
                right[t0 + k] = p + rv
                owner[t0 + k] = i
    d = 0.0
    msd = 0.0
    for i in range(m):
        d += shift[i]
        msd += d + change[i]
        pos[i] += msd
    return pos
