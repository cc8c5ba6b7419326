"""Card sizes from real font metrics, wrapping text exactly as the painter does.

``compute_layout(project, view, sizes=measure_sizes(project))`` gives boxes
that fit their text.  :func:`card_lines` is the one wrapping routine: the
measurer calls it at the widest card, the display-list builder at the
box's actual width, and greedy wrapping gives the same lines at any width
between the widest line and the maximum, so measured text always fits.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable

from orgdesign.layout.engine import paused_gc
from orgdesign.layout.geometry import CUSTOMER_ID
from orgdesign.model import Project, TreeIndex, Unit, UnitKind

from .content import CardContent, ContentResolver
from .primitives import FontSpec
from .qt import resolve_family, text_width
from .style import (
    AVATAR_D,
    AVATAR_GAP,
    BADGE_H,
    CARD_MAX_W,
    CARD_MIN_W,
    MAX_LINES,
    NAME_PX,
    PAD_X,
    PAD_Y,
    SEGMENT_MIN_W,
    STEP_MAX_W,
    STRIPE_W,
    TEXT_DARK,
    TEXT_MID,
    TEXT_PX,
    VACANT_TEXT,
    RenderOptions,
    line_height,
)

ELLIPSIS = "…"
#: Height added to a collapsed card for its "+N" badge.
BADGE_ROW = BADGE_H + 2

_wrap_cache: dict[tuple[str, FontSpec, float, int], list[tuple[str, float]]] = {}


_field_fonts: dict[tuple[str, str], FontSpec] = {}


def field_font(fld: str, family: str) -> FontSpec:
    """The font of a card field."""
    got = _field_fonts.get((fld, family))
    if got is None:
        if fld in ("name", "label", "step"):
            got = FontSpec(family, NAME_PX, bold=True)
        elif fld == "vacant":
            got = FontSpec(family, TEXT_PX, italic=True)
        else:
            got = FontSpec(family, TEXT_PX)
        _field_fonts[(fld, family)] = got
    return got


def field_colour(fld: str) -> str:
    """The text colour of a card field."""
    if fld == "title":
        return TEXT_MID
    if fld == "vacant":
        return VACANT_TEXT
    return TEXT_DARK


def _wide(ch: str) -> bool:
    # CJK ideographs, kana, hangul and full-width forms may break anywhere.
    o = ord(ch)
    return (0x2E80 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0xF900 <= o <= 0xFAFF
            or 0xFF00 <= o <= 0xFFEF or 0x20000 <= o <= 0x2FFFF)


def _tokens(para: str) -> list[tuple[str, bool]]:
    """Breakable pieces of one paragraph: (piece, space before it)."""
    out: list[tuple[str, bool]] = []
    word: list[str] = []
    word_space = False
    space = False
    for ch in para:
        if ch == " ":
            if word:
                out.append(("".join(word), word_space))
                word = []
            space = True
            continue
        if _wide(ch):
            if word:
                out.append(("".join(word), word_space))
                word = []
            out.append((ch, space))
        else:
            if not word:
                word_space = space
            word.append(ch)
        space = False
    if word:
        out.append(("".join(word), word_space))
    return out


def elide(line: str, spec: FontSpec, max_w: float) -> tuple[str, float]:
    """``line`` cut so that ``line + "…"`` fits ``max_w``."""
    ell = text_width(ELLIPSIS, spec)
    cut = line.rstrip()
    while cut and text_width(cut, spec) + ell > max_w:
        cut = cut[:-1].rstrip()
    return cut + ELLIPSIS, text_width(cut, spec) + ell


def wrap_text(text: str, spec: FontSpec, max_w: float, max_lines: int) -> list[tuple[str, float]]:
    """Lines ``(text, width)`` of ``text`` wrapped greedily at ``max_w`` px.

    Breaks at spaces and between CJK characters, a word wider than a line
    anywhere, at every newline; whitespace runs collapse.  Beyond
    ``max_lines`` the last kept line ends in "…".  Widths are sums of piece
    advances (kerning is off, so they equal the drawn width).
    """
    key = (text, spec, max_w, max_lines)
    got = _wrap_cache.get(key)
    if got is not None:
        return got
    space_w = text_width(" ", spec)
    lines: list[tuple[str, float]] = []
    overflow = False
    for raw in text.split("\n"):
        para = " ".join(raw.split())
        if not para:
            continue
        w = text_width(para, spec)
        if w <= max_w:
            lines.append((para, w))
            continue
        cur, cur_w = "", 0.0
        for tok, space in _tokens(para):
            tw = text_width(tok, spec)
            add = tw + (space_w if space and cur else 0.0)
            if cur and cur_w + add <= max_w:
                cur += (" " if space else "") + tok
                cur_w += add
                continue
            if cur:
                lines.append((cur, cur_w))
            while tw > max_w and len(tok) > 1:  # a word wider than the card
                n = len(tok) - 1
                while n > 1 and text_width(tok[:n], spec) > max_w:
                    n -= 1
                lines.append((tok[:n], text_width(tok[:n], spec)))
                tok = tok[n:]
                tw = text_width(tok, spec)
            cur, cur_w = tok, tw
        if cur:
            lines.append((cur, cur_w))
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        overflow = True
    if overflow and lines:
        last, _ = lines[-1]
        lines[-1] = elide(last, spec, max_w)
    if len(_wrap_cache) > 300_000:
        _wrap_cache.clear()
    _wrap_cache[key] = lines
    return lines


def text_left(content: CardContent) -> float:
    """Distance from a card's left edge to its text column."""
    if content.centred:
        return PAD_X
    left = (STRIPE_W if content.stripe else 0.0) + PAD_X
    if content.avatar:
        left += AVATAR_D + AVATAR_GAP
    return left


def _limits(content: CardContent) -> tuple[float, float]:
    if content.box_kind in ("segment", "customer", "function"):
        return SEGMENT_MIN_W, CARD_MAX_W
    if content.box_kind == "step":
        return CARD_MIN_W - 20, STEP_MAX_W
    return CARD_MIN_W, CARD_MAX_W


def card_lines(content: CardContent, family: str,
               text_w: float) -> list[tuple[str, list[tuple[str, float]]]]:
    """The card's text wrapped at ``text_w``: ``[(field, [(line, width), ...]), ...]``."""
    out = []
    for fld, text in content.texts:
        lines = wrap_text(text, field_font(fld, family), text_w, MAX_LINES.get(fld, 2))
        if lines:
            out.append((fld, lines))
    return out


def text_height(lines: list[tuple[str, list[tuple[str, float]]]]) -> float:
    """Height of wrapped card text."""
    return sum(len(ls) * line_height(NAME_PX if fld in ("name", "label", "step") else TEXT_PX)
               for fld, ls in lines)


def card_size(content: CardContent, family: str) -> tuple[float, float]:
    """``(w, h)`` of a card that shows ``content`` without clipping (whole px)."""
    min_w, max_w = _limits(content)
    left = text_left(content)
    lines = card_lines(content, family, max_w - left - PAD_X)
    widest = max((w for _, ls in lines for _, w in ls), default=0.0)
    w = min(max_w, max(min_w, math.ceil(left + widest + PAD_X)))
    h = 2 * PAD_Y + max(text_height(lines), line_height(NAME_PX))
    if content.avatar:
        h = max(h, 2 * PAD_Y + AVATAR_D)
    return float(w), float(math.ceil(h))


def measure_sizes(project: Project, scenario_id: str | None = None,
                  options: RenderOptions | None = None, *,
                  memo: dict[tuple, tuple[float, float]] | None = None,
                  units: Collection[str] | None = None,
                  index: TreeIndex | None = None) -> dict[str, tuple[float, float]]:
    """``(w, h)`` of every unit and segment card of a scenario, and of the
    generic customer card (key :data:`CUSTOMER_ID`), measured with the
    drawing font.  ``memo`` keeps measured texts between calls with the same
    options (the canvas passes one).  ``units`` limits the units measured to
    those ids (unknown ones are skipped; segments and the customer card are
    always measured): a caller that keeps the sizes of a previous call
    re-measures only the units an edit touched.  ``index`` may pass the
    ``TreeIndex(scenario, project)`` built already.  Raises KeyError for an
    unknown scenario."""
    with paused_gc():
        return _measure_sizes(project, scenario_id, options or RenderOptions(), memo, units,
                              index)


def _measure_sizes(project: Project, scenario_id: str | None, opts: RenderOptions,
                   memo: dict[tuple, tuple[float, float]] | None = None,
                   only: Collection[str] | None = None,
                   index: TreeIndex | None = None) -> dict[str, tuple[float, float]]:
    family = resolve_family(opts.font_family)
    res = ContentResolver(project, scenario_id, opts, index=index)
    out: dict[str, tuple[float, float]] = {}
    if memo is not None and len(memo) > 200_000:
        memo.clear()
    seen: dict[tuple, tuple[float, float]] = memo if memo is not None else {}
    people = res.people
    position = UnitKind.POSITION
    if only is None:
        todo: Iterable[Unit] = res.scenario.units
    else:
        known = res.index.units
        todo = [known[uid] for uid in only if uid in known]
    kids: dict[str | None, list[str]] | None = None
    for u in todo:
        # A card's size follows from these model values alone (the options are
        # fixed per memo): key by them and build the card's content only once.
        pid = u.person
        person = people.get(pid) if pid else None
        key = (u.name, u.title, None if person is None else person.name,
               person is None and u.kind is position)
        size = seen.get(key)
        if size is None:
            texts, has_avatar = res.unit_texts(u.id)
            face = CardContent("unit", texts, avatar="initials" if has_avatar else "")
            size = seen[key] = card_size(face, family)
        if u.collapsed:
            if kids is None:
                kids = res.index.children
            if kids.get(u.id):
                # A collapsed card keeps a row at its bottom for the "+N" badge.
                size = (size[0], size[1] + BADGE_ROW)
        out[u.id] = size
    for s in res.scenario.segments:
        out[s.id] = card_size(res.segment(s.id), family)
    out[CUSTOMER_ID] = card_size(res.customer(), family)
    return out


def measure_steps(project: Project, process_id: str, scenario_id: str | None = None,
                  options: RenderOptions | None = None) -> dict[str, tuple[float, float]]:
    """``(w, h)`` of every step card of a process (by step id); KeyError if unknown."""
    opts = options or RenderOptions()
    family = resolve_family(opts.font_family)
    res = ContentResolver(project, scenario_id, opts)
    proc = res.process(process_id)
    if proc is None:
        raise KeyError(process_id)
    return {s.id: card_size(res.step(proc, s.id), family) for s in proc.steps}


def measure_functions(project: Project, scenario_id: str | None = None,
                      options: RenderOptions | None = None) -> dict[str, tuple[float, float]]:
    """``(w, h)`` of every function node of the interface network (by function id)."""
    opts = options or RenderOptions()
    family = resolve_family(opts.font_family)
    res = ContentResolver(project, scenario_id, opts)
    out = {f.id: card_size(res.function_node(f.id, count=999), family)
           for f in project.functions}
    out["(none)"] = card_size(res.function_node("(none)", "(none)", 999), family)
    return out
