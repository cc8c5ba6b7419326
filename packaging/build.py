"""Build the desktop bundle: ``python packaging/build.py`` (what ``make package`` runs).

Installs PyInstaller (the ``packaging`` extra) if it is missing, runs it on
``packaging/orgdesign.spec``, then packs the folder as
``dist/orgdesign-<version>-<os>-<machine>.tar.gz`` and prints the build time
and sizes.  Exit code: PyInstaller's on failure, else 0.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import tarfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from orgdesign import __version__  # noqa: E402


def bundle_dir(dist: Path = REPO / "dist") -> Path:
    """The folder the spec builds: ``dist/orgdesign-<version>``."""
    return dist / f"orgdesign-{__version__}"


def archive_path(dist: Path = REPO / "dist") -> Path:
    """The archive of the bundle, named for version, system and machine."""
    system = platform.system().lower()
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return dist / f"orgdesign-{__version__}-{system}-{machine}.tar.gz"


def folder_size(path: Path) -> int:
    """Bytes in the regular files under ``path`` (symlinks not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_archive(folder: Path, out: Path) -> Path:
    """Pack ``folder`` into ``out`` (.tar.gz, the folder as its single top entry)."""
    tmp = out.with_name(out.name + ".part")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(folder, arcname=folder.name)
    os.replace(tmp, out)  # never leave a half-written archive under the final name
    return out


def packaging_requirements() -> list[str]:
    """The ``packaging`` extra of pyproject.toml (PyInstaller and its pin)."""
    import tomllib

    with open(REPO / "pyproject.toml", "rb") as fh:
        return list(tomllib.load(fh)["project"]["optional-dependencies"]["packaging"])


def ensure_pyinstaller() -> int:
    """Install the ``packaging`` extra into this interpreter's environment unless
    PyInstaller is already there; return pip's exit code (0 when nothing to do).

    Only the extra's requirements are installed, not the project again, so the
    editable install that running tests import from is never touched.
    """
    try:
        import PyInstaller  # noqa: F401
    except ModuleNotFoundError:
        cmd = [sys.executable, "-m", "pip", "install", "-q", *packaging_requirements()]
        return subprocess.run(cmd, check=False).returncode
    return 0


def main() -> int:
    """Build, pack, report; return the exit code."""
    code = ensure_pyinstaller()
    if code:
        return code
    started = time.monotonic()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(REPO / "dist"), "--workpath", str(REPO / "build" / "pyinstaller"),
           str(REPO / "packaging" / "orgdesign.spec")]
    code = subprocess.run(cmd, cwd=REPO, check=False).returncode
    if code:
        return code
    built = time.monotonic()
    folder = bundle_dir()
    archive = make_archive(folder, archive_path())
    done = time.monotonic()
    mib = 1024 * 1024
    print(f"bundle   {folder.relative_to(REPO)}/  {folder_size(folder) / mib:.0f} MiB")
    print(f"archive  {archive.relative_to(REPO)}  {archive.stat().st_size / mib:.0f} MiB")
    print(f"time     PyInstaller {built - started:.0f} s, archive {done - built:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
