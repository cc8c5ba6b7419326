"""Graphviz as the second renderer, and a clear error when Graphviz is missing."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QImage

from orgdesign.export.diagram import export_diagram
from orgdesign.export.options import ExportError, ExportOptions
from orgdesign.layout.graphviz_run import GraphvizMissingError, dot_quote, graphviz_available
from orgdesign.samples.registry import build_sample

needs_dot = pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz not installed")


@pytest.fixture(scope="module")
def project():
    return build_sample("callcenter", "zh")


@needs_dot
@pytest.mark.parametrize("view", ["classic", "inverted", "rings", "interfaces"])
def test_graphviz_engine_lays_out_and_renders_svg(project, view, tmp_path):
    out = tmp_path / "g.svg"
    report = export_diagram(project, out, view=view, options=ExportOptions(engine="graphviz"))
    root = ET.parse(out).getroot()
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    names = [u.name for u in project.scenario().units]
    if view == "interfaces":
        names = [f.name for f in project.functions if f.name in texts]
        assert names
    assert sum(1 for n in names if n in texts) >= len(names) * 0.9
    assert report.engine == "graphviz"


@needs_dot
def test_graphviz_engine_writes_pdf_and_png(project, tmp_path):
    export_diagram(project, tmp_path / "g.pdf", options=ExportOptions(engine="graphviz"))
    assert (tmp_path / "g.pdf").read_bytes().startswith(b"%PDF")
    export_diagram(project, tmp_path / "g.png", options=ExportOptions(engine="graphviz"))
    assert not QImage(str(tmp_path / "g.png")).isNull()
    with pytest.raises(ExportError, match="Graphviz engine"):
        export_diagram(project, tmp_path / "g.pptx", options=ExportOptions(engine="graphviz"))


def test_missing_graphviz_is_a_clear_error_not_a_crash(project, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # nothing on it
    monkeypatch.delenv("ORGDESIGN_GRAPHVIZ_DIR", raising=False)
    assert not graphviz_available()
    for view in (f"process:{project.processes[0].id}", "interfaces"):
        with pytest.raises(GraphvizMissingError, match="Install Graphviz"):
            export_diagram(project, tmp_path / "p.svg", view=view)
    with pytest.raises(GraphvizMissingError, match="apt install graphviz"):
        export_diagram(project, tmp_path / "g.svg", options=ExportOptions(engine="graphviz"))
    # The org chart views need no Graphviz, DOT export included.
    for name in ("c.svg", "c.png", "c.dot"):
        export_diagram(project, tmp_path / name, view="classic", options=ExportOptions(dpi=20))
        assert (tmp_path / name).stat().st_size > 0


def test_dot_quote_escapes_what_dot_strings_fear():
    assert dot_quote('a"b') == '"a\\"b"'
    assert dot_quote("end\\") == '"end\\\\"'
    assert dot_quote("two\nlines") == '"two\\nlines"'
