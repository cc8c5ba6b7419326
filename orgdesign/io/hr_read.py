"""Reading an HR sheet (CSV or XLSX) into rows of text, with the header row found.

:func:`read_sheet` does no interpretation beyond text: it decodes, splits,
finds the header row (even below a title block, even two rows tall with
merged cells) and numbers every row as the spreadsheet shows it, so the
mapping dialog can preview any mapping without reading the file again.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import gc
import io
import os
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from orgdesign.model import ImportError_
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

from .hr_columns import field_for_header, unprotect_csv_cell

#: Rows searched for the header (a title block above it is rarely longer).
HEADER_SEARCH_ROWS = 30
#: Bytes of a CSV file given to the delimiter sniffer.
SNIFF_BYTES = 64 * 1024
#: Largest sheet file read (a bigger one is not an HR export).
MAX_SHEET_BYTES = 512 * 1024 * 1024
#: Longest CSV cell read (the csv module's default of 128 KB is too small for notes).
MAX_CSV_CELL = 16 * 1024 * 1024


@dataclass
class RawRow:
    """One non-empty data row: its 1-based spreadsheet row number and its cells as text."""

    number: int
    cells: list[str]

    def cell(self, column: int) -> str:
        """The text of ``column`` (0-based); empty when the row is shorter."""
        return self.cells[column] if column < len(self.cells) else ""


@dataclass
class RawSheet:
    """What :func:`read_sheet` found: headers, data rows and how the file was read."""

    path: str
    format: str  # "csv" or "xlsx"
    headers: list[str]
    rows: list[RawRow]
    header_row: int  # 1-based number of the (last) header row
    header_rows: int = 1  # 2 for a two-row header with merged cells
    empty_rows: list[int] = field(default_factory=list)  # skipped, between data rows
    sheet: str | None = None
    sheets: list[str] = field(default_factory=list)
    encoding: str | None = None
    delimiter: str | None = None
    width: int = 0  # cells in the header row (rows may be longer)

    def head(self, n: int) -> RawSheet:
        """A copy with only the first ``n`` data rows (for a quick preview)."""
        keep = self.rows[:n]
        last = keep[-1].number if keep else self.header_row
        return replace(self, rows=keep, empty_rows=[r for r in self.empty_rows if r < last])

    def column_label(self, column: int) -> str:
        """``'Name' (B)``: how messages name a column."""
        name = self.headers[column] if column < len(self.headers) else ""
        return f"{name!r} ({column_letter(column)})" if name else column_letter(column)


def column_letter(column: int) -> str:
    """Spreadsheet letters of a 0-based column index (0 -> A, 27 -> AB)."""
    out = ""
    n = column + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def cell_text(value: Any) -> str:
    """A cell value as the text a user sees: 1001.0 -> '1001', dates in ISO form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value).strip()


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects.

    A 50,000-row sheet allocates a million containers without a single
    reference cycle; the collector's repeated full scans would triple the time.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def read_sheet(path: str | os.PathLike[str], sheet: str | None = None,
               encoding: str | None = None) -> RawSheet:
    """Read a CSV or XLSX file; return its header and data rows as text.

    ``sheet`` picks a worksheet of a workbook (default: the first visible
    one); ``encoding`` overrides the detection for CSV.  Raises
    :class:`ImportError_` when the file cannot be read, is empty, or names a
    sheet or encoding that does not exist.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError as e:
        # the reason is the system's own sentence (in the system's language)
        raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}"),
                               path=str(p), reason=e.strerror or str(e))) from None
    if p.is_dir():
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot read {path}: it is a folder"), path=str(p)))
    if size > MAX_SHEET_BYTES:
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot read {path}: {size} MB is too large for an HR sheet"),
            path=str(p), size=size // 2**20))
    with open(p, "rb") as f:
        magic = f.read(4)
    if magic.startswith(b"PK\x03\x04"):
        with paused_gc():
            return _read_xlsx(p, sheet)
    if p.suffix.lower() in (".xls", ".xlsb", ".ods") or magic.startswith(b"\xd0\xcf\x11\xe0"):
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot read {path}: save it as .xlsx or .csv first"), path=str(p)))
    if sheet is not None:
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "{path} is a CSV file; it has no sheet {sheet!r}"), path=str(p),
            sheet=sheet))
    with paused_gc():
        return _read_csv(p, encoding)


# --- header detection ---------------------------------------------------------------


def _header_score(cells: list[str]) -> int:
    return sum(1 for c in cells if c and field_for_header(c) is not None)


def _locate_header(top: list[list[str]], merges: list[tuple[int, int, int, int]]
                   ) -> tuple[int, int, list[str]]:
    """Return (first header row index, header row count, headers) among the ``top`` rows.

    ``top`` holds merge-resolved rows (every cell of a merged range carries
    its text).  The header row is the one naming most known fields; without
    any, the first non-empty row.  A header is two rows tall when a merged
    range joins it with the row above or below (a group title over sub-headers).
    """
    best, best_score = -1, 0
    for i, cells in enumerate(top):
        score = _header_score(cells)
        if score > best_score:
            best, best_score = i, score
    if best < 0:
        best = next((i for i, cells in enumerate(top) if any(cells)), -1)
        if best < 0:
            return 0, 0, []
    first, count = best, 1
    for r1, _c1, r2, _c2 in merges:  # 0-based, inclusive
        if r1 < r2 and r1 <= best <= r2:  # a header cell two rows tall
            first, count = (best - 1 if r1 < best else best), 2
            break
    if count == 1 and best + 1 < len(top):
        # A group title merged across columns over sub-headers in the next row
        spans = [(c1, c2) for r1, c1, r2, c2 in merges if r1 == r2 == best and c2 > c1]
        below = top[best + 1]
        inside = {c for c1, c2 in spans for c in range(c1, c2 + 1)}
        under = [below[c] for c in sorted(inside) if c < len(below)]
        outside = [v for c, v in enumerate(below) if c not in inside]
        if spans and any(under) and (_header_score(under) > 0 or not any(outside)):
            count = 2
    if count == 1:
        return best, 1, list(top[best])
    upper, lower = top[first], top[first + 1] if first + 1 < len(top) else []
    width = max(len(upper), len(lower))
    headers = []
    for c in range(width):
        up = upper[c] if c < len(upper) else ""
        low = lower[c] if c < len(lower) else ""
        if not low or low == up:
            headers.append(up)
        elif not up or field_for_header(low) is not None:
            headers.append(low)
        else:
            headers.append(f"{up} {low}")
    return first, 2, headers


def _unique_headers(headers: list[str], width: int) -> list[str]:
    """Headers padded to ``width``; blanks named by column letter, repeats numbered."""
    out: list[str] = []
    seen: dict[str, int] = {}
    for c in range(width):
        h = headers[c] if c < len(headers) else ""
        if not h:
            h = f"Column {column_letter(c)}"
        key = h.casefold()
        if key in seen:
            seen[key] += 1
            h = f"{h} ({seen[key]})"
        else:
            seen[key] = 1
        out.append(h)
    return out


def _assemble(path: Path, fmt: str, rows: Iterable[list[str]],
              merges: list[tuple[int, int, int, int]], **info: Any) -> RawSheet:
    """Find the header among the first rows, then collect numbered data rows."""
    it = iter(rows)
    top: list[list[str]] = []
    for cells in it:
        top.append(cells)
        if len(top) >= HEADER_SEARCH_ROWS:
            break
    resolved = [list(r) for r in top]
    for r1, c1, r2, c2 in merges:
        if r1 >= len(resolved):
            continue
        src = resolved[r1][c1] if c1 < len(resolved[r1]) else ""
        for r in range(r1, min(r2, len(resolved) - 1) + 1):
            row = resolved[r]
            if len(row) <= c2:
                row.extend([""] * (c2 + 1 - len(row)))
            for c in range(c1, c2 + 1):
                if not row[c]:
                    row[c] = src
    first, count, headers = _locate_header(resolved, merges)
    if count == 0:
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "{path} holds no data: every row is empty"), path=str(path)))
    data_start = first + count
    width = len(headers)
    while width and not headers[width - 1]:
        width -= 1
    out: list[RawRow] = []
    empty: list[int] = []
    pending: list[int] = []
    # A cell merged down over several data rows (a department name spanning its
    # people, common in Chinese sheets) holds its text for each of those rows.
    starts: dict[int, list[tuple[int, int]]] = {}
    for r1, c1, r2, _c2 in merges:
        if r2 > r1 and r1 >= data_start:
            starts.setdefault(r1, []).append((c1, r2))
    active: list[tuple[int, int, str]] = []  # (column, last row index, text)

    def take(number: int, cells: list[str]) -> None:
        i = number - 1
        if active:
            for c, _last, text in active:
                if len(cells) <= c:
                    cells.extend([""] * (c + 1 - len(cells)))
                if not cells[c]:
                    cells[c] = text
            active[:] = [a for a in active if a[1] > i]
        for c, last in starts.get(i, ()):
            if c < len(cells) and cells[c]:
                active.append((c, last, cells[c]))
        if any(cells):
            out.append(RawRow(number, cells))
            empty.extend(pending)
            pending.clear()
        elif out:  # blank rows after the last data row are not counted
            pending.append(number)
        else:
            empty.append(number)

    for i in range(data_start, len(top)):
        take(i + 1, list(top[i]))
    number = len(top)
    for cells in it:
        number += 1
        take(number, cells)
    full = max([width] + [len(r.cells) for r in out])
    return RawSheet(path=os.fspath(path), format=fmt, headers=_unique_headers(headers, full),
                    rows=out, header_row=first + count, header_rows=count, empty_rows=empty,
                    width=width, **info)


# --- CSV -----------------------------------------------------------------------------


def _detect_encoding(data: bytes) -> tuple[str, int]:
    """Return (codec, BOM length): BOMs first, then UTF-16 by its zero bytes, UTF-8, GB18030."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return codec, len(bom)
    sample = data[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        half = len(sample) // 2
        if odd > half * 0.3 and even < half * 0.05:
            return "utf-16-le", 0
        if even > half * 0.3 and odd < half * 0.05:
            return "utf-16-be", 0
    try:
        data.decode("utf-8")
        return "utf-8", 0
    except UnicodeDecodeError:
        pass
    try:
        data.decode("gb18030")
        return "gb18030", 0
    except UnicodeDecodeError:
        # Not Chinese either: a Western single-byte file decodes with every byte kept.
        return "cp1252" if _decodes(data, "cp1252") else "latin-1", 0


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def _column_counts(sample: str, dialect: Any) -> tuple[int, int]:
    """How well a dialect splits the sample: (rows with the commonest width > 1, that width)."""
    counts: dict[int, int] = {}
    try:
        for i, row in enumerate(csv.reader(io.StringIO(sample), dialect)):
            if i >= 50:
                break
            if len(row) > 1:
                counts[len(row)] = counts.get(len(row), 0) + 1
    except csv.Error:
        return 0, 0
    if not counts:
        return 0, 0
    width = max(counts, key=lambda w: (counts[w], w))
    return counts[width], width


class _Standard(csv.Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = csv.QUOTE_MINIMAL
    strict = False


def _dialect(text: str) -> type[csv.Dialect]:
    """Sniff delimiter and quoting, checked against plain dialects; comma when all fail.

    The candidates are scored by how consistently they split the sample;
    on a tie the sniffed delimiter with standard double-quote quoting wins
    (the sniffer's quoting guesses go wrong on short samples such as a
    lone ``"`` in a cell, and nearly every HR system writes standard CSV).
    """
    sample = text[:SNIFF_BYTES]
    if len(text) > SNIFF_BYTES:  # never judge a cut-off last line
        sample = sample[: sample.rfind("\n") + 1] or sample
    plain = [type("Plain", (_Standard,), {"delimiter": d}) for d in (",", ";", "\t", "|")]
    candidates: list[type[csv.Dialect]] = []
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        candidates.append(type("Plain", (_Standard,), {"delimiter": sniffed.delimiter}))
        candidates.append(sniffed)
    except csv.Error:
        pass
    candidates += plain
    best, best_score = plain[0], (0, 0)
    for cand in candidates:
        score = _column_counts(sample, cand)
        if score > best_score:
            best, best_score = cand, score
    return best


def _read_csv(path: Path, encoding: str | None) -> RawSheet:
    data = path.read_bytes()
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise ImportError_(msg(QT_TRANSLATE_NOOP(
                "Messages", "unknown encoding {encoding!r}"), encoding=encoding)) from None
        codec, skip = encoding, 0
        if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig") and data.startswith(
                codecs.BOM_UTF8):
            skip = 3
    else:
        codec, skip = _detect_encoding(data)
    try:
        text = data[skip:].decode(codec)
    except UnicodeDecodeError as e:
        line = data[skip:skip + e.start].count(b"\n") + 1
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "{path} is not {encoding} text (line {line}); try --encoding gb18030, "
            "utf-16 or latin-1"), path=str(path), encoding=codec, line=line),
            row=line) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages", "{path} is empty"),
                               path=str(path)))
    text = text.replace("\x00", "")  # NULs would stop the csv module
    dialect = _dialect(text)

    def rows() -> Iterator[list[str]]:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            yield [unprotect_csv_cell(c.strip()).strip() for c in row]

    old_limit = csv.field_size_limit(MAX_CSV_CELL)
    try:
        return _assemble(path, "csv", rows(), [], encoding=codec,
                         delimiter=getattr(dialect, "delimiter", ","))
    except csv.Error as e:
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot read {path} as CSV: {reason}"), path=str(path),
            reason=str(e))) from None
    finally:
        csv.field_size_limit(old_limit)


# --- XLSX ----------------------------------------------------------------------------

_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _merged_ranges(ws: Any) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as 0-based, inclusive (r1, c1, r2, c2), sorted.

    Read-only worksheets do not expose merged cells, so the sheet's XML is
    scanned for ``<mergeCell ref=…>``; when openpyxl's internals change the
    scan finds nothing and headers are read without merges.
    """
    out: list[tuple[int, int, int, int]] = []
    try:
        src = ws._get_source()
    except Exception:  # noqa: BLE001 - private API; merges are a refinement only
        return out
    with src:
        tail = b""
        while True:
            chunk = src.read(1 << 20)
            if not chunk:
                break
            buf = tail + chunk
            for m in _MERGE.finditer(buf):
                out.append((int(m.group(2)) - 1, _col_index(m.group(1)),
                            int(m.group(4)) - 1, _col_index(m.group(3))))
            tail = buf[-200:]
            # a match straddling the cut would be found twice: keep unique ranges
    return sorted(set(out))


def _likeliest_sheet(sheets: list[Any]) -> str:
    """The title of the sheet whose top rows name most HR fields (the first on ties).

    A workbook often opens with a notes or cover sheet before the staff list;
    the list is the sheet with a header row we recognise.  Only the first
    :data:`HEADER_SEARCH_ROWS` rows of each sheet are read.
    """
    best, best_score = sheets[0].title, 0
    for ws in sheets:
        if not hasattr(ws, "iter_rows"):  # a chart sheet
            continue
        score = 0
        for row in ws.iter_rows(max_row=HEADER_SEARCH_ROWS, values_only=True):
            score = max(score, _header_score([cell_text(v) for v in row[:200]]))
        if score > best_score:
            best, best_score = ws.title, score
    return best


def _read_xlsx(path: Path, sheet: str | None) -> RawSheet:
    import openpyxl  # heavy: imported only when a workbook is read

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, AttributeError, TypeError) as e:
        # openpyxl meets some malformed parts (an empty chart sheet...) with
        # AttributeError or TypeError: still a file we cannot read, not a crash
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot read {path} as a workbook: {reason}"), path=str(path),
            reason=str(e))) from None
    try:
        names = list(wb.sheetnames)
        if sheet is None:
            visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
            if not visible:
                raise ImportError_(msg(QT_TRANSLATE_NOOP(
                    "Messages", "{path} has no visible worksheet"), path=str(path)))
            chosen = _likeliest_sheet(visible)
        elif sheet in names:
            chosen = sheet
        else:
            raise ImportError_(msg(QT_TRANSLATE_NOOP(
                "Messages", "{path} has no sheet {sheet!r} (it has: {sheets})"),
                path=str(path), sheet=sheet, sheets=", ".join(names)))
        ws = wb[chosen]
        if not hasattr(ws, "iter_rows") or not hasattr(ws, "reset_dimensions"):
            raise ImportError_(msg(QT_TRANSLATE_NOOP(
                "Messages", "sheet {sheet!r} of {path} is a chart, not a table"),
                sheet=chosen, path=str(path)))
        merges = _merged_ranges(ws)
        ws.reset_dimensions()  # trust the cells, not a possibly wrong <dimension>

        def rows() -> Iterator[list[str]]:
            # openpyxl fills rows missing from the file, so the count is the row number
            for row in ws.iter_rows(values_only=True):
                yield [cell_text(v) for v in row]

        return _assemble(path, "xlsx", rows(), merges, sheet=chosen, sheets=names)
    finally:
        wb.close()
