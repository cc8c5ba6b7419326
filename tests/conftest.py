"""Shared fixtures: headless Qt, and every sample in every language."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path_factory, monkeypatch):
    """Keep settings and recovery files of tests out of the user's home."""
    home = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("ORGDESIGN_RECOVERY_DIR", str(home / "recovery"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))


SAMPLE_PARAMS = [(n, lang) for n in ("bakery", "crm", "callcenter") for lang in ("en", "zh")]


@pytest.fixture(params=SAMPLE_PARAMS, ids=[f"{n}-{lang}" for n, lang in SAMPLE_PARAMS])
def sample_project(request):
    """Each sample in each language, freshly built."""
    from orgdesign.samples.registry import build_sample

    name, lang = request.param
    return build_sample(name, lang)


@pytest.fixture(scope="session", autouse=True)
def _qt_application():
    """One QApplication for the whole run, made first.

    Exporters create a bare QGuiApplication when none exists (the CLI has no
    widgets); if one of them ran first in a worker, a later widget test would
    abort on it. Making the QApplication up front keeps test order irrelevant.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    yield app
