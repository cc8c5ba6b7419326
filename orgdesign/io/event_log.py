"""Reading event logs (CSV or XES) into columns, fast and safely.

Columns are found by name, case-insensitively, unless given: the case id
(``case:concept:name``, ``case``, ``case id``...), the activity
(``concept:name``, ``activity``...), the group (``org:group``, ``group``;
failing those ``org:resource``, ``resource``) and the timestamp
(``time:timestamp``, ``timestamp``...).  In XES the case id is the trace's
``concept:name`` and the others are event attributes with the same keys.

Values:

* An empty (or blank) group is the group :data:`NO_GROUP`, shown as
  ``(none)``; any other text, ``EMPTY`` or ``null`` included, is a group name.
* Timestamps are ISO 8601 (``2024-03-01T09:30:00+08:00``, ``...Z``, a space
  for the ``T``, ``/`` between date parts, or ``2024年3月1日 09:30``).  Each
  is converted to seconds since the epoch in UTC, so mixed offsets order
  correctly.  A timestamp **without** an offset is taken as UTC.
* A row with no case id, or with a missing or unparsable timestamp, is left
  out and listed in :attr:`EventLog.skipped` with its line number (for CSV
  the line where the row ends, the header being line 1; for XES the line of
  the ``<event>`` tag).  Blank lines are not rows.

XES is parsed with expat directly, streaming, and refuses any document type
declaration (so no entity, internal or external, is ever expanded).  A file
ending in ``.gz`` is decompressed on the fly.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import os
import re
from array import array
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import IO, NoReturn, cast
from xml.parsers import expat

from orgdesign.model import ImportError_
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, as_message, msg

#: The group of an event whose group value is empty.
NO_GROUP = ""
#: How :data:`NO_GROUP` is shown.
NO_GROUP_NAME = "(none)"

#: Candidate column names per role, in order of preference (compared case-insensitively).
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "case": ("case:concept:name", "case", "case id", "case_id", "caseid", "case:id",
             "trace", "trace id"),
    "activity": ("concept:name", "activity", "activity name", "activity_name", "event",
                 "task"),
    "group": ("org:group", "group", "org:role", "role", "department", "team",
              "org:resource", "resource", "performer", "user"),
    "timestamp": ("time:timestamp", "timestamp", "time", "complete timestamp", "datetime",
                  "date", "end", "end time"),
}

csv.field_size_limit(16 * 1024 * 1024)


@dataclass(frozen=True)
class SkippedRow:
    """A row left out of the log: its line number and why (``message``; plain text
    is accepted and kept as a message without parameters)."""

    line: int
    message: Message

    def __post_init__(self) -> None:
        if not isinstance(self.message, Message):
            object.__setattr__(self, "message", as_message(self.message))

    @property
    def reason(self) -> str:
        """Why the row was left out, in English (what the CLI prints)."""
        return str(self.message)

    def to_dict(self) -> dict:
        """Return ``{"line", "reason"}`` (the reason in English)."""
        return {"line": self.line, "reason": self.reason}


# Shared: a log can have many such rows, and a Message is immutable.
_MISSING_CASE = msg(QT_TRANSLATE_NOOP("Messages", "missing case id"))
_MISSING_TIME = msg(QT_TRANSLATE_NOOP("Messages", "missing timestamp"))


def _bad_stamp(stamp: str) -> Message:
    """Why a row with timestamp text ``stamp`` is left out (it did not parse)."""
    if stamp.strip():
        return msg(QT_TRANSLATE_NOOP("Messages", "unparsable timestamp {stamp!r}"), stamp=stamp)
    return _MISSING_TIME


@dataclass
class EventLog:
    """An event log as parallel columns, one entry per kept event, in file order.

    ``case[i]`` indexes :attr:`cases`; ``time[i]`` is seconds since the epoch
    (UTC); ``group[i]`` is :data:`NO_GROUP` for an empty group.  Equal texts
    share one string object, so a million events cost little memory.
    """

    source: str
    format: str
    columns: dict[str, str | None]
    cases: list[str] = field(default_factory=list)
    case: array = field(default_factory=lambda: array("l"))
    activity: list[str] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    time: array = field(default_factory=lambda: array("d"))
    skipped: list[SkippedRow] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.time)


# --- timestamps -----------------------------------------------------------------------

_LOOSE = re.compile(
    r"^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?"
    r"(?:(?:[ T]|\s+)(\d{1,2})[:时](\d{2})(?:[:分](\d{2})(?:[.,](\d{1,9}))?秒?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$")


def parse_timestamp(text: str) -> float | None:
    """Return ``text`` as seconds since the epoch (naive means UTC), or None if unparsable."""
    try:
        dt = datetime.fromisoformat(text)
        if dt.tzinfo is None:
            dt = dt.replace(tzinfo=UTC)
        return dt.timestamp()
    except (ValueError, OverflowError, OSError):
        return _parse_loose(text)


def _parse_loose(text: str) -> float | None:
    m = _LOOSE.match(text)
    if m is None:
        return None
    y, mo, d, h, mi, s, frac, off = m.groups()
    tz = UTC
    if off and off != "Z":
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        minutes = int(digits[:2]) * 60 + (int(digits[2:4]) if len(digits) > 2 else 0)
        tz = timezone(sign * timedelta(minutes=minutes))
    try:
        dt = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0),
                      int((frac or "0")[:6].ljust(6, "0")), tzinfo=tz)
        return dt.timestamp()
    except (ValueError, OverflowError, OSError):
        return None


# --- building the columns -------------------------------------------------------------


class _Builder:
    """Collects events into an :class:`EventLog`, sharing equal strings."""

    def __init__(self, log: EventLog) -> None:
        self.log = log
        self.case_pos: dict[str, int] = {}
        self.names: dict[str, str] = {}

    def add(self, line: int, case: str, activity: str, group: str, stamp: str) -> None:
        log = self.log
        case = case.strip()
        if not case:
            log.skipped.append(SkippedRow(line, _MISSING_CASE))
            return
        t = parse_timestamp(stamp.strip()) if stamp else None
        if t is None:
            log.skipped.append(SkippedRow(line, _bad_stamp(stamp)))
            return
        pos = self.case_pos.get(case)
        if pos is None:
            pos = self.case_pos[case] = len(log.cases)
            log.cases.append(case)
        log.case.append(pos)
        log.time.append(t)
        group = group.strip()
        log.group.append(self.names.setdefault(group, group))
        activity = activity.strip()
        log.activity.append(self.names.setdefault(activity, activity))


def read_event_log(
    path: str | os.PathLike[str],
    case: str | None = None,
    activity: str | None = None,
    group: str | None = None,
    timestamp: str | None = None,
    fmt: str | None = None,
) -> EventLog:
    """Read a CSV or XES event log; column arguments override the auto-detection.

    ``fmt`` is ``"csv"`` or ``"xes"`` (default: from the extension, else from
    the first bytes).  Returns an :class:`EventLog`.  Raises
    :class:`ImportError_` when the file cannot be read, is not a log, lacks a
    case, group or timestamp column, or (XES) declares a document type.
    """
    p = Path(path)
    name = p.name.lower()
    packed = name.endswith(".gz")
    try:
        raw = cast(IO[bytes], gzip.open(p, "rb") if packed else open(p, "rb"))  # noqa: SIM115
    except OSError as exc:
        raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {error}"),
                               path=str(p), error=str(exc.strerror or exc))) from None
    with raw:
        try:
            if fmt is None:
                base = name[:-3] if packed else name
                first = _peek(raw, 4096).lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
                fmt = "xes" if base.endswith(".xes") or first == b"<" else "csv"
            if fmt == "xes":
                return _read_xes(raw, str(p), case, activity, group, timestamp)
            if fmt == "csv":
                return _read_csv(raw, str(p), case, activity, group, timestamp)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {error}"),
                                   path=str(p), error=str(exc))) from None
    raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages",
                                             "unknown event log format {format!r} (csv or xes)"),
                           format=fmt))


def _peek(raw: IO[bytes], size: int) -> bytes:
    # Buffered readers and gzip files both peek without consuming.
    peek = getattr(raw, "peek", None)
    return peek(size)[:size] if peek is not None else b""


# --- CSV ------------------------------------------------------------------------------


def _encoding(sample: bytes) -> str:
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)  # a character cut at the end is fine
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"  # the usual legacy encoding of Chinese spreadsheets


def _find_column(header: list[str], role: str, given: str | None) -> int | None:
    folded = [h.strip().casefold() for h in header]
    if given is not None:
        want = given.strip().casefold()
        if want in folded:
            return folded.index(want)
        raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages",
                                                 "the log has no column {column!r} "
                                                 "(columns: {columns})"),
                               column=given, columns=", ".join(header)), column=given)
    for cand in COLUMN_NAMES[role]:
        if cand in folded:
            return folded.index(cand)
    return None


# One sentence per role: the role's name is a word of the sentence, not a parameter.
_NO_COLUMN = {
    "case": QT_TRANSLATE_NOOP("Messages", "cannot tell which column of {source} holds the case "
                              "(columns: {columns}); name it with --case"),
    "group": QT_TRANSLATE_NOOP("Messages", "cannot tell which column of {source} holds the group "
                               "(columns: {columns}); name it with --group"),
    "timestamp": QT_TRANSLATE_NOOP("Messages", "cannot tell which column of {source} holds the "
                                   "timestamp (columns: {columns}); name it with --timestamp"),
}


def _read_csv(raw: IO[bytes], source: str, case: str | None, activity: str | None,
              group: str | None, timestamp: str | None) -> EventLog:
    sample = _peek(raw, 65536)
    text = io.TextIOWrapper(raw, encoding=_encoding(sample), newline="")
    try:
        first = text.readline()
        if not first.strip():
            raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages",
                                                     "{source} is empty or has no header row"),
                                   source=source))
        delim = max(",;\t|", key=first.count)
        reader = csv.reader(text, delimiter=delim)
        header = next(csv.reader([first], delimiter=delim))
        idx = {"case": _find_column(header, "case", case),
               "activity": _find_column(header, "activity", activity),
               "group": _find_column(header, "group", group),
               "timestamp": _find_column(header, "timestamp", timestamp)}
        for role in ("case", "group", "timestamp"):
            if idx[role] is None:
                raise ImportError_(msg(_NO_COLUMN[role], source=source,
                                       columns=", ".join(header)), column=role)
        columns = {r: header[i] if i is not None else None for r, i in idx.items()}
        log = EventLog(source, "csv", columns)
        _csv_rows(reader, log, idx)
    except UnicodeDecodeError as exc:
        raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages", "{source} is not valid text ({error})"),
                               source=source, error=exc.reason)) from None
    except csv.Error as exc:
        raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages", "{source}: {problem}"),
                               source=source, problem=str(exc))) from None
    finally:
        text.detach()
    return log


def _csv_rows(reader, log: EventLog, idx: dict[str, int | None]) -> None:
    # The hot loop: one pass, locals only, no object per row beyond csv's list.
    ci, gi, ti = idx["case"], idx["group"], idx["timestamp"]
    ai = idx["activity"]
    need = max(i for i in idx.values() if i is not None) + 1
    case_pos: dict[str, int] = {}
    names: dict[str, str] = {}
    cases, case_col, time_col = log.cases, log.case, log.time
    act_col, grp_col, skipped = log.activity, log.group, log.skipped
    fromiso = datetime.fromisoformat
    utc = UTC
    add_case, add_time = case_col.append, time_col.append
    add_act, add_grp = act_col.append, grp_col.append
    setname = names.setdefault
    t: float | None
    for row in reader:
        if len(row) < need:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue  # a blank line is not a row
            row = row + [""] * (need - len(row))
        c = row[ci]
        if not c or c[0] == " " or c[-1] == " ":
            c = c.strip()
            if not c:
                skipped.append(SkippedRow(reader.line_num + 1, _MISSING_CASE))
                continue
        stamp = row[ti]
        try:
            dt = fromiso(stamp)
            t = dt.timestamp() if dt.tzinfo is not None else dt.replace(tzinfo=utc).timestamp()
        except (ValueError, OverflowError, OSError):
            t = _parse_loose(stamp) if stamp.strip() else None
            if t is None:
                skipped.append(SkippedRow(reader.line_num + 1, _bad_stamp(stamp)))
                continue
        pos = case_pos.get(c)
        if pos is None:
            pos = case_pos[c] = len(cases)
            cases.append(c)
        add_case(pos)
        add_time(t)
        g = row[gi]
        if g and (g[0] == " " or g[-1] == " "):
            g = g.strip()
        add_grp(setname(g, g))
        if ai is not None:
            a = row[ai]
            add_act(setname(a, a))
        else:
            add_act("")


# --- XES ------------------------------------------------------------------------------


class _RefusedError(Exception):
    pass


_ATTRIBUTE_TAGS = {"string", "date", "int", "float", "boolean", "id", "list", "container"}


def _read_xes(raw: IO[bytes], source: str, case: str | None, activity: str | None,
              group: str | None, timestamp: str | None) -> EventLog:
    case_key = case or "concept:name"
    act_key = activity or "concept:name"
    ts_key = timestamp or "time:timestamp"
    group_keys: tuple[str, ...] = (group,) if group else ("org:group", "org:resource")
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args: object) -> NoReturn:
        raise _RefusedError()

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse

    # Events wait in their trace until its end: the case id may come after them.
    # Each keeps both candidate group values; which key wins is known at the end.
    trace: list[tuple[int, str, str | None, str | None, str]] = []
    trace_attrs: dict[str, str] = {}
    event_attrs: dict[str, str] = {}
    state = {"trace": False, "event": 0, "nested": 0}
    alt: list[str] = []
    seen = [False, False]
    b = _Builder(EventLog(source, "xes", {}))

    def start(tag: str, attrs: dict[str, str]) -> None:
        tag = tag.rpartition(":")[2]
        if state["nested"]:
            state["nested"] += 1
        elif tag == "trace":
            state["trace"] = True
            trace.clear()
            trace_attrs.clear()
        elif tag == "event":
            state["event"] = parser.CurrentLineNumber
            event_attrs.clear()
        elif tag in _ATTRIBUTE_TAGS:
            target = event_attrs if state["event"] else trace_attrs if state["trace"] else None
            if target is not None and "key" in attrs:
                target[attrs["key"]] = attrs.get("value", "")
            state["nested"] = 1  # attributes inside attributes are not the event's
        elif tag == "global":
            state["nested"] = 1  # defaults declared for all traces/events: not an event

    def flush(cid: str) -> None:
        for line, act, g1, g2, stamp in trace:
            before = len(b.log.time)
            b.add(line, cid, act, g1 or "", stamp)
            if len(b.log.time) > before:
                seen[0] = seen[0] or g1 is not None
                seen[1] = seen[1] or g2 is not None
                g2 = (g2 or "").strip()
                alt.append(b.names.setdefault(g2, g2))
        trace.clear()

    def end(tag: str) -> None:
        tag = tag.rpartition(":")[2]
        if state["nested"]:
            state["nested"] -= 1
        elif tag == "event" and state["event"]:
            g2 = event_attrs.get(group_keys[1]) if len(group_keys) > 1 else None
            trace.append((state["event"], event_attrs.get(act_key, ""),
                          event_attrs.get(group_keys[0]), g2, event_attrs.get(ts_key, "")))
            state["event"] = 0
            if not state["trace"]:
                flush("")  # an event outside any trace has no case
        elif tag == "trace":
            flush(trace_attrs.get(case_key, ""))
            state["trace"] = False

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    try:
        parser.ParseFile(raw)
    except _RefusedError:
        raise ImportError_(msg(
            QT_TRANSLATE_NOOP("Messages", "{source} declares a document type (DTD) at line "
                              "{line}; XES logs need none and entity declarations are refused "
                              "for safety"),
            source=source, line=parser.CurrentLineNumber), row=parser.CurrentLineNumber) from None
    except expat.ExpatError as exc:
        raise ImportError_(msg(QT_TRANSLATE_NOOP("Messages", "{source} is not well-formed XML: "
                                                 "{error} (line {line})"),
                               source=source, error=expat.errors.messages[exc.code],
                               line=exc.lineno), row=exc.lineno) from None
    log = b.log
    gkey = group_keys[0]
    if not seen[0] and seen[1]:
        gkey, log.group = group_keys[1], alt
    log.columns = {"case": case_key, "activity": act_key, "group": gkey, "timestamp": ts_key}
    return log
