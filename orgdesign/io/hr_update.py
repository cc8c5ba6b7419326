"""Update a project from a newer HR export: what changed, then one undoable edit.

People are matched by employee id (the unit id, or ``unit.custom["employee_id"]``
when the id had to change).  :func:`plan_update` lists the changes for review:

* ``joined`` – an id the project does not know: a new unit with its person,
  under its manager (parked when the manager is unknown);
* ``left`` – a person whose id is not in the sheet any more.  The position
  stays where it is as a **vacancy** (an HR designer plans the replacement; the
  box, its reports and its links survive); the person is removed from the
  project unless another scenario still places them;
* ``moved`` – the manager changed (the nearest ancestor that holds a person or
  is in the sheet; department boxes the designer added do not count);
* ``retitled``, ``department``, ``renamed`` (the person's name), ``filled`` (a
  vacancy now has a person), ``vacated`` (the row is now a vacancy) and
  ``updated`` (any other mapped column: e-mail, phone, function, layer,
  location, notes, custom fields).

Only mapped columns are compared: a sheet without a function column never
clears functions.  Secondary lines, parked rows of the sheet and rows without
an id are reported, not applied.  :func:`update_op` turns any subset of the
changes into one :class:`~orgdesign.edit.Batch` (a few list splices, so 50,000
units update in well under a second); :func:`apply_update` applies it and
returns the inverse for the undo stack.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from orgdesign.edit import Batch, Op, Splice, apply
from orgdesign.model import EditError, Function, ImportError_, Person, Project, Scenario, Unit
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, as_message, msg

from .hr_columns import DEPARTMENT_KEY, EMPLOYEE_ID_KEY, LOCATION_KEY, UNRESOLVED_MANAGER_KEY
from .hr_import import (
    PARKED,
    ImportOptions,
    ImportResult,
    Mapping,
    Problem,
    RawSheet,
    build_project,
)
from .hr_read import paused_gc

KINDS = ("joined", "left", "moved", "retitled", "department", "renamed", "filled", "vacated",
         "updated")
_PALETTE = ("#4C6A92", "#D9822B", "#2E9E6B", "#B84C7A", "#5B5BB5", "#7A7A3A")
#: How an ``updated`` change names the model fields that differ (custom keys stay as they are).
_FIELD_NAMES = {
    "function": QT_TRANSLATE_NOOP("Messages", "function"),
    "layer": QT_TRANSLATE_NOOP("Messages", "layer"),
    "notes": QT_TRANSLATE_NOOP("Messages", "notes"),
    "kind": QT_TRANSLATE_NOOP("Messages", "kind"),
    "assistant": QT_TRANSLATE_NOOP("Messages", "assistant"),
    "name": QT_TRANSLATE_NOOP("Messages", "unit name"),
    "email": QT_TRANSLATE_NOOP("Messages", "email"),
    "phone": QT_TRANSLATE_NOOP("Messages", "phone"),
    "photo": QT_TRANSLATE_NOOP("Messages", "photo"),
}
#: The unknown-manager problem of the import, and what it becomes for a unit that stays put.
_UNKNOWN_MANAGER = QT_TRANSLATE_NOOP(
    "Messages", "manager {manager!r} is neither an id nor a name in the sheet; the row went to "
    "the parking lot with its reports")
_UNKNOWN_MANAGER_STAYS = QT_TRANSLATE_NOOP(
    "Messages", "manager {manager!r} is neither an id nor a name in the sheet; the unit stays "
    "where it is")


def _listing(items: Sequence[Message | str]) -> Message | str:
    """``a, b, c`` as nested clauses, so the window can join them its own way (、 in Chinese)."""
    if len(items) == 1:
        return items[0]
    return msg(QT_TRANSLATE_NOOP("Messages", "{first}, {rest}"), first=items[0],
               rest=_listing(items[1:]))


@dataclass
class Change:
    """One difference between the project and the newer sheet, with what applying it does.

    ``text`` describes it as a translatable :class:`Message` (plain text is
    accepted); :attr:`message` is its English form.  An ``updated`` change's
    text has a ``fields`` parameter naming the fields that differ.
    """

    kind: str
    key: str  # employee id
    unit: str  # unit id in the project (the new id for ``joined``)
    row: int | None  # sheet row (None for ``left``)
    text: Message
    old: str = ""
    new: str = ""
    unit_changes: dict[str, Any] = field(default_factory=dict)
    custom_changes: dict[str, str | None] = field(default_factory=dict)  # None: remove
    person_changes: dict[str, Any] = field(default_factory=dict)
    person_custom_changes: dict[str, str | None] = field(default_factory=dict)
    new_unit: Unit | None = None
    new_person: Person | None = None
    functions: list[Function] = field(default_factory=list)  # new functions it needs
    remove_person: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.text, Message):
            self.text = as_message(self.text)

    @property
    def message(self) -> str:
        """The description in English (what the CLI prints and JSON holds)."""
        return str(self.text)

    def located(self) -> Message:
        """The description behind its row, ``row 4: ...`` (no prefix without a row)."""
        if self.row is None:
            return self.text
        return msg(QT_TRANSLATE_NOOP("Messages", "row {row}: {problem}"), row=self.row,
                   problem=self.text)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON output."""
        return {"kind": self.kind, "key": self.key, "unit": self.unit, "row": self.row,
                "old": self.old, "new": self.new, "message": self.message}

    def __str__(self) -> str:
        return f"{self.kind:10} {self.located()}"


@dataclass
class UpdatePlan:
    """The changes a newer sheet brings, and the problems met reading it."""

    changes: list[Change]
    problems: list[Problem]
    result: ImportResult

    def counts(self) -> dict[str, int]:
        """Number of changes of each kind (every kind listed)."""
        return {k: sum(1 for c in self.changes if c.kind == k) for k in KINDS}


def unit_key(unit: Unit) -> str:
    """The employee id a unit stands for."""
    custom = unit.custom
    return (custom.get(EMPLOYEE_ID_KEY) or unit.id) if custom else unit.id


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


class _Planner:
    def __init__(self, project: Project, sc: Scenario, result: ImportResult) -> None:
        self.project, self.sc, self.result = project, sc, result
        self.mapped = set(result.mapping.columns)
        self.people = {p.id: p for p in project.people}
        self.units = {u.id: u for u in sc.units}
        self.key_of = {u.id: unit_key(u) for u in sc.units}
        self.by_key: dict[str, Unit] = {}
        for u in sc.units:
            k = self.key_of[u.id]
            if k not in self.by_key or u.id == k:
                self.by_key[k] = u
        new_sc = result.project.scenario()
        self.new_units = {u.id: u for u in new_sc.units}
        self.new_people = {p.id: p for p in result.project.people}
        self.new_functions = {f.id: f for f in result.project.functions}
        self.functions = {_norm(f.name): f for f in project.functions}
        self.added_functions: dict[str, Function] = {}
        self.row_of: dict[str, int] = {}
        for row, uid in result.row_unit.items():
            if result.row_status.get(row) in ("placed", "parked"):
                self.row_of.setdefault(uid, row)
        self.new_key_of = {u.id: unit_key(u) for u in new_sc.units}
        self.new_keys = {self.new_key_of[u.id]: u for u in new_sc.units}
        #: keys the sheet names as a manager without listing them (a leaver's vacancy)
        self.referenced = {u.custom[UNRESOLVED_MANAGER_KEY] for u in new_sc.units
                           if u.parked and UNRESOLVED_MANAGER_KEY in u.custom}
        self.problems: list[Problem] = list(result.problems)
        self.changes: list[Change] = []
        self.unit_ids = set(self.units)
        self.person_ids = set(self.people)
        self.joined_ids: dict[str, str] = {}  # key -> new unit id
        self.pending: list[Change] = []  # moves and joins whose parent is still a key
        self.rescued: set[str] = set()  # parked by the import, but the project knows the manager
        self.stay: set[str] = set()  # project units whose new manager is unknown
        self.matched = 0  # rows of the sheet found in the project
        # What details() compares: only what the sheet maps (computed once, not per row)
        m = self.mapped
        self.unit_fields: list[str] = [f for f in ("layer", "notes", "kind", "assistant")
                                       if f in m]
        if "unit_name" in m:
            self.unit_fields.append("name")
        self.person_fields: list[str] = [f for f in ("email", "phone", "photo") if f in m]
        self.custom_keys = [k for k in result.custom_columns if not k.startswith("person:")]
        if "location" in m:
            self.custom_keys.append(LOCATION_KEY)
        self.person_custom_keys = [k[7:] for k in result.custom_columns
                                   if k.startswith("person:")]

    def manager_key(self, nu: Unit) -> tuple[str | None, bool]:
        """(manager's key, known) for a unit of the sheet.

        A manager the sheet does not list may still be in the project (a leaver's
        position stays as a vacancy), so such a reference counts as known.
        """
        if nu.parent:
            mgr = self.new_units[nu.parent]
            return (self.new_key_of[mgr.id] if mgr.id in self.row_of else None), True
        if nu.parked:
            text = nu.custom.get(UNRESOLVED_MANAGER_KEY, "")
            if text and text in self.by_key and text not in self.new_keys:
                self.rescued.add(nu.id)
                return text, True
            return None, False
        return None, True

    # names for messages
    def who(self, u: Unit | None) -> str:
        if u is None:
            return "(top)"
        p = self.people.get(u.person) if u.person else None
        return f"{p.name if p else u.name} ({unit_key(u)})"

    def new_who(self, u: Unit) -> str:
        p = self.new_people.get(u.person) if u.person else None
        return f"{p.name if p else u.name} ({unit_key(u)})"

    def old_manager(self, u: Unit) -> Unit | None:
        """Nearest ancestor that holds a person or is named by the sheet (designer boxes
        and vacancies HR does not know are skipped)."""
        cur = self.units.get(u.parent) if u.parent else None
        while cur is not None:
            k = self.key_of[cur.id]
            if cur.person is not None or k in self.new_keys or k in self.referenced:
                return cur
            cur = self.units.get(cur.parent) if cur.parent else None
        return None

    def function_id(self, new_fid: str | None) -> str | None:
        if new_fid is None:
            return None
        f = self.new_functions[new_fid]
        found = self.functions.get(_norm(f.name))
        if found is not None:
            return found.id
        ids = {x.id for x in self.project.functions} | {x.id for x in
                                                         self.added_functions.values()}
        fid = f.id
        while fid in ids:
            fid += "x"
        made = Function(id=fid, name=f.name, color=_PALETTE[len(self.added_functions) % 6],
                        customer_facing=f.customer_facing)
        self.added_functions[fid] = made
        self.functions[_norm(f.name)] = made
        return fid

    def plan(self) -> None:
        for nu in self.result.project.scenario().units:
            row = self.row_of.get(nu.id)
            if row is None:
                continue  # a top unit or department box of the import itself
            key = self.new_key_of[nu.id]
            if nu.id.startswith("row-") and EMPLOYEE_ID_KEY not in nu.custom:
                self.problems.append(Problem("no-id", msg(QT_TRANSLATE_NOOP(
                    "Messages", "the row has no id; an update matches people by id, so it is "
                    "left out")), "warning", (row,), unit=nu.id))
                continue
            if self.result.row_status.get(row) == PARKED and nu.id != key:
                continue  # a duplicate id: already reported by the import
            old = self.by_key.get(key)
            if old is None:
                self.joined(nu, row, key)
            else:
                self.matched += 1
                self.compare(old, nu, row, key)
        for u in self.sc.units:
            if u.person is not None and self.key_of[u.id] not in self.new_keys:
                self.left(u)
        self.resolve_parents()
        kept = []
        for p in self.problems:
            if p.code == "unknown-manager" and p.unit in self.rescued:
                continue  # the manager is a position of the project (a leaver's vacancy)
            if p.code == "unknown-manager" and p.unit in self.stay and \
                    p.text.template == _UNKNOWN_MANAGER:
                p = Problem(p.code, Message(_UNKNOWN_MANAGER_STAYS, p.text.params), "warning",
                            p.rows, p.column, p.unit)
            kept.append(p)
        self.problems = kept

    def resolve_parents(self) -> None:
        """Turn the manager keys of moves and joins into unit ids, now all joins are known."""
        drop: list[Change] = []
        for ch in self.pending:
            key = ch.new_unit.parent if ch.new_unit is not None else ch.unit_changes["parent"]
            if key is None:
                continue
            t = self.by_key.get(key)
            target = t.id if t is not None else self.joined_ids.get(key)
            if ch.new_unit is not None:
                if target is None:
                    ch.new_unit = ch.new_unit.model_copy(update={"parent": None, "parked": True})
                else:
                    ch.new_unit = ch.new_unit.model_copy(update={"parent": target})
            elif target is None:
                drop.append(ch)
                self.problems.append(Problem("unknown-manager", msg(QT_TRANSLATE_NOOP(
                    "Messages", "the new manager {manager!r} of {id!r} is neither in the "
                    "project nor joining; not moved"), manager=key, id=ch.key), "warning",
                    (ch.row,) if ch.row else (), unit=ch.unit))
            else:
                ch.unit_changes["parent"] = target
        drop += self.cyclic_moves(drop)
        if drop:
            self.changes = [c for c in self.changes if all(c is not d for d in drop)]

    def cyclic_moves(self, dropped: list[Change]) -> list[Change]:
        """Moves that would close a reporting cycle (through boxes only the project has)."""
        parent: dict[str, str | None] = {u.id: u.parent for u in self.sc.units}
        for ch in self.pending:
            if ch.new_unit is not None:
                parent[ch.new_unit.id] = ch.new_unit.parent
        moves = [ch for ch in self.pending
                 if ch.new_unit is None and all(ch is not d for d in dropped)]
        for ch in moves:
            parent[ch.unit] = ch.unit_changes["parent"]
        bad: list[Change] = []
        for ch in moves:
            seen: set[str] = set()
            cur: str | None = ch.unit
            while cur is not None and cur not in seen:
                seen.add(cur)
                cur = parent.get(cur)
            if cur is not None:  # came back to a unit already on the path
                parent[ch.unit] = self.units[ch.unit].parent
                bad.append(ch)
                self.problems.append(Problem("cycle", msg(QT_TRANSLATE_NOOP(
                    "Messages", "moving {id!r} under {manager!r} would make a reporting cycle "
                    "with units of the project; not moved"), id=ch.key, manager=ch.new),
                    "warning", (ch.row,) if ch.row else (), unit=ch.unit))
        return bad

    def joined(self, nu: Unit, row: int, key: str) -> None:
        uid = nu.id
        while uid in self.unit_ids:
            uid += "x"
        self.unit_ids.add(uid)
        self.joined_ids[key] = uid
        person = None
        if nu.person is not None:
            np = self.new_people[nu.person]
            pid = np.id
            while pid in self.person_ids:
                pid += "x"
            self.person_ids.add(pid)
            person = np.model_copy(update={"id": pid})
        custom = dict(nu.custom)
        if uid != key:
            custom[EMPLOYEE_ID_KEY] = key
        mgr_key, _known = self.manager_key(nu)
        parked = nu.parked and nu.id not in self.rescued
        if nu.id in self.rescued:
            custom.pop(UNRESOLVED_MANAGER_KEY, None)
        unit = nu.model_copy(update={"id": uid, "person": person.id if person else None,
                                     "function": self.function_id(nu.function),
                                     "custom": custom, "parent": mgr_key, "parked": parked})
        mgr = self.new_keys.get(mgr_key) if mgr_key is not None else None
        who = self.new_who(nu)
        if mgr is not None or mgr_key is not None:
            said = msg(QT_TRANSLATE_NOOP("Messages", "{who} under {manager}"), who=who,
                       manager=self.new_who(mgr) if mgr is not None else
                       self.who(self.by_key[mgr_key]))  # type: ignore[index]
        elif parked:
            said = msg(QT_TRANSLATE_NOOP("Messages", "{who} in the parking lot"), who=who)
        else:
            said = msg(QT_TRANSLATE_NOOP("Messages", "{who} as a root"), who=who)
        self.changes.append(Change(
            "joined", key, uid, row, said,
            new=self.new_who(nu), new_unit=unit, new_person=person,
            functions=[self.added_functions[unit.function]]
            if unit.function in self.added_functions else []))
        self.pending.append(self.changes[-1])

    def left(self, u: Unit) -> None:
        person = self.people.get(u.person or "")
        elsewhere = any(x.person == u.person for s in self.project.scenarios
                        if s.id != self.sc.id for x in s.units)
        self.changes.append(Change(
            "left", unit_key(u), u.id, None,
            msg(QT_TRANSLATE_NOOP("Messages", "{who} is not in the sheet; the position stays "
                                  "as a vacancy"), who=self.who(u)),
            old=person.name if person else "", unit_changes={"person": None},
            remove_person=None if elsewhere or person is None else person.id))

    def compare(self, old: Unit, nu: Unit, row: int, key: str) -> None:
        self.move(old, nu, row, key)
        np = self.new_people.get(nu.person) if nu.person else None
        op = self.people.get(old.person) if old.person else None
        if "title" in self.mapped and old.title != nu.title:
            ch: dict[str, Any] = {"title": nu.title}
            if old.name == old.title and "unit_name" not in self.mapped:
                ch["name"] = nu.name
            self.add("retitled", key, old, row, msg(QT_TRANSLATE_NOOP(
                "Messages", "{who}: {old!r} -> {new!r}"), who=self.who(old), old=old.title,
                new=nu.title), old.title, nu.title, ch)
        if "department" in self.mapped:
            a, b = old.custom.get(DEPARTMENT_KEY, ""), nu.custom.get(DEPARTMENT_KEY, "")
            if a != b:
                self.add("department", key, old, row, msg(QT_TRANSLATE_NOOP(
                    "Messages", "{who}: {old!r} -> {new!r}"), who=self.who(old), old=a, new=b),
                    a, b, custom_changes={DEPARTMENT_KEY: b or None})
        if self.mapped & {"name", "first_name", "last_name"}:
            self.person(old, op, np, row, key)
        self.details(old, nu, op, np, row, key)

    def add(self, kind: str, key: str, old: Unit, row: int, message: Message, a: str, b: str,
            unit_changes: dict[str, Any] | None = None, **extra: Any) -> None:
        self.changes.append(Change(kind, key, old.id, row, message, a, b,
                                   unit_changes=unit_changes or {}, **extra))

    def move(self, old: Unit, nu: Unit, row: int, key: str) -> None:
        if not self.mapped & {"manager", "manager_name"}:
            return
        new_key, known = self.manager_key(nu)
        if not known:
            self.stay.add(nu.id)
            return  # the sheet's manager is unknown (reported): the unit stays put
        new_mgr = self.new_keys.get(new_key) if new_key is not None else None
        cur = self.old_manager(old)
        cur_key = self.key_of[cur.id] if cur is not None else None
        if new_key == cur_key and not (old.parked and new_key is None):
            return
        # old/new keep "(no manager)" in English (JSON); the sentence has it as a clause
        nobody = msg(QT_TRANSLATE_NOOP("Messages", "(no manager)"))
        a: Message | str = self.who(cur) if cur is not None else nobody
        b: Message | str = self.new_who(new_mgr) if new_mgr is not None else (
            self.who(self.by_key[new_key]) if new_key in self.by_key else nobody)
        said = msg(QT_TRANSLATE_NOOP("Messages", "{who}: from {old} to {new}"),
                   who=self.who(old), old=a, new=b)
        self.add("moved", key, old, row, said, str(a), str(b),
                 {"parent": new_key, "parked": False})
        self.pending.append(self.changes[-1])

    def person(self, old: Unit, op: Person | None, np: Person | None, row: int,
               key: str) -> None:
        if op is None and np is not None:
            pid = np.id
            while pid in self.person_ids:
                pid += "x"
            self.person_ids.add(pid)
            self.add("filled", key, old, row, msg(QT_TRANSLATE_NOOP(
                "Messages", "{position} ({id}) is now filled by {name}"), position=old.name,
                id=key, name=np.name),
                     "", np.name, {"person": pid}, new_person=np.model_copy(update={"id": pid}))
        elif op is not None and np is None:
            elsewhere = any(x.person == op.id for s in self.project.scenarios
                            if s.id != self.sc.id for x in s.units)
            self.add("vacated", key, old, row, msg(QT_TRANSLATE_NOOP(
                "Messages", "{who}: the sheet lists the position as vacant; it becomes a "
                "vacancy"), who=self.who(old)), op.name, "", {"person": None},
                     remove_person=None if elsewhere else op.id)
        elif op is not None and np is not None and op.name != np.name:
            self.add("renamed", key, old, row, msg(QT_TRANSLATE_NOOP(
                "Messages", "{old!r} -> {new!r} ({id})"), old=op.name, new=np.name, id=key),
                     op.name, np.name, person_changes={"name": np.name})

    def details(self, old: Unit, nu: Unit, op: Person | None, np: Person | None, row: int,
                key: str) -> None:
        uch: dict[str, Any] = {}
        pch: dict[str, Any] = {}
        names: list[Message | str] = []
        if "function" in self.mapped:
            fid = self.function_id(nu.function)
            if fid != old.function:
                uch["function"] = fid
                names.append(msg(_FIELD_NAMES["function"]))
        for f in self.unit_fields:
            if getattr(old, f) != getattr(nu, f):
                uch[f] = getattr(nu, f)
                names.append(msg(_FIELD_NAMES[f]))
        if op is not None and np is not None:
            for f in self.person_fields:
                if getattr(op, f) != getattr(np, f):
                    pch[f] = getattr(np, f)
                    names.append(msg(_FIELD_NAMES[f]))
        cch: dict[str, str | None] = {}
        oc, nc = old.custom, nu.custom
        for k in self.custom_keys:
            a, b = oc.get(k, ""), nc.get(k, "")
            if a != b:
                cch[k] = b or None
                names.append(k)
        pcch: dict[str, str | None] = {}
        if op is not None and np is not None:
            for k in self.person_custom_keys:
                a, b = op.custom.get(k, ""), np.custom.get(k, "")
                if a != b:
                    pcch[k] = b or None
                    names.append(msg(QT_TRANSLATE_NOOP("Messages", "person {field}"), field=k))
        if uch or pch or cch or pcch:
            fn = [self.added_functions[uch["function"]]] if uch.get("function") in \
                self.added_functions else []
            self.add("updated", key, old, row, msg(QT_TRANSLATE_NOOP(
                "Messages", "{who}: {fields}"), who=self.who(old), fields=_listing(names)), "", "",
                     uch, person_changes=pch, functions=fn, custom_changes=cch,
                     person_custom_changes=pcch)


def plan_update(project: Project, raw: RawSheet, mapping: Mapping,
                scenario: str | None = None, options: ImportOptions | None = None) -> UpdatePlan:
    """Compare the project's scenario with a newer sheet; return the changes and problems.

    ``options`` only sets the language; grouping and a single root do not apply
    to an update.  Raises :class:`~orgdesign.model.ImportError_` when the sheet
    cannot be built (no rows, nothing mapped), has no id column or shares no id
    with the project (the wrong file: everyone would leave), or for an unknown
    scenario.
    """
    with paused_gc():
        return _plan(project, raw, mapping, scenario, options)


def _plan(project: Project, raw: RawSheet, mapping: Mapping, scenario: str | None,
          options: ImportOptions | None) -> UpdatePlan:
    try:
        sc = project.scenario(scenario)
    except KeyError:
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "no scenario {scenario!r} in the project"), scenario=scenario)) from None
    if "id" not in mapping.columns:
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "an update matches people by id, but no column is mapped to the id "
            "(map it with id=Column)")))
    lang = options.language if options else None
    result = build_project(raw, mapping, ImportOptions(language=lang or (
        "zh" if project.metadata.language.startswith("zh") else None)))
    planner = _Planner(project, sc, result)
    planner.plan()
    if planner.matched == 0 and any(u.person is not None for u in sc.units):
        # Every person would "leave": far more likely the wrong sheet or project.
        raise ImportError_(msg(QT_TRANSLATE_NOOP(
            "Messages", "none of the ids in {path} is in the project; is it the export of this "
            "organisation?"), path=raw.path))
    return UpdatePlan(planner.changes, planner.problems, result)


def diff_update(project: Project, raw: RawSheet, mapping: Mapping,
                scenario: str | None = None) -> list[Change]:
    """The changes a newer sheet brings to the project (see :func:`plan_update`)."""
    return plan_update(project, raw, mapping, scenario).changes


def _replace_splice(collection: str, items: Sequence[Any], replaced: dict[str, Any],
                    appended: Sequence[Any], scenario: str | None) -> Splice | None:
    """A Splice swapping objects in place (same list positions) and appending new ones."""
    if not replaced and not appended:
        return None
    insert = [(i, replaced[x.id]) for i, x in enumerate(items) if x.id in replaced]
    insert += [(len(items) + k, obj) for k, obj in enumerate(appended)]
    return Splice(collection, remove=tuple(replaced), insert=tuple(insert), scenario=scenario)


def _with_custom(custom: dict[str, str], changes: dict[str, str | None]) -> dict[str, str]:
    out = dict(custom)
    for k, v in changes.items():
        if v is None:
            out.pop(k, None)
        else:
            out[k] = v
    return out


def update_op(project: Project, changes: Sequence[Change], scenario: str | None = None,
              label: str | Message | None = None) -> Batch:
    """One :class:`Batch` applying ``changes`` (any subset of a plan) to the scenario.

    A unit whose new manager is not part of the result (a joined manager left
    out of the subset) goes to the parking lot instead.  The Batch is labelled
    ``label``, by default the translatable "Update from HR sheet".  Raises
    :class:`EditError` when a change names a unit or person that is gone.
    """
    try:
        sc = project.scenario(scenario)
    except KeyError:
        raise EditError(msg(QT_TRANSLATE_NOOP(
            "Messages", "no scenario {scenario!r} in the project"), scenario=scenario)) from None
    units = {u.id: u for u in sc.units}
    people = {p.id: p for p in project.people}
    known_functions = {f.id for f in project.functions}
    new_functions: dict[str, Function] = {}
    unit_updates: dict[str, dict[str, Any]] = {}
    unit_custom: dict[str, dict[str, str | None]] = {}
    person_updates: dict[str, dict[str, Any]] = {}
    person_custom: dict[str, dict[str, str | None]] = {}
    new_people: list[Person] = []
    new_units: list[Unit] = []
    remove_people: list[str] = []
    for ch in changes:
        for f in ch.functions:
            if f.id not in known_functions:
                new_functions.setdefault(f.id, f)
        if ch.new_person is not None:
            new_people.append(ch.new_person)
        if ch.new_unit is not None:
            new_units.append(ch.new_unit)
            continue
        if ch.unit not in units:
            raise EditError(msg(QT_TRANSLATE_NOOP(
                "Messages", "no unit {unit!r} in scenario {scenario!r} (changed since the "
                "comparison?)"), unit=ch.unit, scenario=sc.id))
        unit_updates.setdefault(ch.unit, {}).update(ch.unit_changes)
        unit_custom.setdefault(ch.unit, {}).update(ch.custom_changes)
        if ch.person_changes or ch.person_custom_changes:
            pid = units[ch.unit].person
            if pid is None or pid not in people:
                raise EditError(msg(QT_TRANSLATE_NOOP(
                    "Messages", "unit {unit!r} has no person to update"), unit=ch.unit))
            person_updates.setdefault(pid, {}).update(ch.person_changes)
            person_custom.setdefault(pid, {}).update(ch.person_custom_changes)
        if ch.remove_person is not None:
            remove_people.append(ch.remove_person)
    present = set(units) | {u.id for u in new_units}
    replaced: dict[str, Unit] = {}
    for uid, chg in unit_updates.items():
        if chg.get("parent") is not None and chg["parent"] not in present:
            chg = {**chg, "parent": None, "parked": True}
        if unit_custom[uid]:
            chg = {**chg, "custom": _with_custom(units[uid].custom, unit_custom[uid])}
        if chg:
            replaced[uid] = Unit.model_validate({**units[uid].model_dump(), **chg})
    fixed_new: list[Unit] = []
    for u in new_units:
        if u.parent is not None and u.parent not in present:
            u = u.model_copy(update={"parent": None, "parked": True})
        fixed_new.append(u)
    changed_people: dict[str, Person] = {}
    for pid, chg in person_updates.items():
        if person_custom[pid]:
            chg = {**chg, "custom": _with_custom(people[pid].custom, person_custom[pid])}
        if chg:
            changed_people[pid] = Person.model_validate({**people[pid].model_dump(), **chg})
    ops: list[Op] = []
    for op in (
        _replace_splice("functions", project.functions, {}, list(new_functions.values()), None),
        _replace_splice("people", project.people, changed_people, new_people, None),
        _replace_splice("units", sc.units, replaced, fixed_new, sc.id),
    ):
        if op is not None:
            ops.append(op)
    if remove_people:
        ops.append(Splice("people", remove=tuple(dict.fromkeys(remove_people))))
    if label is None:
        label = msg(QT_TRANSLATE_NOOP("Messages", "Update from HR sheet"))
    return Batch(tuple(ops), label=label)


def apply_update(project: Project, changes: Sequence[Change],
                 scenario: str | None = None) -> Op:
    """Apply ``changes`` as one undoable step; return the inverse op (for undo).

    Raises :class:`EditError` when the edit is refused; the project is then unchanged.
    """
    with paused_gc():
        return apply(project, update_op(project, changes, scenario))
