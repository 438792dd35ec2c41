"""Sync from the window when the central store shuts an account off (issue 15 items 5 and
14): a reset password asks to sign in again, a disabled account says so, a revoked laptop
says how many unsynced changes it lost."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from keyworker_desktop.sync.server import account_admin
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from tests.ui import sync_support
from tests.ui.sync_support import (
    LoopbackCentral,
    accept_preview,
    add_young_person,
    sign_in,
    sync_now,
    sync_of,
)

central = sync_support.central
app_store = sync_support.app_store
sync_window = sync_support.sync_window


def test_after_a_password_reset_the_window_asks_to_sign_in_again_and_loses_nothing(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral) -> None:
    sync_now(qtbot, sync_window, central)
    add_young_person(ctx)
    central.run(lambda s: account_admin.reset_password(s, "sam", "a brand new password", "t"))
    controller = sync_of(sync_window).controller
    sync_window.named_actions["sync"].trigger()
    accept_preview(qtbot, controller)
    qtbot.waitUntil(lambda: controller.register_dialog is not None
                    and controller.register_dialog.isVisible(), timeout=60_000)
    dialog = controller.register_dialog
    assert dialog is not None and "sign-in to the central store has ended" in dialog.error.text()
    # The status line follows on its own refresh: wait for it rather than race it.
    qtbot.waitUntil(lambda: sync_window.unsynced_label.text() == "1 change not synced yet",
                    timeout=15_000)
    with qtbot.waitSignal(controller.sync_finished, timeout=60_000) as finished:
        sign_in(qtbot, controller, central.url, password="a brand new password")
        accept_preview(qtbot, controller)
    wait_for_ops(ctx)
    assert finished.args[0].summary.pushed == 1


def test_a_disabled_account_is_told_so_and_keeps_its_changes(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    sync_now(qtbot, sync_window, central)
    add_young_person(ctx)
    central.run(lambda s: account_admin.set_disabled(s, "sam", True, "t"))
    controller = sync_of(sync_window).controller
    with qtbot.waitSignal(controller.sync_failed, timeout=15_000):
        sync_window.named_actions["sync"].trigger()
        accept_preview(qtbot, controller)
    wait_for_ops(ctx)
    [(kind, _title, text)] = interaction.shown
    assert kind == "warn" and "disabled by your organisation" in text
    assert ctx.store is not None and ctx.paths.db.exists()
    assert sync_window.unsynced_label.text() == "1 change not synced yet"


def test_a_revoked_laptop_says_how_many_unsynced_changes_were_lost(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    sync_now(qtbot, sync_window, central)
    add_young_person(ctx)
    central.revoke_devices()
    controller = sync_of(sync_window).controller
    with qtbot.waitSignal(controller.sync_failed, timeout=15_000):
        sync_window.named_actions["sync"].trigger()
        accept_preview(qtbot, controller)
    wait_for_ops(ctx)
    [(_kind, _title, text)] = interaction.shown
    assert "1 change made on this laptop since its last sync" in text and "is lost" in text
    assert not ctx.paths.root.exists() or not any(ctx.paths.root.iterdir())
