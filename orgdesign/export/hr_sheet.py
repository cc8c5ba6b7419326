"""HR sheet export: the organisation as one row per unit, in the columns the importer reads.

CSV is UTF-8 with a BOM (so Excel opens Chinese text correctly) and CRLF line
ends; XLSX stores every cell as a string.  Formula-like text is written as
text: XLSX cells carry the string type (a spreadsheet never runs them); in CSV
a cell starting with ``= + - @``, a tab or a carriage return gets one leading
apostrophe (the usual protection against CSV injection), which the importer
removes again, so a round trip gives back exactly the same text.

What a sheet holds: ids, names, titles, manager ids (and names), department,
function, e-mail, phone, location, layer, customer-facing, unit name and kind,
person ids, notes, parked roots, secondary lines and every custom field of
units and people.  What it does not hold: colours, collapsed/compact
flags, customer segments, processes, RACI matrices, other scenarios, and people
who fill no unit of the exported scenario.  Leading and trailing spaces of a
cell are trimmed on import; characters XML forbids (control characters other
than tab and line breaks) are dropped from XLSX cells.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from orgdesign import __version__
from orgdesign.io.atomic import atomic_write_bytes
from orgdesign.io.hr_columns import (
    DEPARTMENT_KEY,
    FIELD_BY_KEY,
    LOCATION_KEY,
    bool_text,
    custom_header,
    default_unit_name,
    format_dotted,
    protect_csv_cell,
)
from orgdesign.model import Layer, OrgDesignError, Project, UnitKind
from orgdesign.model.messages import QT_TRANSLATE_NOOP, msg

FORMATS = (".csv", ".xlsx")

_LAYER_ZH = {Layer.CUSTOMER_CONTACT: "客户接触", Layer.SUPPORT: "支持", Layer.MANAGEMENT: "管理"}
_KIND_ZH = {UnitKind.DEPARTMENT: "部门", UnitKind.TEAM: "团队", UnitKind.POSITION: "岗位"}
_CORE = ("id", "name", "title", "manager", "manager_name", "department", "function", "email",
         "phone", "location", "layer", "customer_facing")


def sheet_table(project: Project, scenario: str | None = None,
                language: str | None = None) -> tuple[list[str], list[list[str]]]:
    """Return (headers, rows) of the HR sheet of a scenario (the active one for None).

    One row per unit in model order (so sibling order survives a round trip);
    headers in ``language`` ("en"/"zh", default: the project's language).
    Raises :class:`OrgDesignError` for an unknown scenario.
    """
    try:
        sc = project.scenario(scenario)
    except KeyError:
        raise OrgDesignError(msg(QT_TRANSLATE_NOOP(
            "Messages", "no scenario {scenario!r} in the project"), scenario=scenario)) from None
    lang = language or ("zh" if project.metadata.language.startswith("zh") else "en")
    people = {p.id: p for p in project.people}
    functions = {f.id: f for f in project.functions}
    units = {u.id: u for u in sc.units}
    lines: dict[str, list] = {}
    for ln in sc.lines:
        target = units.get(ln.target)
        if target is not None:
            lines.setdefault(ln.source, []).append((ln.target, ln.kind, ln.label))

    def person_name(uid: str | None) -> str:
        u = units.get(uid) if uid else None
        p = people.get(u.person) if u is not None and u.person else None
        return p.name if p is not None else ""

    optional = {"unit_name": False, "kind": False, "person_id": False, "notes": False,
                "parked": False, "dotted": bool(lines), "photo": False, "assistant": False}
    unit_keys: dict[str, None] = {}
    person_keys: dict[str, None] = {}
    for u in sc.units:
        p = people.get(u.person) if u.person else None
        pname = p.name if p is not None else ""
        if u.name != default_unit_name(u.title, pname, lang):
            optional["unit_name"] = True
        optional["kind"] |= u.kind is not UnitKind.POSITION
        optional["notes"] |= bool(u.notes)
        optional["parked"] |= u.parked
        optional["assistant"] |= u.assistant
        if p is not None:
            optional["person_id"] |= p.id != "p-" + u.id
            optional["photo"] |= bool(p.photo)
            person_keys.update(dict.fromkeys(p.custom))
        unit_keys.update(dict.fromkeys(k for k in u.custom
                                       if k not in (DEPARTMENT_KEY, LOCATION_KEY)))
    keys = list(_CORE) + [k for k, on in optional.items() if on]
    headers = [FIELD_BY_KEY[k].header(lang) for k in keys]
    headers += [custom_header(k, "unit", lang) for k in unit_keys]
    headers += [custom_header(k, "person", lang) for k in person_keys]

    rows: list[list[str]] = []
    for u in sc.units:
        p = people.get(u.person) if u.person else None
        f = functions.get(u.function) if u.function else None
        values = {
            "id": u.id,
            "name": p.name if p is not None else "",
            "title": u.title,
            "manager": u.parent or "",
            "manager_name": person_name(u.parent),
            "department": u.custom.get(DEPARTMENT_KEY, ""),
            "function": f.name if f is not None else "",
            "email": p.email if p is not None else "",
            "phone": p.phone if p is not None else "",
            "location": u.custom.get(LOCATION_KEY, ""),
            "layer": "" if u.layer is None else (
                _LAYER_ZH[u.layer] if lang == "zh" else u.layer.value),
            "customer_facing": bool_text(f.customer_facing, lang) if f is not None else "",
            "unit_name": u.name,
            "kind": _KIND_ZH[u.kind] if lang == "zh" else u.kind.value,
            "person_id": p.id if p is not None else "",
            "notes": u.notes,
            "parked": bool_text(True, lang) if u.parked else "",
            "dotted": format_dotted(lines.get(u.id, [])),
            "photo": p.photo if p is not None else "",
            "assistant": bool_text(True, lang) if u.assistant else "",
        }
        row = [values[k] for k in keys]
        row += [u.custom.get(k, "") for k in unit_keys]
        row += [p.custom.get(k, "") if p is not None else "" for k in person_keys]
        rows.append(row)
    return headers, rows


def csv_bytes(headers: list[str], rows: list[list[str]]) -> bytes:
    """The table as CSV: UTF-8 with BOM, CRLF, formula-like cells protected."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow([protect_csv_cell(h) for h in headers])
    w.writerows([protect_csv_cell(c) for c in row] for row in rows)
    return buf.getvalue().encode("utf-8-sig")


def xlsx_bytes(headers: list[str], rows: list[list[str]], sheet_title: str = "Staff",
               title: str = "") -> bytes:
    """The table as an XLSX workbook whose every cell is a string (never a formula)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(sheet_title[:31])
    ws.freeze_panes = "A2"
    for c, h in enumerate(headers):
        longest = max([len(h)] + [len(r[c]) for r in rows[:200]])
        ws.column_dimensions[get_column_letter(c + 1)].width = min(max(longest + 2, 8), 50)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE4EE")

    def cell(text: str, header: bool = False) -> WriteOnlyCell:
        c = WriteOnlyCell(ws, ILLEGAL_CHARACTERS_RE.sub("", text))
        c.data_type = "s"  # text stays text even when it starts with '='
        if header:
            c.font, c.fill = bold, fill
        return c

    ws.append([cell(h, True) for h in headers])
    for row in rows:
        ws.append([cell(v) if v else None for v in row])
    wb.properties.title = title
    wb.properties.creator = f"OrgDesign {__version__}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def export_hr_sheet(project: Project, path: str | os.PathLike[str], *,
                    scenario: str | None = None, language: str | None = None) -> int:
    """Write the HR sheet to ``path`` (.csv or .xlsx by extension, atomically); return rows.

    Raises :class:`OrgDesignError` for another extension, an unknown scenario
    or a file that cannot be written (the previous file is then untouched).
    """
    target = Path(path)
    ext = target.suffix.lower()
    if ext not in FORMATS:
        if not ext:
            raise OrgDesignError(msg(QT_TRANSLATE_NOOP(
                "Messages", "cannot export an HR sheet as a file without extension ({name}); "
                "use .csv or .xlsx"), name=target.name))
        raise OrgDesignError(msg(QT_TRANSLATE_NOOP(
            "Messages", "cannot export an HR sheet as {ext} ({name}); use .csv or .xlsx"),
            ext=ext, name=target.name))
    headers, rows = sheet_table(project, scenario, language)
    if ext == ".csv":
        data = csv_bytes(headers, rows)
    else:
        zh = (language or project.metadata.language).startswith("zh")
        data = xlsx_bytes(headers, rows, "人员" if zh else "Staff", project.metadata.title)
    try:
        atomic_write_bytes(target, data)
    except OSError as e:
        # The system's reason stays as the system words it.
        raise OrgDesignError(msg(QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}"),
                                 path=str(target), reason=str(e.strerror or e))) from None
    return len(rows)
