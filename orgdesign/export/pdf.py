"""PDF export: the QPdfWriter code lives in ``orgdesign.render.pdf_writer`` (Qt stays in render/)."""

from orgdesign.render.pdf_writer import (
    FOOTER_MM,
    MIN_NAME_PT,
    RESOLUTION,
    fit_name_pt,
    fix_to_unicode,
    tile_layout,
    write_pdf,
)

__all__ = ["FOOTER_MM", "MIN_NAME_PT", "RESOLUTION", "fit_name_pt", "fix_to_unicode",
           "tile_layout", "write_pdf"]
