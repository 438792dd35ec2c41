"""Sync now from the window (ui/sync/controller.py): sign in, preview, progress, summary."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QTimer
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from keyworker_desktop.services.recording import record_visit
from keyworker_desktop.services.sync_review import PendingRow
from keyworker_desktop.services.visits import VisitRow, visits_for
from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.store.opchanges import OpChanges
from keyworker_desktop.sync.client import SyncClient
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import run_op, wait_for_ops
from keyworker_desktop.ui.sync.controller import OFFLINE_TEXT, SyncOutcome
from keyworker_desktop.ui.sync.preview_dialog import PreviewDialog
from keyworker_desktop.ui.sync.summary_dialog import SyncSummaryDialog
from tests.ui import sync_support
from tests.ui.conftest import Announced, focusable_without_name, unlock
from tests.ui.record_support import NOW
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


def record_a_visit(ctx: AppContext, yp_id: str, place: str = "Oak Tree Primary") -> None:
    """As the visit form does: a job on the context's worker."""

    def job(store: Store) -> OpChanges:
        with store.transaction() as s:
            record_visit(s, yp_id, starts_at=NOW, place_name=place, place_type="school")
        return OpChanges.of({"visit"}, [yp_id])

    run_op(ctx, job, lambda _changes: None, label="record visit")


def visits(ctx: AppContext, yp_id: str) -> list[VisitRow]:
    assert ctx.store is not None
    with ctx.store.session() as s:
        return visits_for(s, yp_id)


class GatedClient(SyncClient):
    """Holds its ``hold_at``-th request until the test opens the gate."""

    hold_at = 1
    reached = threading.Event()
    gate = threading.Event()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, batch_size=1, **kwargs)
        self.calls = 0

    def _request(self, method: str, path: str, **kw: Any) -> Any:
        if path != "/v1/register":
            self.calls += 1
            if self.calls == self.hold_at:
                type(self).reached.set()
                assert type(self).gate.wait(10), "the test never opened the gate"
        return super()._request(method, path, **kw)


def gated(hold_at: int) -> type[GatedClient]:
    return type("Gated", (GatedClient,), {"hold_at": hold_at, "reached": threading.Event(),
                                           "gate": threading.Event()})


def test_first_sync_registers_and_sends_a_visit_recorded_in_the_app(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction, announcements: list[Announced]) -> None:
    yp = add_young_person(ctx)
    record_a_visit(ctx, yp)
    wait_for_ops(ctx)
    controller = sync_of(sync_window).controller
    with qtbot.waitSignal(controller.sync_finished, timeout=15_000) as finished:
        sync_window.named_actions["sync"].trigger()
        sign_in(qtbot, controller, central.url)
        qtbot.waitUntil(lambda: controller.preview_dialog is not None
                        and controller.preview_dialog.isVisible())
        preview = controller.preview_dialog
        assert preview is not None and preview.model.rowCount() == 1
        assert focusable_without_name(preview) == []
        assert preview.model.index(0, 0).data() == "Ava Reed"
        assert preview.model.index(0, 1).data() == "2 changes"
        accept_preview(qtbot, controller)
    wait_for_ops(ctx)
    outcome: SyncOutcome = finished.args[0]
    assert outcome.summary.pushed == 2 and outcome.summary.up_by_young_person == {yp: 2}
    [visit] = central.records("visit")
    assert visit.fields["place_name"] == "Oak Tree Primary" and visit.young_person_id == yp
    # The password went to the server once; only the token is kept.
    assert controller.register_dialog is None
    summary = sync_window.findChild(SyncSummaryDialog)
    assert summary is not None and summary.isVisible()
    assert "Sent: 2 changes" in summary.body.text() and "Ava Reed" in summary.body.text()
    assert sync_window.unsynced_label.text() == "Everything is synced"
    assert sync_window.last_sync_label.text().startswith("Last synced: today")
    assert interaction.shown == []
    # The outcome is said aloud, politely, whatever has the focus.
    assert [(a.message, a.assertive) for a in announcements] == [
        ("Sync finished. Sent: 2 changes.", False)]


def test_a_refused_password_asks_again(qtbot: QtBot, ctx: AppContext, sync_window: MainWindow,
                                       central: LoopbackCentral) -> None:
    controller = sync_of(sync_window).controller
    sync_window.named_actions["sync"].trigger()
    sign_in(qtbot, controller, central.url, password="wrong")
    dialog = controller.register_dialog
    assert dialog is not None and focusable_without_name(dialog) == []
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "not accepted" in dialog.error.text() and dialog.password.text() == ""
    with qtbot.waitSignal(controller.sync_finished, timeout=15_000):
        sign_in(qtbot, controller, central.url)
        accept_preview(qtbot, controller)


def test_plain_http_to_another_machine_is_refused_in_the_dialog(
        qtbot: QtBot, sync_window: MainWindow) -> None:
    controller = sync_of(sync_window).controller
    sync_window.named_actions["sync"].trigger()
    sign_in(qtbot, controller, "http://central.example.org")
    dialog = controller.register_dialog
    assert dialog is not None and "https://" in dialog.error.text()


def test_progress_arrives_in_order_and_the_window_and_recording_carry_on(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow,
        central: LoopbackCentral) -> None:
    sync_now(qtbot, sync_window, central)  # register
    controller = sync_of(sync_window).controller
    people = [add_young_person(ctx, f"Person {i}") for i in range(4)]
    client = gated(hold_at=2)
    controller.client_factory = client
    seen: list[tuple[str, int, int]] = []
    controller.sync_progress.connect(lambda *args: seen.append(args))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)

    with qtbot.waitSignal(controller.sync_finished, timeout=15_000):
        sync_window.named_actions["sync"].trigger()
        accept_preview(qtbot, controller)
        qtbot.waitUntil(client.reached.is_set)
        # The sync is held inside a request: the window still answers, and a visit
        # recorded now is saved at once, on the context's worker.
        before = len(ticks)
        record_a_visit(ctx, people[0])
        qtbot.waitUntil(lambda: len(visits(ctx, people[0])) == 1)
        qtbot.waitUntil(lambda: len(ticks) > before + 2)
        assert controller.running and controller.progress_dialog is not None
        assert controller.progress_dialog.isVisible()
        assert sync_window.named_actions["sync"].text() == "Syncing…"
        client.gate.set()
    timer.stop()
    wait_for_ops(ctx)
    sending = [s for s in seen if s[0] == "sending"]
    receiving = [s for s in seen if s[0] == "receiving"]
    assert seen == sending + receiving and sending and receiving
    assert [d for _s, d, _t in sending] == list(range(5)) and {t for *_x, t in sending} == {4}
    # The visit recorded during the sync is not lost: it goes up next time.
    controller.client_factory = SyncClient
    assert sync_now(qtbot, sync_window, central).summary.pushed == 1
    assert len(central.records("visit")) == 1


def test_cancel_stops_safely_and_the_next_sync_completes(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow,
        central: LoopbackCentral) -> None:
    sync_now(qtbot, sync_window, central)
    controller = sync_of(sync_window).controller
    people = [add_young_person(ctx, f"Person {i}") for i in range(6)]
    client = gated(hold_at=2)  # the second batch, held just before it is sent
    controller.client_factory = client
    with qtbot.waitSignal(controller.sync_finished, timeout=15_000) as finished:
        sync_window.named_actions["sync"].trigger()
        accept_preview(qtbot, controller)
        qtbot.waitUntil(client.reached.is_set)
        dialog = controller.progress_dialog
        assert dialog is not None and focusable_without_name(dialog) == []
        dialog.cancel_button.click()
        assert dialog.stage.text() == "Stopping safely…"
        assert not dialog.cancel_button.isEnabled()
        client.gate.set()
    wait_for_ops(ctx)
    stopped: SyncOutcome = finished.args[0]
    # Cancel takes effect at once: the held batch is never sent.
    assert stopped.summary.cancelled and stopped.summary.pushed == 1
    summary = sync_window.findChild(SyncSummaryDialog)
    assert summary is not None and summary.title.text() == "Sync stopped safely"
    assert len(central.records("young_person")) == 1

    controller.client_factory = SyncClient
    rest = sync_now(qtbot, sync_window, central)
    assert rest.summary.pushed == 5 and not rest.summary.cancelled
    assert {r.id for r in central.records("young_person")} == set(people)


def test_offline_says_so_calmly_and_loses_nothing(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    sync_now(qtbot, sync_window, central)
    yp = add_young_person(ctx)
    central.stop()
    controller = sync_of(sync_window).controller
    with qtbot.waitSignal(controller.sync_failed, timeout=15_000):
        sync_window.named_actions["sync"].trigger()
        accept_preview(qtbot, controller)
    wait_for_ops(ctx)
    assert interaction.shown == [("inform", "Working offline", OFFLINE_TEXT)]
    assert sync_window.network_label.text() == "Working offline"
    assert sync_window.unsynced_label.text() == "1 change not synced yet"
    assert not controller.running and controller.progress_dialog is None

    central.start()  # back in the office
    assert sync_now(qtbot, sync_window, central).summary.pushed == 1
    assert [r.id for r in central.records("young_person")] == [yp]
    assert sync_window.network_label.text() == "Online"


def test_a_revoked_laptop_is_told_why_and_starts_again_from_first_run(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    sync_now(qtbot, sync_window, central)
    add_young_person(ctx)
    paths = ctx.paths
    central.revoke_devices()
    controller = sync_of(sync_window).controller
    with qtbot.waitSignal(controller.sync_failed, timeout=15_000):
        sync_window.named_actions["sync"].trigger()
        accept_preview(qtbot, controller)
    wait_for_ops(ctx)
    [(kind, title, text)] = interaction.shown
    assert (kind, title) == ("warn", "This laptop has been revoked")
    assert "revoked by your organisation" in text and "start again" in text
    assert ctx.store is None and not paths.db.exists() and not paths.key.exists()
    assert sync_window.pages.currentWidget() is sync_window.setup_page
    assert not sync_window.named_actions["sync"].isEnabled()


def test_the_preview_lists_changes_young_person_by_young_person(qtbot: QtBot) -> None:
    rows = [PendingRow("b", "Ben Ash", 1), PendingRow("a", "Ava Reed", 3),
            PendingRow(None, "shared", 2)]
    dialog = PreviewDialog(rows)
    qtbot.addWidget(dialog)
    ModelTester(None).check(dialog.model)
    table = [[dialog.model.index(r, c).data() for c in range(2)] for r in range(3)]
    assert table == [["Ben Ash", "1 change"], ["Ava Reed", "3 changes"],
                     ["Shared records (staff, professionals)", "2 changes"]]
    assert dialog.intro.text().startswith("6 changes will be sent")
    empty = PreviewDialog([])
    qtbot.addWidget(empty)
    assert empty.intro.text().startswith("Nothing to send") and empty.table.isHidden()


def test_locking_during_a_sync_stops_it_safely(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow,
        central: LoopbackCentral) -> None:
    sync_now(qtbot, sync_window, central)
    controller = sync_of(sync_window).controller
    people = [add_young_person(ctx, f"Person {i}") for i in range(3)]
    store = ctx.store
    client = gated(hold_at=1)
    controller.client_factory = client
    sync_window.named_actions["sync"].trigger()
    accept_preview(qtbot, controller)
    qtbot.waitUntil(client.reached.is_set)
    # The lock cancels and waits for the sync to stop (the gate opens while it waits).
    threading.Timer(0.2, client.gate.set).start()
    sync_window.lock()
    assert ctx.store is None and not controller.running
    assert controller.progress_dialog is None
    assert store is not None and not store.is_open
    assert central.records("young_person") == []  # the held batch was never sent
    unlock(qtbot, sync_window)
    controller.client_factory = SyncClient
    assert sync_now(qtbot, sync_window, central).summary.pushed == 3
    assert {r.id for r in central.records("young_person")} == set(people)


def test_a_mass_delete_stops_to_ask_and_no_keeps_everything(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    people = [add_young_person(ctx, f"Person {i}") for i in range(12)]
    sync_now(qtbot, sync_window, central)
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        for yp_id in people:
            tombstone(s, s.get(YoungPerson, yp_id))  # type: ignore[arg-type]
    controller = sync_of(sync_window).controller
    interaction.answers = [False]
    with qtbot.waitSignal(controller.sync_failed, timeout=15_000):
        sync_window.named_actions["sync"].trigger()
        accept_preview(qtbot, controller)
    wait_for_ops(ctx)
    [asked, told] = interaction.shown
    assert asked[:2] == ("confirm", "Delete many records?")
    assert "delete 12 of the 12 records on the central store" in asked[2]
    assert told[0] == "warn" and "Nothing was sent" in told[2]
    assert not any(r.deleted for r in central.records("young_person"))

    # Yes. (The library asks a second time when the pull brings this laptop's own
    # deletes back, as "12 of the 0 records on this laptop": reported to sync's owner.)
    interaction.answers = [True, True]
    assert sync_now(qtbot, sync_window, central).summary.pushed == 12
    assert "on the central store" in interaction.shown[2][2]
    assert all(r.deleted for r in central.records("young_person"))


def test_removing_many_reallocated_young_people_asks_in_plain_words(
        qtbot: QtBot, ctx: AppContext, sync_window: MainWindow, central: LoopbackCentral,
        interaction: ScriptedInteraction) -> None:
    from keyworker_desktop.sync.server import accounts

    people = [add_young_person(ctx, f"Person {i}") for i in range(4)]
    sync_now(qtbot, sync_window, central)
    central.run(lambda s: [accounts.allocate(s, "alex", yp) for yp in people[:3]])
    interaction.answers = [False]
    outcome = sync_now(qtbot, sync_window, central)
    asked = interaction.shown[0]
    assert asked[:2] == ("confirm", "Remove young people from this laptop?")
    assert "3 of the 4 young people on this laptop are no longer allocated to you" in asked[2]
    assert outcome.summary.scope_removal_declined == 3
    dialog = SyncSummaryDialog(outcome)
    qtbot.addWidget(dialog)
    assert "Kept on this laptop, as you asked" in dialog.body.text()
    interaction.answers = [True]
    assert len(sync_now(qtbot, sync_window, central).summary.removed_young_person_ids) == 3
