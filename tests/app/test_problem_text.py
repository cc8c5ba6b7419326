"""Problem messages follow the UI language."""

from __future__ import annotations

from orgdesign.analysis.problems import run_checks
from orgdesign.app.problem_text import TITLES, object_name, problem_text
from orgdesign.samples.registry import build_sample


def test_every_check_code_has_a_sentence_and_names_its_object() -> None:
    seen = set()
    for name in ("bakery", "crm", "callcenter"):
        project = build_sample(name, "zh")
        for p in run_checks(project):
            seen.add(p.code)
            assert p.code in TITLES
            assert problem_text(project, p, "en") == p.message
            zh = problem_text(project, p, "zh")
            if p.object and object_name(project, p):
                assert object_name(project, p) in zh
    assert {"I001", "S004", "C001"} <= seen


def test_problems_dock_speaks_chinese(qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from orgdesign.app.docks.problems import ProblemsPanel
    from orgdesign.app.document import Document
    from orgdesign.app.selection import Selection
    from orgdesign.app.translations import install_translation

    app = QApplication.instance()
    translators = install_translation(app, "zh")
    try:
        panel = ProblemsPanel(Document(build_sample("crm", "zh")), Selection())
        qtbot.addWidget(panel)
        texts = [panel.list.topLevelItem(i).text(2) for i in range(panel.count())]
        assert texts and all("interface" not in t and "waits" not in t for t in texts)
        assert any(t.startswith("接口既无协调程序也无负责人") for t in texts)
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_an_interface_problem_names_its_steps() -> None:
    project = build_sample("callcenter", "zh")
    interface = next(p for p in run_checks(project) if p.code == "I001")
    text = problem_text(project, interface, "zh")
    assert "→" in text and "：" in text
