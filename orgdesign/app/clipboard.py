"""Copy as Image: the chart (or the selected subtree) as a picture on the clipboard.

Drawn through the same display list as the canvas and the PNG export, at twice
the screen size so it stays sharp when pasted into a slide or a mail.  A huge
chart is scaled down to :data:`MAX_PIXELS` (the clipboard holds an
uncompressed picture).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from orgdesign.export.options import ExportOptions
from orgdesign.export.views import plan_pages
from orgdesign.render.raster import png_scale, render_qimage
from orgdesign.render.style import RenderOptions

from .document import Document
from .selection import Selection

#: Device pixels per screen pixel of the copied picture.
COPY_SCALE = 2.0
#: Largest picture put on the clipboard (16 million pixels: 64 MB as RGBA).
MAX_PIXELS = 16_000_000


def _root(document: Document, selection: Selection | Iterable[str] | None,
          scenario_id: str | None) -> str | None:
    if selection is None:
        return None
    ids = [selection.current] if isinstance(selection, Selection) else list(selection)[-1:]
    units = {u.id for u in document.project.scenario(scenario_id).units}
    return ids[0] if ids and ids[0] in units else None


def chart_image(document: Document, view: str, selection: Selection | Iterable[str] | None = None,
                *, render: RenderOptions | None = None, scenario_id: str | None = None,
                scale: float = COPY_SCALE, max_pixels: int = MAX_PIXELS) -> QImage:
    """The chart of ``view`` as a QImage at ``scale`` (the current unit's subtree when
    ``selection`` has one; it may be a Selection or unit ids, the last one counts).
    ``render`` defaults to the project's language for the fixed labels.  Raises the
    OrgDesignError family (unknown view, Graphviz missing for process views...)."""
    project = document.project
    if render is None:
        lang = project.metadata.language if project.metadata.language in ("en", "zh") else "en"
        render = RenderOptions(lang=lang)
    options = ExportOptions(render=render, root=_root(document, selection, scenario_id))
    page = plan_pages(project, view, scenario_id=scenario_id, options=options, mode="fit")[0]
    s, _, _, _ = png_scale(page.display, dpi=96.0 * scale, max_pixels=max_pixels)
    return render_qimage(page.display, s, transparent=render.background == "transparent")


def copy_as_image(document: Document, view: str,
                  selection: Selection | Iterable[str] | None = None, *,
                  render: RenderOptions | None = None,
                  scenario_id: str | None = None) -> QImage:
    """Render ``view`` (or the selected unit's subtree) at 2× and put it on the
    clipboard; returns the image.  Raises what :func:`chart_image` raises."""
    image = chart_image(document, view, selection, render=render, scenario_id=scenario_id)
    QApplication.clipboard().setImage(image)
    return image
