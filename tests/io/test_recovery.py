"""Crash-recovery snapshots: write, list, load, discard."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from orgdesign.io import (
    discard_recovery,
    list_recoveries,
    load_recovery,
    recovery_dir,
    write_recovery,
)
from orgdesign.model import ProjectFileError
from orgdesign.samples.synthetic import random_project


@pytest.fixture
def rdir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setenv("ORGDESIGN_RECOVERY_DIR", str(folder))
    return folder


def test_recovery_dir_defaults_to_xdg_state(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("ORGDESIGN_RECOVERY_DIR", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    if os.name == "posix":
        assert recovery_dir() == tmp_path / "orgdesign" / "recovery"
    monkeypatch.setenv("ORGDESIGN_RECOVERY_DIR", str(tmp_path / "x"))
    assert recovery_dir() == tmp_path / "x"


def test_write_list_load_discard(rdir) -> None:
    assert list_recoveries() == []  # the folder does not even exist yet
    saved = random_project(25, seed=1)
    saved.metadata.title = "华东 😀"
    untitled = random_project(7, seed=2)
    original = str(rdir.parent / "客户中心.orgd")
    p1 = write_recovery(saved, original)
    p2 = write_recovery(untitled, None)
    assert p1.parent == rdir and p2.parent == rdir and p1 != p2
    entries = list_recoveries()
    assert [e.path for e in entries] == [p2, p1]  # newest first
    by_path = {e.path: e for e in entries}
    assert by_path[p1].original_path == original
    assert by_path[p2].original_path is None
    assert load_recovery(by_path[p1]).model_dump() == saved.model_dump()
    assert load_recovery(by_path[p2]).model_dump() == untitled.model_dump()
    discard_recovery(by_path[p1])
    assert [e.path for e in list_recoveries()] == [p2]
    discard_recovery(by_path[p1])  # already gone: fine
    assert {p.name for p in rdir.iterdir()} == {p2.name}  # no temp files either


def test_same_document_overwrites_its_snapshot(rdir) -> None:
    original = str(rdir.parent / "a.orgd")
    first = write_recovery(random_project(3, seed=1), original)
    later = random_project(5, seed=2)
    second = write_recovery(later, original)
    assert first == second
    [entry] = list_recoveries()
    assert load_recovery(entry).model_dump() == later.model_dump()
    other = write_recovery(random_project(2), None, slot="window-2")
    assert other.name.startswith("window-2") and len(list_recoveries()) == 2


def test_damaged_snapshots(rdir) -> None:
    path = write_recovery(random_project(4), "/somewhere/x.orgd")
    [entry] = list_recoveries()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 40])  # truncated by the crash itself
    with pytest.raises(ProjectFileError) as info:
        load_recovery(entry)
    assert str(info.value).startswith(str(path)) and "truncated" in str(info.value)
    assert "\n" not in str(info.value)
    (rdir / "junk.orgd-recovery").write_bytes(b"\xff\xfe garbage")
    (rdir / "other.txt").write_text("not ours")
    assert [e.path for e in list_recoveries()] == [path]  # unreadable headers are skipped
    path.unlink()
    with pytest.raises(ProjectFileError, match="cannot read the recovery file"):
        load_recovery(entry)


def test_unwritable_recovery_dir(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("ORGDESIGN_RECOVERY_DIR", str(blocker / "recovery"))
    with pytest.raises(ProjectFileError, match="cannot write the recovery file"):
        write_recovery(random_project(2), None)
