"""The command line: every job the window does, except hand editing.

Each command lives in a module of this package that exposes
``register(subparsers)``; the parser it adds sets ``func`` to a callable
``run(args) -> int``.  Errors of the OrgDesignError family print one line
``orgdesign: error: …`` and exit 2, unless a command maps them otherwise;
``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from orgdesign import __version__
from orgdesign.model.errors import OrgDesignError

from . import commands_core

#: Modules contributing commands; each has register(subparsers).
COMMAND_MODULES = [commands_core]


class UsageError(OrgDesignError):
    """Bad arguments: exit 2 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    """Return the full argument parser with every command registered."""
    parser = _Parser(
        prog="orgdesign",
        description="Design customer-centred organisations: charts, RACI, interfaces.",
    )
    parser.add_argument("--version", action="version", version=f"orgdesign {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _load_optional_modules() -> None:
    # Commands of later features register themselves here when present, so the
    # foundation keeps working while a feature module is being written.
    import importlib

    for name in ("commands_layout", "commands_export", "commands_raci",
                 "commands_interfaces", "commands_hr"):
        try:
            mod = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            continue
        if mod not in COMMAND_MODULES:
            COMMAND_MODULES.append(mod)


def open_shorthand(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``argv`` with ``open`` put before a leading project file.

    Desktops start an app on a file as ``orgdesign FILE`` (the ``%f`` of the
    .desktop entry, "open with", a double click), so the first non-option
    argument is taken as the file to open when it is not a command and ends in
    ``.orgd`` or names an existing file.
    """
    first = next((i for i, a in enumerate(argv) if not a.startswith("-")), None)
    if first is None:
        return argv
    word = argv[first]
    commands = next(a.choices for a in parser._actions
                    if isinstance(a, argparse._SubParsersAction))
    if word in commands or not (word.lower().endswith(".orgd") or os.path.isfile(word)):
        return argv
    return [*argv[:first], "open", *argv[first:]]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    _load_optional_modules()
    parser = build_parser()
    argv = open_shorthand(parser, argv)
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            from .commands_core import run_app

            return run_app(None)
        return int(args.func(args) or 0)
    except OrgDesignError as exc:
        if debug:
            raise
        message = " ".join(str(exc).split())
        print(f"orgdesign: error: {message}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader went away (| head): not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("orgdesign: error: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        if debug:
            raise
        print(f"orgdesign: error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 2
