"""Random but realistic organisations for benchmarks and property tests."""

from __future__ import annotations

import random

from orgdesign.model import Function, Person, Project, Unit, UnitKind, new_project

_FUNCTIONS = [
    ("f-mgmt", "Management", "#4C6A92", False),
    ("f-sales", "Sales", "#D9822B", True),
    ("f-service", "Customer Service", "#2E9E6B", True),
    ("f-marketing", "Marketing", "#B84C7A", False),
    ("f-it", "IT", "#5B5BB5", False),
    ("f-finance", "Finance", "#7A7A3A", False),
    ("f-supply", "Supply Chain", "#8C5A3C", False),
]
_GIVEN = ["Anna", "Ben", "Chen", "Dana", "Emil", "Fang", "Greta", "Hui", "Ivan", "Jing", "Karl",
          "Lena", "Ming", "Nora", "Otto", "Pia", "Qiang", "Rosa", "Sven", "Tao", "Ute", "Wei"]
_FAMILY = ["Wang", "Li", "Zhang", "Müller", "Schmidt", "Liu", "Chen", "Weber", "Huang", "Fischer"]
_TITLES = ["Manager", "Team Lead", "Specialist", "Associate", "Analyst", "Coordinator",
           "Senior Consultant", "Representative", "Engineer"]


def random_project(
    n_units: int,
    seed: int = 0,
    span: tuple[int, int] = (2, 9),
    vacancy_share: float = 0.1,
) -> Project:
    """Return a project whose active scenario holds one tree of ``n_units`` units.

    Spans are drawn uniformly from ``span`` (a manager's number of reports);
    names and titles vary in length so box sizes vary.  Deterministic per seed.
    """
    rng = random.Random(seed)
    project = new_project(title=f"Random organisation ({n_units} units)")
    project.functions = [Function(id=i, name=n, color=c, customer_facing=cf)
                         for i, n, c, cf in _FUNCTIONS]
    sc = project.scenario()
    units: list[Unit] = []
    people: list[Person] = []
    queue: list[int] = []
    remaining = [0] * n_units  # reports each unit may still take
    head = 0
    for i in range(n_units):
        uid = f"u{i}"
        parent: str | None
        function: str | None
        if i == 0:
            parent, function = None, "f-mgmt"
        else:
            while True:
                pi = queue[head]
                if remaining[pi] > 0:
                    break
                head += 1
            remaining[pi] -= 1
            parent = units[pi].id
            function = rng.choice(_FUNCTIONS)[0] if units[pi].parent is None else None
        remaining[i] = rng.randint(*span)
        queue.append(i)
        title = rng.choice(_TITLES) + (" " + rng.choice(_FUNCTIONS)[1] if rng.random() < 0.3 else "")
        person = None
        if rng.random() >= vacancy_share:
            pid = f"p{i}"
            people.append(Person(id=pid, name=f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}"))
            person = pid
        units.append(Unit(id=uid, name=f"{title} {i}", title=title, kind=UnitKind.POSITION,
                          parent=parent, function=function, person=person))
    sc.units = units
    project.people = people
    return project
