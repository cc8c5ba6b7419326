"""Atomic file writes: a reader sees the old file or the new one, never half of one.

The data goes to a temporary file in the target's own folder (so the final
rename stays on one file system), is flushed and fsynced, and only then
replaces the target with :func:`os.replace`.  Project saves, recovery files
and exports all write through :func:`atomic_write_bytes`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
from pathlib import Path

# Long enough to be unique, short enough that ".<name>.<token>.tmp" stays a legal name.
_PREFIX_CHARS = 100


def _temp_name(target: Path, suffix: str = ".tmp") -> Path:
    return target.with_name(f".{target.name[:_PREFIX_CHARS]}.{secrets.token_hex(6)}{suffix}")


def _create_temp(target: Path) -> tuple[int, Path]:
    # os.open with 0o666 lets the OS apply the user's umask, as a normal
    # create would; tempfile.mkstemp would force 0o600 on every new file.
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(10):
        tmp = _temp_name(target)
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot find a free temporary name next to {target}")


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows cannot open folders.
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _make_backup(target: Path, backup: Path) -> None:
    """Point ``backup`` at the current content of ``target`` (which stays in place)."""
    tmp = _temp_name(backup)
    try:
        try:
            # A hard link costs nothing and keeps the old inode alive once
            # target is replaced; copy where the file system has no links.
            os.link(target, tmp)
        except OSError:
            shutil.copy2(target, tmp)
        os.replace(tmp, backup)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, backup_path: str | os.PathLike[str] | None = None
) -> None:
    """Write ``data`` to ``path`` atomically.

    When ``backup_path`` is given and ``path`` exists, the previous content is
    kept there first.  An existing file keeps its permission bits; writing
    through a symbolic link replaces the file it points to.  On any failure
    the target is untouched and no temporary file is left behind.

    Raises :class:`OSError` (callers turn it into their own error type).
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent
    fd, tmp = _create_temp(target)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, stat.S_IMODE(os.stat(target).st_mode))
            if backup_path is not None:
                _make_backup(target, Path(backup_path))
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)
