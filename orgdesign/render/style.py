"""What a drawing shows and how a card looks: render options and the card style.

:class:`RenderOptions` is what the user chooses (fields, vacancies, colours,
legend, title, language...).  The constants below are the one card style that
the canvas and every exporter share; sizes are in layout pixels (a layout
pixel prints as 0.75 pt, as a CSS pixel does).  This module holds no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

#: Card fields a drawing may show, in card order.
FIELDS = ("name", "title", "person")
COLOUR_BY = ("function", "layer")
BACKGROUNDS = ("white", "transparent")
LANGS = ("en", "zh")

#: Font families tried in order: a CJK family first so Chinese never shows tofu.
FONT_FAMILIES = ("Noto Sans CJK SC", "Noto Sans", "Source Han Sans SC", "Microsoft YaHei",
                 "PingFang SC", "DejaVu Sans")
#: The family list written into SVG ``font-family`` (viewers pick the first they have).
SVG_FONT_STACK = ("'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', "
                  "'PingFang SC', 'Noto Sans', 'DejaVu Sans', sans-serif")


@dataclass(frozen=True)
class RenderOptions:
    """What a drawing shows.

    * ``fields``: card fields shown, among ``"name"``, ``"title"``, ``"person"``.
    * ``show_vacancies``: draw vacant positions in the vacancy style (dashed,
      grey, "vacant"); when False they look like any other card.
    * ``show_photos``: a person's photo (when the file exists) replaces the
      initials avatar.
    * ``colour_by``: the card accent is the unit's ``"function"`` colour or its
      ``"layer"`` colour.
    * ``legend``: draw a legend below the chart.
    * ``title``: text above the chart; None takes the project title, "" none.
    * ``subtitle``: a second, smaller line under the title (scenario, view...).
    * ``date``: a date string shown at the bottom ("" for none).
    * ``footer``: free text at the bottom ("" for none).
    * ``lang``: language of the fixed labels ("Customers"/"客户", layers, "vacant").
    * ``font_family``: "" picks the first installed of :data:`FONT_FAMILIES`.
    * ``background``: ``"white"`` or ``"transparent"``.
    * ``base_dir``: folder photo paths are relative to (the project file's folder).
    """

    fields: tuple[str, ...] = FIELDS
    show_vacancies: bool = True
    show_photos: bool = True
    colour_by: str = "function"
    legend: bool = True
    title: str | None = None
    subtitle: str = ""
    date: str = ""
    footer: str = ""
    lang: str = "en"
    font_family: str = ""
    background: str = "white"
    base_dir: str = ""

    def __post_init__(self) -> None:
        bad = [f for f in self.fields if f not in FIELDS]
        if bad:
            raise ValueError(f"unknown card field {bad[0]!r}; expected some of {', '.join(FIELDS)}")
        if self.colour_by not in COLOUR_BY:
            raise ValueError(f"unknown colour scheme {self.colour_by!r}; "
                             f"expected one of {', '.join(COLOUR_BY)}")
        if self.background not in BACKGROUNDS:
            raise ValueError(f"unknown background {self.background!r}; "
                             f"expected one of {', '.join(BACKGROUNDS)}")
        if self.lang not in LANGS:
            raise ValueError(f"unknown language {self.lang!r}; expected one of {', '.join(LANGS)}")

    def with_(self, **changes: object) -> RenderOptions:
        """Return a copy with ``changes`` applied (validated again)."""
        return replace(self, **changes)  # type: ignore[arg-type]


# --- card geometry (layout px) -------------------------------------------------

CARD_RADIUS = 6.0
STRIPE_W = 5.0  # the accent stripe at the card's left
PAD_X = 10.0
PAD_Y = 8.0
AVATAR_D = 30.0
AVATAR_GAP = 8.0
CARD_MIN_W = 130.0
CARD_MAX_W = 220.0
SEGMENT_MIN_W = 110.0
STEP_MAX_W = 170.0
BADGE_H = 16.0

#: Pixel sizes of the fonts (layout px) and their line height factor.
NAME_PX = 13.0
TEXT_PX = 11.0
BADGE_PX = 10.0
AVATAR_PX = 11.0
BAND_PX = 14.0
RING_PX = 13.0
TITLE_PX = 24.0
SUBTITLE_PX = 13.0
LEGEND_PX = 12.0
FOOTER_PX = 10.0
EDGE_LABEL_PX = 10.0
LINE_FACTOR = 1.3
#: Baseline below a line's top, as a share of the font size (CJK em box sits
#: 0.88 em above the baseline; centred in a 1.3 em line that is ~1.02 em).
BASELINE_FACTOR = 1.02

#: Most lines a field may wrap to before it is elided with "…".
MAX_LINES = {"name": 3, "title": 2, "person": 1, "vacant": 1, "label": 3, "step": 3}


def line_height(px: float) -> float:
    """Height of one text line of a ``px`` font."""
    return round(px * LINE_FACTOR, 2)


# --- colours -------------------------------------------------------------------

CARD_FILL = "#FFFFFF"
CARD_BORDER = "#B8C2CC"
TEXT_DARK = "#1F2933"
TEXT_MID = "#52606D"
TEXT_LIGHT = "#7B8794"
DEFAULT_ACCENT = "#8899AA"

VACANT_FILL = "#F3F4F6"
VACANT_BORDER = "#9AA5B1"
VACANT_TEXT = "#7B8794"
VACANT_DASH = (4.0, 3.0)

COLLAPSED_BADGE = "#52606D"

SEGMENT_FILL = "#FFF4DE"
SEGMENT_BORDER = "#E0A43A"
CUSTOMER_FILL = "#FFE7B8"
CUSTOMER_BORDER = "#D48A1B"
STEP_FILL = "#FFFFFF"

#: Colours of the layers (colour-by-layer, bands, rings).
LAYER_COLOURS = {
    "customer": "#D48A1B",
    "customer-contact": "#E0803A",
    "support": "#3C8DAD",
    "management": "#4C6A92",
    "top": "#4C6A92",
}
#: Backdrop fills of the inverted bands and rings.
BAND_FILLS = {
    "customer": "#FFF6E6",
    "customer-contact": "#FDF0E7",
    "support": "#EEF6FA",
    "management": "#F0F3F8",
    "top": "#F0F3F8",
}
LANE_FILLS = ("#F5F7FA", "#FFFFFF")
LANE_BORDER = "#CBD2D9"

#: Connector styles by edge kind: (colour, width, dash or None, arrow at the end).
EDGE_STYLES: dict[str, tuple[str, float, tuple[float, ...] | None, bool]] = {
    "reporting": ("#7B8794", 1.4, None, False),
    "assistant": ("#7B8794", 1.4, None, False),
    "segment-contact": ("#D48A1B", 1.4, None, False),
    "dotted": ("#52606D", 1.2, (2.0, 3.0), True),
    "project": ("#7A5FB0", 1.4, (8.0, 4.0), True),
    "functional": ("#2E8B57", 1.4, (8.0, 3.0, 2.0, 3.0), True),
    "flow": ("#7B8794", 1.4, None, True),
    "interface": ("#D64545", 2.2, None, True),
    "interfaces": ("#D64545", 1.5, None, False),
}
EDGE_FALLBACK = ("#7B8794", 1.2, None, False)
ARROW_LEN = 8.0

CUT_MARK = "#9AA5B1"


def initials(name: str) -> str:
    """Up to two letters standing for ``name``: first letters of two words, or
    the family-name character(s) of a Chinese name ("王小明" -> "小明")."""
    words = name.split()
    if not words:
        return "?"
    first = words[0]
    if len(words) == 1:
        if any(_wide(ch) for ch in first):
            # Chinese names: the given name (last two characters) is what colleagues use.
            return first[-2:] if len(first) >= 3 else first[:2]
        return first[:2].upper() if len(first) > 1 else first.upper()
    return (first[0] + words[-1][0]).upper()


def _wide(ch: str) -> bool:
    return "\u2e80" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\uf900" <= ch <= "\ufaff"


def lighten(hex_colour: str, share: float) -> str:
    """``hex_colour`` mixed with white (``share`` 0 = unchanged, 1 = white)."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * share) for c in (r, g, b)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def readable_on(hex_colour: str) -> str:
    """Black or white, whichever reads better on ``hex_colour``."""
    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return TEXT_DARK if (0.299 * r + 0.587 * g + 0.114 * b) > 160 else "#FFFFFF"
