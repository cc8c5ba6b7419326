"""Atomic save: a backup of the previous file, no temp files, nothing lost on failure."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from orgdesign.io import atomic as atomic_mod
from orgdesign.io import atomic_write_bytes, backup_path_for, load_project, save_project
from orgdesign.model import ProjectFileError
from orgdesign.samples.synthetic import random_project


def _names(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_save_keeps_previous_file_as_bak_and_leaves_no_temp(tmp_path) -> None:
    path = tmp_path / "org.orgd"
    first = random_project(10, seed=1)
    save_project(first, path)
    assert _names(tmp_path) == {"org.orgd"}  # nothing to back up the first time
    old_bytes = path.read_bytes()
    second = random_project(12, seed=2)
    save_project(second, path)
    assert _names(tmp_path) == {"org.orgd", "org.orgd.bak"}
    assert backup_path_for(path) == tmp_path / "org.orgd.bak"
    assert (tmp_path / "org.orgd.bak").read_bytes() == old_bytes
    assert load_project(tmp_path / "org.orgd.bak").model_dump() == first.model_dump()
    assert load_project(path).model_dump() == second.model_dump()
    # a third save rotates: the backup now holds the second version
    save_project(random_project(3, seed=3), path)
    assert load_project(tmp_path / "org.orgd.bak").model_dump() == second.model_dump()


def test_save_without_backup(tmp_path) -> None:
    path = tmp_path / "org.orgd"
    save_project(random_project(3), path, backup=False)
    save_project(random_project(4), path, backup=False)
    assert _names(tmp_path) == {"org.orgd"}


def test_backup_falls_back_to_copy_without_hard_links(tmp_path, monkeypatch) -> None:
    path = tmp_path / "org.orgd"
    save_project(random_project(3), path)
    old = path.read_bytes()

    def no_links(*args, **kwargs):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic_mod.os, "link", no_links)
    save_project(random_project(4), path)
    assert (tmp_path / "org.orgd.bak").read_bytes() == old
    assert _names(tmp_path) == {"org.orgd", "org.orgd.bak"}


@pytest.mark.parametrize("broken", ["replace", "fsync", "write"])
def test_failed_save_leaves_old_file_intact(tmp_path, monkeypatch, broken) -> None:
    path = tmp_path / "org.orgd"
    original = random_project(8, seed=5)
    save_project(original, path, backup=False)
    old_bytes = path.read_bytes()
    meta_before = original.metadata

    def fail(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    if broken == "write":
        # the disk fills up half way through the temp file
        real_fdopen = os.fdopen

        class Half:
            def __init__(self, f):
                self.f = f

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.f.close()

            def write(self, data):
                self.f.write(data[: len(data) // 2])
                fail()

        monkeypatch.setattr(atomic_mod.os, "fdopen", lambda fd, mode: Half(real_fdopen(fd, mode)))
    else:
        monkeypatch.setattr(atomic_mod.os, broken, fail)
    with pytest.raises(ProjectFileError) as info:
        save_project(original, path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    assert "No space left on device" in message and "unchanged" in message
    assert info.value.path == str(path)
    monkeypatch.undo()
    assert path.read_bytes() == old_bytes
    assert original.metadata is meta_before  # not stamped: nothing was saved
    leftovers = _names(tmp_path) - {"org.orgd", "org.orgd.bak"}
    assert leftovers == set()


def test_save_into_missing_folder_or_over_folder(tmp_path) -> None:
    with pytest.raises(ProjectFileError, match="cannot save"):
        save_project(random_project(2), tmp_path / "no" / "such" / "x.orgd")
    (tmp_path / "dir.orgd").mkdir()
    with pytest.raises(ProjectFileError, match="is a folder"):
        save_project(random_project(2), tmp_path / "dir.orgd")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_save_keeps_permissions_and_follows_symlinks(tmp_path) -> None:
    real = tmp_path / "real.orgd"
    save_project(random_project(2), real)
    os.chmod(real, 0o640)
    link = tmp_path / "link.orgd"
    link.symlink_to(real)
    project = random_project(6, seed=9)
    save_project(project, link)
    assert link.is_symlink()
    assert stat.S_IMODE(os.stat(real).st_mode) == 0o640
    assert load_project(real).model_dump() == project.model_dump()
    assert (tmp_path / "real.orgd.bak").exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX umask")
def test_new_file_gets_umask_permissions_not_0600(tmp_path) -> None:
    old = os.umask(0o022)
    try:
        atomic_write_bytes(tmp_path / "export.svg", b"<svg/>")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "export.svg").st_mode) == 0o644
    assert (tmp_path / "export.svg").read_bytes() == b"<svg/>"


def test_atomic_write_with_explicit_backup_path(tmp_path) -> None:
    target = tmp_path / "book.xlsx"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two", backup_path=tmp_path / "old.xlsx")
    assert target.read_bytes() == b"two"
    assert (tmp_path / "old.xlsx").read_bytes() == b"one"
    assert _names(tmp_path) == {"book.xlsx", "old.xlsx"}
