"""The translation path below the interface: documents in a chosen language, and messages
that carry a code and parameters and are worded for the reader."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from keyworker_desktop.domain import i18n
from keyworker_desktop.domain.i18n import (
    QT_TRANSLATE_NOOP,
    Message,
    register_language,
    translate,
    translate_in,
)


def _prefixing(prefix: str) -> i18n.Translator:
    def fn(context: str, text: str, dis: str | None = None, n: int = -1) -> str:
        if text == "untranslated":
            return ""
        worded = f"{prefix}{text}"
        return worded.replace("%n", str(n)) if n >= 0 else worded
    return fn


@pytest.fixture
def welsh() -> Iterator[None]:
    register_language("cy", _prefixing("cy:"))
    yield
    register_language("cy", None)


def test_translate_in_a_registered_language(welsh: None) -> None:
    assert translate_in("cy", "EasyRead", "My plan") == "cy:My plan"
    assert translate_in("cy", "EasyRead", "%n visits", n=3) == "cy:3 visits"
    assert "cy" in i18n.languages()
    assert i18n.languages()[0] == "en"


def test_translate_in_falls_back_to_the_text_as_written(welsh: None) -> None:
    assert translate_in("fr", "EasyRead", "My plan") == "My plan"
    assert translate_in("cy", "EasyRead", "untranslated") == "untranslated"
    assert translate_in("en", "EasyRead", "%n visits", n=2) == "2 visits"


def test_a_document_language_is_independent_of_the_interface(welsh: None) -> None:
    i18n.set_translator(_prefixing("ui:"))
    try:
        assert translate("Cli", "Done") == "ui:Done"
        assert translate_in("cy", "Cli", "Done") == "cy:Done"
    finally:
        i18n.set_translator(None)
    assert translate("Cli", "Done") == "Done"


def test_a_message_carries_code_params_and_english() -> None:
    msg = Message("text.too_long",
                  QT_TRANSLATE_NOOP("Errors", "{label} is too long: at most {limit} characters."),
                  label=i18n.label(QT_TRANSLATE_NOOP("Errors", "The name")), limit=100)
    assert msg.code == "text.too_long"
    assert msg.params["limit"] == 100
    assert str(msg) == "The name is too long: at most 100 characters."
    i18n.set_translator(_prefixing("cy:"))
    try:
        assert msg.worded() == "cy:cy:The name is too long: at most 100 characters."
    finally:
        i18n.set_translator(None)


def test_a_message_is_worded_in_the_readers_language(welsh: None) -> None:
    msg = Message("budget.over", "Over the {limit} limit.", limit="£500.00")
    i18n.set_translator(lambda c, t, d=None, n=-1: {"Over the {limit} limit.":
                                                     "Dros y terfyn {limit}."}.get(t, t))
    try:
        assert msg.worded() == "Dros y terfyn £500.00."
        assert str(msg) == "Over the £500.00 limit."
    finally:
        i18n.set_translator(None)
    assert msg.worded("cy") == "cy:Over the £500.00 limit."


def test_a_broken_translation_does_not_hide_the_message() -> None:
    msg = Message("x", "Wait {seconds} seconds.", seconds=5)
    i18n.set_translator(lambda c, t, d=None, n=-1: "Arhoswch {eiliadau} eiliad.")
    try:
        assert msg.worded() == "Wait 5 seconds."
    finally:
        i18n.set_translator(None)


def test_a_labels_table_is_read_in_the_language_installed_later() -> None:
    from keyworker_desktop.domain.network import SECTOR_LABELS

    assert SECTOR_LABELS["health"] == "Health"
    i18n.set_translator(_prefixing("cy:"))
    try:
        assert SECTOR_LABELS["health"] == "cy:Health"
        assert dict(SECTOR_LABELS.items())["social_care"] == "cy:Social care"
        assert SECTOR_LABELS.source("health") == "Health"
    finally:
        i18n.set_translator(None)
    assert list(SECTOR_LABELS)[0] == "health" and len(SECTOR_LABELS) == 5
