"""The layout of an OrgDesign RACI workbook, shared by the export and the import.

Sheet **RACI** carries its own ids, so that the client may sort, insert and
delete rows and columns and rename anything, and every row and column still
names its activity or role:

* column A (hidden) holds ``act:<activity id>`` in each activity row, and the
  markers :data:`IDS_ROW` and :data:`HEADER_ROW` in the id row and header row;
* the id row (hidden, right above the header) holds ``col:group``,
  ``col:activity``, ``role:<role id>`` for each role column and
  ``col:count:<letter>`` for the check columns.

Ids move with their row or column because they sit in it; a separate id
sheet could not follow a sort.  The hidden sheet :data:`SHEET_META` holds
the format tag and version, the matrix id, scheme and the links of each
activity (to a step) and role (to a unit).

Text is stored in the OOXML ``_xHHHH_`` escape form (ECMA-376 ST_Xstring)
that Excel and LibreOffice decode: characters XML cannot hold become escapes
and a literal ``_x0041_`` is protected as ``_x005F_x0041_``.  openpyxl
neither encodes nor decodes, so both sides go through :func:`to_xlsx_text`
and :func:`from_xlsx_text`.
"""

from __future__ import annotations

import re

SHEET_RACI = "RACI"
SHEET_WORKLOAD = "Workload"
SHEET_ISSUES = "Issues"
SHEET_LEGEND = "Legend"
SHEET_META = "_orgdesign"

FORMAT_TAG = "orgdesign-raci"
FORMAT_VERSION = 1

#: Rows of sheet RACI as exported (the import finds them by their markers).
TITLE_ROW = 1
SUBTITLE_ROW = 2
NOTE_ROW = 3
ID_ROW = 4
HEADER_ROW_NO = 5
FIRST_DATA_ROW = 6
#: Columns: A ids (hidden), B group, C activity, then one per role.
ID_COL = 1
GROUP_COL = 2
ACTIVITY_COL = 3
FIRST_ROLE_COL = 4
#: Empty rows below the table that still carry the drop-down and colours, so
#: that a client who appends activities at the bottom gets them too.
SPARE_ROWS = 50

IDS_ROW = "row:ids"
HEADER_ROW = "row:header"
COL_GROUP = "col:group"
COL_ACTIVITY = "col:activity"
COL_COUNT = "col:count:"
ROLE_PREFIX = "role:"
ACT_PREFIX = "act:"

#: Where the meta sheet's key/value block and id table start.
META_KEYS = ("format", "version", "matrix", "name", "scheme", "lang", "exported", "project")
META_TABLE_ROW = 12

#: Text starting with one of these could be read as a formula by a spreadsheet.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_ESCAPE_LIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")
# Characters XML 1.0 cannot hold, plus lone surrogates (no UTF-8 form).
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def to_xlsx_text(text: str) -> str:
    """Return ``text`` in the escape form a workbook stores (see the module doc)."""
    if "_x" in text:
        text = _ESCAPE_LIKE.sub("_x005F_", text)
    return _UNSAFE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def from_xlsx_text(text: str) -> str:
    """Inverse of :func:`to_xlsx_text`: decode every ``_xHHHH_`` escape."""
    if "_x" not in text:
        return text
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def looks_like_formula(text: str) -> bool:
    """True when a spreadsheet could take ``text`` for a formula (see FORMULA_STARTS)."""
    return text.startswith(FORMULA_STARTS)
