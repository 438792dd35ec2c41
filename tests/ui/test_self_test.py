"""``keyworker-desktop --self-test`` in-process: every check passes on a working install."""

from __future__ import annotations

import io

import pytest
from PySide6.QtWidgets import QApplication

from keyworker_desktop.ui import self_test


@pytest.mark.slow
def test_the_self_test_passes_and_says_what_it_checked(qapp: QApplication) -> None:
    out = io.StringIO()
    assert self_test.run(out) == 0, out.getvalue()
    text = out.getvalue()
    for check in ("load the Welsh translation", "create a store", "unlock it", "open Today",
                  "open a young person", "preview their easy-read plan", "lock the store"):
        assert f"ok    {check}" in text
    assert "Self-test passed" in text


def test_a_failing_check_is_named_and_exits_1(qapp: QApplication,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: self_test.SelfTest) -> str:
        raise self_test.CheckFailed("no pictures")

    monkeypatch.setattr(self_test.SelfTest, "open_today", broken)
    out = io.StringIO()
    assert self_test.run(out) == 1
    text = out.getvalue()
    assert "FAIL  open Today: CheckFailed: no pictures" in text
    assert "Self-test FAILED: open Today" in text
    assert "open a young person's record" not in text  # later checks did not run
