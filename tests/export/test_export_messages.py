"""Export errors and warnings carry translatable templates; their English is unchanged.

Each expected English sentence below is the f-string the exporters wrote before
the messages became templates: the command line prints it, scripts parse it.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from orgdesign.export import views
from orgdesign.export.diagram import diagram_format, export_diagram, plan_export
from orgdesign.export.hr_sheet import export_hr_sheet, sheet_table
from orgdesign.export.options import (
    ExportError,
    ExportOptions,
    UnknownFormatError,
    UnknownUnitError,
    UnknownViewError,
    parse_page,
)
from orgdesign.export.views import collapsed_project, parse_view, scenario_of, subtree_project
from orgdesign.model import OrgDesignError
from orgdesign.model.messages import Message
from orgdesign.render import RenderOptions
from orgdesign.render.raster import MAX_SIDE, png_scale
from orgdesign.samples.registry import build_sample


@pytest.fixture(scope="module")
def crm():
    return build_sample("crm", "en")


@pytest.fixture(scope="module")
def bakery():
    return build_sample("bakery", "zh")


def _check(err: pytest.ExceptionInfo, template: str, english: str, **params) -> None:
    message = err.value.message
    assert message.template == template
    assert dict(message.params) == params
    assert str(err.value) == english


@pytest.mark.parametrize(("kwargs", "template", "english", "params"), [
    ({"pages": "book"}, "unknown page mode {mode!r}; use one of {modes}",
     "unknown page mode 'book'; use one of auto, fit, tile, department, level",
     {"mode": "book", "modes": "auto, fit, tile, department, level"}),
    ({"engine": "dot"}, "unknown engine {engine!r}; use one of {engines}",
     "unknown engine 'dot'; use one of native, graphviz",
     {"engine": "dot", "engines": "native, graphviz"}),
    ({"dpi": 2500.0}, "dpi {dpi:g} out of range (1 to 2400)",
     "dpi 2500 out of range (1 to 2400)", {"dpi": 2500.0}),
    ({"width_px": 8}, "width {width} px out of range (16 to 65000)",
     "width 8 px out of range (16 to 65000)", {"width": 8}),
    ({"margin_mm": 100.5}, "margin {margin:g} mm out of range (0 to 100)",
     "margin 100.5 mm out of range (0 to 100)", {"margin": 100.5}),
    ({"tile_scale": 0.01}, "tile scale {scale:g} out of range (0.05 to 10)",
     "tile scale 0.01 out of range (0.05 to 10)", {"scale": 0.01}),
    ({"max_pixels": 9999}, "max_pixels must be at least 10000",
     "max_pixels must be at least 10000", {}),
    ({"max_depth": -1}, "max_depth must not be negative", "max_depth must not be negative", {}),
])
def test_option_errors(kwargs, template, english, params) -> None:
    with pytest.raises(ExportError) as err:
        ExportOptions(**kwargs)
    _check(err, template, english, **params)


def test_page_size_errors() -> None:
    with pytest.raises(ExportError) as err:
        parse_page("10x600")
    _check(err, "page size {page!r} out of range (20 to 5000 mm a side)",
           "page size '10x600' out of range (20 to 5000 mm a side)", page="10x600")
    with pytest.raises(ExportError) as err:
        ExportOptions(page="B7")
    _check(err, "unknown page size {page!r}; use one of {sizes} or WIDTHxHEIGHT in mm "
           "(e.g. 600x400)",
           "unknown page size 'B7'; use one of A4, A3, A5, Letter, Legal, Tabloid or "
           "WIDTHxHEIGHT in mm (e.g. 600x400)",
           page="B7", sizes="A4, A3, A5, Letter, Legal, Tabloid")


def test_format_and_folder_errors(crm, tmp_path: Path) -> None:
    with pytest.raises(UnknownFormatError) as err:
        diagram_format("chart.doc")
    _check(err, "cannot tell the format of {path!r} from its extension; use one of {extensions}",
           "cannot tell the format of 'chart.doc' from its extension; use one of "
           ".dot, .gv, .pdf, .png, .pptx, .svg",
           path="chart.doc", extensions=".dot, .gv, .pdf, .png, .pptx, .svg")
    out = tmp_path / "nowhere" / "chart.svg"
    with pytest.raises(ExportError) as err:
        export_diagram(crm, out)
    _check(err, "cannot write {path}: folder {folder} does not exist",
           f"cannot write {out}: folder {out.parent} does not exist",
           path=str(out), folder=str(out.parent))
    with pytest.raises(ExportError) as err:
        export_diagram(crm, tmp_path / "c.pptx", options=ExportOptions(engine="graphviz"))
    _check(err, "the Graphviz engine writes SVG, PDF or PNG, not {format}",
           "the Graphviz engine writes SVG, PDF or PNG, not PPTX", format="PPTX")
    with pytest.raises(ExportError) as err:
        plan_export(crm, "classic", options=ExportOptions(pages="tile"), fmt="pptx")
    english = ("PowerPoint has no tiled pages; use --pages fit (one chart slide), "
               "--pages department (a slide per department) or --pages level "
               "(a slide per manager and their team, level by level)")
    _check(err, english, english)


def test_view_scenario_and_unit_errors(crm, bakery) -> None:
    known = ", ".join(p.id for p in crm.processes)
    with pytest.raises(UnknownViewError) as err:
        parse_view(crm, "process:nope")
    _check(err, "no process {process!r} in this project (processes: {known})",
           f"no process 'nope' in this project (processes: {known})",
           process="nope", known=known)
    bare = crm.model_copy(update={"processes": []})
    with pytest.raises(UnknownViewError) as err:
        parse_view(bare, "process:nope")
    _check(err, "no process {process!r} in this project (processes: none)",
           "no process 'nope' in this project (processes: none)", process="nope")
    with pytest.raises(UnknownViewError) as err:
        parse_view(crm, "tree")
    views_ = "classic, compact, inverted, rings, process:NAME, interfaces"
    _check(err, "unknown view {view!r}; use one of {views}",
           f"unknown view 'tree'; use one of {views_}", view="tree", views=views_)
    scenarios = ", ".join(s.id for s in bakery.scenarios)
    with pytest.raises(ExportError) as err:
        scenario_of(bakery, "later")
    _check(err, "no scenario {scenario!r} (the project has: {known})",
           f"no scenario 'later' (the project has: {scenarios})",
           scenario="later", known=scenarios)
    sid = bakery.scenario().id
    for call in (lambda: subtree_project(bakery, None, "ghost"),
                 lambda: collapsed_project(bakery, None, {"ghost"})):
        with pytest.raises(UnknownUnitError) as err:
            call()
        _check(err, "no unit {unit!r} in scenario {scenario!r}",
               f"no unit 'ghost' in scenario {sid!r}", unit="ghost", scenario=sid)


def test_hr_sheet_errors(bakery, tmp_path: Path) -> None:
    with pytest.raises(OrgDesignError) as err:
        sheet_table(bakery, "later")
    _check(err, "no scenario {scenario!r} in the project", "no scenario 'later' in the project",
           scenario="later")
    with pytest.raises(OrgDesignError) as err:
        export_hr_sheet(bakery, tmp_path / "staff.ods")
    _check(err, "cannot export an HR sheet as {ext} ({name}); use .csv or .xlsx",
           "cannot export an HR sheet as .ods (staff.ods); use .csv or .xlsx",
           ext=".ods", name="staff.ods")
    with pytest.raises(OrgDesignError) as err:
        export_hr_sheet(bakery, tmp_path / "staff")
    _check(err, "cannot export an HR sheet as a file without extension ({name}); "
           "use .csv or .xlsx",
           "cannot export an HR sheet as a file without extension (staff); use .csv or .xlsx",
           name="staff")
    target = tmp_path / "missing" / "staff.csv"
    with pytest.raises(OrgDesignError) as err:
        export_hr_sheet(bakery, target)
    reason = err.value.message.params["reason"]
    assert reason  # the system's words, e.g. "No such file or directory"
    _check(err, "cannot write {path}: {reason}", f"cannot write {target}: {reason}",
           path=str(target), reason=reason)


def test_png_cap_warning_keeps_its_english(crm) -> None:
    page = views.plan_pages(crm, "classic", mode="fit")[0]
    _, _, bw, bh = page.display.bounds
    scale, w, h, warning = png_scale(page.display, dpi=300, max_pixels=200_000)
    assert isinstance(warning, Message)
    asked = f"{math.ceil(bw * 300 / 96)} x {math.ceil(bh * 300 / 96)} px"
    assert str(warning) == (
        f"the picture would be {asked}; scaled down to {w} x {h} px (limit 0.2 megapixels, "
        f"{MAX_SIDE} px a side); use --pages tile with PDF for full detail")
    assert warning.template.startswith("the picture would be {asked_width} x {asked_height} px")
    assert png_scale(page.display, dpi=20)[3] is None  # small enough: no warning


def test_report_warnings_stay_english_and_json_unchanged(crm, bakery, tmp_path: Path,
                                                         monkeypatch) -> None:
    png = export_diagram(crm, tmp_path / "c.png", options=ExportOptions(dpi=300,
                                                                         max_pixels=200_000))
    assert png.warnings == [str(m) for m in png.warning_messages]
    assert png.warning_messages[0].template.startswith("the picture would be")
    data = png.to_dict()
    assert "warning_messages" not in data
    assert json.loads(json.dumps(data))["warnings"] == png.warnings

    pdf = export_diagram(crm, tmp_path / "f.pdf", options=ExportOptions(pages="fit"))
    (m,) = pdf.warning_messages
    assert m.template == ("names print at {size:.1f} pt on one {page} page; for readable text "
                          "use --pages tile or --pages department, or a larger --page")
    assert pdf.warnings == [
        f"names print at {m.params['size']:.1f} pt on one A4 page; for readable "
        "text use --pages tile or --pages department, or a larger --page"]

    svg = export_diagram(bakery, tmp_path / "a.svg", options=ExportOptions(pages="department"))
    assert svg.warnings == ["--pages department applies to PDF and PowerPoint; "
                            "the SVG holds the whole chart"]
    assert svg.warning_messages[0].params == {"mode": "department", "format": "SVG"}

    monkeypatch.setattr(views, "MAX_LEVEL_PAGES", 2)
    kept, left_out = views.level_managers(bakery, limit=2)
    deck = export_diagram(bakery, tmp_path / "l.pptx", options=ExportOptions(
        pages="level", render=RenderOptions(lang="zh")))
    level = [m for m in deck.warning_messages if m.template.startswith("--pages level:")]
    assert [str(m) for m in level] == [
        f"--pages level: {left_out} teams deeper down were left out (whole levels are "
        f"kept up to 2 team pages; {len(kept)} written); use --root "
        "for a branch or --depth to stop at a level"]
    assert deck.warnings == [str(m) for m in deck.warning_messages]


def test_tiny_slide_warning(crm, tmp_path: Path) -> None:
    deck = export_diagram(crm, tmp_path / "s.pptx", options=ExportOptions(pages="fit"))
    (m,) = deck.warning_messages
    assert m.template == ("slide {title!r}: names are {size:.1f} pt; use --pages department "
                          "or --pages level for smaller slides")
    assert deck.warnings == [
        f"slide {m.params['title']!r}: names are {m.params['size']:.1f} pt; "
        "use --pages department or --pages level for smaller slides"]
