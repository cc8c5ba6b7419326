"""Blocks of cells as tab-separated text, the form Excel and LibreOffice put on the clipboard."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence


def parse_block(text: str) -> list[list[str]]:
    """Return the rows of a tab-separated block (an empty list for blank text).

    Excel ends the block with a line break and quotes cells that hold a tab,
    a line break or a quote; both are undone here.  Rows keep their own
    lengths (the caller pads short rows with blanks).
    """
    if not text or not text.strip("\r\n"):
        return []
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t"))
    # A trailing line break gives no row with csv, but a lone "\n" in the middle
    # gives an empty one, which is a blank row of the block and must stay.
    return [row if row else [""] for row in rows]


def format_block(rows: Sequence[Sequence[str]]) -> str:
    """Return rows of cell text as tab-separated text with CRLF line ends, as Excel writes it."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter="\t", lineterminator="\r\n",
                        quoting=csv.QUOTE_MINIMAL)
    for row in rows:
        writer.writerow(list(row))
    return buf.getvalue()
