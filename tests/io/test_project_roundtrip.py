"""Save -> load is the identity, for random projects full of awkward text."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesign import __version__
from orgdesign.io import dumps_project, load_project, loads_project, save_project
from orgdesign.model import (
    FORMAT_TAG,
    SCHEMA_VERSION,
    CustomerSegment,
    Flow,
    FlowKind,
    Function,
    InterfaceInfo,
    Layer,
    LineKind,
    Metadata,
    Person,
    Process,
    Project,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    Scenario,
    SecondaryLine,
    Step,
    Unit,
    UnitKind,
    check_project,
)
from orgdesign.samples.synthetic import random_project

_CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
_EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
names = st.one_of(
    st.text(max_size=12),  # any code point but lone surrogates, control characters included
    st.text(alphabet=_CJK, min_size=1, max_size=20),
    st.text(alphabet=st.one_of(_EMOJI, _CJK, st.sampled_from("\u200d\ufe0f -")), max_size=10),
    st.sampled_from(["", "客户服务中心", "👩‍💼 销售 · 华东区", "a\nb\t\"\\/", "x" * 5000,
                     "名" * 5000, "🚀" * 2500]),
)
ids = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=8)
colors = st.sampled_from(["#8899AA", "#D9822B", "#2e9e6b"])
durations = st.none() | st.floats(min_value=0, max_value=1e9, allow_nan=False,
                                  allow_infinity=False)


@st.composite
def projects(draw: st.DrawFn) -> Project:
    """A random project that satisfies every invariant."""
    fids = draw(st.lists(ids, max_size=3, unique=True))
    functions = [Function(id=f, name=draw(names), color=draw(colors),
                          customer_facing=draw(st.booleans())) for f in fids]
    pids = draw(st.lists(ids, max_size=4, unique=True))
    people = [Person(id=p, name=draw(names), email=draw(names),
                     custom=draw(st.dictionaries(names, names, max_size=2))) for p in pids]
    free_people = list(pids)
    units: list[Unit] = []
    for uid in draw(st.lists(ids, max_size=6, unique=True)):
        parent = draw(st.none() | st.sampled_from([u.id for u in units])) if units else None
        person = free_people.pop() if free_people and draw(st.booleans()) else None
        units.append(Unit(
            id=uid, name=draw(names), title=draw(names), kind=draw(st.sampled_from(UnitKind)),
            parent=parent, parked=parent is None and draw(st.booleans()),
            function=draw(st.none() | st.sampled_from(fids)) if fids else None,
            layer=draw(st.none() | st.sampled_from(Layer)), person=person,
            compact=draw(st.none() | st.booleans()), color=draw(st.none() | colors),
            notes=draw(names), custom=draw(st.dictionaries(names, names, max_size=2)),
        ))
    uids = [u.id for u in units]
    segments, lines = [], []
    if uids:
        segments = [CustomerSegment(id="s1", name=draw(names),
                                    contacts=draw(st.lists(st.sampled_from(uids), max_size=2)))]
        lines = [SecondaryLine(id="l1", source=draw(st.sampled_from(uids)),
                               target=draw(st.sampled_from(uids)),
                               kind=draw(st.sampled_from(LineKind)), label=draw(names))]
    unit_refs = st.none() | st.sampled_from(uids) if uids else st.none()
    steps = [Step(id=f"st{i}", name=draw(names), unit=draw(unit_refs), duration=draw(durations),
                  waiting=draw(durations)) for i in range(draw(st.integers(0, 3)))]
    flows = []
    if len(steps) > 1:
        info = st.none() | st.builds(InterfaceInfo, procedure=names, responsible=names)
        flows = [Flow(id="fl1", source=steps[0].id, target=steps[1].id,
                      kind=draw(st.sampled_from(FlowKind)), interface=draw(info))]
    process = Process(id="pr1", name=draw(names), strategic=draw(st.booleans()),
                      owner=draw(unit_refs), steps=steps, flows=flows, notes=draw(names))
    activities = [RaciActivity(id=f"a{i}", name=draw(names), group=draw(names))
                  for i in range(draw(st.integers(0, 3)))]
    roles = [RaciRole(id=f"r{i}", name=draw(names), unit=draw(unit_refs))
             for i in range(draw(st.integers(0, 3)))]
    letters = st.sampled_from(["R", "A", "C", "I", "A/R", "S", ""])
    cells = {a.id: {r.id: draw(letters) for r in roles if draw(st.booleans())}
             for a in activities}
    matrix = RaciMatrix(id="m1", name=draw(names), activities=activities, roles=roles,
                        cells=cells)
    project = Project(
        metadata=Metadata(title=draw(names), description=draw(names), author=draw(names)),
        functions=functions, people=people,
        scenarios=[Scenario(id="as-is", name=draw(names), units=units, segments=segments,
                            lines=lines, notes=draw(names)),
                   Scenario(id="to-be", name=draw(names))],
        active_scenario=draw(st.sampled_from(["as-is", "to-be"])),
        processes=[process], raci_matrices=[matrix],
    )
    check_project(project)
    return project


@settings(max_examples=60, deadline=None)
@given(projects())
def test_dumps_loads_is_identity(project: Project) -> None:
    assert loads_project(dumps_project(project)).model_dump() == project.model_dump()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_save_load_is_identity(tmp_path_factory, project: Project) -> None:
    path = tmp_path_factory.mktemp("rt") / "项目 🏢.orgd"
    save_project(project, path)
    save_project(project, path)  # the second save goes through the backup branch
    assert load_project(path).model_dump() == project.model_dump()


def test_file_is_tagged_utf8_json_with_readable_chinese(tmp_path) -> None:
    project = random_project(30)
    project.functions[0].name = "客户服务 😀"
    path = tmp_path / "p.orgd"
    save_project(project, path)
    raw = path.read_bytes()
    assert "客户服务 😀".encode() in raw  # written as is, not as \\u escapes
    data = json.loads(raw.decode("utf-8"))
    assert data["format"] == FORMAT_TAG
    assert data["schema_version"] == SCHEMA_VERSION
    assert list(data)[:2] == ["format", "schema_version"]


def test_save_stamps_metadata(tmp_path) -> None:
    project = random_project(5)
    assert project.metadata.modified == ""
    path = tmp_path / "p.orgd"
    save_project(project, path)
    first = project.metadata
    assert first.app_version == __version__
    assert first.modified and first.created == first.modified
    assert load_project(path).metadata == first
    project.metadata = first.model_copy(update={"modified": "2000-01-01T00:00:00+00:00"})
    save_project(project, path)
    assert project.metadata.created == first.created  # created is kept
    assert project.metadata.modified != "2000-01-01T00:00:00+00:00"


def test_bytes_with_utf8_bom_load(tmp_path) -> None:
    project = random_project(10)
    text = dumps_project(project)
    assert loads_project(b"\xef\xbb\xbf" + text.encode()).model_dump() == project.model_dump()
    path = tmp_path / "bom.orgd"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode())
    assert load_project(path).model_dump() == project.model_dump()


def test_hand_edited_key_order_loads_the_same() -> None:
    # Only files that start like ours take the fast path; others must agree with it.
    project = random_project(40, seed=4)
    shuffled = json.dumps(json.loads(dumps_project(project)), sort_keys=True, indent=4)
    assert not shuffled.lstrip().startswith('{\n    "format"')
    assert loads_project(shuffled).model_dump() == project.model_dump()
