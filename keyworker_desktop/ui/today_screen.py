"""Today: the visits planned for today and everything that is due or overdue.

One list with headed sections, so the whole day is one tab stop and the
arrow keys; Enter or a double-click opens the young person's record. Each
section shows its most urgent rows (the services list them soonest first) and
ends with "and N more ..." pointing to the screen with the rest, so a big
caseload still gives a day that can be read top to bottom.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import MeetingKind, PlaceType
from keyworker_desktop.services import rhythm
from keyworker_desktop.services.agenda import AgendaMeeting
from keyworker_desktop.services.checklists import OverdueItem
from keyworker_desktop.services.rhythm import RaisedNote, RhythmSummary, SessionDue
from keyworker_desktop.services.today import DueItem, TodaySummary, TodayVisit, today_summary
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.opchanges import Written
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.grouped_list import (
    Entry,
    GroupedListView,
    format_date,
    format_time,
    section,
)
from keyworker_desktop.ui.lazy_screen import RefreshWhenShown
from keyworker_desktop.ui.operations import describe_error, run_op

# What Today shows comes from these tables; a change to any of them refreshes it.
WATCHED = ("visit", "checklist", "checklist_item", "action", "dsr_entry", "important_date",
           "young_person", "risk_plan", "escalation", "plan_copy", "meeting", "session_note")
# Rows a section shows before its "and N more" row.
SECTION_LIMIT = 30

T = TypeVar("T")


def place_label(place_type: str) -> str:
    """The place type in words (the icon beside it is never the only signal)."""
    try:
        return PlaceType(place_type).label
    except ValueError:
        return place_type


def visit_entry(visit: TodayVisit, status: str = "planned") -> Entry:
    """One visit as a row: time and young person, then where, out of area, and travel."""
    when = format_time(visit.starts_at)
    if visit.ends_at is not None:
        when = translate("TodayScreen", "{start} to {end}").format(start=when,
                                                                   end=format_time(visit.ends_at))
    title = f"{when}  {visit.young_person}"
    details = [place_label(visit.place_type)]
    if visit.out_of_area:
        title = translate("TodayScreen", "{title}  (Out of area)").format(title=title)
    where = ", ".join(part for part in (visit.place_name, visit.address) if part)
    if where:
        details.append(where)
    if visit.travel_minutes:
        details.append(translate("TodayScreen",
                                 "about {minutes} min travel").format(minutes=visit.travel_minutes))
    if status == "done":
        details.append(translate("TodayScreen", "Done"))
    elif status == "cancelled":
        title = translate("TodayScreen", "Cancelled: {title}").format(title=title)
    return Entry(title, detail=" · ".join(details), icon=visit.place_type,
                 young_person_id=visit.young_person_id, record_id=visit.visit_id,
                 record_kind="visit" if status == "planned" else "", emphasis=visit.out_of_area)


def meeting_kind_label(kind: str) -> str:
    try:
        label = MeetingKind(kind).label
    except ValueError:
        return kind
    return f"{label} ({kind.upper()})" if kind in ("cetr", "ctr", "mdt") else label


def meeting_entry(meeting: AgendaMeeting) -> Entry:
    """A meeting as a row: time, kind and title, then who it is about and where; it opens
    the record at the meeting (a tracker meeting: the first young person's part)."""
    kind = meeting_kind_label(meeting.kind)
    title = f"{format_time(meeting.held_at)}  {kind}"
    if meeting.title:
        title = f"{title}: {meeting.title}"
    details = [", ".join(meeting.young_people)]
    if meeting.location:
        details.append(meeting.location)
    if meeting.follow_up_of_id:
        details.append(translate("TodayScreen", "Follow-up meeting"))
    return Entry(title, detail=" · ".join(details), icon="action",
                 young_person_id=meeting.young_person_id, record_id=meeting.meeting_id,
                 record_kind="meeting")


def session_due_entry(item: SessionDue, today: date) -> Entry:
    if item.last_session_on is None:
        detail = translate("TodayScreen", "No session recorded yet")
    else:
        detail = translate("TodayScreen", "Last session {days} days ago").format(
            days=(today - item.last_session_on).days)
    return Entry(item.young_person, detail=detail, icon="review",
                 young_person_id=item.young_person_id, record_id=f"session:{item.young_person_id}")


def raised_entry(item: RaisedNote) -> Entry:
    detail = item.concerns.strip().splitlines()[0] if item.concerns.strip() else ""
    title = translate("TodayScreen", "{young_person}: session note of {date}").format(
        young_person=item.young_person, date=format_date(item.session_on, "ddd d MMM"))
    return Entry(title, detail=detail, icon="overdue", young_person_id=item.young_person_id,
                 record_id=item.note_id, record_kind="session_note", emphasis=True)


def _when(due: date, today: date) -> str:
    days = (due - today).days
    if days == 0:
        return translate("TodayScreen", "today")
    if days == 1:
        return translate("TodayScreen", "tomorrow")
    if days < 0:
        return translate("TodayScreen", "was due {date}").format(date=format_date(due, "ddd d MMM"))
    return format_date(due, "dddd d MMM")


def overdue_entry(item: OverdueItem, today: date) -> Entry:
    detail = translate("TodayScreen", "{young_person} · {checklist} · {when}").format(
        young_person=item.young_person, checklist=item.checklist,
        when=_when(item.due_at.date(), today))
    return Entry(translate("TodayScreen", "Overdue: {text}").format(text=item.text), detail=detail,
                 icon="overdue",
                 young_person_id=item.young_person_id, record_id=item.item_id, emphasis=True)


def due_entry(item: DueItem, today: date, icon: str, kind: str = "") -> Entry:
    """``kind``: what ``record_id`` is, so opening the row shows it in the record."""
    text = item.text
    detail = f"{item.young_person} · {_when(item.due, today)}"
    if item.overdue:
        return Entry(translate("TodayScreen", "Overdue: {text}").format(text=text), detail=detail,
                     icon="overdue",
                     young_person_id=item.young_person_id, record_id=item.record_id,
                     record_kind=kind, emphasis=True)
    return Entry(text, detail=detail, icon=icon, young_person_id=item.young_person_id,
                 record_id=item.record_id, record_kind=kind)


def plan_entry(item: DueItem) -> Entry:
    """A plan in the child's file out of date: its review passed, or no copy held."""
    return Entry(translate("TodayScreen", "Out of date: {plan}").format(plan=item.text),
                 detail=translate("TodayScreen", "{young_person} · review or copy needed").format(
                     young_person=item.young_person), icon="overdue",
                 young_person_id=item.young_person_id, record_id=item.record_id,
                 record_kind="plan_copy", emphasis=True)


def escalation_entry(item: DueItem, today: date) -> Entry:
    detail = translate("TodayScreen", "{young_person} · raised {date}").format(
        young_person=item.young_person, date=format_date(item.due, "ddd d MMM"))
    return Entry(item.text, detail=detail, icon="action", young_person_id=item.young_person_id,
                 record_id=item.record_id, record_kind="escalation")


def date_entry(item: DueItem, today: date) -> Entry:
    label = item.text
    return Entry(f"{label}: {item.young_person}", detail=_when(item.due, today), icon="date",
                 young_person_id=item.young_person_id, record_id=f"{item.record_id}:{item.due}")


def more_entry(key: str, hidden: int, one: str, many: str, screen: str) -> Entry:
    """The last row of a capped section: how many more there are, and where to see them."""
    text = one if hidden == 1 else many.format(count=hidden)
    return Entry(text, record_id=f"more:{key}", screen=screen)


def capped_section(key: str, title: str, items: Sequence[T], make: Callable[[T], Entry],
                   when_empty: str, more: tuple[str, str, str], limit: int) -> list[Entry]:
    """A section of the first ``limit`` items (rows are made only for those), its heading
    counting them all, then a row for the rest: ``more`` is its text for one and for
    ``{count}``, and the screen it opens."""
    rows = section(title, [make(item) for item in items[:limit]], when_empty, total=len(items))
    hidden = len(items) - limit
    if hidden > 0:
        rows.append(more_entry(key, hidden, *more))
    return rows


def rhythm_entries(extra: RhythmSummary, today: date, limit: int | None = None) -> list[Entry]:
    """Today's meetings, notes raised with the manager, and weekly sessions due."""
    limit = SECTION_LIMIT if limit is None else limit
    raised_title = (translate("TodayScreen", "Raised with you by the team") if extra.manages
                    else translate("TodayScreen", "Raised with my manager, not yet acknowledged"))
    return [
        *capped_section(
            "meetings", translate("TodayScreen", "Meetings today"), extra.meetings, meeting_entry,
            translate("TodayScreen", "No meetings today"),
            (translate("TodayScreen", "and 1 more meeting today — see Visits"),
             translate("TodayScreen", "and {count} more meetings today — see Visits"), "visits"),
            limit),
        *capped_section(
            "raised", raised_title, extra.raised, raised_entry,
            translate("TodayScreen", "Nothing raised waiting for a manager"),
            (translate("TodayScreen", "and 1 more raised note — see Caseload"),
             translate("TodayScreen", "and {count} more raised notes — see Caseload"), "caseload"),
            limit),
        *capped_section(
            "sessions", translate("TodayScreen", "Weekly session due: none in 7 days"),
            extra.sessions_due,
            lambda d: session_due_entry(d, today),
            translate("TodayScreen", "Everyone has had a session this week"),
            (translate("TodayScreen", "and 1 more young person due a session — see Caseload"),
             translate("TodayScreen",
                       "and {count} more young people due a session — see Caseload"), "caseload"),
            limit),
    ]


def summary_entries(summary: TodaySummary, today: date, limit: int | None = None,
                    extra: RhythmSummary | None = None) -> list[Entry]:
    """Every section of Today, each with a plain-words line when there is nothing in it,
    and at most ``limit`` (default :data:`SECTION_LIMIT`) items."""
    limit = SECTION_LIMIT if limit is None else limit
    after_visits = rhythm_entries(extra, today, limit) if extra is not None else []
    return [
        *capped_section(
            "visits", translate("TodayScreen", "Visits today"), summary.visits, visit_entry,
            translate("TodayScreen", "No visits planned today"),
            (translate("TodayScreen", "and 1 more visit today — see Visits"),
             translate("TodayScreen", "and {count} more visits today — see Visits"), "visits"),
            limit),
        *after_visits,
        *capped_section(
            "overdue", translate("TodayScreen", "Overdue checklist items"),
            summary.overdue_checklist,
            lambda i: overdue_entry(i, today),
            translate("TodayScreen", "Nothing overdue on any checklist"),
            (translate("TodayScreen", "and 1 more overdue item — see Caseload"),
             translate("TodayScreen", "and {count} more overdue items — see Caseload"),
             "caseload"), limit),
        *capped_section(
            "actions", translate("TodayScreen", "Actions due this week"), summary.actions_due,
            lambda a: due_entry(a, today, "action"),
            translate("TodayScreen", "No actions due this week"),
            (translate("TodayScreen", "and 1 more action due — see Caseload"),
             translate("TodayScreen", "and {count} more actions due — see Caseload"), "caseload"),
            limit),
        *capped_section(
            "reviews", translate("TodayScreen", "Dynamic Support Register reviews due"),
            summary.reviews_due,
            lambda r: due_entry(r, today, "review", "dsr_entry"),
            translate("TodayScreen", "No reviews due"),
            (translate("TodayScreen", "and 1 more review due — see Caseload"),
             translate("TodayScreen", "and {count} more reviews due — see Caseload"), "caseload"),
            limit),
        *capped_section(
            "risk_reviews", translate("TodayScreen", "Risk and crisis plan reviews due"),
            summary.risk_reviews,
            lambda r: due_entry(r, today, "review", "risk_plan"),
            translate("TodayScreen", "No risk and crisis plan reviews due"),
            (translate("TodayScreen", "and 1 more plan review due — see Caseload"),
             translate("TodayScreen", "and {count} more plan reviews due — see Caseload"),
             "caseload"), limit),
        *capped_section(
            "escalations", translate("TodayScreen", "Open escalations"), summary.escalations,
            lambda e: escalation_entry(e, today), translate("TodayScreen", "No open escalations"),
            (translate("TodayScreen", "and 1 more open escalation — see Caseload"),
             translate("TodayScreen", "and {count} more open escalations — see Caseload"),
             "caseload"), limit),
        *capped_section(
            "plans", translate("TodayScreen", "Plans out of date in the child's file"),
            summary.plans_out_of_date,
            plan_entry, translate("TodayScreen", "Every recorded plan is current"),
            (translate("TodayScreen", "and 1 more plan out of date — see Caseload"),
             translate("TodayScreen", "and {count} more plans out of date — see Caseload"),
             "caseload"), limit),
        *capped_section(
            "dates", translate("TodayScreen", "Important dates coming"), summary.dates_coming,
            lambda d: date_entry(d, today),
            translate("TodayScreen", "No birthdays or important dates in the next two weeks"),
            (translate("TodayScreen", "and 1 more date coming — see Caseload"),
             translate("TodayScreen", "and {count} more dates coming — see Caseload"), "caseload"),
            limit),
    ]


class TodayScreen(RefreshWhenShown):
    """The first screen of the day; emits :attr:`record_requested` with a young person's id,
    and :attr:`screen_requested` with a screen's key from an "and N more" row."""

    watched = WATCHED

    record_requested = Signal(str)
    # (young person, kind, record id): a row that opens at its part of the record.
    item_requested = Signal(str, str, str)
    screen_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("today")
        self.manages = False
        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.list = GroupedListView(self)
        self.list.setObjectName("today_list")
        self.list.setAccessibleName(self.tr("Today's visits and what is due"))
        self.title.setBuddy(self.list)
        self.done_button = QPushButton(self.tr("&Mark visit done…"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected planned visit done"))
        self.done_button.setToolTip(self.tr("Record the selected planned visit as done"))
        # Made once this laptop's user is known to be a senior or manager.
        self.acknowledge_button: QPushButton | None = None
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.done_button)
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.buttons)
        layout.addWidget(self.list, 1)
        self.list.entry_activated.connect(self._open)
        self.done_button.clicked.connect(self.mark_done)
        ctx.hub.changes_applied.connect(self._on_changes)
        ctx.hub.store_locked.connect(self._clear)
        ctx.hub.store_opened.connect(self._on_store_opened)
        self._ticket = 0
        # Loaded when first shown (showEvent): a screen nobody opens costs nothing.
        self._stale = True
        self._shown_day: date | None = None

    def refresh(self) -> None:
        """Read today's summary in the background and show it."""
        if self.ctx.store is None:
            return
        self._stale = False
        self._ticket += 1
        ticket, now = self._ticket, self.ctx.now()

        def load(store: Store) -> tuple[TodaySummary, RhythmSummary]:
            with store.session() as session:
                return today_summary(session, now), rhythm.rhythm_summary(session, now)

        run_op(self.ctx, load, lambda both: self._show(ticket, now, *both),
               label="today", owner=self, parent=self)

    def _show(self, ticket: int, now: datetime, summary: TodaySummary,
              extra: RhythmSummary | None = None) -> None:
        if ticket != self._ticket:
            return  # a newer refresh is on its way
        self._shown_day = now.date()
        self.title.setText(self.tr("Today, {date}").format(date=format_date(now.date(),
                                                                            "dddd d MMMM")))
        self.list.set_entries(summary_entries(summary, now.date(), extra=extra))
        self.manages = bool(extra and extra.manages)
        if self.manages and self.acknowledge_button is None:
            self.acknowledge_button = QPushButton(self.tr("&Acknowledge"), self)
            self.acknowledge_button.setAccessibleName(
                self.tr("Acknowledge the selected raised note"))
            self.acknowledge_button.clicked.connect(self.acknowledge)
            self.buttons.insertWidget(1, self.acknowledge_button)
            self.acknowledge_button.show()
        self.refreshed.emit()

    def mark_done(self) -> None:
        """Open the record's visit form filled from the selected planned visit, so recording
        it completes the plan rather than adding a second visit."""
        entry = self.list.current_entry()
        if entry is None or entry.record_kind != "visit":
            self.ctx.interaction.inform(
                self, self.tr("Mark visit done"),
                self.tr("Select a planned visit in the list first."))
            return
        self.item_requested.emit(entry.young_person_id, "visit_done", entry.record_id)

    def acknowledge(self) -> None:
        """A senior or manager has seen the selected raised note."""
        entry = self.list.current_entry()
        if entry is None or entry.record_kind != "session_note" or not self.manages:
            self.ctx.interaction.inform(
                self, self.tr("Acknowledge"), self.tr("Select a note raised with you first."))
            return
        note_id, yp_id = entry.record_id, entry.young_person_id

        def job(store: Store) -> Written[str]:
            return store.write(lambda s: rhythm.acknowledge_raise(s, note_id).id,
                               young_person_id=yp_id)

        run_op(self.ctx, job, lambda _w: self._announce(self.tr("Acknowledged.")), self._failed,
               label="acknowledge raised note", owner=self, parent=self, initiator=self)

    def _failed(self, exc: BaseException) -> None:
        self.ctx.interaction.warn(self, self.tr("Not changed"), describe_error(exc))

    def _announce(self, message: str) -> None:
        self.list.setAccessibleDescription(message)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.list, message))

    def needs_refresh_on_show(self) -> bool:
        # Changes while hidden, or the day has turned since it was shown.
        return self._stale or (self._shown_day is not None and self._shown_day != self.ctx.today())

    def _clear(self) -> None:
        self._ticket += 1
        self.list.set_entries([])
        self.title.clear()
        self._shown_day = None

    def _open(self, entry: Entry) -> None:
        # A planned visit carries its kind only for "Mark visit done…": it opens the record.
        if entry.young_person_id and entry.record_kind and entry.record_kind != "visit":
            self.item_requested.emit(entry.young_person_id, entry.record_kind, entry.record_id)
        elif entry.young_person_id:
            self.record_requested.emit(entry.young_person_id)
        elif entry.screen:
            self.screen_requested.emit(entry.screen)
