"""Page modes, page sizes, PNG sizing and caps, the report, atomic writing."""

from __future__ import annotations

import math
import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from orgdesign.export.diagram import export_diagram
from orgdesign.export.options import (
    ExportError,
    ExportOptions,
    UnknownFormatError,
    UnknownUnitError,
    UnknownViewError,
    parse_page,
)
from orgdesign.export.pdf import FOOTER_MM, RESOLUTION
from orgdesign.export.views import departments, plan_pages, subtree_project
from orgdesign.model import TreeIndex
from orgdesign.render import RenderOptions
from orgdesign.samples.registry import build_sample

needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None,
                                   reason="poppler-utils not installed")


@pytest.fixture(scope="module")
def crm():
    return build_sample("crm", "en")


def _pdfinfo(path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return {k.strip(): v.strip() for k, v in
            (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)}


def test_departments_are_the_direct_reports_with_reports(crm):
    sc = crm.scenario()
    ix = TreeIndex(sc, crm)
    root = ix.placed_roots()[0]
    expected = [k for k in ix.kids(root) if ix.kids(k)]
    assert departments(crm) == expected
    assert len(expected) >= 5


def test_department_plan_is_an_overview_then_one_page_per_department(crm):
    pages = plan_pages(crm, "classic", mode="department")
    depts = departments(crm)
    assert len(pages) == 1 + len(depts)
    over = pages[0].layout
    for d in depts:  # collapsed on the overview, each with its own page
        assert over.boxes[d].kind == "collapsed"
    for page, d in zip(pages[1:], depts, strict=True):
        ix = TreeIndex(crm.scenario(), crm)
        assert set(page.layout.boxes) >= set(ix.walk(d))
        assert page.layout.boxes.keys() <= set(ix.walk(d)) | {
            s.id for s in crm.scenario().segments} | {"customer"}


def test_unreadable_department_pages_split_into_sub_departments():
    bakery = build_sample("bakery", "en")
    plain = plan_pages(bakery, "classic", mode="department")
    split = plan_pages(bakery, "classic", mode="department",
                       readable=lambda page: page.layout.width < 2500)
    assert len(split) > len(plain)
    assert all(p.layout.width < 2500 or not departments(p.project) for p in split)


@needs_poppler
def test_pdf_department_mode_writes_every_planned_page(crm, tmp_path):
    out = tmp_path / "d.pdf"
    report = export_diagram(crm, out, options=ExportOptions(pages="department", page="A3"))
    assert int(_pdfinfo(out)["Pages"]) == report.pages == len(report.page_titles)
    assert report.page_titles[0] == "Overview"
    assert report.pages >= 1 + len(departments(crm))


@needs_poppler
@pytest.mark.parametrize("page,landscape,size", [
    ("A4", False, "595 x 842"), ("A4", True, "842 x 595"), ("A3", True, "1191 x 842"),
    ("Letter", False, "612 x 792"), ("300x200", False, "850 x 567")])
def test_pdf_page_sizes_and_orientation(page, landscape, size, tmp_path):
    project = build_sample("callcenter", "en")
    out = tmp_path / "p.pdf"
    export_diagram(project, out, view="interfaces",
                   options=ExportOptions(page=page, landscape=landscape, pages="fit"))
    assert _pdfinfo(out)["Page size"].startswith(size)


@needs_poppler
def test_tiled_pdf_has_the_page_count_of_its_grid(crm, tmp_path):
    opts = ExportOptions(pages="tile", page="A4", landscape=True, margin_mm=10,
                         overlap_mm=10, tile_scale=0.75)
    out = tmp_path / "t.pdf"
    report = export_diagram(crm, out, options=opts)
    dl = plan_pages(crm, "classic", options=opts, mode="fit")[0].display
    k = RESOLUTION / 25.4
    tw, th = (297 - 20) * k, (210 - 20 - FOOTER_MM) * k
    ov = 10 * k
    s = 0.75 * RESOLUTION / 72
    cw, ch = dl.bounds[2] * s, dl.bounds[3] * s
    cols = math.ceil((cw - ov) / (tw - ov)) if cw > tw else 1
    rows = math.ceil((ch - ov) / (th - ov)) if ch > th else 1
    assert cols > 1
    assert int(_pdfinfo(out)["Pages"]) == report.pages == cols * rows
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"Page {cols * rows} of {cols * rows}" in text


@needs_poppler
def test_auto_mode_fits_small_charts_and_splits_wide_ones(crm, tmp_path):
    small = export_diagram(crm, tmp_path / "s.pdf", view="interfaces")
    assert small.mode == "fit" and small.pages == 1
    wide = export_diagram(crm, tmp_path / "w.pdf", view="classic")
    assert wide.mode == "department" and wide.pages > 1
    forced = export_diagram(crm, tmp_path / "f.pdf", view="classic",
                            options=ExportOptions(pages="fit"))
    assert forced.pages == 1
    assert any("pt" in w for w in forced.warnings)  # names print tiny: say so


def test_png_width_transparency_and_cap(crm, tmp_path):
    out = tmp_path / "w.png"
    report = export_diagram(crm, out, options=ExportOptions(
        width_px=640, render=RenderOptions(background="transparent")))
    img = QImage(str(out))
    assert img.width() == 640 == report.width
    assert img.hasAlphaChannel()
    assert img.pixelColor(0, img.height() - 1).alpha() == 0
    capped = export_diagram(crm, tmp_path / "c.png", options=ExportOptions(
        dpi=300, max_pixels=200_000))
    img = QImage(str(tmp_path / "c.png"))
    assert img.width() * img.height() <= 200_000
    assert (img.width(), img.height()) == (capped.width, capped.height)
    assert capped.warnings and "scaled down" in capped.warnings[0]
    white = export_diagram(crm, tmp_path / "white.png", options=ExportOptions(dpi=20))
    img = QImage(str(tmp_path / "white.png"))
    assert not img.hasAlphaChannel() and img.pixelColor(0, 0).name() == "#ffffff"
    assert white.width == img.width()


def test_root_exports_a_subtree_and_depth_collapses(crm, tmp_path):
    dept = departments(crm)[0]
    report = export_diagram(crm, tmp_path / "r.svg", options=ExportOptions(root=dept))
    ix = TreeIndex(crm.scenario(), crm)
    assert report.units == len(list(ix.walk(dept)))
    sub = subtree_project(crm, None, dept)
    assert [u.id for u in sub.scenario().units if u.parent is None] == [dept]
    shallow = export_diagram(crm, tmp_path / "d.svg", options=ExportOptions(max_depth=1))
    assert shallow.units == 1 + len(ix.kids(ix.placed_roots()[0]))


def test_bad_requests_raise_clear_errors(crm, tmp_path):
    with pytest.raises(UnknownFormatError, match="extension"):
        export_diagram(crm, tmp_path / "x.docx")
    with pytest.raises(UnknownViewError, match="unknown view"):
        export_diagram(crm, tmp_path / "x.svg", view="pyramid")
    with pytest.raises(UnknownViewError, match="no process"):
        export_diagram(crm, tmp_path / "x.svg", view="process:nope")
    with pytest.raises(UnknownUnitError, match="nobody"):
        export_diagram(crm, tmp_path / "x.svg", options=ExportOptions(root="nobody"))
    with pytest.raises(ExportError, match="tiled"):
        export_diagram(crm, tmp_path / "x.pptx", options=ExportOptions(pages="tile"))
    with pytest.raises(ExportError, match="page size"):
        parse_page("B52")
    with pytest.raises(ExportError, match="scenario"):
        export_diagram(crm, tmp_path / "x.svg", scenario_id="to-be")
    assert not list(tmp_path.iterdir())  # nothing half-written


def test_pptx_department_mode_has_a_slide_per_page(crm, tmp_path):
    from pptx import Presentation

    report = export_diagram(crm, tmp_path / "d.pptx", options=ExportOptions(pages="department"))
    prs = Presentation(str(tmp_path / "d.pptx"))
    assert len(prs.slides) == report.pages == 1 + len(report.page_titles)
    headings = [next(s for s in slide.shapes if s.name == "heading").text_frame.text
                for slide in list(prs.slides)[1:]]
    assert [h.split("\n")[0] for h in headings] == report.page_titles


def test_photos_replace_initials_in_svg_and_png(tmp_path):
    from PySide6.QtGui import QColor

    from orgdesign.render.qt import ensure_gui_app

    ensure_gui_app()
    photo = QImage(40, 60, QImage.Format.Format_RGB32)
    photo.fill(QColor("#FF0000"))
    photo.save(str(tmp_path / "face.png"))
    project = build_sample("bakery", "en")
    person = next(p for p in project.people if any(u.person == p.id
                                                   for u in project.scenario().units))
    person.photo = "face.png"
    render = RenderOptions(base_dir=str(tmp_path))
    export_diagram(project, tmp_path / "p.svg", options=ExportOptions(render=render))
    svg = (tmp_path / "p.svg").read_text(encoding="utf-8")
    assert svg.count("data:image/png;base64,") == 1 and "clip-path" in svg
    report = export_diagram(project, tmp_path / "p.png", options=ExportOptions(render=render))
    img = QImage(str(tmp_path / "p.png"))
    reds = sum(1 for y in range(0, img.height(), 2) for x in range(0, img.width(), 2)
               if img.pixelColor(x, y).name() == "#ff0000")
    assert reds > 50 and report.width == img.width()
    no_photos = RenderOptions(base_dir=str(tmp_path), show_photos=False)
    export_diagram(project, tmp_path / "n.svg", options=ExportOptions(render=no_photos))
    assert "data:image" not in (tmp_path / "n.svg").read_text(encoding="utf-8")


@pytest.mark.parametrize("view", ["classic", "inverted", "rings", "interfaces"])
def test_an_empty_project_exports_in_every_format(view, tmp_path):
    from orgdesign.model import new_project

    project = new_project()
    for ext in ("svg", "pdf", "png", "pptx", "dot"):
        if view == "interfaces" and shutil.which("neato") is None:
            continue
        report = export_diagram(project, tmp_path / f"e.{ext}", view=view)
        assert report.units == 0 and (tmp_path / f"e.{ext}").stat().st_size > 0
