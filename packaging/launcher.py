"""Entry script of the bundled app: PyInstaller freezes this file as ``orgdesign``.

It does what the ``orgdesign`` console command does (``orgdesign.cli.main``),
plus two things only a bundle needs:

* the fonts shipped in the bundle (``resources/fonts``) are added to the
  system's through a fontconfig file, so Chinese text renders, and exports
  measure the same, on a desktop without a CJK font;
* ``orgdesign --smoke OUT.png [FILE.orgd]`` opens the main window on FILE,
  saves a picture of it and exits 0 (``make package-test`` uses it: the same as
  ``python -m orgdesign.app.smoke`` in a checkout). It is left out of
  ``--help`` on purpose: it is a check of the bundle, not a user command;
* ``orgdesign --install-desktop [--uninstall]`` adds the menu entry, the
  ``.orgd`` file type and the icons for the current user, with the menu entry
  running this bundle (packaging/install_desktop.py, the same code as
  ``make install-desktop``).
"""

from __future__ import annotations

import os
import sys


def use_bundled_fonts() -> str | None:
    """Point fontconfig at the bundle's ``fonts.conf`` (system fonts plus ours).

    Returns the file used, or None in a checkout, when the bundle has no fonts,
    or when the user already chose a ``FONTCONFIG_FILE``.
    """
    if not getattr(sys, "frozen", False) or os.environ.get("FONTCONFIG_FILE"):
        return None
    from orgdesign.resources import resource_path

    conf = resource_path("fonts", "fonts.conf")
    if not conf.is_file():
        return None
    os.environ["FONTCONFIG_FILE"] = str(conf)
    return str(conf)


def main(argv: list[str] | None = None) -> int:
    """Run the command line (or ``--smoke``, ``--install-desktop``); return the exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    use_bundled_fonts()
    if args[:1] == ["--smoke"]:
        from orgdesign.app.smoke import main as smoke_main

        return smoke_main(args[1:])
    if args[:1] == ["--install-desktop"]:
        from install_desktop import main as install_main  # packaging/install_desktop.py

        return install_main(args[1:])
    from orgdesign.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
