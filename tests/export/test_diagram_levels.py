"""``--pages level``: a manager and their direct reports on each slide (page), level by level."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from orgdesign.cli import main
from orgdesign.export import views
from orgdesign.export.diagram import export_diagram, plan_export
from orgdesign.export.options import ExportError, ExportOptions
from orgdesign.export.pdf import tile_layout
from orgdesign.export.views import level_managers, plan_pages
from orgdesign.io.project_file import save_project
from orgdesign.model import TreeIndex
from orgdesign.render import RenderOptions
from orgdesign.samples.registry import build_sample


@pytest.fixture(scope="module")
def bakery_zh():
    return build_sample("bakery", "zh")


def _zh(**kw) -> ExportOptions:
    return ExportOptions(render=RenderOptions(lang="zh"), **kw)


def _unit_boxes(page, ix: TreeIndex) -> dict[str, str]:
    return {bid: b.kind for bid, b in page.layout.boxes.items() if bid in ix.units}


def test_managers_come_level_by_level_in_chart_order(bakery_zh):
    ix = TreeIndex(bakery_zh.scenario(), bakery_zh)
    depths = ix.depths()
    managers, left_out = level_managers(bakery_zh)
    assert left_out == 0
    expected = sorted((u for u in ix.placed() if depths[u] >= 1 and ix.kids(u)),
                      key=lambda u: depths[u])
    assert sorted(managers) == sorted(expected)
    assert [depths[m] for m in managers] == sorted(depths[m] for m in managers)
    assert {depths[m] for m in managers} == {1, 2}
    # Within a level, chart order: level-2 teams follow their level-1 managers' order.
    level2 = [m for m in managers if depths[m] == 2]
    parents = [ix.units[m].parent for m in level2]
    order = [m for m in managers if depths[m] == 1]
    assert [order.index(p) for p in parents] == sorted(order.index(p) for p in parents)


def test_each_page_is_one_manager_with_their_direct_reports(bakery_zh):
    ix = TreeIndex(bakery_zh.scenario(), bakery_zh)
    root = ix.placed_roots()[0]
    managers, _ = level_managers(bakery_zh)
    pages = plan_pages(bakery_zh, "classic", options=_zh(), mode="level")
    assert len(pages) == 1 + len(managers)
    first = _unit_boxes(pages[0], ix)
    assert set(first) == {root, *ix.kids(root)}
    for kid in ix.kids(root):
        assert first[kid] == ("collapsed" if ix.kids(kid) else "unit")
    assert pages[0].title == ix.units[root].name
    for page, m in zip(pages[1:], managers, strict=True):
        boxes = _unit_boxes(page, ix)
        assert set(boxes) == {m, *ix.kids(m)}
        assert boxes[m] == "unit"
        assert all(boxes[k] == ("collapsed" if ix.kids(k) else "unit") for k in ix.kids(m))
        assert page.title == ix.units[m].name


def test_limit_stops_planning_early(bakery_zh):
    for mode in ("level", "department"):
        pages = plan_pages(bakery_zh, "classic", options=_zh(), mode=mode, limit=1)
        assert len(pages) == 1
        assert len(plan_pages(bakery_zh, "classic", options=_zh(), mode=mode, limit=3)) == 3


def test_pptx_level_deck_reopens_with_a_slide_per_team_in_chinese(bakery_zh, tmp_path):
    from pptx import Presentation

    ix = TreeIndex(bakery_zh.scenario(), bakery_zh)
    managers, _ = level_managers(bakery_zh)
    out = tmp_path / "levels.pptx"
    report = export_diagram(bakery_zh, out, options=_zh(pages="level"))
    assert report.mode == "level" and not report.warnings
    prs = Presentation(str(out))
    slides = list(prs.slides)
    assert len(slides) == report.pages == 2 + len(managers)  # title slide, top, one per team
    root = ix.placed_roots()[0]
    for slide, m in zip(slides[1:], [root, *managers], strict=True):
        cards = {s.name[5:]: s for s in slide.shapes if s.name.startswith("card:")}
        units = {cid for cid in cards if cid in ix.units}
        assert units == {m, *ix.kids(m)}
        heading = next(s for s in slide.shapes if s.name == "heading").text_frame.text
        name, subtitle = heading.split("\n")[:2]
        assert name == ix.units[m].name
        assert any("\u4e00" <= ch <= "\u9fff" for ch in name)  # Chinese survives
        assert ix.units[m].name in cards[m].text_frame.text
        # The subtitle is the reporting path from the top.
        path = []
        cur: str | None = m
        while cur is not None:
            path.append(ix.units[cur].name)
            cur = ix.units[cur].parent
        assert subtitle.startswith(" › ".join(reversed(path)))
        edges = [s for s in slide.shapes if s.name.startswith("edge:")]
        assert len(edges) >= len(ix.kids(m))  # a reporting line to every direct report


def test_too_many_teams_leave_whole_levels_out_and_warn(bakery_zh, tmp_path, monkeypatch):
    ix = TreeIndex(bakery_zh.scenario(), bakery_zh)
    depths = ix.depths()
    level1 = [m for m in level_managers(bakery_zh)[0] if depths[m] == 1]
    monkeypatch.setattr(views, "MAX_LEVEL_PAGES", len(level1) + 1)
    kept, left_out = level_managers(bakery_zh)
    assert kept == level1 and left_out > 0
    report = export_diagram(bakery_zh, tmp_path / "cut.pptx", options=_zh(pages="level"))
    assert report.pages == 2 + len(level1)
    assert any(f"{left_out} teams" in w for w in report.warnings)
    # A first level larger than the limit is cut to the limit.
    assert level_managers(bakery_zh, limit=2) == (level1[:2], len(kept) + left_out - 2)


def test_root_and_depth_narrow_the_levels(bakery_zh, tmp_path):
    ix = TreeIndex(bakery_zh.scenario(), bakery_zh)
    managers, _ = level_managers(bakery_zh)
    branch = next(m for m in managers if any(ix.kids(k) for k in ix.kids(m)))
    inner = [k for k in ix.kids(branch) if ix.kids(k)]
    report = export_diagram(bakery_zh, tmp_path / "b.pptx",
                            options=_zh(pages="level", root=branch))
    assert report.pages == 2 + len(inner)
    shallow = export_diagram(bakery_zh, tmp_path / "s.pptx", options=_zh(pages="level",
                                                                         max_depth=1))
    assert shallow.pages == 2  # title slide and the top: every level-1 team is collapsed


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils not installed")
def test_pdf_level_mode_has_a_page_per_team(bakery_zh, tmp_path):
    out = tmp_path / "levels.pdf"
    report = export_diagram(bakery_zh, out, view="inverted", options=_zh(pages="level"))
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                          check=True).stdout
    pages = int(next(ln.split(":")[1] for ln in info.splitlines() if ln.startswith("Pages")))
    assert pages == report.pages == 1 + len(level_managers(bakery_zh)[0])


def test_level_mode_elsewhere(bakery_zh, tmp_path):
    svg = export_diagram(bakery_zh, tmp_path / "a.svg", options=_zh(pages="level"))
    assert any("--pages level applies to PDF and PowerPoint" in w for w in svg.warnings)
    net = export_diagram(bakery_zh, tmp_path / "n.pptx", view="interfaces",
                         options=_zh(pages="level"))
    assert net.pages == 2 and not net.warnings  # one chart slide: no levels there
    with pytest.raises(ExportError, match="--pages level"):
        plan_export(bakery_zh, "classic", options=ExportOptions(pages="tile"), fmt="pptx")


def test_tile_layout_counts_the_pages_the_pdf_gets(bakery_zh, tmp_path):
    opts = _zh(pages="tile", page="A4", tile_scale=1.5)
    mode, pages = plan_export(bakery_zh, "classic", options=opts, fmt="pdf")
    cols, rows, _ = tile_layout(pages[0].display, opts)
    report = export_diagram(bakery_zh, tmp_path / "t.pdf", options=opts)
    assert mode == "tile" and cols * rows == report.pages > 1


def test_cli_accepts_pages_level(capsys, bakery_zh, tmp_path):
    src = tmp_path / "bakery.orgd"
    save_project(bakery_zh, src, backup=False)
    out = tmp_path / "deck.pptx"
    code = main(["export", str(src), "-o", str(out), "--pages", "level", "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert '"mode": "level"' in captured.out
    assert out.stat().st_size > 0
