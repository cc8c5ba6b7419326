"""Write every sample in every language: ``python -m orgdesign.samples.write DIR``."""

from __future__ import annotations

import sys
from pathlib import Path

from orgdesign.io.atomic import atomic_write_bytes
from orgdesign.io.project_file import dumps_project

from .registry import build_sample, sample_names

LANGS = ("en", "zh")


def sample_filename(name: str, lang: str) -> str:
    """The shipped file name of a sample, e.g. ``bakery-zh.orgd``."""
    return f"{name}-{lang}.orgd"


def write_samples(folder: Path) -> list[Path]:
    """Write ``<name>-<lang>.orgd`` for every sample into ``folder``; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in sample_names():
        for lang in LANGS:
            path = folder / sample_filename(name, lang)
            project = build_sample(name, lang)
            # Shipped files are reproducible: no save time stamped in them.
            atomic_write_bytes(path, dumps_project(project).encode("utf-8"))
            out.append(path)
    return out


if __name__ == "__main__":
    for p in write_samples(Path(sys.argv[1] if len(sys.argv) > 1 else "resources/samples")):
        print(p)
