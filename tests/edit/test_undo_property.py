"""Property: any sequence of edits keeps the invariants; undo all restores the start
exactly; redo all restores the end exactly; a refused edit changes nothing."""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from orgdesign.edit import (
    AddFunction,
    AddLine,
    AddPerson,
    AddSegment,
    AddUnit,
    Batch,
    DeletePromote,
    DeleteSubtree,
    MoveUnit,
    Op,
    ParkUnit,
    RemoveFunction,
    RemoveLine,
    RemovePerson,
    RemoveScenario,
    RemoveSegment,
    ReorderUnit,
    SetActiveScenario,
    UnparkUnit,
    UpdateFunction,
    UpdateLine,
    UpdatePerson,
    UpdateSegment,
    UpdateUnit,
    UpdateUnits,
    apply,
    copy_scenario,
    copy_subtree,
    describe,
    paste_subtree,
)
from orgdesign.model import (
    CustomerSegment,
    EditError,
    Function,
    Person,
    Project,
    SecondaryLine,
    Unit,
    check_project,
)

NAMES = st.text(alphabet="销售客服总经理华东市场部门组王李张陈数据中心 ABCxyzÄé-", max_size=12)
FIELDS = {
    "name": NAMES,
    "title": NAMES,
    "kind": st.sampled_from(["department", "team", "position", "squad"]),
    "layer": st.sampled_from([None, "customer-contact", "support", "management", "top"]),
    "color": st.sampled_from([None, "#12AB9F", "#ffffff", "red"]),
    "assistant": st.booleans(),
    "collapsed": st.booleans(),
    "compact": st.sampled_from([None, True, False]),
    "notes": NAMES,
    "custom": st.dictionaries(NAMES, NAMES, max_size=2),
}


class Draw:
    """Builds random ops against the current project (some of them refusable)."""

    def __init__(self, data: st.DataObject, project: Project) -> None:
        self.data = data
        self.p = project
        self.counter = 0

    def __call__(self, strategy):
        return self.data.draw(strategy)

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}-{self.counter}"

    def rarely(self) -> bool:
        """True about one time in ten: when to draw a value the edit must refuse."""
        return self(st.integers(0, 9)) == 0

    def scenario(self) -> str | None:
        return self(st.sampled_from([None, *(s.id for s in self.p.scenarios)]))

    def unit(self, scenario: str | None, missing: bool = True) -> str:
        ids = [u.id for u in self.p.scenario(scenario).units]
        if not ids or (missing and self.rarely()):
            return "nope"
        return self(st.sampled_from(ids))

    def parent(self, scenario: str | None) -> str | None:
        return None if self(st.integers(0, 4)) == 0 else self.unit(scenario)

    def index(self) -> int | None:
        if self.rarely():
            return self(st.sampled_from([-1, 7]))
        return self(st.one_of(st.none(), st.integers(0, 3)))

    def person(self) -> str | None:
        if self.rarely():
            return "p-nope"
        return self(st.sampled_from([None, None, *(p.id for p in self.p.people)]))

    def function(self) -> str | None:
        if self.rarely():
            return "f-nope"
        return self(st.sampled_from([None, *(f.id for f in self.p.functions)]))

    def unit_changes(self) -> dict:
        keys = self(st.lists(st.sampled_from([*FIELDS, "person", "function", "parent"]),
                             min_size=1, max_size=3, unique=True))
        out = {}
        for k in keys:
            if k == "person":
                out[k] = self.person()
            elif k == "function":
                out[k] = self.function()
            elif k == "parent":
                out[k] = None  # always refused: parents change through MoveUnit
            else:
                out[k] = self(FIELDS[k])
        return out

    def op(self, depth: int = 0) -> Op:
        kinds = ["add", "add", "delete", "promote", "move", "move", "reorder", "park", "unpark",
                 "update", "update", "bulk", "paste", "person", "function", "segment", "line",
                 "scenario"]
        if depth == 0:
            kinds.append("batch")
        kind = self(st.sampled_from(kinds))
        sc = self.scenario()
        if kind == "add":
            parked = self(st.booleans())
            uid = "ceo" if self.rarely() else self.fresh("u")
            person = self.person() if self.rarely() else None
            unit = Unit(id=uid, name=self(NAMES), parked=parked, person=person,
                        function=self.function(), assistant=self(st.booleans()))
            return AddUnit(unit, parent=None if parked else self.parent(sc), index=self.index(),
                           scenario=sc)
        if kind == "delete":
            return DeleteSubtree(self.unit(sc), scenario=sc)
        if kind == "promote":
            return DeletePromote(self.unit(sc), scenario=sc)
        if kind == "move":
            return MoveUnit(self.unit(sc), self.parent(sc), self.index(), scenario=sc)
        if kind == "reorder":
            return ReorderUnit(self.unit(sc), self(st.integers(0, 4)), scenario=sc)
        if kind == "park":
            return ParkUnit(self.unit(sc), self.index(), scenario=sc)
        if kind == "unpark":
            return UnparkUnit(self.unit(sc), self.parent(sc), self.index(), scenario=sc)
        if kind == "update":
            return UpdateUnit(self.unit(sc), self.unit_changes(), scenario=sc)
        if kind == "bulk":
            a, b = self.unit(sc, missing=False), self.unit(sc, missing=False)
            return UpdateUnits({a: {"person": self.person()}, b: {"person": self.person()}},
                               scenario=sc)
        if kind == "paste":
            ids = [u.id for u in self.p.scenario(sc).units]
            if not ids:
                return SetActiveScenario(self.p.active_scenario)
            units = copy_subtree(self.p, sc, self(st.sampled_from(ids)))
            try:
                return paste_subtree(self.p, sc, units, self.parent(sc), self.index())
            except EditError:
                return Batch(())
        if kind == "person":
            pid = self(st.sampled_from([p.id for p in self.p.people] + ["p-nope"]))
            return self(st.sampled_from([
                AddPerson(Person(id=self.fresh("p"), name=self(NAMES) or "某人"), self.index()),
                AddPerson(Person(id=pid, name="dup")),
                RemovePerson(pid),
                UpdatePerson(pid, {"name": self(NAMES), "email": self(NAMES)}),
            ]))
        if kind == "function":
            fid = self(st.sampled_from([f.id for f in self.p.functions] + ["f-nope"]))
            return self(st.sampled_from([
                AddFunction(Function(id=self.fresh("f"), name=self(NAMES))),
                RemoveFunction(fid),
                UpdateFunction(fid, {"color": self(st.sampled_from(["#000000", "blue"])),
                                     "customer_facing": self(st.booleans())}),
            ]))
        if kind == "segment":
            segs = [s.id for s in self.p.scenario(sc).segments] + ["seg-nope"]
            contacts = self(st.lists(st.just(self.unit(sc)), max_size=2))
            return self(st.sampled_from([
                AddSegment(CustomerSegment(id=self.fresh("seg"), name=self(NAMES),
                                           contacts=contacts), self.index(), scenario=sc),
                RemoveSegment(self(st.sampled_from(segs)), scenario=sc),
                UpdateSegment(self(st.sampled_from(segs)), {"contacts": contacts}, scenario=sc),
            ]))
        if kind == "line":
            lines = [ln.id for ln in self.p.scenario(sc).lines] + ["ln-nope"]
            a, b = self.unit(sc), self.unit(sc)
            return self(st.sampled_from([
                AddLine(SecondaryLine(id=self.fresh("ln"), source=a, target=b), scenario=sc),
                RemoveLine(self(st.sampled_from(lines)), scenario=sc),
                UpdateLine(self(st.sampled_from(lines)), {"target": b, "label": self(NAMES)},
                           scenario=sc),
            ]))
        if kind == "scenario":
            sid = self(st.sampled_from([s.id for s in self.p.scenarios] + ["s-nope"]))
            choice = self(st.integers(0, 2))
            if choice == 0 and sid != "s-nope":
                return copy_scenario(self.p, sid, self.fresh("sc"), self(NAMES))
            return RemoveScenario(sid) if choice == 1 else SetActiveScenario(sid)
        # A batch is built against the project as it is now, so its later ops
        # may be refused once the earlier ones ran: that tests rollback too.
        return Batch([self.op(depth + 1) for _ in range(self(st.integers(1, 3)))], label="批量")


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_random_edits_undo_and_redo_exactly(make_project, data):
    project = make_project()
    start = project.model_dump()
    draw = Draw(data, project)
    inverses: list[Op] = []
    for _ in range(data.draw(st.integers(1, 25), label="steps")):
        op = draw.op()
        assert describe(op, project)
        before = project.model_dump()
        try:
            inverse = apply(project, op)
        except EditError:
            event(f"refused {type(op).__name__}")
            assert project.model_dump() == before, f"refused {op} changed the project"
            continue
        event(f"applied {type(op).__name__}")
        check_project(project)
        inverses.append(inverse)
    end = project.model_dump()

    redos: list[Op] = []
    for inverse in reversed(inverses):
        redos.append(apply(project, inverse))
        check_project(project)
    assert project.model_dump() == start

    for redo in reversed(redos):
        apply(project, redo)
        check_project(project)
    assert project.model_dump() == end
