"""Export settings, the report an export returns, and the errors it raises."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from orgdesign.layout.options import LayoutOptions
from orgdesign.model.errors import OrgDesignError
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg
from orgdesign.render.style import RenderOptions

#: Diagram formats by file extension.
FORMATS = {".svg": "svg", ".pdf": "pdf", ".png": "png", ".pptx": "pptx", ".dot": "dot",
           ".gv": "dot"}
#: Page sizes in millimetres, portrait.
PAGE_SIZES = {"A4": (210.0, 297.0), "A3": (297.0, 420.0), "A5": (148.0, 210.0),
              "Letter": (215.9, 279.4), "Legal": (215.9, 355.6), "Tabloid": (279.4, 431.8)}
PAGE_MODES = ("auto", "fit", "tile", "department", "level")
ENGINES = ("native", "graphviz")


class ExportError(OrgDesignError):
    """An export cannot be done as asked (bad option, nothing to draw...)."""


class UnknownFormatError(ExportError):
    """The output file's extension names no diagram format."""


class UnknownViewError(ExportError):
    """The view is not one of classic, compact, inverted, rings, process:NAME, interfaces."""


class UnknownUnitError(ExportError):
    """A unit id (``--root``, ``--collapse``) is not in the scenario."""


def parse_page(page: str) -> tuple[float, float]:
    """Portrait ``(width, height)`` in mm of ``A4``/``A3``/``Letter``... or ``WxH`` (mm,
    e.g. ``600x400``); ExportError for anything else."""
    for name, size in PAGE_SIZES.items():
        if page.lower() == name.lower():
            return size
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)\s*(mm)?\s*", page, re.I)
    if m:
        w, h = float(m.group(1)), float(m.group(2))
        if 20 <= w <= 5000 and 20 <= h <= 5000:
            return (w, h)
        raise ExportError(msg(QT_TRANSLATE_NOOP(
            "Messages", "page size {page!r} out of range (20 to 5000 mm a side)"), page=page))
    raise ExportError(msg(QT_TRANSLATE_NOOP(
        "Messages", "unknown page size {page!r}; use one of {sizes} or WIDTHxHEIGHT in mm "
        "(e.g. 600x400)"), page=page, sizes=", ".join(PAGE_SIZES)))


@dataclass(frozen=True)
class ExportOptions:
    """How a diagram is exported.

    * ``render``: what the drawing shows (:class:`RenderOptions`).
    * ``page``: ``A4``, ``A3``, ``Letter``... or ``WxH`` in mm (PDF).
    * ``landscape``: True/False, or None to follow the drawing's shape.
    * ``margin_mm``: page margins (PDF).
    * ``pages``: ``fit`` (one page), ``tile`` (several pages at ``tile_scale``),
      ``department`` (a top-levels page, then one page per department),
      ``level`` (a manager and their direct reports on each page, level by level:
      the top with level 1, then every level-1 team, every level-2 team...) —
      PDF; PowerPoint takes all but ``tile``.
      ``auto`` (the default) fits one page when names stay readable there
      (at least 5 pt), else takes departments (tree views) or tiles (PDF).
    * ``tile_scale``: printed size of a layout px in pt when tiling (0.75: the
      screen size at 96 dpi); ``overlap_mm``: what neighbouring tiles share.
    * ``dpi`` / ``width_px``: PNG resolution (``width_px`` wins); ``max_pixels``
      caps the PNG's pixel count (the picture is scaled down, and the report says so).
    * ``root``: export only this unit's subtree; ``collapse``: unit ids drawn
      collapsed; ``max_depth``: collapse every unit at this depth (0 = roots).
    * ``engine``: ``native`` (our layout and drawing) or ``graphviz`` (Graphviz
      lays out and renders: SVG, PDF, PNG).
    * ``network_engine``: ``neato`` or ``circo`` for the interface network.
    """

    render: RenderOptions = field(default_factory=RenderOptions)
    page: str = "A4"
    landscape: bool | None = None
    margin_mm: float = 10.0
    pages: str = "auto"
    tile_scale: float = 0.75
    overlap_mm: float = 10.0
    dpi: float = 96.0
    width_px: int | None = None
    max_pixels: int = 100_000_000
    root: str | None = None
    collapse: tuple[str, ...] = ()
    max_depth: int | None = None
    engine: str = "native"
    network_engine: str = "neato"
    layout: LayoutOptions | None = None

    def page_mm(self) -> tuple[float, float]:
        """Portrait ``(width, height)`` of :attr:`page` in mm (ExportError if unknown)."""
        return parse_page(self.page)

    def __post_init__(self) -> None:
        if self.pages not in PAGE_MODES:
            raise ExportError(msg(QT_TRANSLATE_NOOP(
                "Messages", "unknown page mode {mode!r}; use one of {modes}"),
                mode=self.pages, modes=", ".join(PAGE_MODES)))
        if self.engine not in ENGINES:
            raise ExportError(msg(QT_TRANSLATE_NOOP(
                "Messages", "unknown engine {engine!r}; use one of {engines}"),
                engine=self.engine, engines=", ".join(ENGINES)))
        if not 1 <= self.dpi <= 2400:
            raise ExportError(msg(QT_TRANSLATE_NOOP(
                "Messages", "dpi {dpi:g} out of range (1 to 2400)"), dpi=self.dpi))
        if self.width_px is not None and not 16 <= self.width_px <= 65_000:
            raise ExportError(msg(QT_TRANSLATE_NOOP(
                "Messages", "width {width} px out of range (16 to 65000)"), width=self.width_px))
        if not 0 <= self.margin_mm <= 100:
            raise ExportError(msg(QT_TRANSLATE_NOOP(
                "Messages", "margin {margin:g} mm out of range (0 to 100)"),
                margin=self.margin_mm))
        if not 0.05 <= self.tile_scale <= 10:
            raise ExportError(msg(QT_TRANSLATE_NOOP(
                "Messages", "tile scale {scale:g} out of range (0.05 to 10)"),
                scale=self.tile_scale))
        if self.max_pixels < 10_000:
            raise ExportError(msg(QT_TRANSLATE_NOOP(
                "Messages", "max_pixels must be at least 10000")))
        if self.max_depth is not None and self.max_depth < 0:
            raise ExportError(msg(QT_TRANSLATE_NOOP("Messages", "max_depth must not be negative")))
        parse_page(self.page)


@dataclass
class ExportReport:
    """What an export wrote: file, format, view, page mode used, pages or slides,
    pixel size, shapes, warnings (say when the picture was scaled down or text is tiny).

    ``warnings`` holds the English sentences (the command line prints them, and
    they are in the JSON form); ``warning_messages`` the same warnings as
    translatable :class:`Message` s for the window.  Add warnings with :meth:`warn`
    so the two stay in step.
    """

    path: str
    format: str
    view: str
    engine: str = "native"
    mode: str = ""
    pages: int = 1
    width: int = 0
    height: int = 0
    shapes: int = 0
    units: int = 0
    bytes: int = 0
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)
    page_titles: list[str] = field(default_factory=list)
    warning_messages: list[Message] = field(default_factory=list, repr=False)

    def warn(self, message: Message) -> None:
        """Add a warning (its English text to :attr:`warnings`, the message beside it)."""
        self.warnings.append(str(message))
        self.warning_messages.append(message)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form (``orgdesign export --json``): the English warnings only."""
        data = asdict(self)
        del data["warning_messages"]
        return data
