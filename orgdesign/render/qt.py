"""Qt plumbing of the renderer: the GUI application, fonts and their metrics.

Text measurement and painting need a ``QGuiApplication`` (fonts come from
the platform); :func:`ensure_gui_app` creates one on the offscreen platform
when the CLI or a test runs without a window.  Fonts are created once per
:class:`FontSpec` and metrics are cached per string, so measuring ten
thousand cards stays well under a second.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtGui import QFont, QFontDatabase, QFontMetricsF, QGuiApplication

from .primitives import FontSpec
from .style import FONT_FAMILIES

_fonts: dict[FontSpec, QFont] = {}
_metrics: dict[FontSpec, QFontMetricsF] = {}
_widths: dict[FontSpec, dict[str, float]] = {}
_family: dict[str, str] = {}


def ensure_gui_app() -> QGuiApplication:
    """Return the running Qt application, creating a headless one if there is none.

    Drawing needs no screen, so unless ``QT_QPA_PLATFORM`` says otherwise the
    offscreen platform is chosen: the CLI exports on a server, and a stale
    ``DISPLAY`` cannot abort it.
    """
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1] or ["orgdesign"])


def resolve_family(preferred: str = "") -> str:
    """The font family to draw with: ``preferred`` if installed, else the first
    installed of :data:`FONT_FAMILIES` (a CJK family first), else Qt's default."""
    key = preferred
    got = _family.get(key)
    if got is not None:
        return got
    ensure_gui_app()
    installed = set(QFontDatabase.families())
    for fam in ((preferred,) if preferred else ()) + FONT_FAMILIES:
        if fam in installed:
            _family[key] = fam
            return fam
    fam = QFont().defaultFamily()
    _family[key] = fam
    return fam


def qfont(spec: FontSpec) -> QFont:
    """The QFont of ``spec`` (pixel sized, unhinted so that every device measures alike)."""
    f = _fonts.get(spec)
    if f is None:
        f = QFont(spec.family)
        # Pixel sizes are device independent: the painter's transform scales them.
        f.setPixelSize(max(1, round(spec.px)))
        f.setBold(spec.bold)
        f.setItalic(spec.italic)
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        f.setKerning(False)  # advances then add up, so wrapping by pieces is exact
        # Noto CJK's 'locl' swaps Latin digits for variants outside the font's cmap,
        # and Qt's PDF writer then cannot map them back to text (unsearchable "1").
        f.setFeature(QFont.Tag("locl"), 0)
        _fonts[spec] = f
    return f


def metrics(spec: FontSpec) -> QFontMetricsF:
    """Cached metrics of ``spec``."""
    m = _metrics.get(spec)
    if m is None:
        ensure_gui_app()
        m = QFontMetricsF(qfont(spec))
        _metrics[spec] = m
    return m


def text_width(text: str, spec: FontSpec) -> float:
    """Advance of ``text`` in ``spec`` (cached per string)."""
    cache = _widths.get(spec)
    if cache is None:
        cache = _widths[spec] = {}
    w = cache.get(text)
    if w is None:
        w = metrics(spec).horizontalAdvance(text)
        if len(cache) < 500_000:
            cache[text] = w
    return w
