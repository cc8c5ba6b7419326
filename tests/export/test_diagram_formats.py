"""Every sample, in every view, in every format: the file exists and opens.

SVG parses as XML with one group per card at the layout's box; PNG has the
asked size; PDF has the expected page count and, in Chinese, an embedded CJK
font; PowerPoint re-opens with one shape per card and one connector per
line; DOT renders with Graphviz without a warning and ``neato -n2`` puts the
nodes where our layout put them.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from diagram_helpers import graphviz_warnings
from PySide6.QtGui import QImage

from orgdesign import __version__
from orgdesign.export.diagram import export_diagram
from orgdesign.export.options import ExportOptions
from orgdesign.export.views import plan_pages
from orgdesign.render import RenderOptions

VIEWS = ["classic", "compact", "inverted", "rings", "process", "interfaces"]
SVG = "{http://www.w3.org/2000/svg}"

pytestmark = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")


def _view(project, view: str) -> str:
    return f"process:{project.processes[0].id}" if view == "process" else view


def _opts(project, **kw) -> ExportOptions:
    return ExportOptions(render=RenderOptions(lang=project.metadata.language), **kw)


def _page(project, view, opts):
    return plan_pages(project, view, options=opts, mode="fit")[0]


@pytest.mark.parametrize("view", VIEWS)
def test_svg_parses_and_cards_sit_at_the_layout_boxes(sample_project, view, tmp_path):
    v = _view(sample_project, view)
    opts = _opts(sample_project)
    out = tmp_path / "chart.svg"
    report = export_diagram(sample_project, out, view=v, options=opts)
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    groups = {g.get("id"): g for g in root.iter(f"{SVG}g") if g.get("class") == "card"}
    layout = _page(sample_project, v, opts).layout
    assert len(groups) == len(layout.boxes)
    assert report.units == sum(1 for b in layout.boxes.values()
                               if b.kind not in ("segment", "customer"))
    for bid, box in layout.boxes.items():
        g = groups[f"unit-{bid}"]
        assert g.find(f"{SVG}title").text  # hover text
        frame = next(r for r in g.iter(f"{SVG}rect") if r.get("class") == "frame")
        got = [float(frame.get(k)) for k in ("x", "y", "width", "height")]
        assert got == pytest.approx(list(box.rect()), abs=0.01)
        assert any((t.text or "").strip() for t in g.iter(f"{SVG}text"))
    assert "CJK" in root.get("font-family")


@pytest.mark.parametrize("view", VIEWS)
def test_png_has_the_asked_size(sample_project, view, tmp_path):
    v = _view(sample_project, view)
    opts = _opts(sample_project, dpi=24)
    out = tmp_path / "chart.png"
    report = export_diagram(sample_project, out, view=v, options=opts)
    x, y, w, h = _page(sample_project, v, opts).display.bounds
    img = QImage(str(out))
    assert not img.isNull()
    assert (img.width(), img.height()) == (math.ceil(w / 4), math.ceil(h / 4))
    assert (report.width, report.height) == (img.width(), img.height())


def _pdfinfo(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)


def _pdffonts(path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:]]


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
@pytest.mark.parametrize("view", VIEWS)
def test_pdf_opens_with_one_page_and_embedded_fonts(sample_project, view, tmp_path):
    v = _view(sample_project, view)
    out = tmp_path / "chart.pdf"
    report = export_diagram(sample_project, out, view=v, options=_opts(sample_project,
                                                                        pages="fit"))
    info = _pdfinfo(out)
    assert int(info["Pages"]) == report.pages == 1
    fonts = _pdffonts(out)
    assert fonts and all(f[-5] == "yes" for f in fonts)  # "emb" column
    if sample_project.metadata.language == "zh":
        assert any("CJK" in f[0] for f in fonts)


@pytest.mark.parametrize("view", VIEWS)
def test_pptx_reopens_with_a_shape_per_card_and_a_connector_per_line(sample_project, view,
                                                                      tmp_path):
    from pptx import Presentation
    from pptx.shapes.connector import Connector

    v = _view(sample_project, view)
    opts = _opts(sample_project, pages="fit")
    out = tmp_path / "chart.pptx"
    report = export_diagram(sample_project, out, view=v, options=opts)
    prs = Presentation(str(out))
    assert len(prs.slides) == report.pages == 2  # title slide, chart slide
    assert prs.core_properties.author == f"OrgDesign {__version__}"
    page = _page(sample_project, v, opts)
    shapes = list(prs.slides[1].shapes)
    cards = [s for s in shapes if s.name.startswith("card:")]
    edges = [s for s in shapes if s.name.startswith("edge:")]
    assert len(cards) == len(page.layout.boxes)
    assert len(edges) == len(page.layout.edges)
    assert all(isinstance(s, Connector) for s in edges)
    texts = {s.name[5:]: s.text_frame.text for s in cards}
    for g in page.display.cards():
        first = g.texts[0][1]
        assert first.split("\n")[0] in texts[g.id]


def _plain_nodes(output: str) -> dict[str, tuple[float, float]]:
    nodes = {}
    for line in output.splitlines():
        parts = line.split(" ")
        if parts[0] == "node":
            nodes[parts[1]] = (float(parts[2]), float(parts[3]))
    return nodes


@pytest.mark.parametrize("view", VIEWS)
def test_dot_renders_cleanly_and_neato_n2_keeps_our_positions(sample_project, view, tmp_path):
    v = _view(sample_project, view)
    opts = _opts(sample_project)
    out = tmp_path / "chart.dot"
    export_diagram(sample_project, out, view=v, options=opts)
    assert graphviz_warnings(out) == ""
    text = out.read_text(encoding="utf-8")
    layout = _page(sample_project, v, opts).layout
    proc = subprocess.run(["neato", "-n2", "-Tplain", str(out)], capture_output=True,
                          text=True, check=True)
    nodes = _plain_nodes(proc.stdout)
    ids = dict(re.findall(r'^\s*(n\d+) \[id="unit-([^"]*)"', text, re.M))
    assert len(nodes) == len(layout.boxes)
    # Graphviz works in points (1/72 in, y up; a layout px is 0.75 pt) and may shift
    # the whole drawing to its own origin: compare every node against the first.
    pairs = [(xy, layout.boxes[ids[n]]) for n, xy in nodes.items() if ids.get(n) in layout.boxes]
    assert pairs
    (x0, y0), b0 = pairs[0]
    for (x, y), box in pairs:
        assert (x - x0) * 96 == pytest.approx(box.cx - b0.cx, abs=0.5)
        assert (y0 - y) * 96 == pytest.approx(box.cy - b0.cy, abs=0.5)
