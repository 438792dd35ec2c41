"""The screens of the day (Today, Caseload, Visits, Search, Triage, Reports, Team),
each declared once.

A declaration is the screen's key, its title (marked for translation, shown in
the navigation and the Go menu), the module it lives in and a factory. The
factory imports that module only when the screen is first made, so none of them
delays the lock screen; ``module`` lets ``ui.preload`` import it while the lock
screen waits. To add a screen, add a factory and a line to :data:`DAY_SCREENS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from keyworker_desktop.store.database import Store
    from keyworker_desktop.ui.context import AppContext
    from keyworker_desktop.ui.shell import Shell

#: The titles' translation context (lupdate needs it written out in each mark).
CONTEXT = "MainWindow"



@dataclass(frozen=True)
class DayScreen:
    """One screen of the day: what the window and the preload need to know of it."""

    key: str
    #: Untranslated: see :meth:`translated_title`.
    title: str
    #: The module ``make`` imports, imported early while the lock screen waits.
    module: str
    #: Makes the screen and connects it to the window (on every unlock).
    make: Callable[[AppContext, Shell], QWidget]

    def translated_title(self) -> str:
        return translate("MainWindow", self.title)


def make_today(ctx: AppContext, shell: Shell) -> QWidget:
    from keyworker_desktop.ui.today_screen import TodayScreen

    screen = TodayScreen(ctx)
    screen.record_requested.connect(shell.record_requested)
    # A meeting, raised note, register review or out-of-date plan opens the record at it;
    # "Mark visit done…" opens the visit form.
    screen.item_requested.connect(shell.record_item_requested)
    # "and N more" rows open another screen (Caseload).
    screen.screen_requested.connect(shell.show_screen)
    return screen


def make_caseload(ctx: AppContext, shell: Shell) -> QWidget:
    from keyworker_desktop.ui.caseload_screen import CaseloadScreen

    screen = CaseloadScreen(ctx)
    screen.record_requested.connect(shell.record_requested)
    # "New referral…" (ui.new_referral) from the empty caseload.
    screen.referral_requested.connect(shell.named_actions["new_referral"].trigger)
    return screen


def make_visits(ctx: AppContext, shell: Shell) -> QWidget:
    from keyworker_desktop.ui.visits_screen import VisitsScreen

    screen = VisitsScreen(ctx)
    screen.record_requested.connect(shell.record_requested)
    screen.item_requested.connect(shell.record_item_requested)
    return screen


def make_search(ctx: AppContext, shell: Shell) -> QWidget:
    from keyworker_desktop.ui.search_screen import SearchScreen

    screen = SearchScreen(ctx)
    # The record opens at the part that matched (its tab, the row selected).
    screen.item_requested.connect(shell.record_item_requested)
    # Ctrl+F shows this screen (the window's own connection, made first) and then puts
    # the cursor in the field. Qt drops the connection when the screen goes on lock.
    shell.named_actions["search"].triggered.connect(screen.focus_search)
    return screen


def make_triage(ctx: AppContext, shell: Shell) -> QWidget:
    from keyworker_desktop.ui.triage_screen import TriageScreen

    screen = TriageScreen(ctx)
    screen.record_requested.connect(shell.record_requested)
    return screen


def make_reports(ctx: AppContext, shell: Shell) -> QWidget:
    from keyworker_desktop.ui.reports_screen import ReportsScreen

    return ReportsScreen(ctx)


def make_team(ctx: AppContext, shell: Shell) -> QWidget:
    from keyworker_desktop.ui.team_screen import TeamScreen

    screen = TeamScreen(ctx)
    screen.record_requested.connect(shell.record_requested)
    return screen


def install_team_entry(shell: Shell) -> None:
    """Offer the Team screen (its navigation entry, Go action and Ctrl+7) only on a
    senior's or manager's laptop: the role the central store gave this laptop's account,
    read at every unlock and after every change (a first sync after signing in)."""
    from keyworker_desktop.ui.operations import run_op

    def role_of(store: Store) -> bool:
        from keyworker_desktop.services.team import TEAM_ROLES, account_role

        with store.session() as session:
            return account_role(session) in TEAM_ROLES

    def check(*_args: object) -> None:
        run_op(shell.ctx, role_of, lambda shown: shell.set_screen_shown("team", shown),
               label="team entry")

    shell.set_screen_shown("team", False)  # until the unlocked store says otherwise
    shell.ctx.hub.store_opened.connect(check)
    shell.ctx.hub.changes_applied.connect(check)
    if shell.ctx.store is not None:
        check()


#: In navigation order: Ctrl+1 to Ctrl+7 (Triage, Reports and Team last, so the daily screens keep
#: their keys).
DAY_SCREENS: tuple[DayScreen, ...] = (
    DayScreen("today", QT_TRANSLATE_NOOP("MainWindow", "Today"),
              "keyworker_desktop.ui.today_screen", make_today),
    DayScreen("caseload", QT_TRANSLATE_NOOP("MainWindow", "Caseload"),
              "keyworker_desktop.ui.caseload_screen", make_caseload),
    DayScreen("visits", QT_TRANSLATE_NOOP("MainWindow", "Visits"),
              "keyworker_desktop.ui.visits_screen", make_visits),
    DayScreen("search", QT_TRANSLATE_NOOP("MainWindow", "Search"),
              "keyworker_desktop.ui.search_screen", make_search),
    DayScreen("triage", QT_TRANSLATE_NOOP("MainWindow", "Triage"),
              "keyworker_desktop.ui.triage_screen", make_triage),
    DayScreen("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"),
              "keyworker_desktop.ui.reports_screen", make_reports),
    DayScreen("team", QT_TRANSLATE_NOOP("MainWindow", "Team"),
              "keyworker_desktop.ui.team_screen", make_team),
)
