"""Reading and writing `.orgd` project files.

A project file is UTF-8 JSON: the :class:`~orgdesign.model.Project` model
dumped with a ``format`` tag and a ``schema_version``.  Saving is atomic and
keeps the previous file as ``<name>.orgd.bak``.

Loading refuses anything wrong with one :class:`ProjectFileError` whose
message is a single line naming the file and the problem, checked in this
order: size, encoding, JSON syntax and nesting, a key given twice in one
object, format tag, schema version
(newer is refused, older is migrated), field types (with a JSON path such as
``$.scenarios[0].units[3].name``), then the model invariants (references,
cycles, duplicate ids).  No other exception escapes a load.
"""

from __future__ import annotations

import codecs
import gc
import json
import os
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from pydantic_core import PydanticSerializationError

from orgdesign import __version__
from orgdesign.model import (
    FORMAT_TAG,
    SCHEMA_VERSION,
    ModelError,
    Project,
    ProjectFileError,
    check_project,
)
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg

from .atomic import atomic_write_bytes
from .migrations import migrate

#: Files larger than this are refused before reading (a 50,000-unit project is ~25 MB).
MAX_FILE_BYTES = 256 * 1024 * 1024
#: Longest piece of file content echoed back in an error message.
ECHO_CHARS = 60
BACKUP_SUFFIX = ".bak"

_BOMS_16 = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # also catches UTF-32 LE
# How every file we write begins.  Only such a file takes the fast path: the
# model has defaults for both fields, so validation alone would let a file
# without them pass.
_CURRENT_HEAD = re.compile(
    r'\s*\{\s*"format"\s*:\s*"' + re.escape(FORMAT_TAG)
    + r'"\s*,\s*"schema_version"\s*:\s*' + str(SCHEMA_VERSION) + r"\s*[,}]")


# ---------------------------------------------------------------- messages


def _one_line(message: str) -> str:
    # The CLI prints one line and the terminal may not take lone surrogates
    # (undecodable file names arrive as them), so flatten and escape here.
    flat = " ".join(message.split())
    return flat.encode("utf-8", "backslashreplace").decode("utf-8")


def _flat(message: Message) -> Message:
    """``message`` with every text parameter (nested ones too) made one line."""
    return Message(message.template, {
        k: _flat(v) if isinstance(v, Message) else _one_line(v) if isinstance(v, str) else v
        for k, v in message.params.items()})


def _error(message: Message, path: str | None = None) -> ProjectFileError:
    """The error reporting ``message`` on one line, template and parameters kept apart."""
    english = _one_line(str(message))
    flat = _flat(message)
    # Flattening each part equals flattening the sentence unless a part begins or
    # ends with blanks (a file name "a.orgd "): then the exact English line wins.
    return ProjectFileError(flat if str(flat) == english else english, path=path)


def _fail(source: str, problem: Message, path: str | None = None) -> ProjectFileError:
    return _error(msg(QT_TRANSLATE_NOOP("Messages", "{source}: {problem}"),
                      source=source, problem=problem), path)


def _echo(value: Any) -> str | Message:
    """A short, one-line description of a JSON value found in the file."""
    if isinstance(value, str):
        if len(value) > ECHO_CHARS:
            return msg(QT_TRANSLATE_NOOP("Messages", "{text!r}... ({count:,} characters)"),
                       text=value[:ECHO_CHARS], count=len(value))
        return repr(value)
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, int):
        # str() of a 5,000-digit int raises ValueError in Python >= 3.11.
        if abs(value) < 10**ECHO_CHARS:
            return str(value)
        return msg(QT_TRANSLATE_NOOP("Messages", "a very large number"))
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        if len(value) == 1:
            return msg(QT_TRANSLATE_NOOP("Messages", "a list of {count:,} item"), count=1)
        return msg(QT_TRANSLATE_NOOP("Messages", "a list of {count:,} items"), count=len(value))
    if isinstance(value, dict):
        if len(value) == 1:
            return msg(QT_TRANSLATE_NOOP("Messages", "an object with {count:,} field"), count=1)
        return msg(QT_TRANSLATE_NOOP("Messages", "an object with {count:,} fields"),
                   count=len(value))
    return type(value).__name__


def _json_path(loc: tuple[Any, ...]) -> str:
    out = "$"
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part == "[key]":  # pydantic's marker: the dict key itself is wrong
            out += " (key)"
        elif (isinstance(part, str) and part.isidentifier() and part.isascii()
              and len(part) <= ECHO_CHARS):
            out += f".{part}"
        else:
            out += f"[{_echo(str(part))}]"  # a path stays one technical string
    return out


# Friendlier wording for the errors a hand-edited file usually has.
_PLAIN_MESSAGES = {
    "missing": QT_TRANSLATE_NOOP("Messages", "required field is missing"),
    "extra_forbidden": QT_TRANSLATE_NOOP("Messages", "unknown field"),
    "model_type": QT_TRANSLATE_NOOP("Messages", "should be a JSON object"),
    "model_attributes_type": QT_TRANSLATE_NOOP("Messages", "should be a JSON object"),
    "dict_type": QT_TRANSLATE_NOOP("Messages", "should be a JSON object"),
    "list_type": QT_TRANSLATE_NOOP("Messages", "should be a JSON list"),
    "string_type": QT_TRANSLATE_NOOP("Messages", "should be text"),
    "bool_type": QT_TRANSLATE_NOOP("Messages", "should be true or false"),
    "string_unicode": QT_TRANSLATE_NOOP("Messages",
                                        "holds a broken character (a lone surrogate escape)"),
}
_SHOW_INPUT = {"enum", "literal_error", "int_parsing", "float_parsing", "bool_parsing",
               "int_from_float", "string_pattern_mismatch", "greater_than_equal",
               "less_than_equal", "string_unicode"}


def _validation_message(error: ValidationError) -> Message:
    first = error.errors(include_url=False)[0]
    kind = first["type"]
    plain = _PLAIN_MESSAGES.get(kind)
    # pydantic's own sentence is English and stays so (a parameter, not a template)
    text: str | Message = msg(plain) if plain is not None else first["msg"][:200]
    value = first.get("input")
    if kind in ("string_too_long", "too_long") and hasattr(value, "__len__"):
        text = msg(QT_TRANSLATE_NOOP("Messages", "{problem} (this one has {count:,})"),
                   problem=text, count=len(value))
    elif kind != "missing" and (kind.endswith("_type") or kind in _SHOW_INPUT):
        text = msg(QT_TRANSLATE_NOOP("Messages", "{problem}, got {value}"),
                   problem=text, value=_echo(value))
    where = _json_path(tuple(first["loc"]))
    more = error.error_count() - 1
    if more == 1:
        return msg(QT_TRANSLATE_NOOP("Messages", "{source}: {problem} (and {count:,} more problem)"),
                   source=where, problem=text, count=more)
    if more:
        return msg(QT_TRANSLATE_NOOP("Messages",
                                     "{source}: {problem} (and {count:,} more problems)"),
                   source=where, problem=text, count=more)
    return msg(QT_TRANSLATE_NOOP("Messages", "{source}: {problem}"), source=where, problem=text)


# ---------------------------------------------------------------- reading


def _read_file(path: Path, source: str) -> bytes:
    """The raw bytes of ``path``, refusing folders, missing files and huge files."""
    if path.is_dir():
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages", "is a folder, not a project file")),
                    source)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _fail(source, _too_large(size), source)
            # Read one byte past the cap: fstat can lie (pipes, growing files).
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages", "no such file")),
                    source) from None
    except PermissionError:
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages",
                                                  "permission denied; cannot read the file")),
                    source) from None
    except OSError as e:
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages", "cannot read the file: {error}"),
                                error=str(e.strerror or e)), source) from None
    if len(data) > MAX_FILE_BYTES:
        raise _fail(source, _too_large(len(data)), source)
    return data


def _too_large(size: int) -> Message:
    return msg(QT_TRANSLATE_NOOP("Messages", "is too large to be a project file ({size:,.0f} MB; "
                                 "the limit is {limit} MB)"),
               size=size / 2**20, limit=MAX_FILE_BYTES // 2**20)


def _decode(data: bytes, source: str) -> tuple[str, bytes]:
    """The text of ``data`` and its bytes without a UTF-8 BOM."""
    skipped = 0
    if data.startswith(codecs.BOM_UTF8):
        skipped = len(codecs.BOM_UTF8)  # some Windows editors add one
        data = data[skipped:]
    if data.startswith(_BOMS_16):
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is UTF-16 text, not UTF-8; save it as UTF-8 and try again")), source)
    if data.startswith(b"PK\x03\x04"):
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is a ZIP archive (an Excel or Office file?), not an OrgDesign project")),
            source)
    nul = data.find(b"\x00")
    if nul >= 0:
        # JSON never holds a raw NUL; UTF-16 without a BOM is the usual cause.
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is not UTF-8 text (NUL byte at byte {byte}; UTF-16?)"),
            byte=nul + skipped), source)
    try:
        return data.decode("utf-8"), data
    except UnicodeDecodeError as e:
        at = e.start + skipped
        if e.reason == "unexpected end of data":
            raise _fail(source, msg(QT_TRANSLATE_NOOP(
                "Messages", "ends in the middle of a character (byte {byte}); "
                "the file looks truncated"), byte=at), source) from None
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is not UTF-8 text (byte {byte}: 0x{value:02X}); "
            "OrgDesign project files are UTF-8"), byte=at, value=data[e.start]),
            source) from None


class _DuplicateKeyError(Exception):
    def __init__(self, key: str, owner: Any) -> None:
        super().__init__(key)
        self.key = key
        self.owner = owner if isinstance(owner, str) else None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """``json.loads``'s object hook: the object, or _DuplicateKeyError if a key repeats."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKeyError(key, obj.get("id"))
            seen.add(key)
    return obj


def _duplicate_key_error(e: _DuplicateKeyError, source: str) -> ProjectFileError:
    # JSON lets the last of two equal keys win; a hand-edited file that says
    # "name" twice would silently lose one, so the file is refused instead
    if e.owner is not None:
        return _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "has the key {key!r} twice in the object with id {id!r}; it is unclear "
            "which one is meant, so nothing was loaded"), key=e.key, id=e.owner), source)
    return _fail(source, msg(QT_TRANSLATE_NOOP(
        "Messages", "has the key {key!r} twice in one object; it is unclear which one is "
        "meant, so nothing was loaded"), key=e.key), source)


def _check_unique_keys(text: str, source: str) -> None:
    """ProjectFileError if an object of ``text`` (valid JSON) repeats a key."""
    gc_was = gc.isenabled()
    gc.disable()  # the parse allocates a tree of containers and makes no cycles
    try:
        json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKeyError as e:
        raise _duplicate_key_error(e, source) from None
    finally:
        if gc_was:
            gc.enable()


def _parse_json(text: str, source: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_unique_keys)
    except _DuplicateKeyError as e:
        raise _duplicate_key_error(e, source) from None
    except RecursionError:
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is nested too deeply (lists or objects inside each other "
            "beyond any project's depth)")), source) from None
    except json.JSONDecodeError as e:
        where = {"line": e.lineno, "column": e.colno}
        if e.msg.startswith("Unterminated string"):
            raise _fail(source, msg(QT_TRANSLATE_NOOP(
                "Messages", "has a text value that is never closed (from line {line}, "
                "column {column}); the file looks truncated"), **where), source) from None
        if e.pos >= len(text.rstrip()):
            raise _fail(source, msg(QT_TRANSLATE_NOOP(
                "Messages", "ends too early at line {line}, column {column}; the file looks "
                "truncated ({error})"), error=e.msg, **where), source) from None
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is not valid JSON: {error} at line {line}, column {column}"),
            error=e.msg, **where), source) from None
    except ValueError as e:  # Python refuses integers with more than 4,300 digits
        if "digits" in str(e):
            problem = msg(QT_TRANSLATE_NOOP(
                "Messages", "holds a number too long to read (over 4,300 digits)"))
        else:
            problem = msg(QT_TRANSLATE_NOOP("Messages", "is not valid JSON: {error}"),
                          error=str(e)[:200])
        raise _fail(source, problem, source) from None


def _project_from_data(data: Any, source: str) -> Project:
    """Check tag and version, migrate, validate and check invariants."""
    if not isinstance(data, dict):
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is not an OrgDesign project (it holds {value}, not a JSON object)"),
            value=_echo(data)), source)
    fmt = data.get("format")
    if fmt is None:
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is not an OrgDesign project (it has no format tag; "
            "expected {expected!r})"), expected=FORMAT_TAG), source)
    if fmt != FORMAT_TAG:
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is not an OrgDesign project (it has format {format}; "
            "expected {expected!r})"), format=_echo(fmt), expected=FORMAT_TAG), source)
    if "schema_version" not in data:
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages", "has no schema_version")), source)
    version = data["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "schema_version should be a whole number, got {value}"),
            value=_echo(version)), source)
    if version > SCHEMA_VERSION:
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "was made by a newer OrgDesign (schema version {version}; this version "
            "reads up to {latest}); please update OrgDesign"),
            version=_echo(version), latest=SCHEMA_VERSION), source)
    if version < 0:
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages",
                                                  "has an unknown schema version {version}"),
                                version=_echo(version)), source)
    upgraded_from = None
    if version < SCHEMA_VERSION:
        try:
            data = migrate(data)
        except ProjectFileError as e:
            raise _fail(source, e.message, source) from None
        upgraded_from = version
    try:
        project = Project.model_validate(data)
    except ValidationError as e:
        problem = _validation_message(e)
        if upgraded_from is not None:
            problem = msg(QT_TRANSLATE_NOOP(
                "Messages", "{problem} (after upgrading the file from schema version {version})"),
                problem=problem, version=upgraded_from)
        raise _fail(source, problem, source) from None
    _check(project, source)
    return project


def _check(project: Project, source: str) -> None:
    try:
        check_project(project)
    except ModelError as e:
        raise _fail(source, e.message, source) from None


def _load_text(text: str, source: str, raw: bytes | None = None) -> Project:
    """Load from ``text``; ``raw`` is the same text as UTF-8 bytes when at hand."""
    if text.startswith("\ufeff"):
        text, raw = text[1:], None
    if not text.strip():
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages", "is empty; it holds no project")),
                    source)
    # Fast path: pydantic parses and validates a sound current file in one
    # pass (a third faster than json.loads + model_validate, and faster
    # again from UTF-8 bytes than from a str).  Anything unusual falls
    # through to the careful path, which finds and names the problem.
    project = None
    if _CURRENT_HEAD.match(text):
        try:
            project = Project.model_validate_json(text if raw is None else raw)
        except ValidationError:
            pass
    # A later duplicate key could still override the head, hence the re-check.
    if (project is not None and project.format == FORMAT_TAG
            and project.schema_version == SCHEMA_VERSION):
        # pydantic lets the last of two equal keys win: look for them apart
        _check_unique_keys(text, source)
        _check(project, source)
        return project
    del project  # a rejected 50,000-unit model need not live through the slow path
    return _project_from_data(_parse_json(text, source), source)


def _guarded(source: str, work: Callable[[], Project]) -> Project:
    # Promise of the module: a load raises ProjectFileError and nothing else.
    try:
        return work()
    except ProjectFileError:
        raise
    except RecursionError:
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages", "is nested too deeply")),
                    source) from None
    except MemoryError:
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages", "is too large to load into memory")),
                    source) from None
    except Exception as e:  # any surprise still becomes one clear line
        raise _fail(source, msg(QT_TRANSLATE_NOOP("Messages", "cannot be read ({kind}: {error})"),
                                kind=type(e).__name__, error=str(e)[:200]), source) from e


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read, migrate and validate the project file at ``path``.

    Returns the project.  Raises :class:`ProjectFileError` (one line, naming
    the file) for every problem: missing file, folder, too large, not UTF-8,
    not JSON, truncated, nested too deeply, not a project, newer schema
    version, wrong field type (with its JSON path), broken invariant.
    """
    source = os.fspath(path)

    def work() -> Project:
        text, raw = _decode(_read_file(Path(source), source), source)
        return _load_text(text, source, raw)

    return _guarded(source, work)


def loads_project(text: str | bytes, source: str = "<string>") -> Project:
    """Parse project JSON held in memory; ``source`` names it in error messages.

    Returns the project; raises :class:`ProjectFileError` like :func:`load_project`.
    """
    def work() -> Project:
        size = len(text)
        if size > MAX_FILE_BYTES:
            raise _fail(source, _too_large(size), source)
        if isinstance(text, bytes):
            decoded, raw = _decode(text, source)
            return _load_text(decoded, source, raw)
        return _load_text(text, source)

    return _guarded(source, work)


# ---------------------------------------------------------------- writing


def dumps_project(project: Project) -> str:
    """Return the project as file text (JSON, one-space indent, non-ASCII kept as is).

    Raises :class:`ProjectFileError` when a text cannot be written as UTF-8
    (a lone surrogate that slipped in by direct assignment).
    """
    try:
        return project.model_dump_json(indent=1) + "\n"
    except PydanticSerializationError as e:
        raise _error(msg(QT_TRANSLATE_NOOP("Messages", "cannot write the project: {error}"),
                         error=str(e))) from None


def backup_path_for(path: str | os.PathLike[str]) -> Path:
    """Return where :func:`save_project` keeps the previous file (``<name>.bak``)."""
    p = Path(path)
    return p.with_name(p.name + BACKUP_SUFFIX)


def save_project(project: Project, path: str | os.PathLike[str], *, backup: bool = True) -> None:
    """Write ``project`` to ``path`` atomically; keep the previous file as ``<name>.bak``.

    Sets ``project.metadata.modified`` (and ``created`` when empty) to now and
    ``app_version`` to this version, but only once the file is safely written.
    The project is written as it is, without checking its invariants: saving
    the user's work must not be refused.  Raises :class:`ProjectFileError` on
    failure, in which case the previous file is untouched.
    """
    source = os.fspath(path)
    target = Path(source)
    if target.is_dir():
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "is a folder; cannot save the project over it")), source)
    if target.is_symlink():  # save through the link; the backup goes next to the real file
        target = Path(os.path.realpath(target))
    now = datetime.now().astimezone().isoformat(timespec="seconds")
    meta = project.metadata.model_copy(update={
        "modified": now, "app_version": __version__, "created": project.metadata.created or now,
    })
    # A shallow copy: the caller's project changes only after success.
    text = dumps_project(project.model_copy(update={"metadata": meta}))
    try:
        atomic_write_bytes(target, text.encode("utf-8"),
                           backup_path=backup_path_for(target) if backup else None)
    except OSError as e:
        raise _fail(source, msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot save ({error}); the previous file is unchanged"),
            error=str(e.strerror or e)), source) from None
    project.metadata = meta
