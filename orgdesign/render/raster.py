"""PNG through QImage, painted in horizontal strips and encoded as it goes.

A 10,000-unit chart at 150 dpi would need gigabytes as one image; painting
strips of a few megapixels and compressing each into the PNG stream keeps
memory at a few tens of megabytes.  The pixel count is still capped
(``max_pixels``, 100 MP by default, and 32,000 px a side, the limit of Qt's
rasteriser): a larger picture is scaled down and the report says so.
"""

from __future__ import annotations

import math
import os
import struct
import zlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from orgdesign import __version__
from orgdesign.io.atomic import atomic_write_bytes
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg

from .primitives import DisplayList
from .qt import ensure_gui_app
from .qt_paint import paint_display_list

MAX_SIDE = 32_000
STRIP_PIXELS = 16_000_000
#: Below this scale (device px per layout px) cards are drawn as plain boxes.
MIN_DETAIL = 0.15


def png_scale(dl: DisplayList, *, dpi: float = 96.0, width_px: int | None = None,
              max_pixels: int = 100_000_000) -> tuple[float, int, int, Message | None]:
    """``(scale, width, height, warning)`` of the picture of ``dl``: device px per
    layout px from ``width_px`` (wins) or ``dpi`` (96 = 1:1), capped to
    ``max_pixels`` and :data:`MAX_SIDE`; ``warning`` (None unless it was scaled down)
    says so."""
    _, _, bw, bh = dl.bounds
    scale = width_px / bw if width_px else dpi / 96.0
    w, h = bw * scale, bh * scale
    warning: Message | None = None
    cap = 1.0
    if w * h > max_pixels:
        cap = math.sqrt(max_pixels / (w * h))
    if max(w, h) * cap > MAX_SIDE:
        cap = MAX_SIDE / max(w, h)
    if cap < 1.0:
        asked = (math.ceil(w), math.ceil(h))
        scale *= cap
        # Whole pixels round up: shrink until the rounded size is within the caps.
        while (math.ceil(bw * scale) * math.ceil(bh * scale) > max_pixels
               or max(math.ceil(bw * scale), math.ceil(bh * scale)) > MAX_SIDE):
            scale *= 0.998
        w, h = bw * scale, bh * scale
        warning = msg(QT_TRANSLATE_NOOP(
            "Messages", "the picture would be {asked_width} x {asked_height} px; scaled down to "
            "{width} x {height} px (limit {megapixels:g} megapixels, {side} px a side); use "
            "--pages tile with PDF for full detail"),
            asked_width=asked[0], asked_height=asked[1], width=math.ceil(w), height=math.ceil(h),
            megapixels=max_pixels / 1e6, side=MAX_SIDE)
    return scale, max(1, math.ceil(w)), max(1, math.ceil(h)), warning


def render_qimage(dl: DisplayList, scale: float = 1.0, *, transparent: bool = False) -> QImage:
    """The whole drawing as one QImage at ``scale`` device px per layout px (for
    previews and the clipboard; large exports go through :func:`write_png`)."""
    ensure_gui_app()
    bx, by, bw, bh = dl.bounds
    img = QImage(max(1, math.ceil(bw * scale)), max(1, math.ceil(bh * scale)),
                 QImage.Format.Format_ARGB32_Premultiplied)
    _paint_strip(img, dl, scale, 0, transparent)
    return img


def _paint_strip(img: QImage, dl: DisplayList, scale: float, y0: int, transparent: bool) -> None:
    bx, by, _, _ = dl.bounds
    if transparent or not dl.background:
        img.fill(Qt.GlobalColor.transparent)
    else:
        img.fill(QColor(dl.background))
    p = QPainter(img)
    try:
        p.translate(0, -y0)
        p.scale(scale, scale)
        p.translate(-bx, -by)
        clip = (bx, by + y0 / scale, img.width() / scale, img.height() / scale)
        # A picture is for reading: full detail unless the cards are specks.
        paint_display_list(p, dl, clip_rect=clip, lod=1.0 if scale >= MIN_DETAIL else scale)
    finally:
        p.end()


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + \
        struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png_bytes(dl: DisplayList, scale: float, width: int, height: int, *,
              transparent: bool = False, dpi: float = 96.0) -> bytes:
    """Encode the drawing of ``dl`` as PNG bytes, painting strips of at most
    :data:`STRIP_PIXELS`; RGBA when ``transparent`` else RGB."""
    ensure_gui_app()
    alpha = transparent or not dl.background
    fmt = QImage.Format.Format_RGBA8888 if alpha else QImage.Format.Format_RGB888
    bpp = 4 if alpha else 3
    strip_h = max(1, min(height, STRIP_PIXELS // max(1, width)))
    comp = zlib.compressobj(2)
    idat: list[bytes] = []
    row_len = width * bpp
    y0 = 0
    while y0 < height:
        sh = min(strip_h, height - y0)
        img = QImage(width, sh, QImage.Format.Format_ARGB32_Premultiplied)
        _paint_strip(img, dl, scale, y0, transparent)
        out = img.convertToFormat(fmt)
        bpl = out.bytesPerLine()
        mv = memoryview(out.constBits()).cast("B")
        rows = bytearray()
        for r in range(sh):
            rows += b"\x00"  # filter: none (charts are flat colour; it compresses well)
            rows += mv[r * bpl:r * bpl + row_len]
        idat.append(comp.compress(bytes(rows)))
        del mv, out, img
        y0 += sh
    idat.append(comp.flush())
    ppm = round(dpi / 0.0254)
    head = struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)
    parts = [b"\x89PNG\r\n\x1a\n", _chunk(b"IHDR", head),
             _chunk(b"pHYs", struct.pack(">IIB", ppm, ppm, 1)),
             _chunk(b"tEXt", b"Software\x00" + f"OrgDesign {__version__}".encode("latin-1"))]
    data = b"".join(idat)
    # IDAT chunks of at most 1 MB, as most encoders write them.
    for i in range(0, len(data), 1 << 20):
        parts.append(_chunk(b"IDAT", data[i:i + (1 << 20)]))
    if not data:
        parts.append(_chunk(b"IDAT", data))
    parts.append(_chunk(b"IEND", b""))
    return b"".join(parts)


def write_png(dl: DisplayList, path: str | os.PathLike[str], *, dpi: float = 96.0,
              width_px: int | None = None, transparent: bool = False,
              max_pixels: int = 100_000_000) -> tuple[int, int, Message | None]:
    """Write the drawing as PNG to ``path`` atomically; return ``(width, height,
    warning)`` (warning None unless the picture was scaled down).  Raises OSError."""
    scale, w, h, warning = png_scale(dl, dpi=dpi, width_px=width_px, max_pixels=max_pixels)
    effective_dpi = dpi if not width_px else 96.0 * scale
    data = png_bytes(dl, scale, w, h, transparent=transparent, dpi=effective_dpi)
    atomic_write_bytes(path, data)
    return w, h, warning


__all__ = ["png_bytes", "png_scale", "render_qimage", "write_png"]


def shrink_png(path: str | os.PathLike[str]) -> None:
    """Re-save a picture with a 256-colour palette: about a quarter of the size,
    and charts (flat colours) look the same."""
    img = QImage(os.fspath(path))
    if img.isNull():
        return
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    small = img.convertToFormat(QImage.Format.Format_Indexed8, flags)
    small.save(os.fspath(path), "PNG", 0)  # type: ignore[call-overload]
