"""The main window shows the structure and the selected unit's properties."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from orgdesign.app.docks.structure import UNIT_ID_ROLE
from orgdesign.app.main_window import MainWindow
from orgdesign.resources import resource_path


def _all_ids(model) -> list[str]:
    out = []
    stack = [model.invisibleRootItem()]
    while stack:
        item = stack.pop()
        for r in range(item.rowCount()):
            child = item.child(r, 0)
            out.append(child.data(UNIT_ID_ROLE))
            stack.append(child)
    return out


def test_opens_a_sample_and_shows_every_unit(qtbot) -> None:
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(str(resource_path("samples", "bakery-zh.orgd")))
    units = w.document.project.scenario().units
    # the docks follow the chart on the next turn of the event loop
    qtbot.waitUntil(lambda: w.structure.model.rowCount() > 0)
    assert sorted(_all_ids(w.structure.model)) == sorted(u.id for u in units if not u.parked)
    assert w.windowTitle().startswith("bakery-zh.orgd")
    first = w.structure.proxy.index(0, 0)
    w.structure.tree.setCurrentIndex(first)
    root = next(u for u in units if u.parent is None and not u.parked)
    assert w.selection.ids == [root.id]
    assert w.properties.name.text() == root.name
    assert root.id in w.canvas.cards


def test_a_broken_file_is_reported_and_nothing_is_lost(qtbot, tmp_path: Path, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_path(str(resource_path("samples", "crm-en.orgd")))
    before = w.document
    bad = tmp_path / "bad.orgd"
    bad.write_text("{", encoding="utf-8")
    assert not w.open_path(str(bad))
    assert w.document is before and shown and "bad.orgd" in shown[0]


def test_processes_tab_waits_behind_the_chart_and_catches_up(qtbot) -> None:
    from orgdesign.edit import UpdateUnit

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_path(str(resource_path("samples", "crm-en.orgd")))
    model = w.processes_tab.process_model
    counted = []
    model.modelReset.connect(lambda: counted.append(1))
    model.dataChanged.connect(lambda *a: counted.append(1))
    # an edit on the chart while the Processes tab is hidden: no recount now
    unit = w.document.project.scenario().units[-1]
    w.document.push(UpdateUnit(unit.id, {"name": unit.name + " X"}))
    assert counted == []
    w.tabs.setCurrentWidget(w.processes_scroll)
    qtbot.waitUntil(lambda: bool(counted))  # shown: it catches up at once
    assert model.rowCount() == len(w.document.project.processes)
