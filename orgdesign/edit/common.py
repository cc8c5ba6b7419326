"""Small helpers shared by the edit modules: look-ups that raise EditError, copies."""

from __future__ import annotations

from collections.abc import Set
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from orgdesign.model import EditError, Project, Scenario, Unit
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, msg

from .ops import Batch, Op

M = TypeVar("M", bound=BaseModel)

#: the word for each kind of object, a clause of its own in messages (the window translates it)
NOUNS: dict[str, Message] = {
    "unit": msg(QT_TRANSLATE_NOOP("Messages", "unit")),
    "segment": msg(QT_TRANSLATE_NOOP("Messages", "segment")),
    "secondary line": msg(QT_TRANSLATE_NOOP("Messages", "secondary line")),
    "function": msg(QT_TRANSLATE_NOOP("Messages", "function")),
    "person": msg(QT_TRANSLATE_NOOP("Messages", "person")),
    "scenario": msg(QT_TRANSLATE_NOOP("Messages", "scenario")),
    "process": msg(QT_TRANSLATE_NOOP("Messages", "process")),
    "RACI matrix": msg(QT_TRANSLATE_NOOP("Messages", "RACI matrix")),
}


def clone(obj: M) -> M:
    """Return an independent copy of a model object.

    Units are copied field by field: their only mutable field is ``custom``,
    and a generic deep copy is five times slower (it matters when a 50,000-unit
    subtree is deleted and restored).
    """
    if isinstance(obj, Unit):
        return obj.model_copy(update={"custom": dict(obj.custom)})  # type: ignore[return-value]
    return obj.model_copy(deep=True)


def get_scenario(project: Project, scenario_id: str | None) -> Scenario:
    """Return the scenario (the active one for None); EditError if there is none."""
    try:
        return project.scenario(scenario_id)
    except KeyError:
        template = QT_TRANSLATE_NOOP("Messages", "no scenario {scenario!r} in the project")
        raise EditError(msg(template, scenario=scenario_id)) from None


def missing(what: str, obj_id: str | None, scenario: str | None = None) -> EditError:
    """The error for an id naming nothing: ``what`` is a key of :data:`NOUNS`.

    ``scenario`` is the id of the scenario searched (None for the project's lists).
    """
    if scenario is None:
        return EditError(msg(QT_TRANSLATE_NOOP("Messages", "no {what} {id!r}"),
                             what=NOUNS[what], id=obj_id))
    return EditError(msg(QT_TRANSLATE_NOOP("Messages", "no {what} {id!r} in scenario {scenario!r}"),
                         what=NOUNS[what], id=obj_id, scenario=scenario))


def find_unit(sc: Scenario, unit_id: str | None) -> tuple[int, Unit]:
    """Return (list position, unit); EditError naming the id if it is not there."""
    for i, u in enumerate(sc.units):
        if u.id == unit_id:
            return i, u
    raise missing("unit", unit_id, sc.id)


def find_by_id(items: list[M], obj_id: str, what: str, scenario: str | None = None) -> M:
    """Return the object with this id from a list; EditError naming it if absent.

    ``what`` is a key of :data:`NOUNS`; ``scenario`` the id of the scenario
    holding the list (None for the project's lists).
    """
    for obj in items:
        if getattr(obj, "id", None) == obj_id:
            return obj
    raise missing(what, obj_id, scenario)


def label(obj: object) -> str:
    """A short quoted name for messages: the object's name, else its id."""
    name = getattr(obj, "name", "") or getattr(obj, "id", "?")
    return repr(name)


def validation_message(err: ValidationError) -> Message:
    """One line from a pydantic error: field and reason of the first problem.

    The reason is pydantic's own English text; only the frame is translated.
    """
    first = err.errors()[0]
    field: str | Message = (".".join(str(p) for p in first.get("loc", ()))
                            or msg(QT_TRANSLATE_NOOP("Messages", "value")))
    reason = first.get("msg", "invalid")
    if err.error_count() > 1:
        return msg(QT_TRANSLATE_NOOP("Messages", "{field}: {reason} (and {count} more)"),
                   field=field, reason=reason, count=err.error_count() - 1)
    return msg(QT_TRANSLATE_NOOP("Messages", "{field}: {reason}"), field=field, reason=reason)


def merged(
    obj: M, changes: dict[str, Any], forbidden: Set[str], what: str,
    heavy: Set[str] = frozenset(),
) -> M:
    """Return ``obj`` with ``changes`` applied, validated by pydantic; ``obj`` is untouched.

    ``what`` is a key of :data:`NOUNS` naming the kind of ``obj`` in messages.
    Raises EditError for a forbidden or unknown field and for an invalid value.
    ``heavy`` fields (a scenario's units...) are left out of the validation
    copy; they must be among ``forbidden``.
    """
    noun, name = NOUNS[what], label(obj)
    bad = sorted(k for k in changes if k in forbidden)
    if bad:
        template = QT_TRANSLATE_NOOP("Messages",
                                     "cannot change {field!r} of {what} {name} with this edit")
        raise EditError(msg(template, field=bad[0], what=noun, name=name))
    cls = type(obj)
    unknown = sorted(k for k in changes if k not in cls.model_fields)
    if unknown:
        raise EditError(msg(QT_TRANSLATE_NOOP("Messages", "{what} {name} has no field {field!r}"),
                            what=noun, name=name, field=unknown[0]))
    try:
        return cls.model_validate({**obj.model_dump(exclude=set(heavy)), **changes})
    except ValidationError as err:
        template = QT_TRANSLATE_NOOP("Messages", "invalid value for {what} {name}: {problem}")
        raise EditError(msg(template, what=noun, name=name,
                            problem=validation_message(err))) from None


def one_op(ops: list[Op], text: str | Message) -> Op:
    """The single op itself, or a labelled Batch of several."""
    return ops[0] if len(ops) == 1 else Batch(tuple(ops), label=text)
