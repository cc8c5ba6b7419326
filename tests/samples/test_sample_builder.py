"""The bilingual sample builder and the person-name pools."""

from __future__ import annotations

import itertools

import pytest

from orgdesign.model import FlowKind
from orgdesign.samples.builder import SampleBuilder
from orgdesign.samples.names import STYLES, person_names


def _builder(lang: str = "en") -> SampleBuilder:
    b = SampleBuilder(lang, title=("T", "标题"), description=("D", "说明"), name_style="german",
                      seed=1)
    b.function("f-a", ("A", "甲"), "#112233")
    b.function("f-b", ("B", "乙"), "#445566", customer_facing=True)
    b.unit("u-root", ("Root", "根"), function="f-a")
    b.unit("u-x", ("X", "某"), parent="u-root", function="f-b")
    b.unit("u-y", ("Y", "另"), parent="u-root", vacant=True)
    return b


def _process(b: SampleBuilder):
    p = b.process("p", ("P", "流程"), strategic=True, owner="u-root")
    b.step(p, "s-1", ("One", "一"), "u-x")
    b.step(p, "s-2", ("Two", "二"), "u-y")
    b.flow(p, "fl-1", "s-1", "s-2", FlowKind.SEQUENCE, ("Call first", "先打电话"),
           b.person_of("u-x"))
    return p


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_builder_picks_one_language_and_keeps_ids(lang) -> None:
    b = _builder(lang)
    p = _process(b)
    b.raci("m", ("M", "矩阵"), p, [("r-1", ("One", "一"), "u-x"), ("r-c", ("Client", "客户"), None)],
           {"s-1": "A/R I", "s-2": "A R"})
    project = b.build()
    assert project.metadata.language == lang
    assert project.metadata.title == ("T" if lang == "en" else "标题")
    assert [u.id for u in project.scenario().units] == ["u-root", "u-x", "u-y"]
    assert project.scenario().units[2].person is None
    flow = project.processes[0].flows[0]
    assert flow.interface.responsible == "p-x"
    assert flow.interface.procedure == ("Call first" if lang == "en" else "先打电话")
    m = project.raci_matrices[0]
    assert [a.id for a in m.activities] == ["a-1", "a-2"]
    assert m.cells == {"a-1": {"r-1": "A/R", "r-c": "I"}, "a-2": {"r-1": "A", "r-c": "R"}}


@pytest.mark.parametrize("row", ["A A", "R C", "I I", "A", "A R C"])
def test_raci_rows_must_be_good_examples(row) -> None:
    b = _builder()
    p = _process(b)
    with pytest.raises(ValueError, match="s-1"):
        b.raci("m", ("M", "矩阵"), p, [("r-1", ("One", "一"), "u-x"), ("r-2", ("Two", "二"), None)],
               {"s-1": row})


def test_raci_row_must_name_a_step() -> None:
    b = _builder()
    p = _process(b)
    with pytest.raises(ValueError, match="names no step"):
        b.raci("m", ("M", "矩阵"), p, [("r-1", ("One", "一"), "u-x")], {"s-9": "A/R"})


def test_parent_must_come_first_and_person_of_needs_a_person() -> None:
    b = _builder()
    with pytest.raises(ValueError, match="not added yet"):
        b.unit("u-z", ("Z", "乙"), parent="u-later")
    with pytest.raises(KeyError):
        b.person_of("u-y")
    with pytest.raises(ValueError, match="language"):
        SampleBuilder("fr", title=("T", "T"), description=("D", "D"), name_style="german", seed=1)


@pytest.mark.parametrize("style", STYLES)
def test_person_names_are_distinct_and_repeatable(style) -> None:
    first = list(itertools.islice(person_names(style, 5), 200))
    assert len(set(first)) == 200
    assert first == list(itertools.islice(person_names(style, 5), 200))
    # a round of names uses each given name once before any repeats
    givens = [n[1:] if style == "chinese" else n.split()[0] for n in first[:25]]
    assert len(set(givens)) == 25


def test_person_names_refuse_unknown_style() -> None:
    with pytest.raises(ValueError, match="klingon"):
        next(person_names("klingon", 0))
