"""Drawing of computed geometry: card content, text measurement, the display list
and QPainter painting (QtGui only, no widgets; works on the offscreen platform).

The canvas items and the exporters both draw through this package, so the
screen and the files cannot drift apart:

* :func:`measure_sizes` gives card sizes for ``compute_layout(..., sizes=...)``;
* :func:`build_display_list` turns a layout into primitives grouped per card;
* :func:`paint_group` / :func:`paint_display_list` paint them with a QPainter.
"""

from .displaylist import build_display_list
from .measure import measure_functions, measure_sizes, measure_steps
from .primitives import DisplayList, FontSpec, Group
from .qt import ensure_gui_app
from .qt_paint import LOD_TEXT, paint_display_list, paint_group
from .style import RenderOptions

__all__ = [
    "LOD_TEXT", "DisplayList", "FontSpec", "Group", "RenderOptions", "build_display_list",
    "ensure_gui_app", "measure_functions", "measure_sizes", "measure_steps",
    "paint_display_list", "paint_group",
]
