"""The one place that finds bundled resources (samples, icons, translations).

Works in a checkout (``<repo>/resources``) and inside a PyInstaller bundle
(``sys._MEIPASS/resources``); nothing else builds resource paths by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """Return the folder that holds ``samples/``, ``icons/``, ``translations/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a resource, e.g. ``resource_path("samples", "crm-en.orgd")``."""
    return resources_dir().joinpath(*parts)
