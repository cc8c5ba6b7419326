"""RACI schemes, cell parsing, rule checks and generating a matrix from a process."""

from __future__ import annotations

import random
import re
import time

import pytest

from orgdesign.analysis.problems import Severity, run_checks
from orgdesign.analysis.raci import (
    MIN_COUNT,
    RaciProblem,
    generate_from_process,
    raci_problems,
)
from orgdesign.model import (
    ModelError,
    Process,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    RaciSettings,
    Step,
    Unit,
    new_project,
)
from orgdesign.model.raci_schemes import SCHEMES, get_scheme, parse_cell, scheme_names

RACI = get_scheme("RACI")

# --- schemes and cells -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["A/R", "AR", "ar", "r, a", "R/A", "Ａ／Ｒ", " a ; r ", "a、r",
                                   "A+R", "A/A/R", "r，a"])
def test_typed_combinations_become_canonical(typed: str) -> None:
    assert parse_cell(typed, RACI) == "A/R"


@pytest.mark.parametrize("typed, want", [("", ""), ("  ", ""), (None, ""), ("r", "R"),
                                         ("i", "I"), ("Ｃ", "C")])
def test_single_letters_and_blanks(typed, want) -> None:
    assert parse_cell(typed, RACI) == want


def test_foreign_letter_is_named() -> None:
    with pytest.raises(ValueError, match=r"^'X' is not a letter of RACI"):
        parse_cell("X", RACI)
    with pytest.raises(ValueError, match=r"'S' is not a letter of RACI"):
        parse_cell("S", RACI)


def test_combination_the_scheme_does_not_allow() -> None:
    with pytest.raises(ValueError, match=r"'C/I' is not an allowed combination in RACI"):
        parse_cell("C/I", RACI)
    with pytest.raises(ValueError, match="not an allowed combination in DACI"):
        parse_cell("A/D", get_scheme("DACI"))


def test_scheme_specific_letters() -> None:
    assert parse_cell("s", get_scheme("RASCI")) == "S"
    assert parse_cell("s/a", get_scheme("RACI-VS")) == "A/S"
    assert parse_cell("v", get_scheme("raci-vs")) == "V"
    assert parse_cell("o", get_scheme("CAIRO")) == "O"
    assert parse_cell("d", get_scheme("DACI")) == "D"


def test_scheme_lookup_ignores_case_and_spelling() -> None:
    assert get_scheme("rasci").name == "RASCI"
    assert get_scheme("RACI_VS").name == "RACI-VS"
    assert get_scheme(" cairo ").name == "CAIRO"
    with pytest.raises(ModelError, match="unknown RACI scheme 'XYZ'"):
        get_scheme("XYZ")


@pytest.mark.parametrize("name", scheme_names())
def test_every_scheme_is_complete(name: str) -> None:
    s = SCHEMES[name]
    assert len(set(s.codes)) == len(s.codes)
    assert s.accountable in s.codes and set(s.responsible) <= set(s.codes)
    for x in s.letters:
        assert x.name("en") and x.name("zh") != x.name("en")
        assert re.search(r"[\u4e00-\u9fff]", x.meaning("zh"))
        assert re.fullmatch(r"#[0-9A-F]{6}", x.fill) and re.fullmatch(r"#[0-9A-F]{6}", x.ink)
    for combo in s.combinations:
        assert parse_cell(combo, s) == combo
    assert list(s.values()) == list(s.codes) + list(s.combinations)


# --- rule checks -------------------------------------------------------------------


def _project(units: int = 6):
    p = new_project("t")
    p.scenario().units = [Unit(id=f"u{i}", name=f"Unit {i}") for i in range(units)]
    return p


def _matrix(rows: dict[str, str], roles: int = 6, **settings) -> RaciMatrix:
    """rows: activity name -> one cell per role, space separated, '-' empty."""
    m = RaciMatrix(id="m1", name="Test matrix",
                   roles=[RaciRole(id=f"r{j}", name=f"Role {j}", unit=f"u{j}")
                          for j in range(roles)],
                   settings=RaciSettings(**settings))
    for i, (name, row) in enumerate(rows.items()):
        aid = f"a{i}"
        m.activities.append(RaciActivity(id=aid, name=name, group="G"))
        m.cells[aid] = {f"r{j}": c for j, c in enumerate(row.split()) if c != "-"}
    return m


GOOD = {
    "Plan": "A/R C   I   -   -   -",
    "Build": "A  R   -   C   I   -",
    "Test": "I  A   R   -   -   C",
    "Ship": "-  I   A   R   -   -",
    "Sell": "C  -   -   A   R   I",
    "Care": "-  -   I   -   A   R",
}


def codes(problems) -> list[str]:
    return [p.code for p in problems]


def test_good_matrix_is_silent() -> None:
    assert raci_problems(_project(), _matrix(GOOD)) == []


def test_no_a_and_two_a_are_errors_naming_activity_and_roles() -> None:
    rows = dict(GOOD, Plan="R C I - - -", Build="A R A C I -")
    probs = raci_problems(_project(), _matrix(rows))
    by = {p.code: p for p in probs}
    assert by["R010"].severity is Severity.ERROR and "'Plan'" in by["R010"].message
    assert "no A (Accountable)" in by["R010"].message
    assert by["R011"].severity is Severity.ERROR
    assert "'Build' has 2 A" in by["R011"].message and "'Role 0'" in by["R011"].message
    assert "'Role 2'" in by["R011"].message
    assert isinstance(by["R011"], RaciProblem)
    assert by["R011"].activity == "a1" and by["R011"].role == "r0"
    assert by["R011"].object == "m1" and by["R011"].kind == "raci"
    assert by["R011"].to_dict()["activity"] == "a1"
    assert "RACI 'Test matrix'" in by["R011"].message


def test_no_r_is_a_warning_unless_a_counts_as_r() -> None:
    rows = dict(GOOD, Plan="A C I - - -")
    assert codes(raci_problems(_project(), _matrix(rows))) == ["R012"]
    p = raci_problems(_project(), _matrix(rows))[0]
    assert p.severity is Severity.WARNING and "'Plan' has no R (Responsible)" in p.message
    assert raci_problems(_project(), _matrix(rows, a_counts_as_r=True)) == []


def test_too_many_r() -> None:
    rows = dict(GOOD, Plan="A/R R R R - -")
    assert codes(raci_problems(_project(), _matrix(rows))) == ["R013"]
    assert raci_problems(_project(), _matrix(rows, max_r=4)) == []


def test_consultation_and_information_overload() -> None:
    rows = dict(GOOD, Plan="A/R C C C C -", Build="A R I I I I")
    found = raci_problems(_project(), _matrix(rows))
    assert codes(found) == ["R014", "R015"]
    assert "consults 4 of 6 roles" in found[0].message and "'Plan'" in found[0].message
    # exactly the share is not more than the share
    rows = dict(GOOD, Plan="A/R C C C - -")
    assert raci_problems(_project(), _matrix(rows)) == []
    assert codes(raci_problems(_project(), _matrix(rows, consult_share=0.4))) == ["R014"]


def test_share_rules_need_min_count_letters() -> None:
    # 2 C out of 3 roles is 67 % but below MIN_COUNT
    assert MIN_COUNT == 3
    rows = {"Plan": "A/R C C", "Build": "C A/R I", "Test": "I C A/R"}
    assert raci_problems(_project(3), _matrix(rows, roles=3)) == []


def test_idle_role_and_bottleneck() -> None:
    rows = {"a": "A/R C -", "b": "A/R - -", "c": "A R -", "d": "A R -", "e": "I A/R -"}
    found = raci_problems(_project(3), _matrix(rows, roles=3))
    assert codes(found) == ["R021", "R020"]  # in role order
    assert "'Role 2' holds no letter" in found[1].message and found[1].role == "r2"
    assert "'Role 0' is A for 4 of 5 activities" in found[0].message
    assert codes(raci_problems(_project(3), _matrix(rows, roles=3, bottleneck_share=0.8))) == [
        "R020"]


def test_role_of_a_deleted_unit_is_an_error_and_the_column_stays() -> None:
    p = _project()
    m = _matrix(GOOD)
    p.scenario().units = [u for u in p.scenario().units if u.id != "u3"]
    found = raci_problems(p, m)
    assert codes(found) == ["R022"]
    assert found[0].severity is Severity.ERROR and "'Role 3'" in found[0].message
    assert "'u3'" in found[0].message and found[0].role == "r3"
    assert [r.id for r in m.roles] == [f"r{j}" for j in range(6)]


def test_free_text_roles_are_fine() -> None:
    m = _matrix(GOOD)
    m.roles[0] = m.roles[0].model_copy(update={"unit": None, "name": "Client"})
    assert raci_problems(_project(), m) == []


def test_foreign_letters_and_bad_combinations() -> None:
    rows = dict(GOOD, Ship="X I A R - -", Sell="C/I - - A R I")
    found = raci_problems(_project(), _matrix(rows))
    assert codes(found) == ["R002", "R003"]
    assert "'X' is not a letter of RACI" in found[0].message
    assert "'Ship'" in found[0].message and "'Role 0'" in found[0].message
    assert found[0].activity == "a3" and found[0].role == "r0"
    assert "'C/I' is not an allowed combination" in found[1].message


def test_stored_cells_in_any_spelling_count() -> None:
    rows = dict(GOOD, Plan="a,r c i - - -")
    assert raci_problems(_project(), _matrix(rows)) == []


def test_unknown_scheme_skips_letter_checks() -> None:
    m = _matrix(GOOD)
    m.scheme = "RAPID"
    found = raci_problems(_project(), m)
    assert codes(found) == ["R001"] and found[0].severity is Severity.ERROR


def test_daci_driver_does_the_work() -> None:
    m = _matrix({"Decide": "D A C I - -", "Other": "A D - - - -",
                 "Third": "- - A D C -", "Fourth": "- - - A D I",
                 "Fifth": "C - - - A D", "Sixth": "D I - - - A"})
    m.scheme = "DACI"
    assert raci_problems(_project(), m) == []
    m.cells["a0"] = {"r1": "A"}
    assert codes(raci_problems(_project(), m)) == ["R012"]
    assert "no D (Driver)" in raci_problems(_project(), m)[0].message


def test_registered_with_orgdesign_check() -> None:
    p = _project()
    p.raci_matrices = [_matrix(dict(GOOD, Plan="R C I - - -"))]
    found = [x for x in run_checks(p) if x.kind == "raci"]
    assert codes(found) == ["R010"]


def test_samples_have_clean_matrices(sample_project) -> None:
    assert sample_project.raci_matrices
    for m in sample_project.raci_matrices:
        errors = [p for p in raci_problems(sample_project, m) if p.severity is Severity.ERROR]
        assert errors == []


def test_checks_are_fast_on_1000_by_200() -> None:
    rng = random.Random(3)
    roles = [RaciRole(id=f"r{j}", name=f"Role {j}", unit=f"u{j % 6}") for j in range(200)]
    m = RaciMatrix(id="big", name="big", roles=roles)
    for i in range(1000):
        m.activities.append(RaciActivity(id=f"a{i}", name=f"Act {i}"))
        m.cells[f"a{i}"] = {r.id: rng.choice(["R", "A", "C", "I", "A/R", "x"])
                            for r in roles if rng.random() < 0.25}
    t = time.perf_counter()
    found = raci_problems(_project(), m)
    # The benchmark holds the 0.5 s target; this bound only catches a slide
    # into another complexity class on a busy test machine.
    assert time.perf_counter() - t < 2.0
    assert {"R002", "R011"} <= set(codes(found))


# --- generate from a process -------------------------------------------------------


def _process_project():
    p = _project(5)
    p.processes = [Process(id="p1", name="Order to cash", owner="u0", steps=[
        Step(id="s1", name="Take order", unit="u1"),
        Step(id="s2", name="Check credit", unit="u0"),
        Step(id="s3", name="Ship", unit="u2"),
        Step(id="s4", name="Invoice", unit="u1"),
        Step(id="s5", name="Chase payment"),
    ])]
    return p


def test_generate_from_process() -> None:
    p = _process_project()
    m = generate_from_process(p, "p1")
    assert [a.name for a in m.activities] == ["Take order", "Check credit", "Ship", "Invoice",
                                              "Chase payment"]
    assert {a.group for a in m.activities} == {"Order to cash"}
    assert [a.step for a in m.activities] == ["s1", "s2", "s3", "s4", "s5"]
    assert [r.unit for r in m.roles] == ["u0", "u1", "u2"]
    assert [r.name for r in m.roles] == ["Unit 0", "Unit 1", "Unit 2"]
    role = {r.unit: r.id for r in m.roles}

    def cells(i: int) -> dict[str, str]:
        return {u: m.cells[m.activities[i].id].get(rid, "") for u, rid in role.items()}

    assert cells(0) == {"u0": "A", "u1": "R", "u2": ""}
    assert cells(1) == {"u0": "A/R", "u1": "", "u2": ""}  # the owner performs it
    assert cells(2) == {"u0": "A", "u1": "", "u2": "R"}
    assert cells(4) == {"u0": "A", "u1": "", "u2": ""}  # no performing unit
    found = raci_problems(p, m)
    assert codes(found) == ["R012", "R021"]  # the unit-less step; the owner owns all
    assert m.scheme == "RACI" and m.name == "Order to cash"


def test_generate_without_owner_leaves_a_out() -> None:
    p = _process_project()
    p.processes[0].owner = None
    m = generate_from_process(p, "p1")
    assert [r.unit for r in m.roles] == ["u1", "u0", "u2"]
    assert codes(raci_problems(p, m)).count("R010") == 5


def test_generate_from_sample_processes(sample_project) -> None:
    for proc in sample_project.processes:
        m = generate_from_process(sample_project, proc.id)
        assert len(m.activities) == len(proc.steps)
        errors = [x for x in raci_problems(sample_project, m) if x.severity is Severity.ERROR]
        assert errors == [] if proc.owner else True


def test_generate_unknown_process() -> None:
    with pytest.raises(ModelError, match="no process 'nope'"):
        generate_from_process(_process_project(), "nope")
