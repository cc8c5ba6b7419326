"""The event-log dialog and the RACI workbook import show lower-layer messages translated.

A marking translator wraps every "Messages" template in «»; the widgets must
show the marked text, proving they go through ``localized`` and not ``str``.
"""

from __future__ import annotations

from pathlib import Path

from orgdesign.app.document import Document
from orgdesign.app.messages import localized
from orgdesign.app.processes.event_log_import import EventLogDialog, load_event_log
from orgdesign.app.raci.tab import RaciTab
from orgdesign.app.selection import Selection
from orgdesign.model import EditError
from orgdesign.model.messages import msg
from orgdesign.samples.registry import build_sample

LOG = """case,activity,group,timestamp
1,Order,Sales,2024-03-01T09:00:00Z
1,Check,,2024-03-01T10:00:00Z
,Order,Sales,2024-03-01T10:00:00Z
2,Order,Sales,soon
"""


def test_event_log_summary_shows_skip_reasons_translated(qtbot, marking, tmp_path: Path,
                                                         _no_modal_boxes) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(LOG, encoding="utf-8")
    log, report = load_event_log(path)
    doc = Document(build_sample("crm", "en"))
    dlg = EventLogDialog(doc, log, report)
    qtbot.addWidget(dlg)
    text = dlg.summary.text()
    assert "«missing case id»" in text
    assert "«unparsable timestamp 'soon'»" in text
    # a refused edit is shown translated too
    def refuse(op, label=None):
        raise EditError(msg("unit {unit} is already in the parking lot", unit="销售部"))

    doc.push = refuse
    assert dlg.create_process() is None
    assert _no_modal_boxes[-1] == ("warning", "«unit 销售部 is already in the parking lot»")


def test_event_log_summary_in_english_without_a_translator(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text(LOG, encoding="utf-8")
    log, report = load_event_log(path)
    dlg = EventLogDialog(Document(build_sample("crm", "en")), log, report)
    qtbot.addWidget(dlg)
    assert "line 4: missing case id; line 5: unparsable timestamp 'soon'" in dlg.summary.text()


def test_raci_import_error_is_shown_translated(qtbot, marking, tmp_path: Path,
                                               _no_modal_boxes) -> None:
    from openpyxl import load_workbook

    doc = Document(build_sample("crm", "en"))
    tab = RaciTab(doc, Selection())
    qtbot.addWidget(tab)
    tab.show_matrix(doc.project.raci_matrices[0].id)
    path = tmp_path / "r.xlsx"
    assert tab.workbook.export_to(path)
    wb = load_workbook(path)
    wb["RACI"].cell(6, 4, "Q")
    wb.save(path)
    assert tab.workbook.read_workbook(path) is None
    kind, text = _no_modal_boxes[-1]
    assert kind == "warning"
    assert text == "«RACI!D6: «'Q' is not a letter of RACI (letters: R, A, C, I)»»"
    assert text == localized(_raised(path, doc))


def _raised(path: Path, doc: Document):
    from orgdesign.io.raci_xlsx_import import import_raci_workbook
    from orgdesign.model import ImportError_

    try:
        import_raci_workbook(path, doc.project)
    except ImportError_ as exc:
        return exc
    raise AssertionError("the workbook was accepted")


def test_unreadable_event_log_message_is_translated(qtbot, marking, tmp_path: Path,
                                                    _no_modal_boxes) -> None:
    from orgdesign.app.processes import ProcessesTab

    bad = tmp_path / "bad.csv"
    bad.write_text("who,what\nx,y\n", encoding="utf-8")
    tab = ProcessesTab(Document(build_sample("crm", "en")))
    qtbot.addWidget(tab)
    assert tab.event_log_dialog(str(bad)) is None
    assert _no_modal_boxes[-1] == (
        "warning", f"«cannot tell which column of {bad} holds the case (columns: who, what); "
                   "name it with --case»")
