"""The gallery: every sample in every view, in English and Chinese, as pictures to look at.

``python -m orgdesign.export.gallery docs/gallery`` (``make gallery``) writes
``<sample>-<lang>-<view>.png`` for every sample, language and view, renders
the PDF export of each sample (classic view, automatic pages, and the rings
view on one page) to PNG with ``pdftoppm``, and an ``index.md`` linking
them all.  Pictures are at most 2600 px wide (2.6 megapixels) to keep the folder small.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from orgdesign.layout.graphviz_run import graphviz_available
from orgdesign.render.raster import shrink_png
from orgdesign.render.style import RenderOptions
from orgdesign.samples.registry import SAMPLES, build_sample, sample_names

from .diagram import export_diagram
from .options import ExportOptions
from .views import plan_pages, view_label

MAX_WIDTH = 2600
MAX_PIXELS = 2_600_000
VIEWS = ("classic", "compact", "inverted", "rings", "process", "interfaces")


def _shrink(path: Path) -> None:
    shrink_png(path)


def _png(project, out: Path, view: str, lang: str) -> Path:
    opts = ExportOptions(render=RenderOptions(lang=lang))
    page = plan_pages(project, view, options=opts, mode="fit")[0]
    _, _, w, h = page.display.bounds
    # At most MAX_WIDTH wide and MAX_PIXELS in all, so a square chart stays small too.
    width = round(min(MAX_WIDTH, w, (MAX_PIXELS * w / h) ** 0.5))
    export_diagram(project, out, view=view, options=ExportOptions(
        render=RenderOptions(lang=lang), width_px=width))
    _shrink(out)
    return out


def _pdf_pages(project, folder: Path, stem: str, view: str, lang: str, pages: str,
               page: str = "A4") -> list[Path]:
    """Export a PDF and render its first pages (at most 3) to PNG with pdftoppm."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / f"{stem}.pdf"
        export_diagram(project, pdf, view=view, options=ExportOptions(
            render=RenderOptions(lang=lang), pages=pages, page=page))
        if shutil.which("pdftoppm") is None:
            return []
        prefix = folder / f"{stem}-pdf"
        subprocess.run(["pdftoppm", "-png", "-r", "110", "-l", "3", str(pdf), str(prefix)],
                       check=True, capture_output=True)
    pngs = sorted(folder.glob(f"{stem}-pdf-*.png"))
    for png in pngs:
        _shrink(png)
    return pngs


def build_gallery(folder: str | os.PathLike[str], langs: tuple[str, ...] = ("en", "zh")
                  ) -> list[Path]:
    """Write the gallery into ``folder``; return the files written."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    written: list[Path] = []
    lines = ["# Gallery", "",
             "Every sample in every view, drawn by `orgdesign export` (regenerate with "
             "`make gallery`). PDF pages are rendered with `pdftoppm`.", ""]
    gv = graphviz_available("dot")
    for name in sample_names():
        for lang in langs:
            project = build_sample(name, lang)
            lines += [f"## {SAMPLES[name].title(lang)} ({name}, {lang})", ""]
            for view in VIEWS:
                if view in ("process", "interfaces") and not gv:
                    continue
                if view == "process":
                    if not project.processes:
                        continue
                    view_name = f"process:{project.processes[0].id}"
                else:
                    view_name = view
                png = _png(project, out / f"{name}-{lang}-{view}.png", view_name, lang)
                written.append(png)
                lines.append(f"![{view_label(view, 'en')}]({png.name})")
                lines.append("")
            for stem, view, pages, page in ((f"{name}-{lang}-classic", "classic", "auto", "A4"),
                                            (f"{name}-{lang}-rings", "rings", "fit", "A3")):
                for png in _pdf_pages(project, out, stem, view, lang, pages, page):
                    written.append(png)
                    lines.append(f"![PDF {view} {page}, page {png.stem.rsplit('-', 1)[-1]}]"
                                 f"({png.name})")
                    lines.append("")
    (out / "index.md").write_text("\n".join(lines), encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry: ``python -m orgdesign.export.gallery FOLDER``."""
    args = sys.argv[1:] if argv is None else argv
    folder = args[0] if args else "docs/gallery"
    files = build_gallery(folder)
    total = sum(f.stat().st_size for f in files)
    print(f"wrote {len(files)} pictures to {folder} ({total / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
