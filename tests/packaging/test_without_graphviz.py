"""A machine without Graphviz: what does not need it works, the rest says what to install.

The command line runs in subprocesses whose PATH is a folder holding only a
``python`` link: ``dot`` and the other Graphviz programs cannot be found,
while the interpreter is started by its absolute path (a venv's python found
through a symlink would lose the venv).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orgdesign.io.project_file import load_project
from orgdesign.layout.graphviz_run import GraphvizMissingError, find_program

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def no_graphviz(tmp_path_factory):
    """(environment without Graphviz on the PATH, work folder holding crm-zh as p.orgd)."""
    work = tmp_path_factory.mktemp("nogv")
    bin_dir = work / "bin"
    bin_dir.mkdir()
    os.symlink(sys.executable, bin_dir / "python")
    env = {k: v for k, v in os.environ.items() if k != "ORGDESIGN_GRAPHVIZ_DIR"}
    env.update(PATH=str(bin_dir), QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    assert shutil.which("dot", path=env["PATH"]) is None
    done = _cli(env, work, "sample", "crm", "--lang", "zh", "-o", "p.orgd")
    assert done.returncode == 0, done.stderr
    return env, work


def _cli(env, work, *args):
    return subprocess.run([sys.executable, "-m", "orgdesign", *args], cwd=work, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def _assert_says_install_graphviz(done):
    lines = done.stderr.strip().splitlines()
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1, lines  # one line, said once, no traceback
    assert lines[0].startswith("orgdesign: error: Graphviz is not installed")
    assert "apt install graphviz" in lines[0]


def test_classic_export_works_without_graphviz(no_graphviz):
    env, work = no_graphviz
    done = _cli(env, work, "export", "p.orgd", "-o", "classic.svg", "--view", "classic")
    assert done.returncode == 0, done.stderr
    svg = (work / "classic.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith(("<?xml", "<svg")) and "客户服务" in svg


def test_check_and_raci_work_without_graphviz(no_graphviz):
    env, work = no_graphviz
    done = _cli(env, work, "check", "p.orgd")
    assert done.returncode in (0, 1), done.stderr
    assert "errors," in done.stdout and "Graphviz" not in done.stderr
    done = _cli(env, work, "raci", "export", "p.orgd", "-o", "r.xlsx")
    assert done.returncode == 0, done.stderr
    assert (work / "r.xlsx").stat().st_size > 0


def test_process_view_says_what_to_install(no_graphviz):
    env, work = no_graphviz
    process = load_project(work / "p.orgd").processes[0]
    done = _cli(env, work, "export", "p.orgd", "-o", "lanes.svg", "--view",
                f"process:{process.name}")
    _assert_says_install_graphviz(done)
    assert not (work / "lanes.svg").exists()


def test_interface_network_and_graphviz_engine_say_what_to_install(no_graphviz):
    env, work = no_graphviz
    _assert_says_install_graphviz(
        _cli(env, work, "export", "p.orgd", "-o", "net.svg", "--view", "interfaces"))
    _assert_says_install_graphviz(
        _cli(env, work, "export", "p.orgd", "-o", "gv.svg", "--engine", "graphviz"))


def test_find_program_names_the_package(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("ORGDESIGN_GRAPHVIZ_DIR", raising=False)
    with pytest.raises(GraphvizMissingError) as err:
        find_program("dot")
    assert "apt install graphviz" in str(err.value) and "\n" not in str(err.value)
