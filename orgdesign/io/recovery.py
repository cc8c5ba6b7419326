"""Crash recovery: periodic snapshots of open documents, kept outside the project folder.

A recovery file is one header line of JSON (format tag, original path, time)
followed by the project text, so :func:`list_recoveries` reads only the first
line of each.  Files live in :func:`recovery_dir`; the app writes one per open
document on a timer, discards it after a successful save or a clean close,
and offers the leftovers at the next start.  No Qt here.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from orgdesign.model import Project, ProjectFileError
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

from .atomic import atomic_write_bytes
from .project_file import dumps_project, loads_project

RECOVERY_FORMAT = "orgdesign-recovery"
RECOVERY_SUFFIX = ".orgd-recovery"
_HEADER_LIMIT = 64 * 1024


@dataclass(frozen=True)
class RecoveryEntry:
    """One snapshot: where it is, which file it belongs to (None: never saved), when."""

    path: Path
    original_path: str | None
    saved: datetime


def recovery_dir() -> Path:
    """Return the folder for recovery files (not created here).

    ``$ORGDESIGN_RECOVERY_DIR`` wins; else ``%LOCALAPPDATA%\\OrgDesign\\recovery``
    on Windows, else ``$XDG_STATE_HOME/orgdesign/recovery`` (default
    ``~/.local/state``).
    """
    override = os.environ.get("ORGDESIGN_RECOVERY_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "OrgDesign" / "recovery"
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "orgdesign" / "recovery"


def _slot(original_path: str | None) -> str:
    if original_path is None:
        # One slot per process: a crashed session's untitled snapshot survives
        # the next session's, which runs under another pid.
        return f"untitled-{os.getpid()}"
    digest = hashlib.sha256(os.path.abspath(original_path).encode("utf-8", "surrogatepass"))
    return f"{Path(original_path).stem[:40]}-{digest.hexdigest()[:16]}"


def write_recovery(project: Project, original_path: str | None, *, slot: str | None = None) -> Path:
    """Snapshot ``project`` atomically and return the recovery file's path.

    Snapshots of the same ``original_path`` overwrite each other; untitled
    documents share one slot per process unless ``slot`` names another.
    Raises :class:`ProjectFileError` when the snapshot cannot be written.
    """
    folder = recovery_dir()
    target = folder / f"{slot or _slot(original_path)}{RECOVERY_SUFFIX}"
    header = json.dumps({  # ensure_ascii keeps the header on one line, whatever the path
        "format": RECOVERY_FORMAT,
        "original_path": original_path,
        "saved": datetime.now().astimezone().isoformat(),
    })
    data = (header + "\n" + dumps_project(project)).encode("utf-8")
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        atomic_write_bytes(target, data)
    except OSError as e:
        raise ProjectFileError(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot write the recovery file {path}: {error}"),
            path=str(target), error=str(e.strerror or e)), path=str(target)) from None
    return target


def _read_header(path: Path) -> RecoveryEntry | None:
    try:
        with open(path, "rb") as f:
            line = f.readline(_HEADER_LIMIT)
        head = json.loads(line)
        if not isinstance(head, dict) or head.get("format") != RECOVERY_FORMAT:
            return None
        original = head.get("original_path")
        saved = datetime.fromisoformat(head["saved"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None
    return RecoveryEntry(path, original if isinstance(original, str) else None, saved)


def list_recoveries() -> list[RecoveryEntry]:
    """Return the snapshots in :func:`recovery_dir`, newest first.

    Files whose header cannot be read are left out (and left alone).
    """
    folder = recovery_dir()
    if not folder.is_dir():
        return []
    entries = [e for p in folder.glob(f"*{RECOVERY_SUFFIX}") if (e := _read_header(p))]
    return sorted(entries, key=lambda e: e.saved.timestamp(), reverse=True)


def load_recovery(entry: RecoveryEntry) -> Project:
    """Return the project held by a snapshot.

    Raises :class:`ProjectFileError` (one line) when it is gone or damaged.
    """
    source = str(entry.path)
    try:
        with open(entry.path, "rb") as f:
            f.readline(_HEADER_LIMIT)
            rest = f.read()
    except OSError as e:
        problem = msg(QT_TRANSLATE_NOOP("Messages", "cannot read the recovery file: {error}"),
                      error=str(e.strerror or e))
        raise ProjectFileError(msg(QT_TRANSLATE_NOOP("Messages", "{source}: {problem}"),
                                   source=source, problem=problem), path=source) from None
    return loads_project(rest, source=source)


def discard_recovery(entry: RecoveryEntry) -> None:
    """Delete a snapshot (nothing happens if it is already gone).

    Raises :class:`ProjectFileError` when it exists but cannot be deleted.
    """
    try:
        entry.path.unlink(missing_ok=True)
    except OSError as e:
        raise ProjectFileError(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot delete the recovery file {path}: {error}"),
            path=str(entry.path), error=str(e.strerror or e)), path=str(entry.path)) from None
