"""Small helpers shared by the edit modules: look-ups that raise EditError, copies."""

from __future__ import annotations

from collections.abc import Set
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from orgdesign.model import EditError, Project, Scenario, Unit

from .ops import Batch, Op

M = TypeVar("M", bound=BaseModel)


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
        raise EditError(f"no scenario {scenario_id!r} in the project") from None


def find_unit(sc: Scenario, unit_id: str | None) -> tuple[int, Unit]:
    """Return (list position, unit); EditError naming the id if it is not there."""
    for i, u in enumerate(sc.units):
        if u.id == unit_id:
            return i, u
    raise EditError(f"no unit {unit_id!r} in scenario {sc.id!r}")


def find_by_id(items: list[M], obj_id: str, what: str, where: str = "") -> M:
    """Return the object with this id from a list; EditError naming it if absent."""
    for obj in items:
        if getattr(obj, "id", None) == obj_id:
            return obj
    raise EditError(f"no {what} {obj_id!r}{where}")


def label(obj: object) -> str:
    """A short quoted name for messages: the object's name, else its id."""
    name = getattr(obj, "name", "") or getattr(obj, "id", "?")
    return repr(name)


def validation_message(err: ValidationError) -> str:
    """One line from a pydantic error: field and reason of the first problem."""
    first = err.errors()[0]
    where = ".".join(str(p) for p in first.get("loc", ())) or "value"
    more = f" (and {err.error_count() - 1} more)" if err.error_count() > 1 else ""
    return f"{where}: {first.get('msg', 'invalid')}{more}"


def merged(
    obj: M, changes: dict[str, Any], forbidden: Set[str], what: str,
    heavy: Set[str] = frozenset(),
) -> M:
    """Return ``obj`` with ``changes`` applied, validated by pydantic; ``obj`` is untouched.

    Raises EditError for a forbidden or unknown field and for an invalid value.
    ``heavy`` fields (a scenario's units...) are left out of the validation
    copy; they must be among ``forbidden``.
    """
    bad = sorted(k for k in changes if k in forbidden)
    if bad:
        raise EditError(f"cannot change {bad[0]!r} of {what} with this edit")
    cls = type(obj)
    unknown = sorted(k for k in changes if k not in cls.model_fields)
    if unknown:
        raise EditError(f"{what} has no field {unknown[0]!r}")
    try:
        return cls.model_validate({**obj.model_dump(exclude=set(heavy)), **changes})
    except ValidationError as err:
        raise EditError(f"invalid value for {what}: {validation_message(err)}") from None


def one_op(ops: list[Op], text: str) -> Op:
    """The single op itself, or a labelled Batch of several."""
    return ops[0] if len(ops) == 1 else Batch(tuple(ops), label=text)
