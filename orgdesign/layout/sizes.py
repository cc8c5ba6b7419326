"""A Qt-free estimate of card sizes from their text.

The Qt renderer measures real text and passes exact sizes; this estimate is
the default for the CLI, the tests and the benchmarks.  East Asian wide
characters (Chinese, Japanese, Korean) count about twice a Latin character;
text wraps at the widest card and every field is capped at a few lines, as
the renderer elides longer text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from orgdesign.model import Project

from .geometry import CUSTOMER_ID

MIN_W = 120.0
MAX_W = 180.0
PAD_X = 10.0
PAD_Y = 8.0
#: Average advance of a Latin character and of a wide (CJK) one at the card font.
LATIN = 6.6
WIDE = 12.6
#: Line height of the first field (bold name) and of the others.
NAME_LINE = 17.0
LINE = 15.0
#: Most lines one field may take before the renderer elides it.
MAX_LINES = {"name": 3, "title": 2, "person": 1}
CUSTOMER_TEXT = "Customers"

_cache: dict[str, tuple[int, float]] = {}


def _char_width(ch: str) -> float:
    if unicodedata.combining(ch):
        return 0.0
    return WIDE if unicodedata.east_asian_width(ch) in "WF" else LATIN


def text_width(text: str) -> float:
    """Estimated width in px of ``text`` on one line."""
    if text.isascii():
        return len(text) * LATIN
    return sum(_char_width(ch) for ch in text)


def _tokens(text: str) -> Iterable[tuple[float, bool]]:
    """Yield (width, space before) of each breakable piece: words and single wide chars."""
    word = 0.0
    word_space = False
    space = False
    for ch in text:
        if ch.isspace():
            if word:
                yield word, word_space
                word = 0.0
            space = True
            continue
        cw = _char_width(ch)
        if cw == WIDE:  # a wide character may break anywhere
            if word:
                yield word, word_space
                word = 0.0
            yield cw, space
        else:
            if not word:
                word_space = space
            word += cw
        space = False
    if word:
        yield word, word_space


def wrap(text: str, max_width: float, max_lines: int = 3) -> tuple[int, float]:
    """Return ``(lines, widest line)`` of ``text`` wrapped greedily at ``max_width``.

    A piece wider than a line is broken anywhere; lines beyond ``max_lines``
    are dropped (the renderer elides them).  Empty text is zero lines.
    """
    if not text or text.isspace():
        return 0, 0.0
    w = text_width(text)
    if w <= max_width:
        return 1, w
    lines, cur, widest = 1, 0.0, 0.0
    pieces = ((len(wd) * LATIN, True) for wd in text.split()) if text.isascii() \
        else _tokens(text)
    for tw, space in pieces:
        add = tw + (LATIN if space and cur > 0 else 0.0)
        if cur + add <= max_width:
            cur += add
            continue
        if cur > 0:
            widest = max(widest, cur)
            lines += 1
        cur = tw
        while cur > max_width:  # one long word: break it across lines
            widest = max_width
            lines += 1
            cur -= max_width
    widest = max(widest, cur)
    return min(lines, max_lines), min(widest, max_width)


_TEXT_W = MAX_W - 2 * PAD_X


def _measure(text: str, max_lines: int) -> tuple[int, float]:
    if text.isascii() and len(text) * LATIN <= _TEXT_W:  # one short line: most names
        return (1, len(text) * LATIN) if text and not text.isspace() else (0, 0.0)
    key = text if max_lines == 3 else f"{max_lines}\x00{text}"
    got = _cache.get(key)
    if got is None:
        got = wrap(text, _TEXT_W, max_lines)
        if len(_cache) < 200_000:
            _cache[key] = got
    return got


def card_size(texts: Iterable[tuple[str, str]]) -> tuple[float, float]:
    """Size ``(w, h)`` of a card showing ``(field, text)`` pairs, first one in bold."""
    height = 2 * PAD_Y
    widest = 0.0
    first = True
    for fld, text in texts:
        lines, w = _measure(text, MAX_LINES.get(fld, 2))
        if not lines:
            continue
        if first:
            w *= 1.08  # bold
            height += lines * NAME_LINE
            first = False
        else:
            height += lines * LINE
        widest = max(widest, w)
    if first:  # nothing to show: an empty card still has one line
        height += NAME_LINE
    width = min(MAX_W, max(MIN_W, widest + 2 * PAD_X))
    return width, height


def estimate_sizes(
    project: Project,
    scenario_id: str | None = None,
    fields: tuple[str, ...] = ("name", "title", "person"),
) -> dict[str, tuple[float, float]]:
    """Estimated ``(w, h)`` of every unit and segment card of a scenario.

    Keys are unit ids, segment ids and :data:`CUSTOMER_ID` (the generic
    customer card).  A title equal to the name is not shown twice.  Raises
    KeyError if the scenario does not exist.
    """
    sc = project.scenario(scenario_id)
    people = {p.id: p.name for p in project.people} if "person" in fields else {}
    out: dict[str, tuple[float, float]] = {}
    want_name = "name" in fields
    want_title = "title" in fields
    want_person = "person" in fields
    for u in sc.units:
        texts: list[tuple[str, str]] = []
        if want_name:
            texts.append(("name", u.name))
        if want_title and u.title and u.title != u.name:
            texts.append(("title", u.title))
        if want_person and u.person is not None:
            texts.append(("person", people.get(u.person, "")))
        out[u.id] = card_size(texts)
    for s in sc.segments:
        out[s.id] = card_size([("name", s.name)])
    out[CUSTOMER_ID] = card_size([("name", CUSTOMER_TEXT)])
    return out
