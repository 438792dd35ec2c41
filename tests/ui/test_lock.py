"""The lock screen (ui/lock_screen.py): right, wrong, slowed and broken unlocks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyworker_desktop.store.lockout import Lockout
from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.lock_screen import LockScreen
from keyworker_desktop.ui.operations import wait_for_ops
from tests.ui.conftest import ORGANISATION, PASSPHRASE, Announced, focusable_without_name


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, existing_store: str) -> LockScreen:
    widget = LockScreen(ctx)
    qtbot.addWidget(widget)
    widget.show()
    widget.prepare()
    return widget


def attempt(qtbot: QtBot, screen: LockScreen, passphrase: str) -> None:
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    wait_for_ops(screen.ctx)


def test_the_right_passphrase_opens_the_store(
    qtbot: QtBot, screen: LockScreen, ctx: AppContext
) -> None:
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(screen.unlocked, timeout=5000):
        qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    assert ctx.store is not None and ctx.store.is_open
    assert screen.passphrase.text() == ""


def test_a_wrong_passphrase_says_so_and_stays_locked(
    qtbot: QtBot, screen: LockScreen, ctx: AppContext
) -> None:
    attempt(qtbot, screen, "not the passphrase")
    assert ctx.store is None
    assert screen.message.isVisible()
    assert "not right" in screen.message.text()
    assert screen.passphrase.text() == ""
    assert screen.unlock_button.isEnabled()


def test_repeated_wrong_passphrases_count_down_before_the_next_try(
    qtbot: QtBot, screen: LockScreen, ctx: AppContext
) -> None:
    lockout = Lockout(StorePaths(ctx.data_dir).attempts)
    for _ in range(4):
        lockout.record_failure()
    attempt(qtbot, screen, PASSPHRASE)

    assert ctx.store is None
    assert not screen.unlock_button.isEnabled()
    assert "try again in" in screen.message.text()
    assert "seconds" in screen.message.text()


def test_the_countdown_ends_and_the_button_comes_back(
    qtbot: QtBot, screen: LockScreen
) -> None:
    screen._start_countdown(0.3)
    assert not screen.unlock_button.isEnabled()
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=3000)
    assert "try again now" in screen.message.text()


def test_a_damaged_key_file_is_named_with_how_to_restore(
    qtbot: QtBot, screen: LockScreen, ctx: AppContext
) -> None:
    key = StorePaths(ctx.data_dir).key
    key.write_text("not a key file")
    attempt(qtbot, screen, PASSPHRASE)

    assert ctx.store is None
    assert str(key) in screen.problem.text()
    assert "How to restore a backup" in screen.restore_help.text()


def test_a_damaged_database_is_named_with_how_to_restore(
    qtbot: QtBot, screen: LockScreen, ctx: AppContext
) -> None:
    db = StorePaths(ctx.data_dir).db
    db.write_bytes(b"\0" * 8192)
    attempt(qtbot, screen, PASSPHRASE)

    assert ctx.store is None
    assert str(db) in screen.problem.text()
    assert "How to restore a backup" in screen.restore_help.text()


def test_shows_the_organisation_once_known(screen: LockScreen, ctx: AppContext) -> None:
    assert not screen.organisation_label.isVisible()
    ctx.organisation = ORGANISATION
    screen.prepare()
    assert screen.organisation_label.text() == ORGANISATION


def test_every_focusable_widget_has_an_accessible_name(
    qtbot: QtBot, screen: LockScreen, ctx: AppContext
) -> None:
    StorePaths(ctx.data_dir).key.write_text("broken")
    attempt(qtbot, screen, PASSPHRASE)
    assert focusable_without_name(screen) == []


def test_a_wrong_passphrase_is_announced_to_screen_readers(
    qtbot: QtBot, screen: LockScreen, announcements: list[Announced]
) -> None:
    qtbot.keyClick(screen.passphrase, Qt.Key.Key_Return)
    assert [(a.message, a.assertive) for a in announcements] == [
        ("Type your passphrase first.", True)]
    attempt(qtbot, screen, "not the passphrase")
    last = announcements[-1]
    assert last.source is screen and last.assertive
    assert last.message == screen.message.text() and "not right" in last.message
    assert screen.passphrase.hasFocus()  # the focus did not move to the message
