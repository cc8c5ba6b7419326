"""`orgdesign raci export|import|check|generate`: outputs, exit codes, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from orgdesign.cli import main
from orgdesign.io.project_file import load_project, save_project
from orgdesign.model import RaciActivity, RaciMatrix, RaciRole


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def crm(tmp_path: Path, capsys) -> Path:
    path = tmp_path / "crm.orgd"
    assert run(capsys, "sample", "crm", "--lang", "zh", "-o", str(path))[0] == 0
    return path


def test_export_xlsx_and_csv(capsys, crm: Path, tmp_path: Path) -> None:
    book = tmp_path / "out" / "raci.xlsx"
    book.parent.mkdir()
    code, out, err = run(capsys, "raci", "export", str(crm), "-o", str(book))
    assert code == 0, err
    assert "9 activities x 9 roles" in out
    wb = load_workbook(book)
    assert wb["RACI"]["B5"].value == "流程"  # the project's language by default
    code, out, _ = run(capsys, "raci", "export", str(crm), "-o", str(book), "--lang", "en",
                       "--json")
    assert code == 0 and json.loads(out)["lang"] == "en"
    assert load_workbook(book)["RACI"]["B5"].value == "Process"
    csv_path = tmp_path / "raci.csv"
    code, out, _ = run(capsys, "raci", "export", str(crm), "-o", str(csv_path),
                       "--matrix", "raci-l2c")
    assert code == 0 and csv_path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert list(tmp_path.glob(".*.tmp")) == []


def test_export_refusals(capsys, crm: Path, tmp_path: Path) -> None:
    code, _, err = run(capsys, "raci", "export", str(crm), "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "use .xlsx or .csv" in err
    code, _, err = run(capsys, "raci", "export", str(crm), "-o", str(tmp_path / "x.xlsx"),
                       "--matrix", "nope")
    assert code == 2 and "no RACI matrix 'nope'" in err and "RACI：从线索到回款" in err
    code, _, err = run(capsys, "raci", "export", str(tmp_path / "missing.orgd"), "-o",
                       str(tmp_path / "x.xlsx"))
    assert code == 2 and err.startswith("orgdesign: error:")
    code, _, err = run(capsys, "raci", "export", str(crm))
    assert code == 2 and "-o" in err


def test_check_exit_codes(capsys, crm: Path, tmp_path: Path) -> None:
    code, out, _ = run(capsys, "raci", "check", str(crm))
    assert code == 0 and "0 errors" in out
    project = load_project(crm)
    m = project.raci_matrices[0]
    first = m.activities[0].id
    m.cells[first] = {r: "A" for r in list(m.cells[first]) + [m.roles[0].id]}
    m.roles.append(RaciRole(id="r-gone", name="Gone", unit="u-not-there"))
    bad = tmp_path / "bad.orgd"
    save_project(project, bad, backup=False)
    code, out, _ = run(capsys, "raci", "check", str(bad), "--json")
    assert code == 1
    data = json.loads(out)
    assert data["errors"] >= 2
    codes = {p["code"] for p in data["problems"]}
    assert {"R011", "R022"} <= codes
    r011 = next(p for p in data["problems"] if p["code"] == "R011")
    assert r011["matrix"] == m.id and r011["activity"] == first
    code, out, _ = run(capsys, "raci", "check", str(bad))
    assert code == 1 and "R022" in out and "'Gone'" in out
    # the same problems reach the general check
    code, out, _ = run(capsys, "check", str(bad), "--json")
    assert code == 1 and "R022" in {p["code"] for p in json.loads(out)["problems"]}


def test_import_prints_changes_and_writes(capsys, crm: Path, tmp_path: Path) -> None:
    book = tmp_path / "raci.xlsx"
    assert run(capsys, "raci", "export", str(crm), "-o", str(book))[0] == 0
    code, out, _ = run(capsys, "raci", "import", str(book), str(crm))
    assert code == 0 and "no changes; nothing written" in out
    wb = load_workbook(book)
    ws = wb["RACI"]
    ws["D6"] = "R"
    ws["E5"] = "Head of sales"
    wb.save(book)
    out_path = tmp_path / "after.orgd"
    code, out, _ = run(capsys, "raci", "import", str(book), str(crm), "--dry-run")
    assert code == 0 and "dry run" in out and not out_path.exists()
    code, out, _ = run(capsys, "raci", "import", str(book), str(crm), "-o", str(out_path))
    assert code == 0
    assert "cells: 1 changed" in out and "-> 'Head of sales'" in out
    assert f"wrote {out_path}" in out
    after = load_project(out_path).raci_matrices[0]
    assert after.roles[1].name == "Head of sales"
    assert after.cells[after.activities[0].id][after.roles[0].id] == "R"
    assert load_project(crm).raci_matrices[0].roles[1].name != "Head of sales"
    # back into FILE itself
    code, out, _ = run(capsys, "raci", "import", str(book), str(crm), "--json")
    data = json.loads(out)
    assert code == 0 and data["written"] == str(crm)
    assert data["changes"]["counts"]["renamed_roles"] == 1
    assert load_project(crm).raci_matrices[0].roles[1].name == "Head of sales"


def test_import_refuses_a_bad_letter(capsys, crm: Path, tmp_path: Path) -> None:
    book = tmp_path / "raci.xlsx"
    run(capsys, "raci", "export", str(crm), "-o", str(book))
    wb = load_workbook(book)
    wb["RACI"]["F7"] = "Q"
    wb.save(book)
    before = crm.read_bytes()
    code, _, err = run(capsys, "raci", "import", str(book), str(crm))
    assert code == 2 and "RACI!F7: 'Q' is not a letter of RACI" in err
    assert crm.read_bytes() == before


def test_generate(capsys, crm: Path, tmp_path: Path) -> None:
    out_path = tmp_path / "gen.orgd"
    code, out, _ = run(capsys, "raci", "generate", str(crm), "--process", "从线索到回款",
                       "-o", str(out_path))
    assert code == 0 and "9 activities" in out
    project = load_project(out_path)
    assert len(project.raci_matrices) == 2
    gen = project.raci_matrices[1]
    assert gen.roles[0].unit == project.processes[0].owner
    code, _, err = run(capsys, "raci", "generate", str(crm), "--process", "nope")
    assert code == 2 and "no process is called 'nope'" in err


def test_no_matrix(capsys, tmp_path: Path) -> None:
    empty = tmp_path / "e.orgd"
    run(capsys, "new", "-o", str(empty))
    code, _, err = run(capsys, "raci", "export", str(empty), "-o", str(tmp_path / "x.xlsx"))
    assert code == 2 and "no RACI matrix" in err
    code, out, _ = run(capsys, "raci", "check", str(empty))
    assert code == 0 and "0 matrices" in out


def test_matrix_names_can_be_ambiguous(capsys, tmp_path: Path, crm: Path) -> None:
    project = load_project(crm)
    for i in range(2):
        project.raci_matrices.append(RaciMatrix(
            id=f"dup{i}", name="Same", activities=[RaciActivity(id="a", name="x")]))
    path = tmp_path / "dup.orgd"
    save_project(project, path, backup=False)
    code, _, err = run(capsys, "raci", "export", str(path), "-o", str(tmp_path / "d.xlsx"),
                       "--matrix", "Same")
    assert code == 2 and "dup0, dup1" in err
    code, _, _ = run(capsys, "raci", "export", str(path), "-o", str(tmp_path / "d.xlsx"),
                     "--matrix", "dup1")
    assert code == 0
