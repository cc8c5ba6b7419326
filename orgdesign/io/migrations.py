"""Upgrades of older project files, one schema version at a time.

``MIGRATIONS[n]`` turns the parsed JSON of a version-``n`` file into version
``n + 1``; :func:`migrate` chains them up to :data:`SCHEMA_VERSION`.  Steps
work on plain dicts (before validation), never drop data silently, and leave
anything they do not understand for validation to report.

Schema version 0 is the pre-release format: no scenarios (the organisation's
``units``, ``segments`` and ``lines`` stood at top level) and a unit named
its superior ``manager`` instead of ``parent``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from orgdesign.model import SCHEMA_VERSION, ProjectFileError
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

#: Id and name of the scenario a version-0 organisation is wrapped into.
V0_SCENARIO_ID = "as-is"
V0_SCENARIO_NAME = "As-is"


def _v0_unit(unit: Any) -> Any:
    if isinstance(unit, dict) and "manager" in unit and "parent" not in unit:
        # Rebuild rather than pop so the key keeps its place for a human reader.
        return {("parent" if k == "manager" else k): v for k, v in unit.items()}
    return unit  # anything odd is left for validation to name


def _v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Wrap the top-level organisation into one scenario; rename manager -> parent."""
    if "scenarios" in data:
        raise ProjectFileError(msg(QT_TRANSLATE_NOOP(
            "Messages", "schema version 0 has no scenarios, yet this file has some; "
            "is its schema_version wrong?")))
    units = data.get("units", [])
    if isinstance(units, list):
        units = [_v0_unit(u) for u in units]
    out = {k: v for k, v in data.items() if k not in ("units", "segments", "lines")}
    out["schema_version"] = 1
    out["scenarios"] = [{
        "id": V0_SCENARIO_ID,
        "name": V0_SCENARIO_NAME,
        "units": units,
        "segments": data.get("segments", []),
        "lines": data.get("lines", []),
    }]
    out["active_scenario"] = V0_SCENARIO_ID
    return out


#: from-version -> function producing the next version.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    0: _v0_to_v1,
}


def migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Return ``data`` upgraded to :data:`SCHEMA_VERSION` (the input is not modified).

    ``data["schema_version"]`` must be an int no newer than SCHEMA_VERSION.
    Raises :class:`ProjectFileError` (without a path) when no step exists for
    a version or a step cannot make sense of the data.
    """
    version = data["schema_version"]
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectFileError(msg(QT_TRANSLATE_NOOP(
                "Messages", "unknown schema version {version}; cannot upgrade it"),
                version=version))
        try:
            data = step(data)
        except ProjectFileError:
            raise
        except (TypeError, ValueError, KeyError, AttributeError) as e:
            raise ProjectFileError(msg(QT_TRANSLATE_NOOP(
                "Messages", "cannot upgrade from schema version {version}: {kind}: {error}"),
                version=version, kind=type(e).__name__, error=str(e))) from e
        if data.get("schema_version") != version + 1:
            raise ProjectFileError(msg(QT_TRANSLATE_NOOP(
                "Messages", "upgrade step from schema version {version} went astray"),
                version=version))
        version += 1
    return data
