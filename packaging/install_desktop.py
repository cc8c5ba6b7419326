"""Install (or remove) OrgDesign's desktop integration for the current user (Linux/XDG).

``python3 packaging/install_desktop.py [--exec COMMAND] [--uninstall]`` is what
``make install-desktop`` runs; the bundle runs the same code as
``orgdesign --install-desktop``.  Under ``$XDG_DATA_HOME`` (default
``~/.local/share``) it puts:

* ``applications/org.orgdesign.OrgDesign.desktop`` (menu entry, "open with"),
* ``mime/packages/orgdesign-mime.xml`` (``*.orgd`` is ``application/x-orgdesign``),
* ``icons/hicolor/<n>x<n>/apps/`` PNGs and ``icons/hicolor/scalable/apps/`` SVG,
* ``metainfo/org.orgdesign.OrgDesign.metainfo.xml`` (software centres),

then refreshes the MIME database (and the desktop and icon caches where
those tools are installed).  Standard library only: it runs with the
system's ``python3``, before any virtual environment exists.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

if not getattr(sys, "frozen", False):
    # A checkout: orgdesign/ sits beside packaging/ (only its stdlib-only
    # resources module is used here).
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from orgdesign import __version__  # noqa: E402
from orgdesign.resources import resource_path  # noqa: E402

APP_ID = "org.orgdesign.OrgDesign"
DESKTOP = f"{APP_ID}.desktop"
METAINFO = f"{APP_ID}.metainfo.xml"
MIME = "orgdesign-mime.xml"

# Characters that oblige an Exec argument to be quoted (Desktop Entry spec,
# "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path, else ``~/.local/share``."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def default_exec() -> str:
    """The command the menu entry runs.

    The bundle's own executable when running frozen; in a checkout the built
    bundle if there is one, else the virtual environment's ``orgdesign``;
    else plain ``orgdesign`` (found on the PATH).
    """
    if getattr(sys, "frozen", False):
        return sys.executable
    repo = Path(__file__).resolve().parent.parent
    for candidate in (repo / "dist" / f"orgdesign-{__version__}" / "orgdesign",
                      repo / ".venv" / "bin" / "orgdesign"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return "orgdesign"


def exec_argument(arg: str) -> str:
    """``arg`` written as one argument of a desktop file's ``Exec`` value.

    Quoted when it holds a reserved character, with ``"`` `` ` `` ``$`` ``\\``
    escaped inside the quotes; then backslashes doubled for the key file's
    string escaping and ``%`` doubled because it starts a field code.
    """
    if any(c in _RESERVED for c in arg):
        inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        arg = f'"{inner}"'
    return arg.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: str) -> str:
    """The desktop file text with ``Exec`` running ``command`` on the file opened (``%f``).

    Raises FileNotFoundError when the template is missing.
    """
    text = resource_path("desktop", DESKTOP).read_text(encoding="utf-8")
    lines = [f"Exec={exec_argument(command)} %f" if ln.startswith("Exec=") else ln
             for ln in text.splitlines()]
    return "\n".join(lines) + "\n"


def planned_files(home: Path) -> dict[Path, Path | None]:
    """Every file the install writes, mapped to its source (None: generated)."""
    files: dict[Path, Path | None] = {
        home / "applications" / DESKTOP: None,
        home / "mime" / "packages" / MIME: resource_path("desktop", MIME),
        home / "metainfo" / METAINFO: resource_path("desktop", METAINFO),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg":
            resource_path("icons", "orgdesign.svg"),
    }
    hicolor = resource_path("icons", "hicolor")
    for png in sorted(hicolor.glob(f"*/apps/{APP_ID}.png")):
        files[home / "icons" / "hicolor" / png.relative_to(hicolor)] = png
    return files


def _refresh(home: Path) -> list[str]:
    """Run the cache tools that exist; return what ran (failures are not fatal:
    the files are in place and the desktop rescans them at the next login)."""
    ran = []
    jobs = [("update-mime-database", [str(home / "mime")]),
            ("update-desktop-database", ["-q", str(home / "applications")])]
    hicolor = home / "icons" / "hicolor"
    if (hicolor / "icon-theme.cache").exists():
        # Only refresh a cache that is already there: a new one in the user's
        # folder would hide the icons that later programs install without it.
        jobs.append(("gtk-update-icon-cache", ["-q", "-f", "-t", str(hicolor)]))
    for tool, args in jobs:
        exe = shutil.which(tool)
        if not exe:
            continue
        done = subprocess.run([exe, *args], capture_output=True, text=True, check=False)
        ran.append(tool if done.returncode == 0 else f"{tool} (failed: {done.stderr.strip()})")
    return ran


def install(home: Path, command: str) -> list[Path]:
    """Write the desktop integration under ``home``; return the files written.

    Raises OSError when a file cannot be written.
    """
    written = []
    for dest, source in planned_files(home).items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            dest.write_text(desktop_entry(command), encoding="utf-8")
        else:
            shutil.copyfile(source, dest)
        written.append(dest)
    _refresh(home)
    return written


def uninstall(home: Path) -> list[Path]:
    """Remove what :func:`install` wrote under ``home``; return the files removed."""
    removed = []
    for dest in planned_files(home):
        if dest.exists():
            dest.unlink()
            removed.append(dest)
    if (home / "mime" / "packages").is_dir():
        _refresh(home)
    return removed


def main(argv: list[str] | None = None) -> int:
    """Command-line entry; returns the exit code (2 when a file cannot be written)."""
    parser = argparse.ArgumentParser(prog="install-desktop", description=__doc__.split("\n")[0])
    parser.add_argument("--exec", dest="command", default=None,
                        help="the command the menu entry runs (default: %(prog)s picks the "
                             "bundle, the checkout's .venv/bin/orgdesign or orgdesign)")
    parser.add_argument("--uninstall", action="store_true", help="remove the files instead")
    args = parser.parse_args(argv)
    home = data_home()
    try:
        if args.uninstall:
            files = uninstall(home)
            print(f"removed {len(files)} files from {home}")
            return 0
        command = args.command or default_exec()
        files = install(home, command)
    except OSError as exc:
        print(f"install-desktop: error: {exc}", file=sys.stderr)
        return 2
    print(f"installed {len(files)} files under {home}; the menu entry runs: {command}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
