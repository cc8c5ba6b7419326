"""import-hr and export-hr: what they print, what they write, their exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from orgdesign.cli import main
from orgdesign.io.project_file import load_project

HEAD = "Employee ID,Name,Title,Manager ID,Department\n"
GOOD = HEAD + "E1,Ann Lee,CEO,,Board\nE2,Bo Chen,Head of Sales,E1,Sales\nE3,Cy Wu,Rep,E2,Sales\n"


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def sheet(tmp_path: Path, text: str, name: str = "staff.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_clean_import_exits_0_and_says_what_it_mapped(capsys, tmp_path: Path) -> None:
    out_file = tmp_path / "org.orgd"
    code, out, _ = run(capsys, "import-hr", sheet(tmp_path, GOOD), "-o", str(out_file))
    assert code == 0
    assert "3 rows" in out and "header on row 1" in out
    assert "manager <- 'Manager ID' (D)" in out and "placed 3 rows, parked 0" in out
    project = load_project(out_file)
    assert [u.id for u in project.scenario().units] == ["E1", "E2", "E3"]


def test_parked_rows_exit_1_with_row_numbers_and_the_project_written(capsys,
                                                                    tmp_path: Path) -> None:
    text = GOOD + "E4,Dee,Rep,E99,Sales\nE2,Eve,Rep,E1,Sales\n"
    out_file = tmp_path / "org.orgd"
    code, out, _ = run(capsys, "import-hr", sheet(tmp_path, text), "-o", str(out_file))
    assert code == 1
    assert "row 5: error: manager 'E99'" in out and "row 6: error: id 'E2'" in out
    assert "parked 2" in out
    assert len(load_project(out_file).scenario().units) == 5  # nothing dropped
    code, out, _ = run(capsys, "import-hr", sheet(tmp_path, text), "-o", str(out_file),
                       "--json")
    data = json.loads(out)
    assert code == 1 and data["parked_rows"] == [5, 6] and not data["clean"]
    assert {(p["code"], p["row"]) for p in data["problems"]} == {("unknown-manager", 5),
                                                                 ("duplicate-id", 6)}


def test_nothing_readable_exits_2(capsys, tmp_path: Path) -> None:
    out_file = str(tmp_path / "x.orgd")
    code, _, err = run(capsys, "import-hr", str(tmp_path / "missing.csv"), "-o", out_file)
    assert code == 2 and "cannot read" in err
    code, _, err = run(capsys, "import-hr", sheet(tmp_path, "foo,bar\n1,2\n"), "-o", out_file)
    assert code == 2 and "recognised" in err
    code, _, err = run(capsys, "import-hr", sheet(tmp_path, HEAD), "-o", out_file)
    assert code == 2 and "no data rows" in err
    code, _, err = run(capsys, "import-hr", sheet(tmp_path, GOOD))
    assert code == 2 and "-o" in err
    code, _, err = run(capsys, "import-hr", sheet(tmp_path, GOOD), "-o", out_file,
                       "--map", "boss=Title")
    assert code == 2 and "field" in err
    assert not Path(out_file).exists()


def test_map_sheet_and_encoding_options(capsys, tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes("编号,名字,老板\n1,王伟,\n2,李娜,1\n".encode("gbk"))
    out_file = tmp_path / "o.orgd"
    code, out, _ = run(capsys, "import-hr", str(path), "-o", str(out_file), "--encoding",
                       "gbk", "--map", "name=名字", "--map", "manager=C", "--json")
    data = json.loads(out)
    assert code == 0 and data["encoding"] == "gbk"
    assert data["mapping"] == {"id": "编号", "name": "名字", "manager": "老板"}
    units = load_project(out_file).scenario().units
    assert units[1].parent == "1"


def test_single_root_option(capsys, tmp_path: Path) -> None:
    text = GOOD + "E9,Zed,CFO,,Finance\n"
    out_file = tmp_path / "o.orgd"
    assert run(capsys, "import-hr", sheet(tmp_path, text), "-o", str(out_file))[0] == 1
    assert run(capsys, "import-hr", sheet(tmp_path, text), "-o", str(out_file),
               "--single-root")[0] == 0
    roots = [u for u in load_project(out_file).scenario().units if u.parent is None]
    assert len(roots) == 1


def test_export_then_update_round_trip(capsys, tmp_path: Path) -> None:
    project_file = tmp_path / "crm.orgd"
    assert run(capsys, "sample", "crm", "--lang", "zh", "-o", str(project_file))[0] == 0
    for ext in (".csv", ".xlsx"):
        out = tmp_path / f"crm{ext}"
        code, text, _ = run(capsys, "export-hr", str(project_file), "-o", str(out))
        assert code == 0 and "48 rows" in text and out.exists()
    code, out, _ = run(capsys, "import-hr", str(tmp_path / "crm.xlsx"), "--update",
                       str(project_file))
    assert code == 0 and "changes: none" in out and "nothing written" in out
    # a newer export: one person renamed, one retitled
    csv_path = tmp_path / "crm.csv"
    text = csv_path.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    managers = {line.split(",")[3] for line in lines}
    leaf = next(i for i, line in enumerate(lines[1:], 1)
                if line.split(",")[0] not in managers and line.split(",")[1])
    cells = lines[leaf].split(",")
    old_name = cells[1]
    cells[1] = "新名字"
    cells[2] = "新职位"
    lines[leaf] = ",".join(cells)
    csv_path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    code, out, _ = run(capsys, "import-hr", str(csv_path), "--update", str(project_file),
                       "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and data["output"] is None
    assert data["counts"]["renamed"] == 1 and data["counts"]["retitled"] == 1
    code, out, _ = run(capsys, "import-hr", str(csv_path), "--update", str(project_file))
    assert code == 0 and f"'{old_name}' -> '新名字'" in out and "wrote" in out
    names = {p.name for p in load_project(project_file).people}
    assert "新名字" in names and old_name not in names
    assert (tmp_path / "crm.orgd.bak").exists() or any(tmp_path.glob("crm*.bak"))
    code, out, _ = run(capsys, "import-hr", str(csv_path), "--update", str(project_file))
    assert code == 0 and "changes: none" in out


def test_update_written_elsewhere_with_o(capsys, tmp_path: Path) -> None:
    first = tmp_path / "a.orgd"
    assert run(capsys, "import-hr", sheet(tmp_path, GOOD), "-o", str(first))[0] == 0
    newer = sheet(tmp_path, GOOD + "E4,Dee,Rep,E2,Sales\n", "newer.csv")
    second = tmp_path / "b.orgd"
    code, out, _ = run(capsys, "import-hr", newer, "--update", str(first), "-o", str(second))
    assert code == 0 and "joined" in out
    assert len(load_project(second).scenario().units) == 4
    assert len(load_project(first).scenario().units) == 3


def test_export_hr_refuses_unknown_formats(capsys, tmp_path: Path) -> None:
    project_file = tmp_path / "b.orgd"
    run(capsys, "sample", "bakery", "-o", str(project_file))
    code, _, err = run(capsys, "export-hr", str(project_file), "-o", str(tmp_path / "x.txt"))
    assert code == 2 and ".csv or .xlsx" in err
    code, out, _ = run(capsys, "export-hr", str(project_file), "-o", str(tmp_path / "x.csv"),
                       "--lang", "zh", "--json")
    assert code == 0 and json.loads(out)["rows"] == 45
    assert (tmp_path / "x.csv").read_text(encoding="utf-8-sig").startswith("工号,姓名")
