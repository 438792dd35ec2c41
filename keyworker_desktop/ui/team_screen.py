"""The team view, for seniors and managers: what the team holds and what needs a senior.

One tab each: the team's caseload across keyworkers, the triage waiting list, red and
amber without a keyworker, "raise with my manager" flags not yet acknowledged, C(E)TR
actions overdue, and each keyworker's caseload against the limit. Enter or a
double-click on a young person's row opens their record. On a keyworker's laptop (the
role the central store gave at registration) it says the view is for seniors and
managers and loads nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QTabWidget, QVBoxLayout, QWidget

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import MeetingKind, Rag
from keyworker_desktop.reports.service_report import Caseload
from keyworker_desktop.services.caseload import CaseloadRow
from keyworker_desktop.services.team import TEAM_ROLES, OverdueAction, RaisedNote, TeamView
from keyworker_desktop.services.team import team_view as load_team_view
from keyworker_desktop.services.triage import QueueRow
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.lazy_screen import RefreshWhenShown
from keyworker_desktop.ui.operations import describe_error, run_op
from keyworker_desktop.ui.record.common import show_date
from keyworker_desktop.ui.table_model import ROW_ROLE, Column, TableModel, make_table

WATCHED = ("young_person", "dsr_entry", "rag_rating", "allocation", "session_note", "action",
           "meeting", "staff", "family_member", "setting")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _rag(value: str | None) -> str:
    if value in {r.value for r in Rag}:
        return Rag(value).label
    return translate("TeamScreen", "Not rated")


def _days(n: int) -> str:
    if n == 1:
        return translate("TeamScreen", "1 day")
    return translate("TeamScreen", "{n} days").format(n=n)


def _kind(value: str) -> str:
    try:
        return MeetingKind(value).label
    except ValueError:
        return value


class TeamScreen(RefreshWhenShown):
    """The team view; emits :attr:`record_requested` with a young person's id."""

    watched = WATCHED
    record_requested = Signal(str)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("team")
        self.view: TeamView | None = None
        self.caseload_model: TableModel[CaseloadRow] = TableModel([
            Column(self.tr("Keyworker"), lambda r: r.keyworker or self.tr("No keyworker")),
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Rating"), lambda r: _rag(r.rag)),
            Column(self.tr("Last session"), lambda r: show_date(r.last_session) or self.tr("None")),
            Column(self.tr("Overdue"), lambda r: str(r.overdue), alignment=RIGHT)], parent=self)
        self.waiting_model: TableModel[QueueRow] = TableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Waiting"), lambda r: _days(r.days_waiting), alignment=RIGHT),
            Column(self.tr("Referred by"), lambda r: r.referred_by),
            Column(self.tr("Status"), lambda r: r.status_label)], parent=self)
        self.unallocated_model: TableModel[CaseloadRow] = TableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Rating"), lambda r: _rag(r.rag))], parent=self)
        self.raised_model: TableModel[RaisedNote] = TableModel([
            Column(self.tr("Name"), lambda r: r.name),
            Column(self.tr("Session"), lambda r: show_date(r.session_on)),
            Column(self.tr("Written by"), lambda r: r.written_by),
            Column(self.tr("Concerns"), lambda r: r.concerns)], parent=self)
        self.actions_model: TableModel[OverdueAction] = TableModel([
            Column(self.tr("Name"), lambda a: a.name),
            Column(self.tr("Meeting"), lambda a: _kind(a.meeting_kind)),
            Column(self.tr("Action"), lambda a: a.description),
            Column(self.tr("Owner"), lambda a: a.owner),
            Column(self.tr("Overdue by"), lambda a: _days(a.days_overdue), alignment=RIGHT,
                   sort_key=lambda a: a.days_overdue)], parent=self)
        self.caseloads_model: TableModel[Caseload] = TableModel([
            Column(self.tr("Keyworker"), lambda c: c.staff_name),
            Column(self.tr("Families"), lambda c: str(c.families), alignment=RIGHT),
            Column(self.tr("Young people"), lambda c: str(c.young_people), alignment=RIGHT),
            Column(self.tr("Against the limit"), self._against_limit)], parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("team_tabs")
        self.tabs.setAccessibleName(self.tr("The team"))
        self.tabs.tabBar().setAccessibleName(self.tr("The team's lists"))
        self.tables: dict[str, QTableView] = {}
        # Each tab's title with its count: ``self._titles[key](n=3)``.
        self._titles: dict[str, Callable[..., str]] = {}
        for key, model, title in (
                ("caseload", self.caseload_model, self.tr("Caseload ({n})")),
                ("waiting", self.waiting_model, self.tr("Waiting for triage ({n})")),
                ("unallocated", self.unallocated_model,
                 self.tr("Red and amber without a keyworker ({n})")),
                ("raised", self.raised_model, self.tr("Raised with a manager ({n})")),
                ("actions", self.actions_model, self.tr("C(E)TR actions overdue ({n})")),
                ("caseloads", self.caseloads_model, self.tr("Keyworkers ({n})"))):
            self._add_tab(key, model, title)
        self.notice = QLabel(self)
        self.notice.setObjectName("team_notice")
        self.notice.setWordWrap(True)
        intro = QLabel(self.tr("Everyone this laptop holds for the team. Enter or a double-click "
                               "opens a young person's record."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.notice.hide()
        ctx.hub.changes_applied.connect(self._on_changes)
        ctx.hub.store_locked.connect(self._clear)
        ctx.hub.store_opened.connect(self._on_store_opened)
        self._ticket = 0
        self._stale = True

    def _add_tab(self, key: str, model: QAbstractTableModel, title: str) -> None:
        name = title.replace(" ({n})", "")
        view = make_table(model, name)
        view.setObjectName(f"team_{key}")
        if key != "caseloads":
            view.activated.connect(self._open_index)
        self.tables[key] = view
        self._titles[key] = title.format
        self.tabs.addTab(view, title.format(n=0))

    def _against_limit(self, c: Caseload) -> str:
        limit = self.view.caseload_limit if self.view else None
        if limit is None:
            return ""
        return (self.tr("Over the limit of {limit}").format(limit=limit) if c.families > limit
                else self.tr("Within the limit"))

    # -- loading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.store is None:
            return
        self._stale = False
        self._ticket += 1
        ticket = self._ticket
        now: datetime = self.ctx.now()

        def load(store: Store) -> TeamView:
            with store.session() as session:
                return load_team_view(session, now)

        run_op(self.ctx, load, lambda view: self._show(ticket, view), self._failed,
               label="team view", owner=self, parent=self)

    def _show(self, ticket: int, view: TeamView) -> None:
        if ticket != self._ticket:
            return
        if view.role not in TEAM_ROLES:
            self._clear()
            self.notice.setText(self.tr(
                "The team view is for seniors' and managers' laptops: it shows the team's "
                "young people, which a senior's or manager's laptop holds once it has "
                "synced with the central store."))
            self.notice.show()
            self.tabs.hide()
            self.refreshed.emit()
            return
        self.notice.hide()
        self.tabs.show()
        self.view = view
        self.caseload_model.set_rows(view.caseload)
        self.waiting_model.set_rows(view.waiting)
        self.unallocated_model.set_rows(view.unallocated)
        self.raised_model.set_rows(view.raised)
        self.actions_model.set_rows(view.overdue_actions)
        self.caseloads_model.set_rows(view.caseloads)
        counts = (len(view.caseload), len(view.waiting), len(view.unallocated),
                  len(view.raised), len(view.overdue_actions), len(view.caseloads))
        for i, (key, n) in enumerate(zip(self._titles, counts, strict=True)):
            self.tabs.setTabText(i, self._titles[key](n=n))
        self.refreshed.emit()

    def _clear(self) -> None:
        self._ticket += 1
        self.view = None
        for model in (self.caseload_model, self.waiting_model, self.unallocated_model,
                      self.raised_model, self.actions_model, self.caseloads_model):
            model.set_rows([])

    def _failed(self, exc: BaseException) -> None:
        self.notice.setText(describe_error(exc))
        self.notice.show()

    # -- opening a record ------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE) if index.isValid() else None
        yp_id = getattr(row, "young_person_id", None) or getattr(row, "id", None)
        if isinstance(yp_id, str):
            self.record_requested.emit(yp_id)
