"""Graphviz errors read the same in the CLI and translate in the window."""

from __future__ import annotations

import pytest

from orgdesign.layout.graphviz_run import (
    GraphvizFailedError,
    GraphvizMissingError,
    find_program,
    run_graphviz,
)


def test_missing_graphviz_keeps_its_english_and_its_template(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("ORGDESIGN_GRAPHVIZ_DIR", raising=False)
    with pytest.raises(GraphvizMissingError) as err:
        find_program("neato")
    assert str(err.value).startswith("Graphviz is not installed ('neato' is not on the PATH); "
                                     "this diagram needs it. Install Graphviz (Debian/Ubuntu:")
    assert err.value.message.params == {"program": "neato"}
    assert "{program}" in err.value.message.template


def test_a_graphviz_failure_quotes_graphviz(tmp_path) -> None:
    with pytest.raises(GraphvizFailedError) as err:
        run_graphviz("digraph { a -> ", "dot", "plain")
    text = str(err.value)
    assert text.startswith("dot failed: ") and "syntax error" in text
    assert err.value.message.template == "{program} failed: {error}"
