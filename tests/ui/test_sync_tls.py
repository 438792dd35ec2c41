"""Sync now over HTTPS (ui/sync/controller.py's ``default_client``): the app trusts the
certificate authority remembered with the central store's address, and says plainly
when the certificate cannot be checked, which is not the same as being offline."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.sync.client import CaFileUnreadable, UntrustedServer
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.sync.controller import SyncOutcome
from tests.sync.tls_support import TlsCentral, serve_tls
from tests.ui import sync_support
from tests.ui.sync_support import accept_preview, add_young_person, sign_in, sync_of

app_store = sync_support.app_store
sync_window = sync_support.sync_window


@pytest.fixture
def tls_central(tmp_path: Path) -> Iterator[TlsCentral]:
    yield from serve_tls(tmp_path / "tls-central")


def remember_ca(store: Store, path: Path | str) -> None:
    with store.transaction() as s:
        settings.put(s, settings.CA_FILE, str(path))


def test_sync_now_over_https_uses_the_remembered_certificate_authority(
        qtbot: QtBot, ctx: AppContext, app_store: Store, sync_window: MainWindow,
        tls_central: TlsCentral, interaction: ScriptedInteraction, tmp_path: Path) -> None:
    controller = sync_of(sync_window).controller
    yp = add_young_person(ctx)
    # Without the organisation's authority, signing in is refused for what it is.
    sync_window.named_actions["sync"].trigger()
    sign_in(qtbot, controller, tls_central.url)
    dialog = controller.register_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "certificate could not be checked" in dialog.error.text())
    assert "offline" not in dialog.error.text().lower()
    dialog.reject()

    ca = tmp_path / "organisation-ca.pem"
    shutil.copy(tls_central.pki.ca, ca)
    remember_ca(app_store, ca)  # as 'keyworker sync --ca-cert' leaves it
    with qtbot.waitSignal(controller.sync_finished, timeout=15_000) as finished:
        sync_window.named_actions["sync"].trigger()
        sign_in(qtbot, controller, tls_central.url)
        accept_preview(qtbot, controller)
    wait_for_ops(ctx)
    outcome = finished.args[0]
    assert isinstance(outcome, SyncOutcome)
    assert outcome.summary.pushed == 1 and outcome.summary.up_by_young_person == {yp: 1}
    assert interaction.shown == []

    # The remembered file has gone: said plainly, not taken for offline or a new sign-in.
    ca.unlink()
    with qtbot.waitSignal(controller.sync_failed, timeout=15_000) as failed:
        sync_window.named_actions["sync"].trigger()
    wait_for_ops(ctx)
    assert isinstance(failed.args[0], CaFileUnreadable)
    assert isinstance(failed.args[0], UntrustedServer)
    [(kind, _title, text)] = interaction.shown
    assert kind == "warn" and "certificate authority file" in text
    assert controller.register_dialog is None
    assert sync_window.network_label.text() != "Working offline"
