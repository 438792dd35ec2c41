"""Triage: everyone referred or on the waiting list, oldest referral first.

Each row says how many days they have waited, who referred them and where they
stand. Enter or a double-click opens the record; the buttons move the highlighted
referral onto the waiting list, accept it onto the register (decided by this
laptop's user) or decline it
(:class:`~keyworker_desktop.ui.record.decline_dialog.DeclineDialog`
asks why and who decided). The queue is everything this laptop holds: a senior's or
manager's laptop holds their team's young people, so it shows the team's queue.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import DsrStatus
from keyworker_desktop.services import triage
from keyworker_desktop.services.triage import QueueRow
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.opchanges import Written
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.lazy_screen import RefreshWhenShown
from keyworker_desktop.ui.operations import describe_error, run_op
from keyworker_desktop.ui.record.common import show_date
from keyworker_desktop.ui.table_model import Column, TableModel, make_table, selected_row

WATCHED = ("dsr_entry", "young_person", "setting")


@dataclass(frozen=True)
class _Loaded:
    rows: list[QueueRow]
    user_name: str


def _days(row: QueueRow) -> str:
    return (translate("TriageScreen", "1 day") if row.days_waiting == 1
            else translate("TriageScreen", "{days} days").format(days=row.days_waiting))


class TriageScreen(RefreshWhenShown):
    """The triage queue with its decisions; emits :attr:`record_requested`."""

    watched = WATCHED

    record_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("triage")
        self.user_name = ""
        self.model: TableModel[QueueRow] = TableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Waiting"), _days, sort_key=lambda r: r.days_waiting,
                   alignment=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            Column(self.tr("Referred on"),
                   lambda r: show_date(r.referred_on) or self.tr("Not recorded")),
            Column(self.tr("Referred by"), lambda r: r.referred_by),
            Column(self.tr("Status"), lambda r: DsrStatus(r.status).label),
            Column(self.tr("Reason for the referral"), lambda r: " ".join(r.reason.split())),
        ], parent=self)
        self.table = make_table(self.model, self.tr("Waiting for triage"))
        self.table.setObjectName("triage_table")
        self.table.activated.connect(self._open_index)  # Enter or a double-click
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.count = QLabel(self)
        self.count.setObjectName("triage_count")
        self.open_button = QPushButton(self.tr("&Open record"))
        self.waiting_button = QPushButton(self.tr("Move to &waiting list"))
        self.accept_button = QPushButton(self.tr("A&ccept onto the register"))
        self.decline_button = QPushButton(self.tr("&Decline\u2026"))
        for button, name, slot in (
                (self.open_button, self.tr("Open the record"), self.open_current),
                (self.waiting_button, self.tr("Move to the triage waiting list"),
                 self.move_to_waiting),
                (self.accept_button, self.tr("Accept onto the register"), self.accept_current),
                (self.decline_button, self.tr("Decline the referral"), self.decline_current)):
            button.setAccessibleName(name)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.waiting_button, self.accept_button,
                       self.decline_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        intro = QLabel(self.tr("Referrals waiting for triage, the longest waiting first."))
        intro.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        ctx.hub.changes_applied.connect(self._on_changes)
        ctx.hub.store_locked.connect(self._clear)
        ctx.hub.store_opened.connect(self._on_store_opened)
        self._ticket = 0
        self._stale = True
        self.dialog: QWidget | None = None
        self._update_buttons()
        self._update_count()

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        self._stale = False
        self._ticket += 1
        ticket, today = self._ticket, self.ctx.today()

        def load(store: Store) -> _Loaded:
            with store.session() as session:
                return _Loaded(triage.triage_queue(session, today), triage.user_name(session))

        run_op(self.ctx, load, lambda loaded: self._show(ticket, loaded), label="triage queue",
               owner=self, parent=self)

    def _show(self, ticket: int, loaded: _Loaded) -> None:
        if ticket != self._ticket:
            return
        current = self.current_row()
        self.user_name = loaded.user_name
        self.model.set_rows(loaded.rows)
        ids = [r.young_person_id for r in loaded.rows]
        if loaded.rows:
            keep = ids.index(current.young_person_id) if current and \
                current.young_person_id in ids else 0
            self.table.setCurrentIndex(self.model.index(keep, 0))
        self._update_buttons()
        self._update_count()
        self.refreshed.emit()

    def _clear(self) -> None:
        self._ticket += 1
        self.model.set_rows([])
        self._update_buttons()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        text = (self.tr("Nobody is waiting for triage") if not total else
                self.tr("1 referral waiting") if total == 1 else
                self.tr("{count} referrals waiting").format(count=total))
        self.count.setText(text)
        self.count.setAccessibleName(text)

    def _update_buttons(self) -> None:
        row = self.current_row()
        for button in (self.open_button, self.accept_button, self.decline_button):
            button.setEnabled(row is not None)
        self.waiting_button.setEnabled(row is not None
                                       and row.status == DsrStatus.REFERRED.value)

    # -- the highlighted referral ------------------------------------------------------------
    def current_row(self) -> QueueRow | None:
        row = selected_row(self.table)
        return row if isinstance(row, QueueRow) else None

    def select_young_person(self, young_person_id: str) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.young_person_id == young_person_id:
                self.table.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    def _open_index(self, index: QModelIndex) -> None:
        row = self.model.row(index.row()) if index.isValid() else None
        if row is not None:
            self.record_requested.emit(row.young_person_id)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.record_requested.emit(row.young_person_id)

    # -- decisions ---------------------------------------------------------------------------
    def move_to_waiting(self) -> None:
        row = self.current_row()
        if row is not None:
            self._move(row, DsrStatus.WAITING, self.tr("{name} is on the triage waiting list."))

    def accept_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self._move(row, DsrStatus.ACCEPTED, self.tr("{name} is accepted onto the register."))

    def _move(self, row: QueueRow, to: DsrStatus, done: str) -> None:
        yp_id, today, by = row.young_person_id, self.ctx.today(), self.user_name

        def job(store: Store) -> Written[str]:
            return store.write(lambda s: triage.move(s, yp_id, to.value, on=today, today=today,
                                                     decided_by=by).id,
                               young_person_id=yp_id)

        run_op(self.ctx, job, lambda _w: self._announce(done.format(name=row.name)),
               self._failed, owner=self, parent=self, label=f"triage {to.value}",
               initiator=self)

    def decline_current(self) -> None:
        from keyworker_desktop.ui.record.decline_dialog import DeclineDialog

        row = self.current_row()
        if row is None:
            return
        dialog = DeclineDialog(self.ctx, row.young_person_id, self.user_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda _id: self._announce(self.tr("The referral of {name} is declined.").format(
                name=row.name)))
        self.dialog = dialog
        dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.ctx.interaction.warn(self, self.tr("Not changed"), describe_error(exc))

    def _announce(self, message: str) -> None:
        self.count.setAccessibleDescription(message)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))
