"""The bundle's entry script (packaging/launcher.py) and its fontconfig file."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _load(name: str):
    # packaging/ is not a package (its name would shadow PyPA's `packaging`)
    spec = importlib.util.spec_from_file_location(name, REPO / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_launcher_runs_the_command_line(capsys):
    launcher = _load("launcher")
    assert launcher.main(["sample", "--list"]) == 0
    assert "crm" in capsys.readouterr().out


def test_launcher_smoke_opens_the_main_window(tmp_path, qapp):
    launcher = _load("launcher")
    out = tmp_path / "window.png"
    sample = REPO / "resources" / "samples" / "bakery-zh.orgd"
    assert launcher.main(["--smoke", str(out), str(sample)]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundled_fonts_only_when_frozen(tmp_path, monkeypatch):
    launcher = _load("launcher")
    monkeypatch.delenv("FONTCONFIG_FILE", raising=False)
    assert launcher.use_bundled_fonts() is None  # a checkout uses the system's fonts
    fonts = tmp_path / "resources" / "fonts"
    fonts.mkdir(parents=True)
    shutil.copyfile(REPO / "packaging" / "fonts.conf", fonts / "fonts.conf")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert launcher.use_bundled_fonts() == str(fonts / "fonts.conf")
    assert os.environ["FONTCONFIG_FILE"] == str(fonts / "fonts.conf")
    # a user's own choice wins
    monkeypatch.setenv("FONTCONFIG_FILE", "/etc/fonts/fonts.conf")
    assert launcher.use_bundled_fonts() is None


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig tools not installed")
def test_fonts_conf_adds_the_folder_beside_it(tmp_path):
    system_font = subprocess.run(["fc-match", "-f", "%{file}", "sans"], capture_output=True,
                                 text=True, check=False).stdout.strip()
    if not system_font or not Path(system_font).is_file():
        pytest.skip("no font installed")
    folder = tmp_path / "bundle fonts"
    folder.mkdir()
    shutil.copyfile(REPO / "packaging" / "fonts.conf", folder / "fonts.conf")
    copy = folder / ("copied" + Path(system_font).suffix)
    shutil.copyfile(system_font, copy)
    env = dict(os.environ, FONTCONFIG_FILE=str(folder / "fonts.conf"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    listed = subprocess.run(["fc-list", "--format", "%{file}\n"], env=env, capture_output=True,
                            text=True, check=False).stdout.splitlines()
    assert str(copy) in listed
    assert system_font in listed  # the system's fonts stay


@pytest.mark.skipif(not hasattr(__import__("orgdesign.cli").cli, "open_shorthand"),
                    reason="orgdesign.cli has no open_shorthand yet")
def test_a_project_file_alone_opens_the_app(tmp_path):
    # What the desktop entry runs (Exec=orgdesign %f); with no display the
    # app is reached and says so, instead of argparse's "invalid choice".
    project = tmp_path / "王 项目.orgd"
    shutil.copyfile(REPO / "resources" / "samples" / "crm-zh.orgd", project)
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-m", "orgdesign", str(project)], env=env,
                          cwd=tmp_path, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "no display" in done.stderr, done.stderr
