"""Problems found by the rule checks, and the one entry point that runs them all.

Every checker is a function ``(project, scenario) -> Iterable[Problem]``.
Feature modules (structure, processes and interfaces, RACI) each contribute
theirs to :data:`CHECKERS`; ``orgdesign check`` and the Problems dock show the
union.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from enum import Enum

from orgdesign.model import Project, Scenario


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Problem:
    """One finding: a stable code, a severity, a sentence, and what it points at."""

    code: str
    severity: Severity
    message: str
    object: str | None = None  # id of the unit/segment/process/matrix it names
    kind: str = ""  # "unit", "segment", "process", "flow", "raci", ...

    def to_dict(self) -> dict:
        """Return the JSON form used by ``orgdesign check --json``."""
        d = asdict(self)
        d["severity"] = self.severity.value
        return d


Checker = Callable[[Project, Scenario], Iterable[Problem]]

#: Every registered checker, run in order by :func:`run_checks`.
CHECKERS: list[Checker] = []


def checker(fn: Checker) -> Checker:
    """Decorator: register ``fn`` as a checker; returns it unchanged."""
    CHECKERS.append(fn)
    return fn


_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def run_checks(project: Project, scenario_id: str | None = None) -> list[Problem]:
    """Run every checker on one scenario; errors first, then warnings, then info."""
    import importlib

    # The feature modules register their checkers on import.
    for name in ("structure", "rules", "raci"):
        try:
            importlib.import_module(f"orgdesign.analysis.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"orgdesign.analysis.{name}":
                raise
    sc = project.scenario(scenario_id)
    found = [p for fn in CHECKERS for p in fn(project, sc)]
    return sorted(found, key=lambda p: _SEVERITY_ORDER[p.severity])
