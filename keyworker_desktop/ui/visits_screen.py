"""Visits: a week's agenda, day by day (visits and meetings), with previous/next week and a
date to jump to; a planned visit is marked done from here."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.services.agenda import (
    AgendaMeeting,
    AgendaVisit,
    meetings_between,
    visits_between,
)
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.date_fields import DateField
from keyworker_desktop.ui.grouped_list import Entry, GroupedListView, format_date, section
from keyworker_desktop.ui.lazy_screen import RefreshWhenShown
from keyworker_desktop.ui.operations import run_op
from keyworker_desktop.ui.today_screen import meeting_entry, visit_entry

WATCHED = ("visit", "meeting", "young_person")


def week_start(day: date) -> date:
    """The Monday of the week ``day`` is in."""
    return day - timedelta(days=day.weekday())


def agenda_entries(start: date, visits: list[AgendaVisit], today: date,
                   meetings: list[AgendaMeeting] | None = None) -> list[Entry]:
    """Seven days from ``start``, each headed, each with its visits and meetings in time
    order, or "No visits"."""
    by_day: dict[date, list[tuple[datetime, Entry]]] = {
        start + timedelta(days=i): [] for i in range(7)}
    for visit in visits:
        by_day.setdefault(visit.starts_at.date(), []).append(
            (visit.starts_at, visit_entry(visit, visit.status)))
    for meeting in meetings or ():
        by_day.setdefault(meeting.held_at.date(), []).append(
            (meeting.held_at, meeting_entry(meeting)))
    entries: list[Entry] = []
    for day, day_rows in by_day.items():
        title = format_date(day, "dddd d MMMM")
        if day == today:
            title = translate("VisitsScreen", "{day} (today)").format(day=title)
        day_rows.sort(key=lambda row: row[0])
        entries += section(title, [entry for _at, entry in day_rows],
                           translate("VisitsScreen", "No visits or meetings"))
    return entries


class VisitsScreen(RefreshWhenShown):
    """The agenda for one week; emits :attr:`record_requested` with a young person's id."""

    watched = WATCHED

    record_requested = Signal(str)
    #: A young person's id, what kind of record ("meeting", "visit_done") and its id.
    item_requested = Signal(str, str, str)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("visits")
        self._start = week_start(ctx.today())

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.title.setWordWrap(True)

        self.previous_button = QPushButton(self.tr("&Previous week"), self)
        self.previous_button.setAccessibleName(self.tr("Previous week"))
        self.this_week_button = QPushButton(self.tr("&This week"), self)
        self.this_week_button.setAccessibleName(self.tr("This week"))
        self.next_button = QPushButton(self.tr("&Next week"), self)
        self.next_button.setAccessibleName(self.tr("Next week"))
        self.date_edit = DateField(self, optional=False, value=ctx.today())
        self.date_edit.today = ctx.today
        self.date_edit.setAccessibleName(self.tr("Go to the week of"))
        date_label = QLabel(self.tr("&Go to:"), self)
        date_label.setBuddy(self.date_edit)

        self.done_button = QPushButton(self.tr("&Mark visit done…"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected planned visit done"))
        self.done_button.setToolTip(self.tr("Record the selected planned visit as done"))

        self.list = GroupedListView(self)
        self.list.setObjectName("visits_list")
        self.list.setAccessibleName(self.tr("Visits and meetings this week, day by day"))

        controls = QHBoxLayout()
        controls.addWidget(self.previous_button)
        controls.addWidget(self.this_week_button)
        controls.addWidget(self.next_button)
        controls.addWidget(self.done_button)
        controls.addStretch(1)
        controls.addWidget(date_label)
        controls.addWidget(self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(controls)
        layout.addWidget(self.list, 1)

        self.previous_button.clicked.connect(lambda: self.show_week(self._start - timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self._start + timedelta(7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(self.ctx.today()))
        # Once the date is settled (not at each key: "14/12/20" is not what is meant).
        self.date_edit.committed.connect(self._go_to_picked)
        for keys, step in (("Ctrl+PgUp", -7), ("Ctrl+PgDown", 7)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.show_week(self._start + timedelta(s)))
        self.list.entry_activated.connect(self._open)
        self.done_button.clicked.connect(self.mark_done)
        ctx.hub.changes_applied.connect(self._on_changes)
        ctx.hub.store_locked.connect(self._clear)
        ctx.hub.store_opened.connect(self._on_store_opened)
        self._ticket = 0
        # Loaded when first shown (showEvent): a screen nobody opens costs nothing.
        self._stale = True
        self._sync_date_edit()

    @property
    def week_start(self) -> date:
        return self._start

    def show_week(self, day: date) -> None:
        """Show the week containing ``day``."""
        start = week_start(day)
        if start == self._start and not self._stale:
            self._sync_date_edit()
            return
        self._start = start
        self._sync_date_edit()
        self.refresh()

    def _go_to_picked(self) -> None:
        picked = self.date_edit.value()
        if picked is not None:
            self.show_week(picked)

    def _sync_date_edit(self) -> None:
        picked = self.date_edit.date()
        shown = date(picked.year(), picked.month(), picked.day())
        if week_start(shown) != self._start:
            self.date_edit.blockSignals(True)
            self.date_edit.setDate(QDate(self._start.year, self._start.month, self._start.day))
            self.date_edit.blockSignals(False)
        self.this_week_button.setEnabled(self._start != week_start(self.ctx.today()))
        end = self._start + timedelta(days=6)
        self.title.setText(self.tr("Visits, {start} to {end}").format(
            start=format_date(self._start, "ddd d MMM"), end=format_date(end, "ddd d MMM yyyy")))

    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        self._stale = False
        self._ticket += 1
        ticket, start = self._ticket, self._start
        begin = datetime.combine(start, time.min)
        end = begin + timedelta(days=7)

        def load(store: Store) -> tuple[list[AgendaVisit], list[AgendaMeeting]]:
            with store.session() as session:
                return (visits_between(session, begin, end),
                        meetings_between(session, begin, end))

        run_op(self.ctx, load, lambda both: self._show(ticket, start, *both),
               label="visits", owner=self, parent=self)

    def _show(self, ticket: int, start: date, visits: list[AgendaVisit],
              meetings: list[AgendaMeeting] | None = None) -> None:
        if ticket != self._ticket:
            return
        self.list.set_entries(agenda_entries(start, visits, self.ctx.today(), meetings))
        self.refreshed.emit()

    def mark_done(self) -> None:
        """The record's visit form, filled from the selected planned visit."""
        entry = self.list.current_entry()
        if entry is None or entry.record_kind != "visit":
            self.ctx.interaction.inform(self, self.tr("Mark visit done"),
                                        self.tr("Select a planned visit in the list first."))
            return
        self.item_requested.emit(entry.young_person_id, "visit_done", entry.record_id)

    def _clear(self) -> None:
        self._ticket += 1
        self.list.set_entries([])

    def _open(self, entry: Entry) -> None:
        if entry.young_person_id and entry.record_kind == "meeting":
            self.item_requested.emit(entry.young_person_id, "meeting", entry.record_id)
        elif entry.young_person_id:
            self.record_requested.emit(entry.young_person_id)
