"""PNG export: the strip painter lives in ``orgdesign.render.raster`` (Qt stays in render/)."""

from orgdesign.render.raster import MAX_SIDE, png_bytes, png_scale, render_qimage, write_png

__all__ = ["MAX_SIDE", "png_bytes", "png_scale", "render_qimage", "write_png"]
