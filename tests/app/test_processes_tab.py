"""The Processes tab: table models without a view, interface counts that follow every edit,
the regrouping suggestion and the event-log import, each edit one undo step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from orgdesign.app.document import Document
from orgdesign.app.processes import ProcessesTab
from orgdesign.app.processes.base import parse_hours
from orgdesign.app.processes.event_log_import import (
    load_event_log,
    process_from_log_op,
    units_for_groups,
)
from orgdesign.app.processes.interface_models import InterfaceListModel, heat
from orgdesign.app.processes.models import FlowsModel, ProcessListModel, StepsModel
from orgdesign.app.processes.regroup_dialog import SuggestDialog
from orgdesign.edit import UpdateUnit
from orgdesign.model import (
    Flow,
    FlowKind,
    Function,
    InterfaceInfo,
    Person,
    Process,
    Project,
    Scenario,
    Step,
    TreeIndex,
    Unit,
)
from orgdesign.samples.registry import build_sample

EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole


def small_project() -> Project:
    """Sales, Service and 财务 (Finance); one process of four steps.

    Flows: take→check (Sales→Service), check→invoice (Service→财务),
    invoice→collect (within 财务), check→take (loop, Service→Sales):
    3 interfaces, 1 within.
    """
    units = [
        Unit(id="u-top", name="Board"),
        Unit(id="u-sales", name="Sales", parent="u-top", function="f-sales"),
        Unit(id="u-rep", name="Sales rep", parent="u-sales"),
        Unit(id="u-service", name="Service", parent="u-top", function="f-service"),
        Unit(id="u-agent", name="Agent", parent="u-service"),
        Unit(id="u-fin", name="财务部", parent="u-top", function="f-fin"),
        Unit(id="u-clerk", name="会计", parent="u-fin"),
    ]
    steps = [Step(id="s-take", name="Take order", unit="u-rep"),
             Step(id="s-check", name="Check stock", unit="u-agent"),
             Step(id="s-invoice", name="开票", unit="u-clerk"),
             Step(id="s-collect", name="Collect", unit="u-fin")]
    flows = [Flow(id="fl-1", source="s-take", target="s-check"),
             Flow(id="fl-2", source="s-check", target="s-invoice"),
             Flow(id="fl-3", source="s-invoice", target="s-collect"),
             Flow(id="fl-4", source="s-check", target="s-take", kind=FlowKind.LOOP)]
    return Project(
        functions=[Function(id="f-sales", name="Sales"), Function(id="f-service", name="Service"),
                   Function(id="f-fin", name="财务")],
        people=[Person(id="p-li", name="李雷"), Person(id="p-ann", name="Ann Lee")],
        scenarios=[Scenario(id="as-is", name="现状", units=units)],
        active_scenario="as-is",
        processes=[Process(id="p-order", name="Order", strategic=True, owner="u-top",
                           steps=steps, flows=flows)],
    )


@pytest.fixture
def doc(qtbot) -> Document:
    return Document(small_project())


def _process(doc: Document, pid: str = "p-order") -> Process:
    return next(p for p in doc.project.processes if p.id == pid)


# --- table models, without a view ------------------------------------------------------


def test_steps_model_edits_are_one_undo_step_each(doc: Document) -> None:
    m = StepsModel(doc)
    m.set_process("p-order")
    assert m.rowCount() == 4 and m.columnCount() == 5
    assert m.data(m.index(2, StepsModel.NAME)) == "开票"
    assert m.data(m.index(2, StepsModel.UNIT)) == "会计"
    assert m.data(m.index(2, StepsModel.UNIT), EDIT) == "u-clerk"
    assert m.data(m.index(2, StepsModel.FUNCTION)) == "财务"  # inherited from 财务部
    assert not m.flags(m.index(0, StepsModel.FUNCTION)) & Qt.ItemFlag.ItemIsEditable

    assert m.setData(m.index(0, StepsModel.NAME), "  接单  ", EDIT)
    assert doc.undo_stack.count() == 1
    assert _process(doc).steps[0].name == "接单"
    assert m.data(m.index(0, StepsModel.NAME)) == "接单"  # the model followed the document
    assert m.setData(m.index(0, StepsModel.DURATION), "1,5", EDIT)
    assert _process(doc).steps[0].duration == 1.5
    assert m.data(m.index(0, StepsModel.DURATION)) == "1.5"
    assert m.setData(m.index(0, StepsModel.WAITING), "２", EDIT)
    assert _process(doc).steps[0].waiting == 2.0
    assert m.setData(m.index(0, StepsModel.DURATION), "", EDIT)
    assert _process(doc).steps[0].duration is None
    assert doc.undo_stack.count() == 4

    # the same value, an empty name, text and a negative number push nothing
    refused: list[str] = []
    m.refused.connect(refused.append)
    assert not m.setData(m.index(0, StepsModel.NAME), "接单", EDIT)
    assert not m.setData(m.index(0, StepsModel.NAME), "   ", EDIT)
    assert not m.setData(m.index(0, StepsModel.DURATION), "soon", EDIT)
    assert not m.setData(m.index(0, StepsModel.WAITING), "-3", EDIT)
    assert doc.undo_stack.count() == 4 and len(refused) == 3

    doc.undo_stack.undo()
    assert _process(doc).steps[0].duration == 1.5
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert m.data(m.index(0, StepsModel.NAME)) == "Take order"


def test_flows_model_shows_interfaces_and_edits_flows(doc: Document) -> None:
    m = FlowsModel(doc)
    m.set_process("p-order")
    assert m.rowCount() == 4
    assert m.data(m.index(0, FlowsModel.SOURCE)) == "Take order"
    assert m.data(m.index(0, FlowsModel.TARGET), EDIT) == "s-check"
    assert m.data(m.index(0, FlowsModel.HANDOFF)) == "Sales → Service"
    assert [m.is_interface(r) for r in range(4)] == [True, True, False, True]
    assert m.data(m.index(2, FlowsModel.HANDOFF)) == "within 财务"
    assert m.data(m.index(3, FlowsModel.KIND)) == "Loop back"
    assert m.data(m.index(0, FlowsModel.KIND), Qt.ItemDataRole.BackgroundRole) is not None
    assert m.data(m.index(2, FlowsModel.KIND), Qt.ItemDataRole.BackgroundRole) is None

    assert m.setData(m.index(0, FlowsModel.KIND), "branch", EDIT)
    assert _process(doc).flows[0].kind is FlowKind.BRANCH
    # redirect invoice→collect to start at "Take order": now Sales → 财务, an interface
    assert m.setData(m.index(2, FlowsModel.SOURCE), "s-take", EDIT)
    assert m.is_interface(2)
    assert doc.undo_stack.count() == 2
    assert not m.setData(m.index(2, FlowsModel.TARGET), "s-nowhere", EDIT)
    assert not m.setData(m.index(0, FlowsModel.KIND), "branch", EDIT)
    assert doc.undo_stack.count() == 2


def test_process_list_model(doc: Document) -> None:
    m = ProcessListModel(doc)
    assert m.rowCount() == 1
    assert m.data(m.index(0, ProcessListModel.OWNER)) == "Board"
    assert m.data(m.index(0, ProcessListModel.INTERFACES)) == 3
    assert m.data(m.index(0, ProcessListModel.STRATEGIC),
                  Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert m.setData(m.index(0, ProcessListModel.STRATEGIC), Qt.CheckState.Unchecked.value,
                     Qt.ItemDataRole.CheckStateRole)
    assert _process(doc).strategic is False
    assert m.setData(m.index(0, ProcessListModel.OWNER), "u-sales", EDIT)
    assert _process(doc).owner == "u-sales"
    assert m.setData(m.index(0, ProcessListModel.NAME), "订单处理", EDIT)
    assert m.data(m.index(0, ProcessListModel.NAME)) == "订单处理"
    assert doc.undo_stack.count() == 3
    # a strategic process without owner is flagged in the owner cell
    assert m.setData(m.index(0, ProcessListModel.OWNER), None, EDIT)
    assert m.setData(m.index(0, ProcessListModel.STRATEGIC), Qt.CheckState.Checked,
                     Qt.ItemDataRole.CheckStateRole)
    assert m.data(m.index(0, ProcessListModel.OWNER)) == "(no owner)"
    assert m.remove(0) and m.rowCount() == 0
    doc.undo_stack.undo()
    assert m.rowCount() == 1 and m.process_id(0) == "p-order"


def test_parse_hours() -> None:
    assert parse_hours(" 2.5 ") == 2.5
    assert parse_hours("1，5") == 1.5
    assert parse_hours(3) == 3.0
    assert parse_hours("") is None and parse_hours(None) is None
    for bad in ("abc", "nan", "inf", "1.2.3"):
        with pytest.raises(ValueError):
            parse_hours(bad)


# --- the tab: interface counts follow every edit ----------------------------------------


def _total_interfaces(tab: ProcessesTab) -> int:
    totals = tab.interfaces.totals_model
    return totals.values(totals.rowCount() - 1)[2]


def test_unit_of_another_function_changes_the_interface_count(doc: Document) -> None:
    tab = ProcessesTab(doc)
    assert tab.current_process_id == "p-order"
    assert _total_interfaces(tab) == 3
    matrix = tab.interfaces.matrix_model
    names = [g.name for g in matrix.report.groups]
    fin, sales = names.index("财务"), names.index("Sales")
    assert matrix.count(fin, fin) == 1  # the diagonal: within 财务
    assert matrix.count(fin, sales) == 0
    # "Collect" is now performed by the sales rep: invoice→collect crosses 财务 → Sales
    row = tab.steps_model.row_of("s-collect")
    assert tab.steps_model.setData(tab.steps_model.index(row, StepsModel.UNIT), "u-rep", EDIT)
    assert doc.undo_stack.count() == 1
    assert _total_interfaces(tab) == 4
    assert tab.interfaces.matrix_model.count(fin, sales) == 1
    assert tab.process_model.data(tab.process_model.index(0, ProcessListModel.INTERFACES)) == 4
    assert tab.flows_model.data(tab.flows_model.index(2, FlowsModel.HANDOFF)) == "财务 → Sales"
    assert tab.interfaces.list_model.rowCount() == 4
    assert "4" in tab.interfaces.summary.text()
    doc.undo_stack.undo()
    assert _total_interfaces(tab) == 3
    assert tab.interfaces.list_model.rowCount() == 3


def test_moving_a_unit_to_another_function_updates_the_matrix(doc: Document) -> None:
    tab = ProcessesTab(doc)
    m = tab.interfaces.matrix_model
    ids = [g.id for g in m.report.groups]
    svc, sales, fin = ids.index("f-service"), ids.index("f-sales"), ids.index("f-fin")
    assert (m.count(svc, fin), m.count(svc, sales), m.count(sales, fin)) == (1, 1, 0)
    # the clerk (who issues invoices) moves to Sales
    doc.push(UpdateUnit("u-clerk", {"function": "f-sales"}))
    m = tab.interfaces.matrix_model
    assert (m.count(svc, fin), m.count(svc, sales), m.count(sales, fin)) == (0, 2, 1)
    assert _total_interfaces(tab) == 4
    # totals in the last row and column, the heat map darker for more
    n = len(ids)
    assert m.count(svc, n) == 2 and m.count(n, sales) == 2 and m.count(n, n) == 4
    dark = m.data(m.index(svc, sales), Qt.ItemDataRole.BackgroundRole).color()
    light = m.data(m.index(sales, fin), Qt.ItemDataRole.BackgroundRole).color()
    assert dark.lightness() < light.lightness()
    assert heat(0, 5) == QColor("#FFFFFF")
    # counting between units instead: every flow crosses units here
    tab.interfaces.by.setCurrentIndex(tab.interfaces.by.findData("unit"))
    assert _total_interfaces(tab) == 4
    assert tab.interfaces.list_model.rowCount() == 4


def test_coordination_procedure_edit_is_one_undo_step(doc: Document) -> None:
    m = InterfaceListModel(doc)
    assert m.rowCount() == 3
    assert m.data(m.index(0, InterfaceListModel.FROM)) == "Sales"
    assert m.data(m.index(0, InterfaceListModel.TO)) == "Service"
    assert m.data(m.index(0, InterfaceListModel.STEPS)) == "Take order → Check stock"
    idx = m.index(0, InterfaceListModel.PROCEDURE)
    assert m.data(idx, Qt.ItemDataRole.BackgroundRole) is not None  # missing: flagged
    assert m.setData(idx, "每周一共同评审订单\nweekly review", EDIT)
    assert doc.undo_stack.count() == 1
    flow = _process(doc).flows[0]
    assert flow.interface == InterfaceInfo(procedure="每周一共同评审订单\nweekly review")
    assert m.data(idx) == "每周一共同评审订单 weekly review"
    assert m.data(idx, Qt.ItemDataRole.BackgroundRole) is None
    assert not m.setData(idx, "每周一共同评审订单\nweekly review ", EDIT)  # unchanged
    # the responsible person: a typed name of a person stores the id, other text as typed
    resp = m.index(0, InterfaceListModel.RESPONSIBLE)
    assert m.setData(resp, "李雷", EDIT)
    assert _process(doc).flows[0].interface.responsible == "p-li"
    assert m.data(resp) == "李雷"
    assert m.setData(resp, "p-ann", EDIT)
    assert m.data(resp) == "Ann Lee"
    assert m.setData(resp, "外部顾问 Wang", EDIT)
    assert _process(doc).flows[0].interface.responsible == "外部顾问 Wang"
    assert doc.undo_stack.count() == 4
    for _ in range(3):
        doc.undo_stack.undo()
    assert _process(doc).flows[0].interface.responsible == ""
    doc.undo_stack.undo()
    assert _process(doc).flows[0].interface is None
    assert m.data(idx) == ""


def test_tab_step_and_flow_actions(doc: Document) -> None:
    tab = ProcessesTab(doc)
    tab.select_step("s-collect")
    new = tab.add_step()  # after the last step: linked to it by a flow
    proc = _process(doc)
    assert [s.id for s in proc.steps][-1] == new
    assert any(f.source == "s-collect" and f.target == new for f in proc.flows)
    assert proc.steps[-1].unit == "u-fin"  # the unit of the step before
    assert doc.undo_stack.count() == 1
    assert tab.current_step_id() == new
    assert tab.move_step(-1)
    assert [s.id for s in _process(doc).steps][-2:] == [new, "s-collect"]
    assert tab.current_step_id() == new
    tab.select_step("s-check")
    fid = tab.add_flow()  # from "Check stock" to the next step
    flow = next(f for f in _process(doc).flows if f.id == fid)
    assert (flow.source, flow.target) == ("s-check", "s-invoice")
    assert tab.current_flow_id() == fid
    assert tab.remove_flow()
    assert fid not in {f.id for f in _process(doc).flows}
    tab.select_step("s-check")
    assert tab.remove_step()  # takes its three flows along
    proc = _process(doc)
    assert "s-check" not in {s.id for s in proc.steps}
    assert all("s-check" not in (f.source, f.target) for f in proc.flows)
    assert doc.undo_stack.count() == 5
    for _ in range(5):
        doc.undo_stack.undo()
    assert _process(doc) == small_project().processes[0]


def test_add_and_remove_process_from_the_tab(doc: Document) -> None:
    tab = ProcessesTab(doc)
    pid = tab.add_process()
    assert pid is not None and tab.current_process_id == pid
    assert [p.id for p in doc.project.processes] == ["p-order", pid]
    assert tab.steps_model.rowCount() == 0
    assert not tab.actions_by_name["add_flow"].isEnabled()
    assert tab.remove_process()
    assert tab.current_process_id == "p-order"
    doc.undo_stack.undo()
    assert pid in {p.id for p in doc.project.processes}


# --- regrouping ----------------------------------------------------------------------


def test_apply_suggestion_creates_a_scenario_and_undo_removes_it(qtbot) -> None:
    doc = Document(build_sample("callcenter", "zh"))
    dlg = SuggestDialog(doc)
    qtbot.addWidget(dlg)
    s = dlg.suggestion
    assert s is not None and s.moves and s.after < s.before
    assert dlg.moves.rowCount() == len(s.moves)
    assert dlg.apply_button.isEnabled()
    active = doc.project.active_scenario
    before = [sc.id for sc in doc.project.scenarios]
    sid = dlg.apply()
    assert sid is not None and sid not in before
    assert doc.undo_stack.count() == 1
    assert doc.project.active_scenario == active
    new = doc.project.scenario(sid)
    funcs = TreeIndex(new, doc.project).effective_functions()
    for unit, function in s.assignment().items():
        assert funcs[unit] == function
    doc.undo_stack.undo()
    assert [sc.id for sc in doc.project.scenarios] == before


def test_suggestion_with_inconsistent_bounds_offers_nothing(qtbot) -> None:
    doc = Document(build_sample("crm", "en"))
    dlg = SuggestDialog(doc)
    qtbot.addWidget(dlg)
    dlg.min_size.setValue(5)
    dlg.max_size.setValue(2)
    assert dlg.compute() is None
    assert not dlg.apply_button.isEnabled() and dlg.apply() is None
    assert doc.undo_stack.count() == 0


# --- hand-offs from an event log -------------------------------------------------------

# Two cases, rows shuffled, mixed time zones.  Case 1: A (Sales) → B (Service) after
# 1.5 h, then C within Service; case 2: A → B after 1 h.
LOG = """case,activity,group,timestamp
1,Check,Service,2024-03-01T10:30:00+08:00
2,Order,Sales,2024-03-01T10:00:00Z
1,Ship,service,2024-03-01T03:30:00Z
1,Order,Sales,2024-03-01 09:00:00+08:00
2,Check,Service,2024-03-01T11:00:00Z
,Order,Sales,2024-03-01T12:00:00Z
"""


def test_event_log_import_creates_a_process(doc: Document, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(LOG, encoding="utf-8")
    log, report = load_event_log(path)
    assert (report.events, report.cases, report.successions) == (5, 2, 3)
    # "service" and "Service" are different groups: Check → Ship is a hand-off too
    assert (report.handoffs, report.within) == (3, 0)
    top = report.pairs[0]
    assert (top.source, top.target, top.count, top.mean_wait_s) == ("Sales", "Service", 2, 4500)
    assert [s.line for s in report.skipped] == [7]
    op, mined = process_from_log_op(doc.project, log, "订单")
    assert [s.unit for s in op.process.steps] == ["u-sales", "u-service", "u-service"]

    tab = ProcessesTab(doc)
    dlg = tab.event_log_dialog(str(path))
    assert dlg is not None
    assert dlg.pairs.rowCount() == len(report.pairs)
    assert dlg.pairs.item(0, 3).text() == "75 min"  # 4500 s
    assert "line 7" in dlg.summary.text()
    dlg.name.setText("订单（日志）")
    pid = dlg.create_process()
    assert pid is not None and doc.undo_stack.count() == 1
    proc = _process(doc, pid)
    assert proc.name == "订单（日志）"
    assert [s.name for s in proc.steps] == ["Order", "Check", "Ship"]
    assert [(f.source, f.target) for f in proc.flows] == [("step-1", "step-2"),
                                                          ("step-2", "step-3")]
    assert tab.current_process_id == pid
    assert tab.steps_model.rowCount() == 3
    doc.undo_stack.undo()
    assert pid not in {p.id for p in doc.project.processes}
    assert tab.current_process_id == "p-order"


def test_log_groups_named_like_units_or_functions_find_a_unit(doc: Document) -> None:
    # a unit name first, then a function's head (the highest unit that has it as its own)
    got = units_for_groups(doc.project, {"财务", "sales", "Agent", "nobody", ""})
    assert got == {"财务": "u-fin", "sales": "u-sales", "Agent": "u-agent"}


def test_unreadable_event_log_is_a_message_not_a_crash(doc: Document, tmp_path: Path,
                                                       _no_modal_boxes) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("who,what\nx,y\n", encoding="utf-8")
    tab = ProcessesTab(doc)
    assert tab.event_log_dialog(str(bad)) is None
    assert tab.event_log_dialog(str(tmp_path / "missing.xes")) is None
    assert [k for k, _ in _no_modal_boxes] == ["warning", "warning"]
    assert doc.undo_stack.count() == 0


# --- the swimlane map ------------------------------------------------------------------


def test_swimlane_map_draws_interfaces(doc: Document, qtbot) -> None:
    tab = ProcessesTab(doc)
    qtbot.addWidget(tab)
    tab.map.show_process(doc.project, "p-order")
    tab.map.rebuild()
    lay = tab.map.layout_
    assert lay is not None and tab.map.stack.currentWidget() is tab.map.view
    assert {b for b, box in lay.boxes.items() if box.kind == "step"} == {
        "s-take", "s-check", "s-invoice", "s-collect"}
    kinds = sorted(e.kind for e in lay.edges)
    assert kinds == ["flow", "interface", "interface", "interface"]
    box = lay.boxes["s-check"]
    assert tab.map.step_at(QPointF(box.x + 2, box.y + 2)) == "s-check"
    seen: list[str] = []
    tab.map.stepClicked.connect(seen.append)
    tab.map._clicked(QPointF(box.cx, box.cy))
    assert seen == ["s-check"] and tab.current_step_id() == "s-check"


def test_swimlane_map_follows_the_size_until_the_user_zooms(doc: Document, qtbot) -> None:
    from orgdesign.app.processes.swimlane_view import READABLE, SwimlaneMap

    m = SwimlaneMap()
    qtbot.addWidget(m)
    m.resize(300, 300)
    m.show()
    qtbot.waitExposed(m)
    m.show_process(doc.project, "p-order")
    small = m.view.transform().m11()
    m.resize(1400, 800)  # the tab gets its real size after the first fit
    qtbot.waitUntil(lambda: m.view.transform().m11() > small * 1.5)
    fitted = m.view.transform().m11()
    m.view.zoom_by(1.15)
    m.resize(700, 500)  # zoomed by hand: the user's zoom stays
    qtbot.wait(20)
    assert m.view.transform().m11() == pytest.approx(fitted * 1.15)
    m.fit()  # the Fit button follows the size again
    assert m.view.transform().m11() < fitted
    m.resize(250, 400)  # too narrow for the whole map: readable, from its left edge
    qtbot.waitUntil(lambda: m.view.transform().m11() == pytest.approx(READABLE))
    left = m.view.mapToScene(0, 0).x()
    assert left <= m.view.scene().sceneRect().left() + 1


def test_no_graphviz_shows_a_label(doc: Document, qtbot, monkeypatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("ORGDESIGN_GRAPHVIZ_DIR", raising=False)
    tab = ProcessesTab(doc)
    qtbot.addWidget(tab)
    tab.map.show_process(doc.project, "p-order")
    tab.map.rebuild()
    assert tab.map.stack.currentWidget() is tab.map.message
    assert "Graphviz" in tab.map.message.text() and tab.map.error
    # the tables still work
    assert tab.steps_model.setData(tab.steps_model.index(0, StepsModel.NAME), "新", EDIT)


# --- the cell editors, through the views ------------------------------------------------


def test_unit_combo_and_person_combo_commit_through_the_views(doc: Document, qtbot) -> None:
    tab = ProcessesTab(doc)
    qtbot.addWidget(tab)
    tab.show()
    idx = tab.steps_model.index(tab.steps_model.row_of("s-collect"), StepsModel.UNIT)
    tab.steps_table.setCurrentIndex(idx)
    tab.steps_table.edit(idx)
    combo = tab.steps_table.findChild(QComboBox)
    assert combo is not None and combo.currentData() == "u-fin"
    labels = [combo.itemText(i).strip("\u2003") for i in range(combo.count())]
    assert labels[0] == "(none)" and "Sales rep" in labels
    i = combo.findData("u-rep")
    combo.setCurrentIndex(i)
    combo.activated.emit(i)
    assert _process(doc).steps[3].unit == "u-rep"
    assert doc.undo_stack.count() == 1 and _total_interfaces(tab) == 4

    tab.pages.setCurrentWidget(tab.interfaces)
    view = tab.interfaces.list
    resp = tab.interfaces.list_model.index(0, InterfaceListModel.RESPONSIBLE)
    view.setCurrentIndex(resp)
    view.edit(resp)
    person = view.findChild(QComboBox)
    assert person is not None and person.isEditable()
    j = person.findData("p-li")
    person.setCurrentIndex(j)
    person.activated.emit(j)
    assert _process(doc).flows[0].interface.responsible == "p-li"
    assert doc.undo_stack.count() == 2


def test_hidden_tab_pauses_and_catches_up_when_shown(doc: Document, qtbot) -> None:
    tab = ProcessesTab(doc)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.map.layout_ is not None  # drawn while visible
    tab.hide()  # behind another tab: edits elsewhere cost no counting
    doc.push(UpdateUnit("u-clerk", {"function": "f-sales"}))
    assert _total_interfaces(tab) == 3
    tab.show()
    assert _total_interfaces(tab) == 4
    assert tab.process_model.data(tab.process_model.index(0, ProcessListModel.INTERFACES)) == 4
    lanes = {box.band for box in tab.map.layout_.boxes.values()}
    assert "f-sales" in lanes and tab.map.layout_.boxes["s-invoice"].band == "f-sales"
