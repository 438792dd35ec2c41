"""The lock screen says so when the store is open elsewhere (a keyworker command)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from tests.ui.conftest import PASSPHRASE


def test_unlocking_a_store_open_elsewhere_is_refused_plainly(
        qtbot: QtBot, ctx: AppContext, existing_store: str, window: MainWindow) -> None:
    elsewhere = Store.open(ctx.data_dir, existing_store, daily_backup=False)
    try:
        qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
        window.lock_screen.unlock_button.click()
        qtbot.waitUntil(lambda: window.lock_screen.unlock_button.isEnabled(), timeout=10_000)
        wait_for_ops(ctx)
        assert ctx.store is None
        shown = " ".join(label.text() for label in window.lock_screen.findChildren(QLabel))
        assert "is open in the app, or in a keyworker command" in shown
    finally:
        elsewhere.close()
    qtbot.keyClicks(window.lock_screen.passphrase, PASSPHRASE)
    with qtbot.waitSignal(window.lock_screen.unlocked, timeout=10_000):
        window.lock_screen.unlock_button.click()
    wait_for_ops(ctx)
    assert ctx.store is not None
