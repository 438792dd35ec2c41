"""Closing with changes not yet synced (ui/sync/close_prompt.py)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from tests.ui import sync_support
from tests.ui.sync_support import LoopbackCentral, add_young_person, sync_now, sync_of

central = sync_support.central
app_store = sync_support.app_store
sync_window = sync_support.sync_window

ASKED = ("ask", "Changes not yet synced",
         "You have 1 change not yet synced.\n\nIf you quit, nothing is lost: they stay "
         "encrypted on this laptop and go up next time you sync.")


def test_nothing_unsynced_closes_without_asking(
        ctx: AppContext, sync_window: MainWindow, interaction: ScriptedInteraction) -> None:
    assert sync_window.close()
    assert interaction.shown == [] and ctx.store is None


def test_cancel_keeps_the_window_open(
        ctx: AppContext, sync_window: MainWindow, interaction: ScriptedInteraction) -> None:
    add_young_person(ctx)
    interaction.answers = ["Cancel"]
    assert not sync_window.close()
    assert interaction.shown == [ASKED]
    assert sync_window.isVisible() and ctx.store is not None


def test_quit_anyway_quits_and_the_change_stays_on_the_laptop(
        ctx: AppContext, sync_window: MainWindow, interaction: ScriptedInteraction) -> None:
    add_young_person(ctx)
    store = ctx.store
    interaction.answers = ["Quit anyway"]
    assert sync_window.close()
    assert interaction.shown == [ASKED] and ctx.store is None and store is not None
    assert not store.is_open and store.paths.db.exists()


def test_sync_now_syncs_then_quits(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    sync_now(qtbot, sync_window, central)  # registered earlier in the day
    yp = add_young_person(ctx)
    interaction.answers = ["Sync now"]
    controller = sync_of(sync_window).controller
    with qtbot.waitSignal(controller.sync_finished, timeout=15_000):
        assert not sync_window.close()  # not yet: first the sync, with no preview
    wait_for_ops(ctx)
    qtbot.waitUntil(lambda: not sync_window.isVisible())
    assert ctx.store is None
    assert [r.id for r in central.records("young_person")] == [yp]


def test_offline_at_close_says_so_and_quitting_is_still_allowed(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    sync_now(qtbot, sync_window, central)
    add_young_person(ctx)
    central.stop()
    interaction.answers = ["Sync now"]
    controller = sync_of(sync_window).controller
    with qtbot.waitSignal(controller.sync_failed, timeout=15_000):
        assert not sync_window.close()
    wait_for_ops(ctx)
    assert sync_window.isVisible()
    assert interaction.texts("inform")[-1].startswith("Working offline.")
    interaction.answers = ["Quit anyway"]
    assert sync_window.close()


def test_a_demo_store_quits_without_offering_to_sync(
        ctx: AppContext, sync_window: MainWindow, interaction: ScriptedInteraction) -> None:
    from keyworker_desktop.store import settings

    assert ctx.store is not None
    with ctx.store.transaction() as s:
        settings.put(s, settings.DEMO_CASELOAD, True)
    add_young_person(ctx)  # a change that can never sync
    assert sync_window.close()
    assert interaction.shown == [] and ctx.store is None
