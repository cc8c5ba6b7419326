"""Shared builders for the diagram export tests."""

from __future__ import annotations

import shutil
import subprocess

from orgdesign.model import (
    Flow,
    Function,
    LineKind,
    Person,
    Process,
    SecondaryLine,
    Step,
    Unit,
    UnitKind,
    new_project,
)

#: Names that break naive writers: markup, entities, quotes, braces, backslashes,
#: newlines, a spreadsheet formula, DOT syntax, and Chinese.
HOSTILE = [
    "<script>alert(1)</script>",
    "R&D & <Co>",
    'Say "hi" \'there\'',
    "{braces} [brackets] ]]>",
    "back\\slash\\",
    "=cmd|' /C calc'!A0",
    "two\nlines",
    'n0 -> n1 [label="x"]; }',
    "客户服务部 &amp; 支持",
]


def hostile_project():
    """A small chart whose every unit, person, function, line and step name is hostile."""
    p = new_project(title="<b>Title</b> & \"quotes\"", language="en")
    p.functions = [Function(id="f<1>", name="Sales & <Service>", color="#D9822B",
                            customer_facing=True),
                   Function(id='f"2"', name="IT {core}", color="#5B5BB5")]
    p.people = [Person(id=f"p{i}", name=name) for i, name in enumerate(HOSTILE)]
    units = [Unit(id="root<&>", name=HOSTILE[0], title=HOSTILE[1], kind=UnitKind.POSITION,
                  person="p0", function="f<1>")]
    for i, name in enumerate(HOSTILE[1:], start=1):
        units.append(Unit(id=f'u{i}"\\{{', name=name, title=HOSTILE[(i + 1) % len(HOSTILE)],
                          parent="root<&>", person=f"p{i}",
                          function='f"2"' if i % 2 else None))
    sc = p.scenario()
    sc.units = units
    sc.lines = [SecondaryLine(id="l&1", source=units[1].id, target=units[2].id,
                              kind=LineKind.DOTTED, label="<dotted & \"x\">")]
    p.processes = [Process(
        id="proc<1>", name="Order & <pay>",
        steps=[Step(id=f"s{i}", name=HOSTILE[i], unit=units[i].id) for i in range(4)],
        flows=[Flow(id=f"fl{i}", source=f"s{i}", target=f"s{i + 1}") for i in range(3)])]
    return p


def graphviz_warnings(dot_path) -> str:
    """Stderr of ``dot -Tsvg`` on a DOT file (empty when Graphviz is happy)."""
    proc = subprocess.run([shutil.which("dot") or "dot", "-Tsvg", str(dot_path)],
                          capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    return proc.stderr.decode().strip()
