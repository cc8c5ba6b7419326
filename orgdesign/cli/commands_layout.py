"""``orgdesign layout``: the computed geometry of a view, as JSON or a summary."""

from __future__ import annotations

import argparse

from orgdesign.io.project_file import load_project
from orgdesign.layout import VIEWS, LayoutOptions, compute_layout, layout_to_dict
from orgdesign.model import OrgDesignError

from .commands_core import scenario_of
from .output import add_json_flag, emit


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``layout`` command."""
    p = sub.add_parser("layout", help="print the geometry of a view (boxes, edges)")
    p.add_argument("file")
    p.add_argument("--view", default="classic", help=f"one of: {', '.join(VIEWS)}")
    p.add_argument("--direction", choices=["tb", "lr"], default="tb",
                   help="tree views: top-down (tb) or left-to-right (lr)")
    p.add_argument("--scenario", help="scenario id (default: the active one)")
    add_json_flag(p)
    p.set_defaults(func=_layout)


def _layout(args: argparse.Namespace) -> int:
    if args.view not in VIEWS:
        raise OrgDesignError(f"unknown view {args.view!r}; choose one of: {', '.join(VIEWS)}")
    project = load_project(args.file)
    sc = scenario_of(project, args.scenario)
    layout = compute_layout(project, args.view, scenario_id=sc.id,
                            options=LayoutOptions(direction=args.direction))
    data = layout_to_dict(layout)
    units = sum(1 for b in layout.boxes.values() if b.kind in ("unit", "collapsed"))
    text = [f"{args.view}: {layout.width:.0f} x {layout.height:.0f} px, {units} unit boxes, "
            f"{len(layout.boxes) - units} other boxes, {len(layout.edges)} edges"
            + (f", {len(layout.parked)} parked (not drawn)" if layout.parked else "")]
    emit(args, data, text)
    return 0
