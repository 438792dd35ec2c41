"""The store's failures carry a code and parameters; the reader gets them worded."""

from __future__ import annotations

from pathlib import Path

from keyworker_desktop.domain import i18n, rules
from keyworker_desktop.store.errors import StoreMissing, TooManyAttempts, ValidationError


def _fake_welsh(context: str, text: str, dis: str | None = None, n: int = -1) -> str:
    return {
        "Too many wrong passphrases. Wait {seconds} seconds and try again.":
            "Gormod o gyfrineiriau anghywir. Arhoswch {seconds} eiliad.",
        "{label} is needed.": "Mae angen {label}.",
        "The name": "yr enw",
    }.get(text, text) if context == "Errors" else text


def test_an_error_has_a_code_params_english_and_words() -> None:
    err = TooManyAttempts(12.4)
    assert err.code == "store.too_many_attempts"
    assert err.params == {"seconds": 12}
    english = "Too many wrong passphrases. Wait 12 seconds and try again."
    assert str(err) == english
    i18n.set_translator(_fake_welsh)
    try:
        assert err.message == "Gormod o gyfrineiriau anghywir. Arhoswch 12 eiliad."
        assert err.worded() == err.message
        assert str(err) == english  # logs and the central store stay English
    finally:
        i18n.set_translator(None)
    assert err.message == english


def test_a_path_is_a_parameter_not_part_of_the_words() -> None:
    err = StoreMissing(Path("/data/kw"))
    assert err.code == "store.missing"
    assert err.params["path"] == Path("/data/kw")
    assert "/data/kw" in err.message


def test_a_validation_error_words_each_problem_and_its_field_name() -> None:
    problems = rules.check_required("", "name", i18n.QT_TRANSLATE_NOOP("Errors", "The name"))
    err = ValidationError(problems)
    assert err.code == "text.required" and err.field == "name"
    assert str(err) == "The name is needed."
    i18n.set_translator(_fake_welsh)
    try:
        assert err.message == "Mae angen yr enw."
        assert err.for_field("name") == "Mae angen yr enw."
        assert problems[0].message == "Mae angen yr enw."
    finally:
        i18n.set_translator(None)
