"""Cell styles of the RACI workbook and the one way user text gets into a cell."""

from __future__ import annotations

import unicodedata
from copy import copy
from typing import Any

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

from orgdesign.io import raci_format as fmt
from orgdesign.model.raci_schemes import Scheme

#: Font for cells holding Chinese (or other East Asian) text: every Windows
#: has it; Excel for Mac and LibreOffice substitute a CJK face for it.
CJK_FONT = "Microsoft YaHei"
LATIN_FONT = "Calibri"

INK = "2F3E4E"  # headings, header fill
MUTED = "5A6470"  # subtitles, secondary text
FAINT = "8A939E"  # repeated group names
LINE = "C9CED6"  # grid lines
BAD = "F4B6B6"
WARN = "FCE3A6"
NOTE = "D5E4F5"

THIN = Side(style="thin", color=LINE)
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
GROUP_TOP = Border(left=THIN, right=THIN, top=Side(style="thin", color=INK), bottom=THIN)
CENTER = Alignment(horizontal="center", vertical="center")
WRAP = Alignment(vertical="center", wrap_text=True)
ROTATED = Alignment(horizontal="center", vertical="bottom", text_rotation=90, wrap_text=True)
#: Chinese reads top to bottom in a column: characters stacked upright, not turned.
STACKED = Alignment(horizontal="center", vertical="bottom", text_rotation=255, wrap_text=True)


def solid(color: str) -> PatternFill:
    """A solid fill usable both in cells and in conditional formats."""
    return PatternFill("solid", fgColor=color, bgColor=color)


def has_cjk(text: str) -> bool:
    """True when ``text`` holds a wide (East Asian) character."""
    return any(unicodedata.east_asian_width(ch) in "WF" for ch in text)


def text_units(text: str) -> int:
    """Width of ``text`` in Excel's character units: East Asian characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def hex_color(color: str) -> str:
    """"#aabbcc" -> "AABBCC" (openpyxl's colour form)."""
    return color.lstrip("#").upper()


def letter_font(scheme: Scheme, code: str) -> Font:
    """The font a letter is shown in: its ink, bold for the accountable letter."""
    return Font(name=LATIN_FONT, color=hex_color(scheme.letter(code).ink),
                bold=code == scheme.accountable)


def letter_fill(scheme: Scheme, code: str) -> PatternFill:
    """The fill a letter is shown on."""
    return solid(hex_color(scheme.letter(code).fill))


#: Named styles: font keywords (the font name is chosen per text), fill, border, alignment.
STYLES: dict[str, dict[str, Any]] = {
    "title": {"font": {"bold": True, "size": 16, "color": INK}},
    "sheet_title": {"font": {"bold": True, "size": 14, "color": INK}},
    "subtitle": {"font": {"color": MUTED}},
    "heading": {"font": {"bold": True, "size": 12, "color": INK}},
    "plain": {},
    "italic": {"font": {"italic": True, "color": MUTED}},
    "id": {"font": {"color": FAINT, "size": 8}},
    "head": {"font": {"bold": True, "color": "FFFFFF"}, "fill": solid(INK), "border": GRID,
             "alignment": Alignment(vertical="bottom", wrap_text=True)},
    "head_center": {"font": {"bold": True, "color": "FFFFFF"}, "fill": solid(INK),
                    "border": GRID, "alignment": Alignment(horizontal="center",
                                                           vertical="center", wrap_text=True)},
    "head_rotated": {"font": {"bold": True, "color": "FFFFFF"}, "fill": solid(INK),
                     "border": GRID, "alignment": ROTATED},
    "head_free": {"font": {"bold": True, "italic": True, "color": "FFFFFF"},
                  "fill": solid("56697A"), "border": GRID, "alignment": ROTATED},
    "head_dangling": {"font": {"bold": True, "color": "FFFFFF"}, "fill": solid("9C2A2A"),
                      "border": GRID, "alignment": ROTATED},
    "group": {"font": {"color": FAINT}, "alignment": WRAP},
    "activity": {"alignment": WRAP},
    "letter": {"alignment": CENTER},
    "count": {"font": {"color": MUTED}, "border": GRID, "alignment": CENTER},
    "cell": {"border": GRID, "alignment": WRAP},
    "cell_center": {"border": GRID, "alignment": CENTER},
    "total": {"font": {"bold": True}, "border": GRID, "alignment": CENTER},
    "bullet": {"alignment": Alignment(vertical="top", wrap_text=False)},
}
for _key in ("head_rotated", "head_free", "head_dangling"):
    STYLES[_key + "_stacked"] = {**STYLES[_key], "alignment": STACKED}


class Painter:
    """Styles cells of one workbook fast, and writes user text safely.

    openpyxl hashes every style object on each assignment, which costs more
    than the rest of the export; so each combination of named style, CJK
    font and quote prefix is built once through the setters and its style
    array is copied to the next cells.
    """

    def __init__(self) -> None:
        self._memo: dict[tuple[str, bool, bool], Any] = {}
        self.styles = dict(STYLES)

    def style(self, cell: Cell, key: str, text: str = "") -> Cell:
        """Give ``cell`` the named style (CJK font when ``text`` needs it); return it."""
        cjk = bool(text) and has_cjk(text)
        quote = bool(text) and fmt.looks_like_formula(text)
        k = (key, cjk, quote)
        arr = self._memo.get(k)
        if arr is None:
            spec = self.styles[key]
            cell.font = Font(name=CJK_FONT if cjk else LATIN_FONT, **spec.get("font", {}))
            for attr in ("fill", "border", "alignment"):
                if attr in spec:
                    setattr(cell, attr, spec[attr])
            if quote:
                cell.quotePrefix = True
            self._memo[k] = copy(cell._style)
        else:
            cell._style = copy(arr)
        return cell

    def text(self, cell: Cell, text: str, key: str = "plain") -> Cell:
        """Write user text as a string cell that can never become a formula; return the cell.

        The value is stored as a string (openpyxl would take a leading ``=``
        for a formula) in the workbook escape form, in a font that shows
        Chinese; text a spreadsheet could read as a formula also gets the
        quote prefix, so that editing it in Excel keeps it text.
        """
        cell.value = fmt.to_xlsx_text(text)
        cell.data_type = "s"
        return self.style(cell, key, text)

    def add(self, key: str, **spec: Any) -> str:
        """Register a named style (``font`` keywords, ``fill``, ``border``, ``alignment``)."""
        self.styles[key] = spec
        return key
