"""Undo-history labels as translatable messages: templates, params, the same English."""

from __future__ import annotations

import pytest

from orgdesign.edit import (
    AddLine,
    AddUnit,
    Batch,
    DeleteSubtree,
    MoveUnit,
    ParkUnit,
    RemovePerson,
    RemoveSegment,
    SetActiveScenario,
    Splice,
    UnparkUnit,
    UpdateUnit,
    UpdateUnits,
    apply,
    copy_subtree,
    describe,
    paste_subtree,
)
from orgdesign.edit.describe import describe_message
from orgdesign.model import SecondaryLine, Unit
from orgdesign.model.messages import Message, msg


@pytest.mark.parametrize(("op", "template", "params", "english"), [
    (AddUnit(Unit(id="x", name="市场部"), parent="ceo"), "Add unit {name!r}",
     {"name": "市场部"}, "Add unit '市场部'"),
    (AddUnit(Unit(id="x", name="秘书", assistant=True), parent="ceo"), "Add assistant {name!r}",
     {"name": "秘书"}, "Add assistant '秘书'"),
    (MoveUnit("it", "service"), "Move {unit} under {parent}",
     {"unit": "'IT 支持'", "parent": "'客服中心'"}, "Move 'IT 支持' under '客服中心'"),
    (MoveUnit("it", None), "Move {unit} to the top level", {"unit": "'IT 支持'"},
     "Move 'IT 支持' to the top level"),
    (UnparkUnit("old", "ceo"), "Place {unit} under {parent}",
     {"unit": "'旧项目组'", "parent": "'总经理'"}, "Place '旧项目组' under '总经理'"),
    (UnparkUnit("old"), "Place {unit}", {"unit": "'旧项目组'"}, "Place '旧项目组'"),
    (UpdateUnit("s1", {"person": None}), "Unassign the person of {unit}",
     {"unit": "'华东销售代表'"}, "Unassign the person of '华东销售代表'"),
    (UpdateUnit("s1", {"name": "新"}), "Rename {unit} to {name!r}",
     {"unit": "'华东销售代表'", "name": "新"}, "Rename '华东销售代表' to '新'"),
    (UpdateUnits({"s1": {"notes": "a"}, "s2": {"notes": "b"}}), "Edit {count} units",
     {"count": 2}, "Edit 2 units"),
    (RemovePerson("p-li"), "Remove person {name}", {"name": "'李娜'"}, "Remove person '李娜'"),
    (RemoveSegment("seg-b2b"), "Remove customer segment {name}", {"name": "'企业客户'"},
     "Remove customer segment '企业客户'"),
    (AddLine(SecondaryLine(id="n", source="it", target="sales")),
     "Add line from {source} to {target}", {"source": "'IT 支持'", "target": "'销售部'"},
     "Add line from 'IT 支持' to '销售部'"),
    (SetActiveScenario("to-be"), "Switch to scenario {name}", {"name": "'目标'"},
     "Switch to scenario '目标'"),
    (Batch([ParkUnit("it"), ParkUnit("s1")]), "{count} edits", {"count": 2}, "2 edits"),
    (Splice("people", remove=("p-chen",)), "Remove {count} person", {"count": 1},
     "Remove 1 person"),
    (Splice("people", remove=("p-chen", "p-li")), "Remove {count} people", {"count": 2},
     "Remove 2 people"),
    (Splice("lines", remove=("a",), insert=()), "Remove {count} secondary line", {"count": 1},
     "Remove 1 secondary line"),
    (Splice("units", remove=("a",), insert=((0, Unit(id="a", name="A")),)), "Change units", {},
     "Change units"),
    # a collection without words of its own keeps its id, as before
    (Splice("raci_matrices", remove=("m1", "m2")), "Remove {count} {collection}",
     {"count": 2, "collection": "raci_matrices"}, "Remove 2 raci_matrices"),
])
def test_labels_are_templates_with_the_same_english(project, op, template, params,
                                                    english) -> None:
    label = describe_message(op, project)
    assert label.template == template
    assert dict(label.params) == params
    assert str(label) == english == describe(op, project)


def test_a_single_op_batch_and_a_labelled_batch(project) -> None:
    inner = describe_message(Batch([ParkUnit("it")]), project)
    assert inner.template == "Park {unit}" and str(inner) == "Park 'IT 支持'"
    # plain text (the app's own, already translated label) is kept as it is, braces too
    text = Batch([ParkUnit("it")], label="导入 {x}")
    assert describe(text) == "导入 {x}" and str(describe_message(text)) == "导入 {x}"
    label = msg("Import {n} rows", n=3)
    batch = Batch([ParkUnit("it")], label=label)
    assert describe_message(batch) is label and describe(batch) == "Import 3 rows"


def test_the_inverse_of_a_batch_keeps_its_message_label(project) -> None:
    label = msg("Import {n} rows", n=3)
    inverse = apply(project, Batch([ParkUnit("it")], label=label))
    assert isinstance(inverse, Batch) and inverse.label == label
    again = apply(project, inverse)
    assert again.label == label and describe(again) == "Import 3 rows"


def test_batches_with_message_labels_compare_by_value() -> None:
    a = Batch([ParkUnit("it")], label=msg("Paste {count} units", count=2))
    b = Batch([ParkUnit("it")], label=msg("Paste {count} units", count=2))
    c = Batch([ParkUnit("it")], label=msg("Paste {count} units", count=3))
    assert a == b and a != c


@pytest.mark.parametrize(("root", "template", "english"), [
    ("it", "Paste {count} unit", "Paste 1 unit"),
    ("sales", "Paste {count} units", "Paste 3 units"),
])
def test_the_paste_label_picks_singular_or_plural(project, root, template, english) -> None:
    op = paste_subtree(project, None, copy_subtree(project, None, root), "service")
    assert isinstance(op.label, Message) and op.label.template == template
    assert describe(op) == english == str(describe_message(op))


def test_an_inverse_splice_names_what_comes_back(project) -> None:
    inverse = apply(project, DeleteSubtree("asst"))
    label = describe_message(inverse)
    assert (label.template, dict(label.params)) == ("Restore {count} unit", {"count": 1})
