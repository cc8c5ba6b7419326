"""The shipped sample organisations: sound, realistic, and the same in both languages."""

from __future__ import annotations

import re

import pytest

from orgdesign.model import Layer, OrgDesignError, Project, TreeIndex, UnitKind, check_project
from orgdesign.samples.registry import SAMPLES, build_sample, sample_names

CJK = re.compile(r"[\u4e00-\u9fff]")
CASES = [(name, lang) for name in sample_names() for lang in ("en", "zh")]


@pytest.fixture(scope="module")
def built() -> dict[tuple[str, str], Project]:
    """Every sample in every language, built once for the module."""
    return {case: build_sample(*case) for case in CASES}


def _index(p: Project) -> TreeIndex:
    return TreeIndex(p.scenario(), p)


def _structure(p: Project) -> dict:
    """Everything but visible text: what must match between the languages."""
    sc = p.scenario()
    return {
        "units": [(u.id, u.parent, u.kind, u.function, u.layer, u.person, u.assistant, u.parked)
                  for u in sc.units],
        "layers": _index(p).layers(),
        "functions": [(f.id, f.color, f.customer_facing) for f in p.functions],
        "people": [pe.id for pe in p.people],
        "segments": [(s.id, s.contacts) for s in sc.segments],
        "lines": [(ln.id, ln.source, ln.target, ln.kind) for ln in sc.lines],
        "processes": [
            (pr.id, pr.strategic, pr.owner, pr.parent, pr.team,
             [(s.id, s.unit, s.duration, s.waiting) for s in pr.steps],
             [(f.id, f.source, f.target, f.kind, f.interface is not None,
               f.interface.responsible if f.interface else None) for f in pr.flows])
            for pr in p.processes
        ],
        "raci": [(m.id, m.scheme, [(a.id, a.step) for a in m.activities],
                  [(r.id, r.unit) for r in m.roles], m.cells) for m in p.raci_matrices],
    }


def _visible_texts(p: Project) -> list[str]:
    """Every name-like text a user sees."""
    sc = p.scenario()
    out = [p.metadata.title, p.metadata.description, sc.name]
    out += [u.name for u in sc.units] + [u.title for u in sc.units if u.title]
    out += [pe.name for pe in p.people] + [f.name for f in p.functions]
    out += [s.name for s in sc.segments] + [ln.label for ln in sc.lines]
    for pr in p.processes:
        out += [pr.name] + [s.name for s in pr.steps]
        out += [f.interface.procedure for f in pr.flows if f.interface]
    for m in p.raci_matrices:
        out += [m.name] + [a.name for a in m.activities] + [r.name for r in m.roles]
    return out


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_sample_is_sound_and_realistic(built, case) -> None:
    p = built[case]
    check_project(p)
    sc = p.scenario()
    assert 30 <= len(sc.units) <= 70
    assert p.metadata.language == case[1]
    assert p.metadata.title and p.metadata.description
    kinds = {u.kind for u in sc.units}
    assert {UnitKind.POSITION, UnitKind.TEAM} <= kinds
    vacancies = [u for u in sc.units if u.person is None]
    # people fill most positions, a few are vacant
    assert 1 <= len(vacancies) <= len(sc.units) // 10
    assert any(u.assistant for u in sc.units)
    assert len(_index(p).placed_roots()) == 1
    assert sum(ln.kind.value in ("dotted", "project") for ln in sc.lines) >= 2


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_functions_are_coloured_and_used(built, case) -> None:
    p = built[case]
    colours = [f.color.lower() for f in p.functions]
    assert len(set(colours)) == len(colours)
    assert any(f.customer_facing for f in p.functions)
    assert any(not f.customer_facing for f in p.functions)
    used = {f for f in _index(p).effective_functions().values() if f}
    assert used == {f.id for f in p.functions}


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_each_segment_has_one_existing_contact(built, case) -> None:
    sc = built[case].scenario()
    units = {u.id for u in sc.units}
    assert len(sc.segments) >= 3
    for s in sc.segments:
        assert len(s.contacts) == 1 and s.contacts[0] in units


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_processes_reference_existing_units(built, case) -> None:
    p = built[case]
    units = {u.id for u in p.scenario().units}
    strategic = [pr for pr in p.processes if pr.strategic]
    assert strategic
    depths = _index(p).depths()
    for pr in strategic:
        # the owner of a strategic process stands at a senior level
        assert pr.owner in units and depths[pr.owner] <= 1
    for pr in p.processes:
        assert pr.steps and pr.flows
        assert all(s.unit in units for s in pr.steps)
        if pr.team is not None:
            assert pr.team in units


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_some_interfaces_have_procedures_and_some_not(built, case) -> None:
    p = built[case]
    funcs = _index(p).effective_functions()
    people = {pe.id for pe in p.people}
    with_info = without = 0
    for pr in p.processes:
        unit_of = {s.id: s.unit for s in pr.steps}
        for f in pr.flows:
            if funcs[unit_of[f.source]] == funcs[unit_of[f.target]]:
                assert f.interface is None  # not an interface at all
            elif f.interface is None:
                without += 1
            else:
                with_info += 1
                assert f.interface.procedure and f.interface.responsible in people
    assert with_info >= 2 and without >= 1


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c[0]}-{c[1]}")
def test_raci_matches_the_process(built, case) -> None:
    p = built[case]
    assert len(p.raci_matrices) == 1
    m = p.raci_matrices[0]
    assert m.scheme == "RACI"
    units = {u.id for u in p.scenario().units}
    steps = {s.id: s for pr in p.processes for s in pr.steps}
    acts = {a.id for a in m.activities}
    roles = {r.id for r in m.roles}
    assert any(r.unit is None for r in m.roles)  # a free-text role such as the client
    assert all(r.unit in units for r in m.roles if r.unit is not None)
    assert all(a.step in steps and steps[a.step].name == a.name for a in m.activities)
    assert set(m.cells) == acts
    for aid, row in m.cells.items():
        assert set(row) <= roles
        letters = [cell.split("/") for cell in row.values()]
        assert all(set(ls) <= set("RACI") for ls in letters)
        assert sum("A" in ls for ls in letters) == 1, aid
        assert any("R" in ls for ls in letters), aid


@pytest.mark.parametrize("name", sample_names())
def test_languages_share_structure_and_differ_in_text(built, name) -> None:
    en, zh = built[(name, "en")], built[(name, "zh")]
    assert _structure(en) == _structure(zh)
    for ue, uz in zip(en.scenario().units, zh.scenario().units, strict=True):
        assert ue.name != uz.name
        assert CJK.search(uz.name) and not CJK.search(ue.name)
    for pe, pz in zip(en.people, zh.people, strict=True):
        assert pe.name != pz.name and CJK.search(pz.name)
    assert all(CJK.search(t) for t in _visible_texts(zh))
    assert not any(CJK.search(t) for t in _visible_texts(en))
    for p in (en, zh):
        names = [pe.name for pe in p.people]
        assert len(set(names)) == len(names)


def test_bakery_is_made_for_rings(built) -> None:
    for lang in ("en", "zh"):
        p = built[("bakery", lang)]
        index = _index(p)
        layers = index.layers()
        gm = index.placed_roots()[0]
        assert layers[gm] is Layer.MANAGEMENT
        shops = [u for u in p.scenario().units if u.kind is UnitKind.TEAM]
        assert len(shops) == 6
        for shop in shops:
            assert shop.person is not None  # the branch manager's name goes on the ring
            assert layers[shop.id] is Layer.CUSTOMER_CONTACT
            staff = index.kids(shop.id)
            assert len(staff) >= 2
            assert all(layers[s] is Layer.CUSTOMER_CONTACT for s in staff)
        support = [u for u in p.scenario().units if u.kind is UnitKind.DEPARTMENT]
        assert len(support) >= 5
        for dept in support:
            assert all(layers[uid] is Layer.SUPPORT for uid in index.walk(dept.id))


def test_crm_has_the_seven_departments_and_a_project_team(built) -> None:
    p = built[("crm", "en")]
    index = _index(p)
    ceo = index.placed_roots()[0]
    depts = [uid for uid in index.kids(ceo) if index.units[uid].kind is UnitKind.DEPARTMENT]
    funcs = {index.units[d].function for d in depts}
    assert funcs == {"f-service", "f-crm", "f-sales", "f-product", "f-marketing", "f-supply",
                     "f-finance"}
    assert all(len(index.kids(d)) >= 2 for d in depts)
    assert index.parked_roots()
    l2c = next(pr for pr in p.processes if pr.strategic)
    assert 6 <= len(l2c.steps) <= 10
    assert any(f.kind.value == "loop" for f in l2c.flows)
    sub = next(pr for pr in p.processes if pr.parent == l2c.id)
    # rule 2: one project member from each function taking part in the sub-process
    eff = index.effective_functions()
    taking_part = {eff[s.unit] for s in sub.steps}
    members = {ln.source for ln in p.scenario().lines
               if ln.target == sub.team and ln.kind.value == "project"}
    assert {eff[m] for m in members} == taking_part


def test_callcenter_has_contact_points_and_a_four_function_process(built) -> None:
    p = built[("callcenter", "en")]
    index = _index(p)
    hotline_teams = [uid for uid in index.kids("u-hotline")
                     if index.units[uid].kind is UnitKind.TEAM]
    assert len(hotline_teams) == 4
    contacts = {c for s in p.scenario().segments for c in s.contacts}
    assert {"u-repair", "u-complaint"} <= contacts
    assert contacts & set(hotline_teams)
    eff = index.effective_functions()
    repair = next(pr for pr in p.processes if pr.strategic)
    assert len({eff[s.unit] for s in repair.steps}) == 4


def test_registry_lists_and_describes_samples() -> None:
    assert sample_names() == ["bakery", "crm", "callcenter"]
    for name, info in SAMPLES.items():
        assert info.name == name
        assert info.description("en") == info.description_en
        assert CJK.search(info.description("zh")) and CJK.search(info.title("zh"))
        assert build_sample(name, "zh").metadata.title == info.title_zh


def test_registry_refuses_unknown_name_and_language() -> None:
    with pytest.raises(KeyError, match="bakery") as err:
        build_sample("brewery")
    assert isinstance(err.value, OrgDesignError)
    assert str(err.value).startswith("unknown sample 'brewery'")
    with pytest.raises(ValueError, match="'de'"):
        build_sample("bakery", "de")
    with pytest.raises(ValueError):
        SAMPLES["crm"].description("fr")


def test_samples_are_fresh_and_deterministic() -> None:
    a, b = build_sample("crm"), build_sample("crm")
    assert a.model_dump() == b.model_dump()
    a.scenario().units[0].name = "changed"
    assert build_sample("crm").scenario().units[0].name != "changed"
