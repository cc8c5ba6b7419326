"""HR sheet import: map columns to fields, build the organisation, name every problem.

The three steps are separate so the mapping dialog can preview any mapping
live: :func:`read_sheet` (file -> :class:`RawSheet`), :func:`guess_mapping`
(headers -> :class:`Mapping`), :func:`build_project` (sheet + mapping ->
:class:`ImportResult`: the project and the :class:`Problem` list).

The tree follows the manager column.  Nothing is dropped: a row that cannot
be placed becomes a parked root (its reports follow it into the parking
lot); a second row of the same person under another manager becomes a dotted
:class:`~orgdesign.model.SecondaryLine`; only blank rows and exact repeats
are skipped, and both are reported.  How HR fields land in the model is
described in :mod:`orgdesign.io.hr_columns`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence

from orgdesign.model import ImportError_
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

from .hr_build import build_rows
from .hr_columns import FIELD_KEYS, field_for_header, normalize_header
from .hr_read import RawRow, RawSheet, paused_gc, read_sheet
from .hr_result import (
    DOTTED,
    PARKED,
    PLACED,
    REPEAT,
    ImportOptions,
    ImportResult,
    Mapping,
    Problem,
)

__all__ = [
    "DOTTED", "PARKED", "PLACED", "REPEAT", "ImportOptions", "ImportResult", "Mapping",
    "Problem", "RawRow", "RawSheet", "apply_overrides", "build_project", "guess_mapping",
    "import_hr", "read_sheet",
]


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """Map every header that names a known field (English or Chinese); first column wins.

    A second manager-like column (``Manager`` beside ``Manager ID``) becomes
    ``manager_name``.  Never raises.
    """
    columns: dict[str, int] = {}
    for c, h in enumerate(headers):
        key = field_for_header(h)
        if key is None:
            continue
        if key in columns:
            if key in ("manager", "manager_name"):
                other = "manager_name" if key == "manager" else "manager"
                if other not in columns:
                    columns[other] = c
            continue
        columns[key] = c
    return Mapping(columns)


def _find_column(headers: Sequence[str], text: str) -> int | None:
    for test in (lambda h: h == text, lambda h: h.casefold() == text.casefold(),
                 lambda h: normalize_header(h) == normalize_header(text)):
        for c, h in enumerate(headers):
            if test(h):
                return c
    if re.fullmatch(r"[A-Za-z]{1,3}", text):
        n = 0
        for ch in text.upper():
            n = n * 26 + ord(ch) - 64
        if n - 1 < len(headers):
            return n - 1
    return None


def apply_overrides(mapping: Mapping, headers: Sequence[str],
                    overrides: Iterable[str]) -> Mapping:
    """Return ``mapping`` changed by ``field=Column`` texts (the ``--map`` options).

    ``Column`` is a header (case-insensitive) or a column letter; an empty
    column unmaps the field; ``ignore=Column`` drops a column.  Raises
    :class:`ImportError_` for an unknown field or column.
    """
    columns = dict(mapping.columns)
    ignored = set(mapping.ignored)
    for item in overrides:
        key, sep, col = item.partition("=")
        key, col = key.strip().lower().replace("-", "_"), col.strip()
        if not sep or (key not in FIELD_KEYS and key != "ignore"):
            raise ImportError_(msg(QT_TRANSLATE_NOOP(
                "Messages", "cannot use --map {item!r}: write field=Column with a field of "
                "{fields} (or ignore=Column)"), item=item, fields=", ".join(FIELD_KEYS)))
        if not col:
            if key == "ignore":
                raise ImportError_(msg(QT_TRANSLATE_NOOP(
                    "Messages", "--map {item!r} names no column"), item=item))
            columns.pop(key, None)
            continue
        c = _find_column(headers, col)
        if c is None:
            shown = ", ".join(repr(h) for h in headers[:30])
            raise ImportError_(msg(QT_TRANSLATE_NOOP(
                "Messages", "--map {item!r}: no column {column!r} in the sheet (it has: "
                "{headers})"), item=item, column=col, headers=shown), column=col)
        if key == "ignore":
            ignored.add(c)
            for k in [k for k, v in columns.items() if v == c]:
                del columns[k]
        else:
            columns[key] = c
            ignored.discard(c)
    return Mapping(columns, ignored)


def build_project(raw: RawSheet, mapping: Mapping,
                  options: ImportOptions | None = None) -> ImportResult:
    """Build a project from sheet rows under ``mapping``; return it with every problem.

    Raises :class:`ImportError_` when the sheet has no data rows or the
    mapping names neither an id, a name nor a title (nothing to build from).
    """
    options = options or ImportOptions()
    if not raw.rows:
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "{path} has a header (row {row}) but no data rows"), path=raw.path,
            row=raw.header_row))
    if not {"id", "name", "first_name", "last_name", "title", "unit_name"} & set(mapping.columns):
        shown = ", ".join(repr(h) for h in raw.headers[:20])
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "no column of {path} is recognised as id, name or title (headers: "
            "{headers}); map them with --map field=Column"), path=raw.path, headers=shown))
    with paused_gc():
        return build_rows(raw, mapping, options)


def import_hr(path: str | os.PathLike[str], *, sheet: str | None = None,
              encoding: str | None = None, overrides: Iterable[str] = (),
              options: ImportOptions | None = None) -> ImportResult:
    """Read, map (guess + ``field=Column`` overrides) and build in one call.

    Raises :class:`ImportError_` when nothing can be read.
    """
    raw = read_sheet(path, sheet=sheet, encoding=encoding)
    mapping = apply_overrides(guess_mapping(raw.headers), raw.headers, overrides)
    return build_project(raw, mapping, options)
