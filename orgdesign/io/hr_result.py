"""What an HR import produces: the mapping, the options, problems and the result.

Plain data shared by :mod:`.hr_build` (which fills them) and :mod:`.hr_import`
(the public entry points); the mapping dialog shows them live.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from orgdesign.model import Project
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, as_message, msg

from .hr_read import RawSheet, column_letter


@dataclass
class Mapping:
    """Which column (0-based) feeds which field; unmapped columns become custom fields.

    One column may feed several fields (``department`` and ``function`` from
    the same *Dept* column).  ``ignored`` columns are dropped on purpose.
    """

    columns: dict[str, int] = field(default_factory=dict)
    ignored: set[int] = field(default_factory=set)

    def column(self, key: str) -> int | None:
        """The column mapped to field ``key``, or None."""
        return self.columns.get(key)

    def custom_columns(self, width: int) -> list[int]:
        """Columns (below ``width``) that become custom fields."""
        used = set(self.columns.values()) | self.ignored
        return [c for c in range(width) if c not in used]

    def to_dict(self, headers: Sequence[str]) -> dict[str, str]:
        """Field -> header text, for printing and JSON."""
        return {k: headers[c] if c < len(headers) else column_letter(c)
                for k, c in sorted(self.columns.items(), key=lambda kv: kv[1])}


# --- results -----------------------------------------------------------------------


@dataclass
class ImportOptions:
    """Choices the user makes beyond the mapping."""

    single_root: bool = False  # several roots go under one new top unit
    top_name: str = ""  # its name (default "Organisation" / "组织")
    group_by_department: bool = False  # add a department box above each department's head
    language: str | None = None  # "en" or "zh"; None: from the headers
    title: str = ""  # project title (default: the file name)


@dataclass
class Problem:
    """One thing the user should know about the sheet, with the rows it concerns.

    ``severity``: ``error`` (the row went to the parking lot), ``warning``
    (placed, but look at it), ``note`` (nothing to do: counted skips).
    ``text`` is the sentence as a translatable :class:`Message` (plain text is
    accepted and kept as it is); :attr:`message` is its English form.
    """

    code: str
    text: Message
    severity: str = "warning"
    rows: tuple[int, ...] = ()
    column: str | None = None
    unit: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, Message):
            self.text = as_message(self.text)

    @property
    def message(self) -> str:
        """The sentence in English (what the CLI prints and JSON holds)."""
        return str(self.text)

    @property
    def row(self) -> int | None:
        """The row the problem is about (the first of ``rows``)."""
        return self.rows[0] if self.rows else None

    def located(self) -> Message:
        """The sentence behind its row, ``row 4: ...`` (no prefix without a row)."""
        if self.row is None:
            return self.text
        return msg(QT_TRANSLATE_NOOP("Messages", "row {row}: {problem}"), row=self.row,
                   problem=self.text)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {"code": self.code, "severity": self.severity, "row": self.row,
                "rows": list(self.rows), "column": self.column, "unit": self.unit,
                "message": self.message}

    def __str__(self) -> str:
        return str(self.located())


#: What became of a data row.
PLACED, PARKED, DOTTED, REPEAT = "placed", "parked", "dotted", "repeat"


@dataclass
class ImportResult:
    """The imported project and an account of every row."""

    project: Project
    problems: list[Problem]
    mapping: Mapping
    sheet: RawSheet
    row_status: dict[int, str]  # row number -> PLACED / PARKED / DOTTED / REPEAT
    row_unit: dict[int, str]  # row number -> id of the unit holding its data
    custom_columns: list[str]
    language: str = "en"

    @property
    def placed_rows(self) -> list[int]:
        """Rows that became a unit in the chart."""
        return [r for r, s in self.row_status.items() if s == PLACED]

    @property
    def parked_rows(self) -> list[int]:
        """Rows whose unit is in the parking lot (as a root or below one)."""
        return [r for r, s in self.row_status.items() if s == PARKED]

    @property
    def clean(self) -> bool:
        """True when every row was placed and nothing needs a look (notes aside)."""
        return not self.parked_rows and not any(p.severity != "note" for p in self.problems)

    def summary(self) -> dict[str, Any]:
        """Counts and the mapping as plain data (the CLI prints it)."""
        statuses = list(self.row_status.values())
        return {
            "file": self.sheet.path, "format": self.sheet.format, "sheet": self.sheet.sheet,
            "encoding": self.sheet.encoding, "header_row": self.sheet.header_row,
            "rows": len(self.sheet.rows), "empty_rows": len(self.sheet.empty_rows),
            "placed": statuses.count(PLACED), "parked": statuses.count(PARKED),
            "dotted": statuses.count(DOTTED), "repeats": statuses.count(REPEAT),
            "units": len(self.project.scenario().units), "people": len(self.project.people),
            "lines": len(self.project.scenario().lines),
            "mapping": self.mapping.to_dict(self.sheet.headers),
            "custom_fields": self.custom_columns,
        }
