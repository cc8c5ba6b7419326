"""The Chinese translation is complete, compiled, and shows in the window."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication

from orgdesign.app.translations import install_translation
from orgdesign.resources import resource_path

TS = resource_path("translations", "orgdesign_zh_CN.ts")
LUPDATE = Path(__file__).resolve().parents[2] / ".venv" / "bin" / "pyside6-lupdate"


def _sources(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source"))
            for ctx in root.iter("context") for m in ctx.iter("message")}


def test_every_string_of_the_code_is_translated(tmp_path: Path) -> None:
    pkg = Path(__file__).resolve().parents[2] / "orgdesign"
    # the same directories as `make translations`: the window and the message templates
    dirs = ("app", "model", "edit", "io", "analysis", "export", "render", "layout")
    files = sorted(str(f) for d in dirs for f in (pkg / d).rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = str(LUPDATE) if LUPDATE.exists() else "pyside6-lupdate"
    subprocess.run([lupdate, *files, "-ts", str(fresh)],
                   check=True, capture_output=True)
    missing = _sources(fresh) - _sources(TS)
    assert not missing, f"run `make translations` and translate: {sorted(missing)[:10]}"
    root = ET.parse(TS).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert not unfinished, unfinished[:10]


def test_chinese_window(qtbot) -> None:
    app = QApplication.instance()
    translators = install_translation(app, "zh")
    try:
        assert translators, "orgdesign_zh_CN.qm did not load"
        from orgdesign.app.main_window import MainWindow

        w = MainWindow()
        qtbot.addWidget(w)
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus[:3] == ["文件(&F)", "编辑(&E)", "视图(&V)"]
        docks = {d.windowTitle() for d in w.docks.values()}
        assert {"结构", "属性", "问题", "待定区"} <= docks
    finally:
        for t in translators:
            app.removeTranslator(t)


def test_message_translations_keep_every_placeholder() -> None:
    import re
    root = ET.parse(TS).getroot()
    bad = []
    for ctx in root.iter("context"):
        if ctx.findtext("name") != "Messages":
            continue
        for m in ctx.iter("message"):
            src, tr = m.findtext("source") or "", m.findtext("translation") or ""
            want = sorted(re.findall(r"\{[^{}]*\}", src))
            if tr and sorted(re.findall(r"\{[^{}]*\}", tr)) != want:
                bad.append((src, tr))
    assert not bad, bad[:5]


def test_edit_refusal_shows_in_chinese() -> None:
    from orgdesign.app.messages import localized
    from orgdesign.model import EditError
    from orgdesign.model.messages import msg

    app = QApplication.instance()
    translators = install_translation(app, "zh")
    try:
        err = EditError(msg("unit {unit} is already in the parking lot", unit="销售部"))
        text = localized(err)
        assert "销售部" in text and "already" not in text, text
    finally:
        for t in translators:
            app.removeTranslator(t)
