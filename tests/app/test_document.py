"""The document wraps edit ops in undo commands; the modified flag follows the stack."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgdesign.app.document import Document
from orgdesign.edit import AddUnit, MoveUnit
from orgdesign.io.project_file import load_project
from orgdesign.model import EditError, Unit
from orgdesign.samples.registry import build_sample


def test_push_undo_redo_and_modified_flag(qtbot, tmp_path: Path) -> None:
    doc = Document(build_sample("crm", "en"))
    start = doc.project.model_dump()
    root = doc.project.scenario().units[0].id
    changes = []
    doc.changed.connect(lambda: changes.append(1))
    doc.push(AddUnit(unit=Unit(id="new", name="New team"), parent=root))
    assert doc.modified and changes
    assert any(u.id == "new" for u in doc.project.scenario().units)
    doc.undo_stack.undo()
    assert doc.project.model_dump() == start and not doc.modified
    doc.undo_stack.redo()
    assert any(u.id == "new" for u in doc.project.scenario().units)
    doc.save(str(tmp_path / "crm.orgd"))
    assert not doc.modified
    assert load_project(tmp_path / "crm.orgd").model_dump()["scenarios"] == \
        doc.project.model_dump()["scenarios"]


def test_refused_edit_changes_nothing(qtbot) -> None:
    doc = Document(build_sample("bakery", "zh"))
    start = doc.project.model_dump()
    root = doc.project.scenario().units[0].id
    child = next(u.id for u in doc.project.scenario().units if u.parent == root)
    with pytest.raises(EditError):
        doc.push(MoveUnit(unit_id=root, parent=child))
    assert doc.undo_stack.count() == 0 and doc.project.model_dump() == start
