"""sync/server/errorlog.py: a traceback with the code frames and types, not the values."""

from __future__ import annotations

from keyworker_desktop.domain.tracebacks import safe_traceback


def test_safe_traceback_names_types_and_frames_not_messages() -> None:
    def store(name: str) -> None:
        try:
            {}[name]
        except KeyError as exc:
            raise ValueError(f"cannot store {name}") from exc

    try:
        store(" ".join(["Jo", "Bloggs"]))  # not a literal: code lines are logged
    except ValueError as exc:
        text = safe_traceback(exc)
    assert "builtins.KeyError" in text and "builtins.ValueError" in text
    assert "in store" in text
    assert "Jo Bloggs" not in text
