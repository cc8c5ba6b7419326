"""Render the app icon's PNG sizes (and the Windows/macOS icon files) from the SVG.

``python packaging/make_icons.py`` reads ``resources/icons/orgdesign.svg`` and
writes ``resources/icons/hicolor/<n>x<n>/apps/org.orgdesign.OrgDesign.png``
for every size in :data:`SIZES`, plus ``packaging/windows/orgdesign.ico`` and
``packaging/macos/orgdesign.icns`` (through Pillow, which python-pptx brings).
The outputs are committed; run it again after changing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

APP_ID = "org.orgdesign.OrgDesign"
#: The hicolor sizes desktops look for (16 for menus and lists up to 256 for
#: software centres).
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256)


def png_path(size: int, root: Path = REPO / "resources" / "icons" / "hicolor") -> Path:
    """Where the PNG of ``size`` pixels lives in the hicolor tree under ``root``."""
    return root / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_png(svg: Path, size: int, out: Path) -> Path:
    """Render ``svg`` to a ``size`` x ``size`` PNG at ``out`` (transparent corners).

    Raises ValueError when the SVG cannot be read and OSError when the PNG
    cannot be written.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication._orgdesign_icons = QGuiApplication(sys.argv[:1])  # keep it alive
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"cannot read {svg} as SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"cannot write {out}")
    return out


def write_platform_icons(pngs: dict[int, Path]) -> list[Path]:
    """Write the Windows .ico and macOS .icns from the rendered PNGs; returns the files.

    Pillow resamples from the 256 px image for the sizes it embeds; the result
    is the same artwork, only packed for the other systems.
    """
    from PIL import Image

    big = Image.open(pngs[max(pngs)]).convert("RGBA")
    ico = REPO / "packaging" / "windows" / "orgdesign.ico"
    icns = REPO / "packaging" / "macos" / "orgdesign.icns"
    ico.parent.mkdir(parents=True, exist_ok=True)
    icns.parent.mkdir(parents=True, exist_ok=True)
    big.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    big.save(icns, format="ICNS", sizes=[(s, s) for s in ICNS_SIZES])
    return [ico, icns]


def main() -> int:
    """Render every size; return the exit code."""
    svg = REPO / "resources" / "icons" / "orgdesign.svg"
    pngs = {size: render_png(svg, size, png_path(size)) for size in SIZES}
    written = [*pngs.values(), *write_platform_icons(pngs)]
    for path in written:
        print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
