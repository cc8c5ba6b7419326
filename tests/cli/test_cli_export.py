"""``orgdesign export``: formats from the extension, options, exit codes, one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from orgdesign.cli import main
from orgdesign.io.project_file import save_project
from orgdesign.samples.registry import build_sample


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def project_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "crm.orgd"
    save_project(build_sample("crm", "zh"), path, backup=False)
    return path


@pytest.mark.parametrize("ext", ["svg", "pdf", "png", "pptx", "dot"])
def test_every_format_from_its_extension(capsys, project_file, tmp_path, ext):
    out = tmp_path / f"chart.{ext}"
    code, stdout, err = run(capsys, "export", str(project_file), "-o", str(out), "--dpi", "24")
    assert code == 0, err
    assert out.stat().st_size > 0
    assert stdout.startswith(f"wrote {out} ({ext.upper()}")


def test_json_report_and_options(capsys, project_file, tmp_path):
    out = tmp_path / "chart.pdf"
    code, stdout, _ = run(capsys, "export", str(project_file), "-o", str(out), "--view", "rings",
                          "--page", "A3", "--landscape", "--pages", "fit", "--colour-by",
                          "layer", "--date", "2025-05-01", "--footer", "内部资料", "--json")
    assert code == 0
    data = json.loads(stdout)
    assert data["format"] == "pdf" and data["view"] == "rings" and data["pages"] == 1
    assert data["mode"] == "fit" and data["units"] > 40 and data["bytes"] > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "2025-05-01" in text and "内部资料" in text and "客户" in text


def test_process_view_by_name_and_root_subtree(capsys, project_file, tmp_path):
    if shutil.which("dot") is None:
        pytest.skip("Graphviz not installed")
    project = build_sample("crm", "zh")
    name = project.processes[0].name
    code, stdout, err = run(capsys, "export", str(project_file), "-o",
                            str(tmp_path / "p.svg"), "--view", f"process:{name}")
    assert code == 0, err
    root = project.scenario().units[1].id
    code, stdout, err = run(capsys, "export", str(project_file), "-o",
                            str(tmp_path / "r.png"), "--root", root, "--width", "300",
                            "--transparent", "--json")
    assert code == 0, err
    assert json.loads(stdout)["width"] == 300


@pytest.mark.parametrize("args,message", [
    (["-o", "x.docx"], "cannot tell the format"),
    (["-o", "x.svg", "--view", "pyramid"], "unknown view 'pyramid'"),
    (["-o", "x.svg", "--view", "process:nope"], "no process 'nope'"),
    (["-o", "x.svg", "--root", "nobody"], "no unit 'nobody'"),
    (["-o", "x.svg", "--collapse", "nobody"], "no unit 'nobody'"),
    (["-o", "x.pdf", "--page", "B52"], "unknown page size"),
    (["-o", "x.svg", "--scenario", "to-be"], "no scenario 'to-be'"),
    (["-o", "x.svg", "--fields", "name,salary"], "unknown card field 'salary'"),
    (["-o", "x.pptx", "--pages", "tile"], "PowerPoint has no tiled pages"),
    (["-o", "x.png", "--dpi", "0"], "dpi"),
    (["-o", "no-such-folder/x.svg"], "does not exist"),
])
def test_bad_requests_exit_2_with_one_line(capsys, project_file, tmp_path, args, message):
    args = [a if not a.startswith("x.") else str(tmp_path / a) for a in args]
    code, stdout, err = run(capsys, "export", str(project_file), *args)
    assert code == 2
    assert stdout == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("orgdesign: error:") and message in lines[0]
    assert not list(tmp_path.iterdir())


def test_warnings_go_to_stderr(capsys, project_file, tmp_path):
    code, stdout, err = run(capsys, "export", str(project_file), "-o", str(tmp_path / "f.pdf"),
                            "--pages", "fit")
    assert code == 0
    assert "orgdesign: warning:" in err and "pt" in err


def test_runs_as_a_program_without_a_display(project_file, tmp_path):
    out = tmp_path / "c.svg"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "DISPLAY": ":99"}
    proc = subprocess.run([sys.executable, "-m", "orgdesign", "export", str(project_file),
                           "-o", str(out)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").startswith("<?xml")
