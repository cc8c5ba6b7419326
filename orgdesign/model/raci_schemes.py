"""Responsibility schemes (RACI, RASCI, RACI-VS, CAIRO, DACI) and the text of a cell.

A scheme is a fixed alphabet of one-letter codes, what each means (English
and Simplified Chinese), and which letters may share one cell.  The table
lives in the model because every layer needs it: the rule checks, the
workbook export and import, and the editor's drop-down list.

**Cell text.**  A stored cell holds the letters of one role for one activity
in canonical form: the allowed combination's own spelling ("A/R"), a single
letter ("R"), or "" for no letter.  :func:`parse_cell` accepts what people
type: any case, full-width letters (ＡＲ), and any of ``/ , ; + & | 、 ，``
or spaces between letters, or none ("AR"); a letter given twice counts once.
So ``"A/R"``, ``"ar"``, ``"r, a"`` and ``"Ａ／Ｒ"`` all become ``"A/R"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .errors import ModelError
from .messages import QT_TRANSLATE_NOOP, msg


class CellTextError(ModelError, ValueError):
    """Typed cell text that a scheme refuses (raised by :func:`parse_cell`).

    A :class:`ModelError`, so it carries a translatable ``message``, and a
    :class:`ValueError`, what :func:`parse_cell` has always raised.
    """


@dataclass(frozen=True)
class Letter:
    """One code of a scheme, its names and the colours it is shown in."""

    code: str
    name_en: str
    name_zh: str
    meaning_en: str
    meaning_zh: str
    fill: str  # background, "#RRGGBB"
    ink: str  # text colour, "#RRGGBB"

    def name(self, lang: str = "en") -> str:
        """The letter's name in ``lang`` ("zh" for Chinese, anything else English)."""
        return self.name_zh if lang == "zh" else self.name_en

    def meaning(self, lang: str = "en") -> str:
        """One sentence on what a role with this letter does, in ``lang``."""
        return self.meaning_zh if lang == "zh" else self.meaning_en


@dataclass(frozen=True)
class Scheme:
    """A responsibility scheme.

    ``combinations`` are the multi-letter cells allowed, each in its canonical
    spelling; ``accountable`` is the letter of which each activity needs
    exactly one, ``responsible`` the letters that do the work, ``consulted``
    and ``informed`` the letters watched for overload (None if the scheme
    has none).
    """

    name: str
    letters: tuple[Letter, ...]
    combinations: tuple[str, ...]
    accountable: str
    responsible: tuple[str, ...]
    consulted: str | None
    informed: str | None
    description_en: str
    description_zh: str

    @property
    def codes(self) -> tuple[str, ...]:
        """The letters in the scheme's own order ("R", "A", "C", "I" for RACI)."""
        return tuple(x.code for x in self.letters)

    def letter(self, code: str) -> Letter:
        """The :class:`Letter` with this code; KeyError if the scheme has none."""
        for x in self.letters:
            if x.code == code:
                return x
        raise KeyError(code)

    def values(self) -> tuple[str, ...]:
        """Every non-empty cell text the scheme allows: single letters, then combinations."""
        return self.codes + self.combinations

    def description(self, lang: str = "en") -> str:
        """One line on the scheme, in ``lang``."""
        return self.description_zh if lang == "zh" else self.description_en


def _l(code: str, en: str, zh: str, men: str, mzh: str, fill: str, ink: str) -> Letter:
    return Letter(code, en, zh, men, mzh, fill, ink)


# Colours: soft fills that still print in grey-scale as distinct shades, with
# a dark text of the same hue; A is the warmest because it is checked most.
_R = _l("R", "Responsible", "负责执行", "Does the work.", "实际执行该项工作。", "#CDEBD3", "#1E6B34")
_A = _l("A", "Accountable", "最终负责", "Owns the result and approves it; exactly one per activity.",
        "对结果负最终责任并批准；每项活动只能有一个。", "#F9D3B4", "#8A3B00")
_C = _l("C", "Consulted", "咨询", "Is asked for advice before; two-way communication.",
        "事前征询其意见；双向沟通。", "#FFF0B0", "#6E5400")
_I = _l("I", "Informed", "知会", "Is kept up to date after; one-way communication.",
        "事后通知其结果；单向沟通。", "#D5E4F5", "#1F4E79")

SCHEMES: dict[str, Scheme] = {
    "RACI": Scheme(
        "RACI", (_R, _A, _C, _I), ("A/R",), "A", ("R",), "C", "I",
        "Responsible, Accountable, Consulted, Informed.",
        "负责执行、最终负责、咨询、知会。",
    ),
    "RASCI": Scheme(
        "RASCI",
        (_R, _A, _l("S", "Support", "支持", "Helps those responsible with resources or work.",
                    "为执行者提供资源或协助。", "#CFEDEA", "#145C55"), _C, _I),
        ("A/R",), "A", ("R",), "C", "I",
        "RACI with S for the roles that support those responsible.",
        "在RACI基础上增加S（支持），表示协助执行者的角色。",
    ),
    "RACI-VS": Scheme(
        "RACI-VS",
        (_R, _A, _C, _I,
         _l("V", "Verify", "审核", "Checks the result against the criteria.",
            "按标准检查结果。", "#E6DAF2", "#4B2A7A"),
         _l("S", "Sign-off", "签批", "Approves the verified result and releases it.",
            "批准经审核的结果并予以放行。", "#F5D5E6", "#7A1F4F")),
        ("A/R", "A/S"), "A", ("R",), "C", "I",
        "RACI with V (verify) and S (sign-off) for quality gates.",
        "在RACI基础上增加V（审核）与S（签批），用于质量关口。",
    ),
    "CAIRO": Scheme(
        "CAIRO",
        (_R, _A, _C, _I,
         _l("O", "Out of the loop", "不参与", "Is deliberately kept out of this activity.",
            "明确不参与该项活动。", "#E7E7E7", "#555555")),
        ("A/R",), "A", ("R",), "C", "I",
        "RACI with O for roles deliberately kept out of the loop.",
        "在RACI基础上增加O（不参与），明确排除的角色。",
    ),
    "DACI": Scheme(
        "DACI",
        (_l("D", "Driver", "推动者", "Drives the decision or activity to completion.",
            "推动决策或活动直至完成。", "#CDEBD3", "#1E6B34"),
         _l("A", "Approver", "批准者", "Makes the final decision; exactly one per activity.",
            "做出最终决定；每项活动只能有一个。", "#F9D3B4", "#8A3B00"),
         _l("C", "Contributor", "贡献者", "Contributes knowledge and is consulted.",
            "贡献专业知识并被征询意见。", "#FFF0B0", "#6E5400"),
         _l("I", "Informed", "知会", "Is told about the decision.",
            "被告知决定结果。", "#D5E4F5", "#1F4E79")),
        (), "A", ("D",), "C", "I",
        "Driver, Approver, Contributors, Informed: for decisions.",
        "推动者、批准者、贡献者、知会者：用于决策。",
    ),
}

#: Characters that may separate letters in typed cell text.
_SEPARATORS = re.compile(r"[\s/,;+&|、，；]+")


def scheme_names() -> list[str]:
    """The names of the known schemes, in a stable order."""
    return list(SCHEMES)


def get_scheme(name: str) -> Scheme:
    """Return the scheme called ``name`` (case and spaces ignored).

    Raises :class:`ModelError` naming the known schemes when there is none.
    """
    key = unicodedata.normalize("NFKC", name).strip().upper().replace(" ", "")
    scheme = SCHEMES.get(key) or SCHEMES.get(key.replace("_", "-"))
    if scheme is None:
        raise ModelError(msg(QT_TRANSLATE_NOOP("Messages",
                                               "unknown RACI scheme {name!r}; known: {known}"),
                             name=name, known=", ".join(SCHEMES)))
    return scheme


@lru_cache(maxsize=4096)
def split_letters(text: str) -> tuple[str, ...]:
    """The distinct characters of typed cell text, upper-cased, in order; no checking.

    Separators and full-width forms are handled as in :func:`parse_cell`;
    ``"a, r"`` gives ``("A", "R")``, ``"X?"`` gives ``("X", "?")``.
    """
    flat = _SEPARATORS.sub("", unicodedata.normalize("NFKC", text)).upper()
    return tuple(dict.fromkeys(flat))


def combine(letters: tuple[str, ...] | list[str], scheme: Scheme) -> str | None:
    """Canonical cell text for a set of the scheme's letters, or None when not allowed."""
    if not letters:
        return ""
    if len(letters) == 1:
        return letters[0] if letters[0] in scheme.codes else None
    wanted = set(letters)
    for combo in scheme.combinations:
        if set(combo.split("/")) == wanted:
            return combo
    return None


def parse_cell(text: str | None, scheme: Scheme) -> str:
    """Return the canonical form of typed cell text ("" for blank).

    Raises :class:`CellTextError` (a ValueError and a ModelError) with a
    sentence such as ``'X' is not a letter of RACI`` or ``'C/I' is not an
    allowed combination in RACI (allowed: A/R)``.
    """
    if text is None:
        return ""
    letters = split_letters(str(text))
    foreign = [x for x in letters if x not in scheme.codes]
    if foreign:
        raise CellTextError(msg(QT_TRANSLATE_NOOP(
            "Messages", "{letter!r} is not a letter of {scheme} (letters: {letters})"),
            letter=foreign[0], scheme=scheme.name, letters=", ".join(scheme.codes)))
    canonical = combine(letters, scheme)
    if canonical is None:
        combination = "/".join(letters)
        if not scheme.combinations:
            raise CellTextError(msg(QT_TRANSLATE_NOOP(
                "Messages", "{combination!r} is not an allowed combination in {scheme} "
                "(allowed: none)"), combination=combination, scheme=scheme.name))
        raise CellTextError(msg(QT_TRANSLATE_NOOP(
            "Messages", "{combination!r} is not an allowed combination in {scheme} "
            "(allowed: {allowed})"),
            combination=combination, scheme=scheme.name, allowed=", ".join(scheme.combinations)))
    return canonical
