"""Run a Graphviz program (dot, neato, circo, twopi) on DOT text; no Qt.

Graphviz is an optional system tool: when it is missing every caller gets
one :class:`GraphvizMissingError` that says what to install, never a crash.
"""

from __future__ import annotations

import os
import shutil
import subprocess

from orgdesign.model.errors import OrgDesignError
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

PROGRAMS = ("dot", "neato", "circo", "twopi", "fdp", "sfdp")
#: Seconds a Graphviz run may take before it is stopped.
TIMEOUT = 120.0


class GraphvizMissingError(OrgDesignError):
    """The Graphviz program a feature needs is not installed."""


class GraphvizFailedError(OrgDesignError):
    """A Graphviz program ran but failed (its first error line is the message)."""


def find_program(program: str = "dot") -> str:
    """The path of a Graphviz program; GraphvizMissingError when it is not on the PATH.

    ``ORGDESIGN_GRAPHVIZ_DIR`` may name the folder holding the programs.
    """
    if program not in PROGRAMS:
        raise ValueError(f"not a Graphviz layout program: {program!r}")
    folder = os.environ.get("ORGDESIGN_GRAPHVIZ_DIR")
    found = shutil.which(program, path=folder) if folder else None
    found = found or shutil.which(program)
    if not found:
        raise GraphvizMissingError(msg(QT_TRANSLATE_NOOP(
            "Messages", "Graphviz is not installed ('{program}' is not on the PATH); this "
            "diagram needs it. Install Graphviz (Debian/Ubuntu: sudo apt install graphviz; "
            "macOS: brew install graphviz; Windows: https://graphviz.org/download/) and try "
            "again"), program=program))
    return found


def graphviz_available(program: str = "dot") -> bool:
    """True when ``program`` can be run."""
    try:
        find_program(program)
    except GraphvizMissingError:
        return False
    return True


def run_graphviz(source: str, program: str = "dot", fmt: str = "plain",
                 extra: list[str] | None = None) -> tuple[bytes, str]:
    """Run ``program -T<fmt>`` on ``source`` and return ``(stdout bytes, stderr text)``.

    Raises GraphvizMissingError when the program is absent and
    GraphvizFailedError when it exits with an error or times out.
    """
    exe = find_program(program)
    cmd = [exe, f"-T{fmt}", *(extra or [])]
    try:
        proc = subprocess.run(cmd, input=source.encode("utf-8"), capture_output=True,
                              timeout=TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise GraphvizFailedError(msg(QT_TRANSLATE_NOOP(
            "Messages", "{program} took longer than {seconds:.0f} s and was stopped"),
            program=program, seconds=TIMEOUT)) from None
    except OSError as exc:
        raise GraphvizFailedError(msg(QT_TRANSLATE_NOOP("Messages", "cannot run {program}: {error}"),
                                      program=program, error=str(exc))) from None
    err = proc.stderr.decode("utf-8", "replace")
    if proc.returncode != 0:
        first = next((ln for ln in err.splitlines() if ln.strip()), None)
        if first is None:
            raise GraphvizFailedError(msg(QT_TRANSLATE_NOOP(
                "Messages", "{program} failed: no message"), program=program))
        # Graphviz's own words stay as it wrote them
        raise GraphvizFailedError(msg(QT_TRANSLATE_NOOP("Messages", "{program} failed: {error}"),
                                      program=program, error=first))
    return proc.stdout, err


def dot_quote(text: str) -> str:
    """``text`` as a DOT double-quoted string (escString-safe: backslashes doubled,
    quotes and newlines escaped)."""
    text = text.replace("\\", "\\\\").replace('"', '\\"')
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return f'"{text}"'


def parse_plain(output: bytes) -> tuple[float, float, dict[str, tuple[float, float, float, float]]]:
    """Parse ``-Tplain`` output: ``(width, height, {node: (x, y, w, h)})`` in inches,
    y upwards, ``x, y`` the node centre."""
    width = height = 0.0
    nodes: dict[str, tuple[float, float, float, float]] = {}
    for line in output.decode("utf-8", "replace").splitlines():
        parts = line.split(" ")
        if parts[0] == "graph" and len(parts) >= 4:
            width, height = float(parts[2]), float(parts[3])
        elif parts[0] == "node" and len(parts) >= 6:
            # Our node names are plain identifiers (n0, n1...), never quoted.
            nodes[parts[1]] = (float(parts[2]), float(parts[3]), float(parts[4]),
                               float(parts[5]))
    return width, height, nodes
