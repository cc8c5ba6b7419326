"""Messages keep their English text for the CLI and their template for the window."""

from __future__ import annotations

import pickle

from orgdesign.model import EditError, ModelError
from orgdesign.model.messages import QT_TRANSLATE_NOOP, Message, as_message, msg, render


def test_message_renders_english_with_nested_clauses() -> None:
    inner = msg("row {n}", n=3)
    m = msg(QT_TRANSLATE_NOOP("Messages", "unit {unit} is parked ({where})"),
            unit="销售部", where=inner)
    assert str(m) == "unit 销售部 is parked (row 3)"
    assert m.template == "unit {unit} is parked ({where})"


def test_error_keeps_template_and_prints_english() -> None:
    err = EditError(msg("no unit {unit!r}", unit="u1"))
    assert str(err) == "no unit 'u1'"
    assert err.message.params == {"unit": "u1"}
    plain = ModelError("cycle {at} u1", obj="u1")
    assert str(plain) == "cycle {at} u1"
    assert str(plain.message) == "cycle {at} u1"  # braces in plain text are not placeholders
    assert plain.obj == "u1"


def test_a_broken_translation_never_raises_and_loses_nothing() -> None:
    # a translator's typo in a placeholder name
    text = render("单元 {unti} 已停放", {"unit": "A"}, str)
    assert "A" in text and "单元" in text


def test_as_message_passes_messages_through() -> None:
    m = Message("x {a}", {"a": 1})
    assert as_message(m) is m
    assert str(as_message("50% {done}")) == "50% {done}"


def test_errors_survive_pickling() -> None:
    # worker processes hand errors back pickled
    err = pickle.loads(pickle.dumps(EditError(msg("no unit {u}", u="a"))))
    assert str(err) == "no unit a"
