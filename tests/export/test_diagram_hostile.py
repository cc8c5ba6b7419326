"""Hostile names round-trip as text through SVG, DOT (and Graphviz's SVG) and PowerPoint."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from diagram_helpers import HOSTILE, graphviz_warnings, hostile_project

from orgdesign.export.diagram import export_diagram
from orgdesign.export.options import ExportOptions
from orgdesign.render import RenderOptions

SVG = "{http://www.w3.org/2000/svg}"
#: Names whose text survives as one line (a newline becomes a line break).
ONE_LINE = [n for n in HOSTILE if "\n" not in n]
# Wide cards so no hostile name is wrapped: each then stays one text element.
WIDE = ExportOptions(render=RenderOptions(fields=("name",)))


def _svg_texts(root) -> list[str]:
    return ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]


@pytest.fixture
def project():
    return hostile_project()


def test_svg_keeps_every_name_as_text(project, tmp_path):
    out = tmp_path / "h.svg"
    export_diagram(project, out, view="classic", options=ExportOptions())
    raw = out.read_text(encoding="utf-8")
    assert "<script>" not in raw  # escaped, never markup
    root = ET.parse(out).getroot()  # valid XML
    joined = " ".join(_svg_texts(root))
    words = {w for name in HOSTILE for w in name.split()}
    for w in words:
        assert w in joined, w
    ids = {g.get("id") for g in root.iter(f"{SVG}g")}
    for u in project.scenario().units:
        assert f"unit-{u.id}" in ids
    titles = [g.find(f"{SVG}title").text for g in root.iter(f"{SVG}g")
              if g.get("class") == "card"]
    for name in HOSTILE:
        assert any(t and t.startswith(name) for t in titles), name
    assert root.find(f"{SVG}title").text == project.metadata.title


def test_dot_survives_graphviz_and_keeps_every_name(project, tmp_path):
    if shutil.which("dot") is None:
        pytest.skip("Graphviz not installed")
    out = tmp_path / "h.dot"
    export_diagram(project, out, view="classic", options=ExportOptions())
    assert graphviz_warnings(out) == ""
    svg = subprocess.run(["dot", "-Tsvg", str(out)], capture_output=True, check=True).stdout
    root = ET.fromstring(svg)
    joined = " ".join(_svg_texts(root))
    for w in {w for name in HOSTILE for w in name.split()}:
        assert w in joined, w
    # neato -n2 (our positions) reads it as well
    subprocess.run(["neato", "-n2", "-Tsvg", str(out)], capture_output=True, check=True)


def test_dot_of_the_process_and_network_views_is_clean(project, tmp_path):
    if shutil.which("dot") is None:
        pytest.skip("Graphviz not installed")
    for view in ("process:proc<1>", "interfaces"):
        out = tmp_path / "v.dot"
        export_diagram(project, out, view=view, options=ExportOptions())
        assert graphviz_warnings(out) == ""


def test_pptx_keeps_every_name_as_editable_text(project, tmp_path):
    from pptx import Presentation

    out = tmp_path / "h.pptx"
    export_diagram(project, out, view="classic", options=ExportOptions(pages="fit"))
    prs = Presentation(str(out))
    texts = [s.text_frame.text for s in prs.slides[1].shapes
             if s.name.startswith("card:") and s.has_text_frame]
    joined = "\n".join(texts)
    for name in ONE_LINE:
        assert name in joined, name
    assert "two\x0blines" in joined or "two\nlines" in joined  # a line break inside the card
    assert prs.slides[0].shapes.title.text_frame.text == project.metadata.title
    names = {s.name for s in prs.slides[1].shapes}
    for u in project.scenario().units:
        assert f"card:{u.id}" in names


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_text_is_real_and_searchable(project, tmp_path):
    out = tmp_path / "h.pdf"
    export_diagram(project, out, view="classic", options=ExportOptions(pages="fit", page="A3"))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    for w in ("<script>alert(1)</script>", "=cmd|'", "客户服务部"):
        assert w in text.replace("\n", " "), w
