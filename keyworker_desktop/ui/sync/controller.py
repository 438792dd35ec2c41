"""Runs a sync off the GUI thread and leads the user through it (Anki's ``aqt/sync.py``).

Sync now → (the first time, the central store's address and a sign-in) → what
will go up → progress → summary. The sync runs in a pool of its own, not the
context's one worker, so recording carries on while it talks to the central
store; the store takes concurrent sessions. Progress and the mass-delete
question reach the GUI thread only through signals; widgets are touched only
here, on the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QDialog

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.ui.operations import plain_error_message, run_task
from keyworker_desktop.ui.sync.outcome import SyncOutcome

if TYPE_CHECKING:
    from keyworker_desktop.services.sync_review import PendingRow
    from keyworker_desktop.store.database import Store
    from keyworker_desktop.sync.client import SyncClient
    from keyworker_desktop.ui.shell import Shell
    from keyworker_desktop.ui.sync.preview_dialog import PreviewDialog
    from keyworker_desktop.ui.sync.progress_dialog import SyncProgressDialog
    from keyworker_desktop.ui.sync.register_dialog import RegisterDialog

ClientFactory = Callable[["Store", str], "SyncClient"]
# How long locking or quitting waits for a cancelled sync to reach a safe point.
STOP_WAIT_MS = 30_000
# A request that hangs longer than this counts as offline (the library's default is 60 s).
HTTP_TIMEOUT_S = 20.0

OFFLINE_TEXT = QT_TRANSLATE_NOOP("SyncController", "Working offline. Your changes are safe on "
                                                   "this laptop and will go up next time.")


def default_client(store: Store, server_url: str) -> SyncClient:
    """The app's client, trusting the certificate authority remembered with the address."""
    from keyworker_desktop.store import settings
    from keyworker_desktop.sync.client import SyncClient

    with store.session() as s:
        ca_file = settings.get(s, settings.CA_FILE)
    return SyncClient(store, server_url, timeout=HTTP_TIMEOUT_S, ca_file=ca_file or None)


@dataclass(frozen=True)
class Prepared:
    """What "Sync now" needs to know before it asks anything."""

    server_url: str
    registered: bool
    user: str
    pending: list[PendingRow] = field(default_factory=list)


@dataclass
class DeleteQuestion:
    """The worker's "may this sync delete N of M records?", answered on the GUI thread."""

    side: str
    deletes: int
    live: int
    answer: bool = False
    answered: threading.Event = field(default_factory=threading.Event)


def prepare(store: Store, make_client: ClientFactory) -> Prepared:
    """The background half of "Sync now": address, registration and what will go up."""
    from keyworker_desktop.services.sync_review import pending_rows
    from keyworker_desktop.store import settings
    from keyworker_desktop.store.models.sync import SyncState
    from keyworker_desktop.sync.client import ACCOUNT_KEY, InsecureServer

    with store.session() as s:
        url = settings.get(s, settings.SERVER_URL)
        account = s.get(SyncState, ACCOUNT_KEY)
        user = str((account.value.get("v") or {}).get("user", "")) if account else ""
    if not url:
        return Prepared("", False, user)
    try:
        client = make_client(store, url)
    except InsecureServer:  # an address saved before the rules tightened: ask again
        return Prepared(url, False, user)
    try:
        if not client.is_registered():
            return Prepared(url, False, user)
        pending = client.pending_by_young_person()
    finally:
        client.close()
    with store.session() as s:
        return Prepared(url, True, user, pending_rows(s, pending))


def register(store: Store, make_client: ClientFactory, url: str, user: str,
             password: str) -> str:
    """Register this laptop (the token goes to the device secrets); returns the role."""
    client = make_client(store, url)
    try:
        return client.register(user, password)
    finally:
        client.close()


class SyncController(QObject):
    """One per window: starts syncs, shows their dialogs, reports how they ended."""

    sync_started = Signal()
    # stage ("sending" / "receiving"), done, total: emitted by the worker, queued here.
    sync_progress = Signal(str, int, int)
    sync_finished = Signal(object)  # SyncOutcome
    sync_failed = Signal(object)  # the exception (its ``message`` is for the user)
    delete_question = Signal(object)  # DeleteQuestion, from the worker

    def __init__(self, shell: Shell) -> None:
        window = shell.window()
        super().__init__(window)
        # ``window`` parents the dialogs; ``shell`` locks and shows first run.
        self.window = window
        self.shell = shell
        self.ctx = shell.ctx
        # Its own worker: a sync waits on the network and must not queue behind, or
        # hold up, the context's one worker that saves what the user records.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.client_factory: ClientFactory = default_client
        self.progress_dialog: SyncProgressDialog | None = None
        self.register_dialog: RegisterDialog | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.summary_dialog: QDialog | None = None
        self.conflicts_dialog: QDialog | None = None
        self._cancel: threading.Event | None = None
        self._server_url = ""
        self._preview = True
        self._after: Callable[[], None] | None = None
        self.delete_question.connect(self._answer_delete_question,
                                     Qt.ConnectionType.QueuedConnection)
        shell.about_to_lock.connect(self.stop_and_wait)
        self.ctx.hub.store_locked.connect(self._forget)

    @property
    def running(self) -> bool:
        return self._cancel is not None

    # -- starting ---------------------------------------------------------------------
    def sync_now(self, *, preview: bool = True,
                 after: Callable[[], None] | None = None) -> None:
        """Start a sync (asking what is needed first); ``after`` runs if it goes through."""
        store = self.ctx.store
        if store is None:
            return
        if self.running:
            self._show_progress()
            return
        self._preview, self._after = preview, after
        factory = self.client_factory
        run_task(self.ctx, lambda: prepare(store, factory), self._prepared, self._failed,
                 pool=self.pool, owner=self, label="sync: prepare", expected=_expected())

    def _prepared(self, prepared: Prepared) -> None:
        if not prepared.registered:
            self.ask_sign_in(prepared.server_url, prepared.user)
            return
        self._server_url = prepared.server_url
        if not self._preview:
            self._begin()
            return
        from keyworker_desktop.ui.sync.preview_dialog import PreviewDialog

        dialog = PreviewDialog(prepared.pending, self.window)
        dialog.accepted.connect(self._begin)
        dialog.rejected.connect(self._abandon)
        dialog.finished.connect(self._preview_closed)
        self.preview_dialog = dialog
        dialog.open()

    def _preview_closed(self) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
        self.preview_dialog = None

    def _abandon(self) -> None:
        self._after = None

    # -- signing in -------------------------------------------------------------------
    def ask_sign_in(self, url: str = "", user: str = "", message: str = "") -> None:
        """The address and sign-in dialog; a sync follows once the laptop is registered."""
        from keyworker_desktop.ui.sync.register_dialog import RegisterDialog

        if self.register_dialog is not None:
            self.register_dialog.show_error(message)
            _bring_forward(self.register_dialog)
            return
        dialog = RegisterDialog(url, user, message, self.window)
        dialog.submitted.connect(self._register)
        dialog.rejected.connect(self._abandon)
        dialog.finished.connect(self._register_dialog_closed)
        self.register_dialog = dialog
        dialog.open()

    def _register_dialog_closed(self) -> None:
        if self.register_dialog is not None:
            self.register_dialog.deleteLater()
        self.register_dialog = None

    def _register(self, url: str, user: str, password: str) -> None:
        store = self.ctx.store
        if store is None:
            return
        factory = self.client_factory
        run_task(self.ctx, lambda: register(store, factory, url, user, password),
                 self._registered, self._register_failed, pool=self.pool, owner=self,
                 label="sync: register", expected=_expected())

    def _registered(self, _role: str) -> None:
        if self.register_dialog is not None:
            self.register_dialog.accept()
        self.sync_now(preview=self._preview, after=self._after)

    def _register_failed(self, exc: BaseException) -> None:
        from keyworker_desktop.sync.client import (
            AccountDisabled,
            AuthenticationFailed,
            DeviceRevoked,
            ServerRefused,
            SyncError,
        )

        if isinstance(exc, DeviceRevoked):
            self._failed(exc)
            return
        if isinstance(exc, AccountDisabled):
            text = self.tr("Your account on the central store has been disabled by your "
                           "organisation; please speak to your manager.")
        elif isinstance(exc, AuthenticationFailed) or (
                isinstance(exc, ServerRefused) and exc.status == 401):
            text = self.tr("That user name and password were not accepted. Please check them "
                           "and try again.")
        elif isinstance(exc, SyncError):
            text = exc.message
        else:
            text = plain_error_message()
        if self.register_dialog is not None:
            self.register_dialog.show_error(text)

    # -- the sync itself -----------------------------------------------------------------
    def _begin(self) -> None:
        store = self.ctx.store
        if store is None or self.running:
            return
        cancel = threading.Event()
        self._cancel = cancel
        url, factory = self._server_url, self.client_factory
        self._show_progress()
        self.sync_started.emit()
        run_task(self.ctx, lambda: self._sync_job(store, url, factory, cancel), self._finished,
                 self._failed, pool=self.pool, owner=self, label="sync", expected=_expected())

    def _sync_job(self, store: Store, url: str, factory: ClientFactory,
                  cancel: threading.Event) -> SyncOutcome:
        """In the sync worker: the library does the work; this only relays."""
        from keyworker_desktop.services.sync_review import young_person_names

        def confirm_deletes(side: str, deletes: int, live: int) -> bool:
            question = DeleteQuestion(side, deletes, live)
            self.delete_question.emit(question)
            # Wait for the answer, but never past a cancel (or a lock, which cancels).
            while not question.answered.wait(0.1):
                if cancel.is_set():
                    return False
            return question.answer

        client = factory(store, url)
        try:
            summary = client.sync(progress=self.sync_progress.emit, cancel=cancel.is_set,
                                  confirm_deletes=confirm_deletes)
        finally:
            client.close()
        ids = (set(summary.up_by_young_person) | set(summary.down_by_young_person)
               | {r.young_person_id for r in summary.rejected if r.young_person_id}
               | set(summary.kept_out_of_scope_ids))
        with store.session() as s:
            names = young_person_names(s, ids)
        return SyncOutcome(summary, names, summary.changes)

    @Slot(object)
    def _answer_delete_question(self, question: DeleteQuestion) -> None:
        where = (self.tr("the central store") if question.side == "central"
                 else self.tr("this laptop"))
        if question.side == "scope":
            title = self.tr("Remove young people from this laptop?")
            text = self.tr("{deletes} of the {live} young people on this laptop are no longer "
                           "allocated to you. Everything synced about them is safe on the central "
                           "store.\n\nRemove them from this laptop now? If this looks wrong, "
                           "choose No and speak to your manager: they stay until the next sync.")
        else:
            title = self.tr("Delete many records?")
            text = self.tr("This sync would delete {deletes} of the {live} records on {where}. "
                           "That is a lot, so it has stopped to ask first.\n\nDelete them?")
        try:
            question.answer = self.ctx.interaction.confirm(
                self.window, title,
                text.format(deletes=question.deletes, live=question.live, where=where))
        finally:
            question.answered.set()

    def cancel(self) -> None:
        """Stop within a moment, even mid-request (an unanswered batch goes up next time)."""
        if self._cancel is not None:
            self._cancel.set()
            if self.progress_dialog is not None:
                self.progress_dialog.show_stopping()

    def _finished(self, outcome: SyncOutcome) -> None:
        self._cancel = None
        self._close_progress()
        after, self._after = self._after, None
        self.sync_finished.emit(outcome)
        summary = outcome.summary
        if after is not None and not summary.cancelled and not summary.rejected:
            after()
            return
        self._show_summary(outcome)

    def _failed(self, exc: BaseException) -> None:
        from keyworker_desktop.sync.client import (
            AccountDisabled,
            AuthenticationFailed,
            DeviceRevoked,
            InsecureServer,
            Offline,
            SignInAgain,
            SyncError,
        )

        self._cancel = None
        self._after = None
        self._close_progress()
        self.sync_failed.emit(exc)
        if isinstance(exc, Offline):
            # Offline is a normal state on a visit: a calm notice, not a warning.
            self.ctx.interaction.inform(self.window, self.tr("Working offline"),
                                        translate("SyncController", OFFLINE_TEXT))
        elif isinstance(exc, DeviceRevoked):
            self.ctx.interaction.warn(
                self.window, self.tr("This laptop has been revoked"),
                exc.message + "\n\n" + self.tr("The app will now start again from the beginning."))
            self._return_to_first_run()
        elif isinstance(exc, AccountDisabled):
            self.ctx.interaction.warn(self.window, self.tr("Sync"), self.tr(
                "Your account on the central store has been disabled by your organisation. "
                "Your changes are kept on this laptop; please speak to your manager."))
        elif isinstance(exc, SignInAgain):
            self.ask_sign_in(self._server_url, "", self.tr(
                "This laptop's sign-in to the central store has ended (unused for a long "
                "time, or your password was changed). Your changes are kept on this laptop: "
                "please sign in again."))
        elif isinstance(exc, AuthenticationFailed):
            self.ask_sign_in(self._server_url, "", self.tr(
                "The central store did not recognise this laptop. Please sign in again."))
        elif isinstance(exc, InsecureServer):
            self.ask_sign_in("", "", exc.message)
        elif isinstance(exc, SyncError):
            self.ctx.interaction.warn(self.window, self.tr("Sync"), exc.message)
        else:
            self.ctx.interaction.warn(self.window, self.tr("Sync"), plain_error_message())

    def _return_to_first_run(self) -> None:
        from keyworker_desktop.sync.client import wipe_local_store

        store = self.ctx.store
        self.shell.lock()
        if store is not None:
            # A job that was already queued may have touched the closed store and so made
            # a new, empty file: remove whatever is there again.
            wipe_local_store(store)
        self.shell.show_first_run()

    # -- stopping -------------------------------------------------------------------------
    def stop_and_wait(self) -> None:
        """Before the store closes: cancel a running sync and wait for its safe point."""
        if self._cancel is not None:
            self._cancel.set()
        self.pool.waitForDone(STOP_WAIT_MS)
        self._forget()

    def _forget(self) -> None:
        self._cancel = None
        self._after = None
        self._close_progress()

    # -- dialogs ---------------------------------------------------------------------------
    def _show_progress(self) -> None:
        from keyworker_desktop.ui.sync.progress_dialog import SyncProgressDialog

        if self.progress_dialog is None:
            dialog = SyncProgressDialog(self.window)
            self.sync_progress.connect(dialog.show_progress)
            dialog.cancel_requested.connect(self.cancel)
            self.progress_dialog = dialog
        _bring_forward(self.progress_dialog)

    def _close_progress(self) -> None:
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None:
            self.sync_progress.disconnect(dialog.show_progress)
            dialog.hide()
            dialog.deleteLater()

    def _show_summary(self, outcome: SyncOutcome) -> None:
        from keyworker_desktop.ui.sync.summary_dialog import SyncSummaryDialog

        if _alive(self.summary_dialog):
            self.summary_dialog.close()  # type: ignore[union-attr]
        dialog = SyncSummaryDialog(outcome, self.window)
        dialog.conflicts_requested.connect(lambda: self.show_conflicts())
        dialog.finished.connect(dialog.deleteLater)
        self.summary_dialog = dialog
        dialog.show()

    def show_conflicts(self, young_person_id: str | None = None) -> QDialog:
        """The conflicts dialog (one at a time), for everyone or one young person."""
        from keyworker_desktop.ui.sync.conflicts_dialog import ConflictsDialog

        dialog = self.conflicts_dialog
        if _alive(dialog) and isinstance(dialog, ConflictsDialog) and dialog.isVisible():
            dialog.set_young_person(young_person_id)
        else:
            dialog = ConflictsDialog(self.ctx, young_person_id, self.window)
            dialog.finished.connect(dialog.deleteLater)
            self.conflicts_dialog = dialog
        _bring_forward(dialog)
        return dialog


def _alive(obj: QObject | None) -> bool:
    return obj is not None and shiboken6.isValid(obj)


def _bring_forward(dialog: QDialog) -> None:
    """Show a dialog, or bring it to the front if it is already showing."""
    if dialog.isVisible():
        dialog.activateWindow()
    else:
        dialog.show()


def _expected() -> tuple[type[BaseException], ...]:
    """The sync's own errors (offline, a refused password...) are outcomes, not faults."""
    from keyworker_desktop.sync.client import SyncError

    return (SyncError,)
