"""The columns of an HR sheet: fields, their headers in English and Chinese, cell values.

Shared by the importer (which recognises headers) and the exporter (which
writes the first English or Chinese header of each field), so that an
exported sheet always imports back with the same meaning.

Representation of the HR fields in the model (documented once, here):

* one row is one position, a :class:`~orgdesign.model.Unit`; its id is the
  employee id, its person (``Project.people``) has id ``"p-" + employee id``
  unless a *Person ID* column says otherwise; a row without a person name is
  a vacancy (a unit without person);
* *department* is kept as the custom field ``unit.custom["department"]``
  (:data:`DEPARTMENT_KEY`); it becomes a function only when the user maps the
  same column to ``function`` too, and boxes only with ``group_by_department``;
* *location* is ``unit.custom["location"]`` (:data:`LOCATION_KEY`);
* any other column is a custom field ``unit.custom[header]``; headers
  starting with ``Person:`` / ``人员:`` are ``person.custom``; a ``Custom:`` /
  ``自定义:`` prefix forces a column to be custom (the exporter uses it when a
  custom key would read like a known header).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from orgdesign.model import Layer, LineKind, UnitKind

DEPARTMENT_KEY = "department"
LOCATION_KEY = "location"
#: unit.custom key holding an employee id that could not be the unit id as it stood
EMPLOYEE_ID_KEY = "employee_id"
#: unit.custom key holding a manager reference that named nobody
UNRESOLVED_MANAGER_KEY = "unresolved manager"

CUSTOM_PREFIXES = ("custom:", "自定义:")
PERSON_PREFIXES = ("person:", "人员:")


@dataclass(frozen=True)
class Field:
    """One importable field: its key, English and Chinese headers (first = written)."""

    key: str
    en: tuple[str, ...]
    zh: tuple[str, ...]

    def header(self, language: str = "en") -> str:
        """The header the exporter writes for this field in ``language``."""
        return self.zh[0] if language == "zh" else self.en[0]


#: Every field, in the order the exporter writes its columns.
FIELDS: tuple[Field, ...] = (
    Field("id", ("Employee ID", "ID", "Emp No", "Employee No", "Employee Number", "Emp ID",
                 "Staff ID", "Staff No", "Personnel Number"),
          ("工号", "员工编号", "员工工号", "员工号", "编号", "人员编号")),
    Field("name", ("Name", "Full Name", "Employee Name", "Employee", "Staff Name"),
          ("姓名", "员工姓名", "名字")),
    Field("first_name", ("First Name", "Given Name", "Forename"), ("名",)),
    Field("last_name", ("Last Name", "Surname", "Family Name"), ("姓",)),
    Field("title", ("Title", "Job Title", "Position", "Job", "Role", "Job Role"),
          ("职位", "岗位", "职务", "职称", "岗位名称")),
    Field("manager", ("Manager ID", "Reports To", "Supervisor", "Manager", "Line Manager",
                      "Supervisor ID", "Manager Employee ID", "Reports To ID"),
          ("上级工号", "上级", "直属上级", "直接上级", "上级编号", "汇报对象", "汇报给",
           "直属上级工号")),
    Field("manager_name", ("Manager Name", "Supervisor Name", "Reports To Name",
                           "Line Manager Name"),
          ("上级姓名", "直属上级姓名", "直接上级姓名")),
    Field("department", ("Department", "Dept", "Department Name", "Division"),
          ("部门", "所属部门", "部门名称")),
    Field("function", ("Function", "Business Function", "Functional Area"),
          ("职能", "职能领域", "业务职能")),
    Field("email", ("Email", "E-mail", "Mail", "Email Address", "Work Email"),
          ("邮箱", "电子邮件", "电子邮箱", "邮件")),
    Field("phone", ("Phone", "Telephone", "Mobile", "Phone Number", "Tel", "Work Phone"),
          ("电话", "手机", "联系电话", "手机号", "手机号码")),
    Field("location", ("Location", "Office", "Site", "Work Location", "City"),
          ("地点", "工作地点", "办公地点", "城市")),
    Field("layer", ("Layer", "Org Layer", "Customer Layer"), ("组织层", "客户层")),
    Field("customer_facing", ("Customer-facing", "Customer Facing", "Customer Contact",
                              "Front Line", "Frontline"),
          ("面向客户", "客户接触", "一线")),
    Field("unit_name", ("Unit Name", "Position Name", "Box Name", "Org Unit"),
          ("单元名称", "组织单元")),
    Field("kind", ("Unit Kind", "Unit Type"), ("单元类型",)),
    Field("person_id", ("Person ID",), ("人员ID",)),
    Field("notes", ("Notes", "Remarks", "Comment", "Comments"), ("备注", "说明")),
    Field("parked", ("Parked", "Parking Lot"), ("停放", "待安置")),
    Field("dotted", ("Dotted Line To", "Dotted Manager", "Matrix Manager", "Dotted Line"),
          ("虚线上级", "虚线汇报")),
    Field("photo", ("Photo",), ("照片",)),
    Field("assistant", ("Assistant Position", "Is Assistant"), ("助理岗位",)),
)

FIELD_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS)
FIELD_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}

_STRIP = re.compile(r"[\s_\-.:：#*/\\'\"“”()（）]+")
_PAREN = re.compile(r"\s*[(（][^)）]*[)）]\s*$")


def normalize_header(text: str) -> str:
    """Header text reduced for matching: case-folded, no spaces, punctuation or '(…)' tail."""
    text = _PAREN.sub("", text.strip()) or text
    return _STRIP.sub("", text.casefold())


_SYNONYMS: dict[str, str] = {}
for _f in FIELDS:
    for _h in (*_f.en, *_f.zh):
        _SYNONYMS.setdefault(normalize_header(_h), _f.key)


def field_for_header(header: str) -> str | None:
    """The field a header names (``"manager"`` for ``"直属上级"``), or None."""
    low = header.strip().casefold()
    if low.startswith(CUSTOM_PREFIXES) or low.startswith(PERSON_PREFIXES):
        return None
    return _SYNONYMS.get(normalize_header(header))


def custom_target(header: str) -> tuple[str, str]:
    """Where an unmapped column goes: ``("unit"|"person", key)`` from its header."""
    text = header.strip()
    low = text.casefold()
    for prefix in PERSON_PREFIXES:
        if low.startswith(prefix):
            return "person", text[len(prefix):].strip()
    for prefix in CUSTOM_PREFIXES:
        if low.startswith(prefix):
            return "unit", text[len(prefix):].strip()
    return "unit", text


def custom_header(key: str, target: str = "unit", language: str = "en") -> str:
    """The header the exporter writes for a custom key, prefixed when it would be misread."""
    if target == "person":
        return ("人员:" if language == "zh" else "Person: ") + key
    low = key.strip().casefold()
    if (field_for_header(key) is not None or low.startswith(CUSTOM_PREFIXES)
            or low.startswith(PERSON_PREFIXES) or key != key.strip() or not key):
        return ("自定义:" if language == "zh" else "Custom: ") + key
    return key


# --- cell values -------------------------------------------------------------------

_TRUE = {"yes", "y", "true", "1", "x", "✓", "✔", "√", "是", "对", "有", "t", "ja", "oui"}
_FALSE = {"no", "n", "false", "0", "-", "×", "✗", "否", "不是", "错", "无", "f", "nein", "non"}


def parse_bool(text: str) -> bool | None:
    """``True``/``False`` for a yes/no cell in English or Chinese; None if empty.

    Raises ValueError for text that is neither.
    """
    low = text.strip().casefold()
    if not low:
        return None
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise ValueError(f"not a yes/no value: {text!r}")


_LAYER_NAMES: dict[Layer, tuple[str, ...]] = {
    Layer.CUSTOMER_CONTACT: ("customer-contact", "customer contact", "front line", "frontline",
                             "front-line", "contact", "客户接触", "一线", "前线", "前台"),
    Layer.SUPPORT: ("support", "back office", "支持", "后台", "后台支持", "支持层"),
    Layer.MANAGEMENT: ("management", "mgmt", "管理", "管理层"),
}
_LAYERS = {normalize_header(n): layer for layer, names in _LAYER_NAMES.items() for n in names}


def parse_layer(text: str) -> Layer | None:
    """The layer a cell names (English or Chinese); None if empty; ValueError otherwise."""
    if not text.strip():
        return None
    try:
        return _LAYERS[normalize_header(text)]
    except KeyError:
        raise ValueError(f"not a layer: {text!r}") from None


_KIND_NAMES: dict[UnitKind, tuple[str, ...]] = {
    UnitKind.DEPARTMENT: ("department", "dept", "部门"),
    UnitKind.TEAM: ("team", "group", "团队", "小组", "组"),
    UnitKind.POSITION: ("position", "post", "job", "岗位", "职位"),
}
_KINDS = {normalize_header(n): kind for kind, names in _KIND_NAMES.items() for n in names}


def parse_kind(text: str) -> UnitKind | None:
    """The unit kind a cell names; None if empty; ValueError otherwise."""
    if not text.strip():
        return None
    try:
        return _KINDS[normalize_header(text)]
    except KeyError:
        raise ValueError(f"not a unit kind: {text!r}") from None


def bool_text(value: bool, language: str = "en") -> str:
    """How the exporter writes a yes/no value."""
    if language == "zh":
        return "是" if value else "否"
    return "yes" if value else "no"


#: Placeholder names that mean "nobody fills this position".
VACANCY_NAMES = frozenset({"vacant", "vacancy", "tbd", "to be hired", "open", "open position",
                           "n/a", "空缺", "待招", "待招聘", "空岗", "暂缺"})


def vacancy_label(language: str = "en") -> str:
    """The unit name given to a vacancy with no title."""
    return "空缺" if language == "zh" else "Vacancy"


def default_unit_name(title: str, person_name: str, language: str = "en") -> str:
    """The unit name the importer derives when no *Unit Name* column is mapped."""
    return title or person_name or vacancy_label(language)


# --- formula-like text in CSV --------------------------------------------------------

#: A cell that a spreadsheet would run as a formula (OWASP CSV injection), possibly
#: behind apostrophes that protect it already.
_FORMULA = re.compile(r"'*[=+\-@\t\r]")


def protect_csv_cell(text: str) -> str:
    """Prefix one apostrophe to formula-like text so a spreadsheet shows it as text.

    :func:`unprotect_csv_cell` is its exact inverse.
    """
    return "'" + text if _FORMULA.match(text) else text


def unprotect_csv_cell(text: str) -> str:
    """Strip the one apostrophe :func:`protect_csv_cell` added (and nothing else)."""
    if text.startswith("'") and _FORMULA.match(text, 1):
        return text[1:]
    return text


def has_cjk(text: str) -> bool:
    """Whether ``text`` holds a Chinese (CJK) character."""
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


# --- the dotted-line column -----------------------------------------------------------
#
# One cell lists a unit's secondary lines: ``E5; E9 (project): Store opening``.
# Each entry is a target (id or name), an optional line kind in brackets when
# it is not dotted, and an optional label after a colon.  ``\`` escapes a
# ``;``, ``:``, ``(`` or ``\`` inside a target or label.

_LINE_KINDS = {"dotted": LineKind.DOTTED, "project": LineKind.PROJECT,
               "functional": LineKind.FUNCTIONAL, "虚线": LineKind.DOTTED,
               "项目": LineKind.PROJECT, "职能": LineKind.FUNCTIONAL}


def _escape(text: str) -> str:
    return re.sub(r"([\\;:(])", r"\\\1", text)


def format_dotted(entries: list[tuple[str, LineKind, str]]) -> str:
    """The dotted-line cell for (target, kind, label) entries; :func:`parse_dotted` reads it."""
    out = []
    for target, kind, label in entries:
        text = _escape(target)
        if kind is not LineKind.DOTTED:
            text += f" ({kind.value})"
        if label:
            text += ": " + _escape(label)
        out.append(text)
    return "; ".join(out)


def _split_unescaped(text: str, sep: str, limit: int = -1) -> list[str]:
    parts, cur, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            cur.append(text[i:i + 2])
            i += 2
            continue
        if ch == sep and limit != 0:
            parts.append("".join(cur))
            cur = []
            limit -= 1
        else:
            cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


def _escaped(text: str, pos: int) -> bool:
    """Whether the character at ``pos`` follows an odd number of backslashes."""
    n = 0
    while pos - n - 1 >= 0 and text[pos - n - 1] == "\\":
        n += 1
    return n % 2 == 1


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def parse_dotted(text: str) -> list[tuple[str, LineKind, str]]:
    """(target, kind, label) entries of a dotted-line cell (``；`` also separates)."""
    out = []
    for entry in _split_unescaped(text.replace("；", ";"), ";"):
        head, *rest = _split_unescaped(entry, ":", 1)
        label = _unescape(rest[0].strip()) if rest else ""
        kind = LineKind.DOTTED
        m = re.search(r"\s*\((\w+)\)\s*$", head)
        if m and m.group(1).casefold() in _LINE_KINDS and not _escaped(head, m.start(1) - 1):
            kind = _LINE_KINDS[m.group(1).casefold()]
            head = head[:m.start()]
        target = _unescape(head.strip())
        if target:
            out.append((target, kind, label))
    return out
