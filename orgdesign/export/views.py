"""From a project and a view name to laid-out, drawn pages.

Every diagram exporter starts here: :func:`view_layout` measures the cards
and computes the geometry of a view (the org chart views through
:func:`orgdesign.layout.compute_layout`, the process swimlane and the
interface network through their own layout modules); :func:`plan_pages`
cuts a chart into the pages of ``--pages department`` and builds the
display list of each page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain, islice

from orgdesign.analysis.interfaces import NONE_NAME, count_interfaces
from orgdesign.layout import compute_layout
from orgdesign.layout.geometry import Layout
from orgdesign.layout.network import network_layout
from orgdesign.layout.options import VIEWS as TREE_VIEWS
from orgdesign.layout.swimlane import find_process, step_lanes, swimlane_layout
from orgdesign.model import Project, Scenario, TreeIndex
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg
from orgdesign.render import build_display_list, ensure_gui_app
from orgdesign.render.content import clean_text
from orgdesign.render.displaylist import legend_labels
from orgdesign.render.measure import measure_functions, measure_sizes, measure_steps
from orgdesign.render.primitives import DisplayList

from .options import ExportError, ExportOptions, UnknownUnitError, UnknownViewError

#: View names offered to the user (``process:NAME`` takes a process id or name).
VIEW_CHOICES = (*TREE_VIEWS, "process:NAME", "interfaces")

_VIEW_LABELS = {
    "classic": ("Org chart", "组织结构图"),
    "compact": ("Org chart (compact)", "组织结构图（紧凑）"),
    "inverted": ("Inverted chart: the customer on top", "倒置组织图：客户在上"),
    "rings": ("Ring chart: the customer at the centre", "同心圆组织图：客户居中"),
    "interfaces": ("Interfaces between functions", "职能间接口网络"),
    "process": ("Process", "流程"),
}


def view_label(view: str, lang: str = "en", process_name: str = "") -> str:
    """Human name of a view in ``lang`` (``Process: Lead to cash``)."""
    kind = view.split(":", 1)[0]
    en, zh = _VIEW_LABELS.get(kind, (view, view))
    label = zh if lang == "zh" else en
    if kind == "process" and process_name:
        label += ("：" if lang == "zh" else ": ") + process_name
    return label


def parse_view(project: Project, view: str) -> tuple[str, str | None]:
    """``(kind, process id)`` of a view name; UnknownViewError when it names nothing."""
    if view in TREE_VIEWS or view == "interfaces":
        return view, None
    if view.startswith("process:"):
        key = view.split(":", 1)[1]
        try:
            return "process", find_process(project, key).id
        except KeyError:
            if not project.processes:
                raise UnknownViewError(msg(QT_TRANSLATE_NOOP(
                    "Messages", "no process {process!r} in this project (processes: none)"),
                    process=key)) from None
            raise UnknownViewError(msg(QT_TRANSLATE_NOOP(
                "Messages", "no process {process!r} in this project (processes: {known})"),
                process=key, known=", ".join(p.id for p in project.processes))) from None
    if view == "process" and project.processes:
        return "process", project.processes[0].id
    raise UnknownViewError(msg(QT_TRANSLATE_NOOP(
        "Messages", "unknown view {view!r}; use one of {views}"),
        view=view, views=", ".join(VIEW_CHOICES)))


def scenario_of(project: Project, scenario_id: str | None) -> Scenario:
    """The named (or active) scenario; ExportError naming the known ones if none."""
    try:
        return project.scenario(scenario_id)
    except KeyError:
        raise ExportError(msg(QT_TRANSLATE_NOOP(
            "Messages", "no scenario {scenario!r} (the project has: {known})"),
            scenario=scenario_id, known=", ".join(s.id for s in project.scenarios))) from None


def _with_scenario(project: Project, sc: Scenario) -> Project:
    scenarios = [sc if s.id == sc.id else s for s in project.scenarios]
    return project.model_copy(update={"scenarios": scenarios})


def subtree_project(project: Project, scenario_id: str | None, root_id: str) -> Project:
    """A shallow copy of ``project`` whose scenario holds only ``root_id``'s subtree
    (segments and secondary lines that stay inside it are kept).
    UnknownUnitError if the unit is not in the scenario."""
    sc = scenario_of(project, scenario_id)
    ix = TreeIndex(sc, project)
    if root_id not in ix.units:
        raise UnknownUnitError(msg(QT_TRANSLATE_NOOP(
            "Messages", "no unit {unit!r} in scenario {scenario!r}"), unit=root_id, scenario=sc.id))
    keep = set(ix.walk(root_id))
    # The new root keeps the function it inherited, so the subtree keeps its colours
    # and inferred layers.
    top = {"parent": None, "parked": False, "function": ix.effective_function(root_id)}
    units = [u.model_copy(update=top) if u.id == root_id else u
             for u in sc.units if u.id in keep]
    segments = []
    for s in sc.segments:
        contacts = [c for c in s.contacts if c in keep]
        if contacts:
            segments.append(s.model_copy(update={"contacts": contacts}))
    lines = [ln for ln in sc.lines if ln.source in keep and ln.target in keep]
    return _with_scenario(project, sc.model_copy(
        update={"units": units, "segments": segments, "lines": lines}))


def collapsed_project(project: Project, scenario_id: str | None, collapse: set[str],
                      max_depth: int | None = None) -> Project:
    """A shallow copy where the units in ``collapse`` (and, with ``max_depth``, every
    unit at that depth that has reports) are collapsed.  UnknownUnitError for an
    unknown id."""
    sc = scenario_of(project, scenario_id)
    ix = TreeIndex(sc, project)
    missing = [u for u in collapse if u not in ix.units]
    if missing:
        raise UnknownUnitError(msg(QT_TRANSLATE_NOOP(
            "Messages", "no unit {unit!r} in scenario {scenario!r}"),
            unit=missing[0], scenario=sc.id))
    wanted = set(collapse)
    if max_depth is not None:
        depths = ix.depths()
        wanted |= {uid for uid, d in depths.items() if d == max_depth and ix.kids(uid)}
    if not wanted:
        return project
    units = [u.model_copy(update={"collapsed": True}) if u.id in wanted and ix.kids(u.id)
             else u for u in sc.units]
    return _with_scenario(project, sc.model_copy(update={"units": units}))


def departments(project: Project, scenario_id: str | None = None) -> list[str]:
    """Units that get a page of their own in ``--pages department``: the direct
    reports of each placed root that have reports themselves, in chart order."""
    sc = scenario_of(project, scenario_id)
    ix = TreeIndex(sc, project)
    out: list[str] = []
    for r in ix.placed_roots():
        if ix.units[r].collapsed:
            continue
        out.extend(k for k in ix.kids(r) if ix.kids(k) and not ix.units[k].collapsed)
    return out


#: Most pages (slides) after the first that ``--pages level`` makes; deeper levels are
#: left out whole, and the export warns.
MAX_LEVEL_PAGES = 200


def level_managers(project: Project, scenario_id: str | None = None,
                   limit: int | None = None) -> tuple[list[str], int]:
    """Units that get a page of their own in ``--pages level``, level by level: every
    placed unit below the top that has reports and is not collapsed (nor inside a
    collapsed branch), breadth first, in chart order within a level.

    Returns ``(units, left out)``: whole levels are kept while they fit in ``limit``
    (only when the first level alone is larger is it cut to ``limit``, by default
    :data:`MAX_LEVEL_PAGES`)."""
    limit = MAX_LEVEL_PAGES if limit is None else limit
    sc = scenario_of(project, scenario_id)
    ix = TreeIndex(sc, project)
    frontier = [r for r in ix.placed_roots() if not ix.units[r].collapsed]
    levels: list[list[str]] = []
    while frontier:
        frontier = [k for u in frontier for k in ix.kids(u)
                    if ix.kids(k) and not ix.units[k].collapsed]
        if frontier:
            levels.append(frontier)
    total = sum(len(level) for level in levels)
    kept: list[str] = []
    for level in levels:
        if len(kept) + len(level) > limit:
            if not kept:
                kept = level[:limit]
            break
        kept.extend(level)
    return kept, total - len(kept)


def view_layout(project: Project, view: str, *, scenario_id: str | None = None,
                options: ExportOptions | None = None) -> Layout:
    """Measure the cards and compute the layout of ``view`` (any of
    :data:`VIEW_CHOICES`).  Raises UnknownViewError, ExportError for an unknown
    scenario, GraphvizMissingError for the process and network views without Graphviz."""
    opts = options or ExportOptions()
    ensure_gui_app()
    sc = scenario_of(project, scenario_id)
    kind, pid = parse_view(project, view)
    if kind in TREE_VIEWS:
        sizes = measure_sizes(project, sc.id, opts.render)
        return compute_layout(project, kind, scenario_id=sc.id, sizes=sizes,
                              options=opts.layout)
    if kind == "process":
        assert pid is not None
        sizes = measure_steps(project, pid, sc.id, opts.render)
        return swimlane_layout(project, pid, scenario_id=sc.id, sizes=sizes)
    return network_of(project, sc.id, opts)


def network_of(project: Project, scenario_id: str, opts: ExportOptions) -> Layout:
    """The interface network of every process against a scenario."""
    report = count_interfaces(project, scenario_id)
    used: set[str] = set()
    for proc in project.processes:
        _, lane_of = step_lanes(project, proc, scenario_id)
        used.update(lane_of.values())
    for p in report.unordered_pairs():
        used.update((p.source.id or NONE_NAME, p.target.id or NONE_NAME))
    nodes = [(f.id, clean_text(f.name)) for f in project.functions if f.id in used]
    if NONE_NAME in used:
        nodes.append((NONE_NAME, legend_labels(NONE_NAME, opts.render.lang)))
    links = [(p.source.id or NONE_NAME, p.target.id or NONE_NAME, p.count)
             for p in report.unordered_pairs()]
    sizes = measure_functions(project, scenario_id, opts.render)
    return network_layout(nodes, links, sizes=sizes, engine=opts.network_engine,
                          scenario_id=scenario_id)


@dataclass
class Page:
    """One page (or slide) of an export: its heading, project, layout and drawing."""

    title: str
    project: Project
    layout: Layout
    display: DisplayList


def prepared_project(project: Project, scenario_id: str | None,
                     options: ExportOptions) -> Project:
    """``project`` cut to ``options.root`` and with ``options.collapse``/``max_depth``
    applied (the original when none is set)."""
    sc = scenario_of(project, scenario_id)
    if options.root:
        project = subtree_project(project, sc.id, options.root)
    if options.collapse or options.max_depth is not None:
        project = collapsed_project(project, sc.id, set(options.collapse), options.max_depth)
    return project


def plan_pages(project: Project, view: str, *, scenario_id: str | None = None,
               options: ExportOptions | None = None, mode: str | None = None,
               readable: Callable[[Page], bool] | None = None,
               limit: int | None = None) -> list[Page]:
    """The pages of an export: one (``fit``/``tile``/``auto``) or, for tree views:

    * ``department``: a first page showing the top levels (departments collapsed)
      and one page per department.  A department page that ``readable`` rejects
      is split the same way: its own top levels, then a page per sub-department
      (three levels deep at most).
    * ``level``: a manager and their direct reports on every page, level by level:
      first the top with level 1 (level-1 teams collapsed), then each level-1 unit
      that has reports with its team, then each level-2 manager, and so on (at most
      :data:`MAX_LEVEL_PAGES` after the first; see :func:`level_managers`).  The
      page's subtitle is the reporting path from the top.

    Other views get one page.  The project is first cut to ``options.root`` and
    collapsed as asked.  ``limit`` stops after that many pages (a preview needs the
    first only).  Raises what :func:`view_layout` raises."""
    opts = options or ExportOptions()
    mode = mode or opts.pages
    sc = scenario_of(project, scenario_id)
    kind, pid = parse_view(project, view)
    project = prepared_project(project, sc.id, opts)
    lang = opts.render.lang
    pname = ""
    if pid is not None:
        pname = clean_text(next(p.name for p in project.processes if p.id == pid))
    label = view_label(kind, lang, pname)
    base_sub = opts.render.subtitle or " · ".join(x for x in (clean_text(sc.name), label) if x)

    def page(title: str, proj: Project, subtitle: str) -> Page:
        lay = view_layout(proj, view, scenario_id=sc.id, options=opts)
        dl = build_display_list(proj, lay, opts.render.with_(subtitle=subtitle))
        return Page(title, proj, lay, dl)

    if kind in TREE_VIEWS and mode == "level":
        return list(islice(_level_pages(project, sc.id, page, base_sub, lang), limit))
    depts = departments(project, sc.id) if mode == "department" and kind in TREE_VIEWS else []
    if not depts:
        return [page(label, project, base_sub)]
    ix = TreeIndex(project.scenario(sc.id), project)
    names = {uid: clean_text(u.name) for uid, u in ix.units.items()}
    sep = " › "

    def department(uid: str, trail: str, depth: int) -> Iterator[Page]:
        sub = subtree_project(project, sc.id, uid)
        heading = f"{trail}{sep}{names[uid]}" if trail else names[uid]
        pg = page(names[uid], sub, f"{heading} · {base_sub}")
        inner = [k for k in ix.kids(uid) if ix.kids(k) and not ix.units[k].collapsed]
        if readable is None or depth >= 3 or not inner or readable(pg):
            yield pg
            return
        top = collapsed_project(sub, sc.id, set(inner))
        yield page(names[uid], top, f"{heading} · {base_sub}")
        for k in inner:
            yield from department(k, heading, depth + 1)

    over_label = "总览" if lang == "zh" else "Overview"

    def overview() -> Iterator[Page]:
        yield page(over_label, collapsed_project(project, sc.id, set(depts)),
                   f"{over_label} · {base_sub}")

    pages = chain(overview(), (pg for d in depts for pg in department(d, "", 1)))
    return list(islice(pages, limit))


def _level_pages(project: Project, scenario_id: str, page: Callable[[str, Project, str], Page],
                 base_sub: str, lang: str) -> Iterator[Page]:
    """The pages of ``--pages level``, lazily (see :func:`plan_pages`)."""
    ix = TreeIndex(project.scenario(scenario_id), project)
    names = {uid: clean_text(u.name) for uid, u in ix.units.items()}
    roots = ix.placed_roots()
    first = names[roots[0]] if len(roots) == 1 else ("总览" if lang == "zh" else "Overview")
    top = collapsed_project(project, scenario_id, set(), max_depth=1)
    yield page(first, top, f"{first} · {base_sub}")
    managers, _ = level_managers(project, scenario_id)

    def trail(uid: str) -> str:
        path = []
        cur: str | None = uid
        while cur is not None:
            path.append(names[cur])
            cur = ix.units[cur].parent
        return " › ".join(reversed(path))

    for uid in managers:
        sub = subtree_project(project, scenario_id, uid)
        inner = {k for k in ix.kids(uid) if ix.kids(k)}
        team = collapsed_project(sub, scenario_id, inner) if inner else sub
        yield page(names[uid], team, f"{trail(uid)} · {base_sub}")
