"""Save screenshots of the app, offscreen, into docs/screenshots/ (1366×768).

    .venv/bin/python scripts/screenshots.py [output-folder [shot.png ...]]

One function per shot: add yours to ``SHOTS``. Each gets a fresh context over a
temporary store and returns the widget to grab. Only fictional data is used.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from keyworker_desktop.app import configure_application  # noqa: E402
from keyworker_desktop.store import keys  # noqa: E402
from keyworker_desktop.store.database import Store  # noqa: E402
from keyworker_desktop.ui.caseload_screen import CaseloadScreen  # noqa: E402
from keyworker_desktop.ui.compose import compose  # noqa: E402
from keyworker_desktop.ui.context import AppContext  # noqa: E402
from keyworker_desktop.ui.interaction import ScriptedInteraction  # noqa: E402
from keyworker_desktop.ui.main_window import MainWindow  # noqa: E402
from keyworker_desktop.ui.operations import wait_for_ops  # noqa: E402
from keyworker_desktop.ui.record.network_panel import NetworkPanel  # noqa: E402
from keyworker_desktop.ui.record.record_view import RecordView  # noqa: E402
from keyworker_desktop.ui.search_screen import SearchScreen  # noqa: E402
from keyworker_desktop.ui.today_screen import TodayScreen  # noqa: E402

SIZE = QSize(1366, 768)
PASSPHRASE = "pebble lantern thursday"
ORGANISATION = "Riverside Keyworking Service"
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def new_context(root: Path) -> AppContext:
    return AppContext(data_dir=root, interaction=ScriptedInteraction(), kdf=keys.TEST_KDF)


def new_store(ctx: AppContext, *, demo: bool = True) -> Store:
    """A fictional store, with the demo caseload when that module is there."""
    store = Store.create(ctx.data_dir, PASSPHRASE, user_name="Sam Keyworker",
                         organisation=ORGANISATION, kdf=keys.TEST_KDF)
    if demo:
        try:
            from keyworker_desktop.services.demo import populate_demo
        except ImportError:
            print("  (no demo caseload yet: services/demo is missing)")
        else:
            with store.transaction() as session:
                populate_demo(session, today=date.today())
    return store


def show(window: QWidget) -> QWidget:
    window.resize(SIZE)
    window.show()
    QApplication.processEvents()
    return window


def first_run(ctx: AppContext) -> QWidget:
    window = MainWindow(ctx)
    page = window.setup_page
    assert page is not None
    page.name.setText("Sam Keyworker")
    page.organisation.setText(ORGANISATION)
    page.passphrase.setText(PASSPHRASE)
    return show(window)


def restore_backup(ctx: AppContext) -> QWidget:
    """The new laptop's first screen: "Restore from a backup…", a file chosen."""
    window = MainWindow(ctx)
    page = window.setup_page
    assert page is not None
    dialog = page.open_restore()
    dialog.file.setText("/media/usb/keyworker-20261205-174502.kwbackup")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.resize(640, dialog.sizeHint().height())
    dialog.show()
    dialog.passphrase.setFocus()
    QApplication.processEvents()
    return dialog


def lock_screen(ctx: AppContext) -> QWidget:
    new_store(ctx, demo=False).close()
    ctx.organisation = ORGANISATION
    window = compose(ctx)
    window.lock_screen.prepare()
    return show(window)


def day_screen(ctx: AppContext, key: str) -> MainWindow:
    """The window unlocked on the demo caseload, showing one of the day's screens."""
    ctx.open_store(new_store(ctx))
    ctx.organisation = ORGANISATION
    window = compose(ctx)
    show(window)
    window.show_screen(key)
    wait_for_ops(ctx)
    QApplication.processEvents()
    return window


def today(ctx: AppContext) -> QWidget:
    window = day_screen(ctx, "today")
    screen = window.current_screen()
    if isinstance(screen, TodayScreen):
        screen.list.setFocus()
    return window


def caseload(ctx: AppContext) -> QWidget:
    window = day_screen(ctx, "caseload")
    screen = window.current_screen()
    if isinstance(screen, CaseloadScreen):
        screen.filter.setFocus()
    return window


def visits(ctx: AppContext) -> QWidget:
    return day_screen(ctx, "visits")


def search(ctx: AppContext) -> QWidget:
    window = day_screen(ctx, "search")
    screen = window.current_screen()
    if isinstance(screen, SearchScreen):
        screen.field.setText("school")
        screen.run_search()
        wait_for_ops(ctx)
        QApplication.processEvents()
    return window


def print_dialog(ctx: AppContext) -> QWidget:
    """Ctrl+P on Aisha's record: the easy-read plan's options, advice and preview."""
    from keyworker_desktop.services.records import find_young_person
    from keyworker_desktop.ui.print_dialog import PrintPlanDialog

    store = new_store(ctx)
    ctx.open_store(store)
    with store.session() as session:
        yp = find_young_person(session, "Aisha Begum")
        assert yp is not None, "the demo caseload has Aisha Begum"
        yp_id = yp.id
    dialog = PrintPlanDialog(ctx, yp_id)
    show(dialog)
    wait_for_ops(ctx)
    QApplication.processEvents()
    wait_for_ops(ctx)  # the preview re-renders once the dialog has its final width
    dialog.page_boxes["my-plan"].setFocus()
    QApplication.processEvents()
    return dialog


def busiest_network(store: Store) -> str:
    """The young person with the most people in their network (first by name on a tie)."""
    from sqlalchemy import func, select

    from keyworker_desktop.store.models import NetworkLink, YoungPerson

    with store.session() as session:
        rows = session.execute(
            select(YoungPerson.id, YoungPerson.given_name, func.count(NetworkLink.id))
            .join(NetworkLink, NetworkLink.young_person_id == YoungPerson.id)
            .where(NetworkLink.deleted_at.is_(None), YoungPerson.deleted_at.is_(None))
            .group_by(YoungPerson.id, YoungPerson.given_name)).all()
    return min(rows, key=lambda r: (-r[2], r[1]))[0]


def record_network(ctx: AppContext) -> QWidget:
    """The demo caseload's busiest network map, in the record's Network tab."""
    from keyworker_desktop.ui.record.record_screen import RecordScreen

    window = day_screen(ctx, "caseload")
    assert ctx.store is not None
    window.record_requested.emit(busiest_network(ctx.store))
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    view = screen.view
    titles = [view.tabs.tabText(i).replace("&", "") for i in range(view.tabs.count())]
    view.tabs.setCurrentIndex(titles.index("Network"))
    QApplication.processEvents()  # the tab is shown, and starts loading, on the next pass
    wait_for_ops(ctx)
    QApplication.processEvents()
    panel = view.network.map
    if isinstance(panel, NetworkPanel):
        panel.map.setFocus()
        panel.map.fit_to_view()
        # Keyboard focus on someone who needs chasing, to show the focus ring.
        network = panel.network
        nodes = network.nodes if network else ()
        chase = [n.id for n in nodes if n.has_overdue_action
                 or (network is not None and network.needs_contact(n, date.today()))]
        panel.map.set_current_node(chase[0] if chase else None)
    QApplication.processEvents()
    return window


def open_record(ctx: AppContext, name: str, tab: str) -> tuple[MainWindow, RecordView]:
    """The window on a demo young person's record, showing one tab, loaded."""
    ctx.open_store(new_store(ctx))
    return _open_loaded(ctx, name, tab)


def _open_loaded(ctx: AppContext, name: str, tab: str) -> tuple[MainWindow, RecordView]:
    """As :func:`open_record`, on the store already open in ``ctx``."""
    from keyworker_desktop.services.records import find_young_person
    from keyworker_desktop.ui.record.record_screen import RecordScreen

    ctx.organisation = ORGANISATION
    window = compose(ctx)
    show(window)
    window.show_screen("caseload")
    wait_for_ops(ctx)
    QApplication.processEvents()
    assert ctx.store is not None
    with ctx.store.session() as session:
        yp = find_young_person(session, name)
        assert yp is not None, f"the demo caseload has {name}"
        yp_id = yp.id
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    screen.view.show_tab(tab)
    QApplication.processEvents()
    wait_for_ops(ctx)
    QApplication.processEvents()
    return window, screen.view


def record_profile(ctx: AppContext) -> QWidget:
    """Aisha's one-page profile, with the header every tab shares."""
    window, view = open_record(ctx, "Aisha Begum", "profile")
    view.profile.widgets["what_matters"].setFocus()
    return window


def record_visits(ctx: AppContext) -> QWidget:
    """Aisha's visits, planned and done."""
    window, view = open_record(ctx, "Aisha Begum", "visits")
    view.visits.table.setFocus()
    view.visits.table.selectRow(0)
    return window


def record_session_note(ctx: AppContext) -> QWidget:
    """Megan's draft session note, open in the editor that saves itself."""
    window, view = open_record(ctx, "Megan Davies", "sessions")
    notes = view.sessions.model.rows()
    drafts = [i for i, note in enumerate(notes) if not note.is_final]
    view.sessions.table.selectRow(drafts[0] if drafts else 0)
    wait_for_ops(ctx)
    editor = view.sessions.editor
    editor.texts["agreed"].setFocus()
    QApplication.processEvents()
    return window


def record_checklists(ctx: AppContext) -> QWidget:
    """Megan's admission checklist: ticked items with who and when, overdue ones marked."""
    window, view = open_record(ctx, "Megan Davies", "checklists")
    view.checklists.table.setFocus()
    return window


#: Undone after a shot is saved (a Welsh shot's translators), so the next one is English.
_AFTER_GRAB: list[Callable[[], None]] = []


def in_welsh(make: Callable[[AppContext], QWidget]) -> Callable[[AppContext], QWidget]:
    """The same shot with the interface in Welsh, as File › Settings… › Language gives it at
    the next start (the shipped catalogue, keyworker_cy.qm)."""
    from PySide6.QtCore import QCoreApplication

    from keyworker_desktop.domain import i18n
    from keyworker_desktop.ui.language import install_language

    def shot(ctx: AppContext) -> QWidget:
        app = QCoreApplication.instance()
        assert app is not None
        installed = install_language(app, "cy")

        def back_to_english() -> None:
            for translator in installed:
                app.removeTranslator(translator)
            i18n.set_translator(QCoreApplication.translate)

        _AFTER_GRAB.append(back_to_english)
        return make(ctx)

    return shot


def record_plans(ctx: AppContext) -> QWidget:
    """Aisha's risk and crisis plan (who to call from her network) and her goals' chart."""
    from datetime import timedelta

    from keyworker_desktop.services import goals, risk_plan

    window, view = open_record(ctx, "Aisha Begum", "plans")
    assert ctx.store is not None
    yp_id, today = view.young_person_id, date.today()
    with ctx.store.transaction() as s:
        choices = risk_plan.call_choices(s, yp_id)
        risk_plan.save_risk_plan(
            s, yp_id, today=today, assessed_on=today - timedelta(days=40),
            review_on=today + timedelta(days=50),
            who_to_call_ids=[c.key for c in choices[:2]], who_to_call="Crisis line: 111, option 2",
            risks="Leaves the house without telling anyone when overwhelmed.",
            triggers="Loud, crowded places; changes to plans at short notice.",
            early_signs="Goes quiet, covers her ears, paces.",
            what_helps="A quiet room. Her headphones and music. Time to draw.",
            what_to_avoid="Raised voices. Lots of questions at once.")
        rows = goals.goals_for(s, yp_id)
        if not rows:
            goals.save_goal(s, yp_id, words="I want to go to the park on my own",
                            agreed_with="Mum", set_on=today - timedelta(days=70), today=today)
            rows = goals.goals_for(s, yp_id)
        goal = rows[0]
        start = max(goal.set_on, today - timedelta(days=60))
        for days, score in ((0, 2), (14, 3), (28, 5), (42, 4), (56, 7)):
            on = start + timedelta(days=days)
            if on <= today:
                goals.rate_goal(s, goal.id, score=score, rated_on=on, today=today)
    view.plans.refresh()
    wait_for_ops(ctx)
    QApplication.processEvents()
    view.plans.goal_table.selectRow(0)
    view.plans.goal_table.setFocus()
    QApplication.processEvents()
    return window


def _young_people(store: Store, *names: str) -> list[str]:
    from keyworker_desktop.services.records import find_young_person

    with store.session() as session:
        found = [find_young_person(session, name) for name in names]
    assert all(found), f"the demo caseload has {names}"
    return [yp.id for yp in found if yp is not None]


def visits_meetings(ctx: AppContext) -> QWidget:
    """The week's calendar with meetings beside the visits: a C(E)TR, its follow-up, and a
    tracker meeting about three young people shown once."""
    from datetime import datetime, time

    from keyworker_desktop.services import actions
    from keyworker_desktop.ui.visits_screen import VisitsScreen, week_start

    store = new_store(ctx)
    ctx.open_store(store)
    aisha, megan, zain = _young_people(store, "Aisha Begum", "Megan Davies", "Zain Hussain")
    monday = datetime.combine(week_start(date.today()), time.min)
    with store.transaction() as s:
        cetr = actions.save_meeting(s, aisha, kind="cetr", held_at=monday + timedelta(
            days=1, hours=10), title="Ward review", location="Oak Ward")
        actions.save_meeting(s, aisha, kind="professionals", held_at=monday + timedelta(
            days=3, hours=14), title="C(E)TR actions follow-up", follow_up_of_id=cetr.id,
            location="Online")
        actions.save_tracker_meeting(
            s, {aisha: "Discharge planning", megan: "Placement search", zain: "School place"},
            held_at=monday + timedelta(days=2, hours=9, minutes=30),
            title="Weekly tracker", location="Team room")
        actions.save_meeting(s, megan, kind="mdt", held_at=monday + timedelta(
            days=4, hours=11), title="CAMHS MDT", location="Riverside Clinic")
    store.close()
    ctx.open_store(Store.open(ctx.data_dir, PASSPHRASE, daily_backup=False))
    ctx.organisation = ORGANISATION
    window = compose(ctx)
    show(window)
    window.show_screen("visits")
    wait_for_ops(ctx)
    screen = window.current_screen()
    if isinstance(screen, VisitsScreen):
        screen.list.setFocus()
        for row, entry in enumerate(screen.list.entries_model.entries()):
            if "Weekly tracker" in entry.text:
                screen.list.setCurrentIndex(screen.list.entries_model.index(row))
                break
    QApplication.processEvents()
    return window


def sync_summary(ctx: AppContext) -> QWidget:
    """The summary after an end-of-day sync: up and down by young person, a conflict, a refusal."""
    from keyworker_desktop.services.sync_review import young_person_names
    from keyworker_desktop.sync.outcome import RejectedChange, SyncSummary
    from keyworker_desktop.ui.operations import OpChanges
    from keyworker_desktop.ui.sync.controller import SyncOutcome
    from keyworker_desktop.ui.sync.summary_dialog import SyncSummaryDialog

    store = new_store(ctx)
    ctx.open_store(store)
    aisha, megan, other = _young_people(store, "Aisha Begum", "Megan Davies", "Zain Hussain")
    summary = SyncSummary(
        pushed=7, pulled=4, merged=1, new_conflicts=1, open_conflicts=1,
        up_by_young_person={aisha: 4, megan: 2, "": 1}, down_by_young_person={megan: 3, other: 1},
        rejected=[RejectedChange("c1", "visit", "r1", other, "out_of_scope", "")],
        # A manager moved two young people to a colleague: one left this laptop, the
        # other stays until the visit the central store refused is sorted out.
        removed_young_person_ids=["0190c0de-0000-7000-8000-00000000f00d"],
        kept_out_of_scope_ids=[other])
    with store.session() as session:
        names = young_person_names(session, {aisha, megan, other})
    dialog = SyncSummaryDialog(SyncOutcome(summary, names, OpChanges.all()))
    dialog.show()  # at its own size: a dialog, not the window
    dialog.buttons.button(dialog.buttons.StandardButton.Close).setFocus()
    QApplication.processEvents()
    return dialog


def _add_conflict(store: Store, yp_id: str, field: str, mine: object, theirs: object,
                  minutes_apart: int) -> None:
    """A conflict as a pull stores it: both sides with who and when, the later one current."""
    from datetime import datetime, timedelta

    from keyworker_desktop.domain.ids import uuid7
    from keyworker_desktop.store.models import YoungPerson
    from keyworker_desktop.store.models.sync import FieldHistory, LocalConflict

    at = datetime.now().replace(hour=15, minute=10, second=0, microsecond=0)

    def hlc(when: datetime, device: str) -> str:
        return f"{int(when.timestamp() * 1000):015d}-000000-{device}"

    colleague = "0190c0de-0000-7000-8000-000000000a1e"
    sides = {"mine": {"value": mine, "author": "Sam Keyworker", "device": store.device_id,
                      "hlc": hlc(at, store.device_id)},
             "theirs": {"value": theirs, "author": "Alex Morgan", "device": colleague,
                        "hlc": hlc(at + timedelta(minutes=minutes_apart), colleague)}}
    with store.transaction() as session:
        session.info["write_context"].applying_remote = True
        yp = session.get(YoungPerson, yp_id)
        assert yp is not None
        base = getattr(yp, field)
        setattr(yp, field, theirs)  # the later edit shows until someone chooses
        conflict = LocalConflict(id=uuid7(), entity="young_person", record_id=yp_id,
                                 young_person_id=yp_id, field=field, kind="field",
                                 base=base, current=sides["theirs"], incoming=sides["mine"])
        session.add(conflict)
        for side in sides.values():
            session.add(FieldHistory(seq=None, change_id=conflict.id, entity="young_person",
                                     record_id=yp_id, kind="conflict",
                                     values={field: side["value"]}, hlc=side["hlc"],
                                     author=side["author"], device=side["device"]))


def conflicts(ctx: AppContext) -> QWidget:
    """Two keyworkers changed the same fields before syncing: choose, or merge the text."""
    from keyworker_desktop.ui.sync.conflicts_dialog import ConflictsDialog

    store = new_store(ctx)
    ctx.open_store(store)
    aisha, megan = _young_people(store, "Aisha Begum", "Megan Davies")
    _add_conflict(store, aisha, "interests",
                  "Drawing and the swings at Riverside Park. Loves the bus to town.",
                  "Drawing, swimming on Saturdays with her cousin, the swings at Riverside Park.",
                  35)
    _add_conflict(store, megan, "pronouns", "she/her", "they/them", 20)
    dialog = ConflictsDialog(ctx)
    dialog.show()  # at its own size
    wait_for_ops(ctx)
    QApplication.processEvents()
    dialog.table.selectRow(0)
    dialog.merged.setFocus()
    QApplication.processEvents()
    return dialog


def new_referral(ctx: AppContext) -> QWidget:
    """Ctrl+Shift+R on a store that never held the demo, the referral typed in."""
    from keyworker_desktop.ui.referral_dialog import ReferralDialog

    ctx.open_store(new_store(ctx, demo=False))
    ctx.organisation = ORGANISATION
    dialog = ReferralDialog(ctx)
    dialog.given_name.setText("Jayden")
    dialog.family_name.setText("Okoro")
    dialog.preferred_name.setText("Jay")
    dialog.date_of_birth.set_value(date(2011, 9, 14))
    dialog.nhs_number.setText("943 476 5919")  # the NHS's published test number
    dialog.living_situation.setCurrentIndex(1)
    dialog.placement_name.setText("Willow House")
    dialog.referred_by.setText("Dr Priya Shah, community CAMHS")
    dialog.reason.setPlainText("Placement at risk of breaking down after two crisis "
                               "admissions; family asking for support to plan his return home.")
    show(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.reason.setFocus()
    QApplication.processEvents()
    return dialog


def _ending_record(ctx: AppContext) -> str:
    """A young person on a store without the demo, ready to end: plan, handover, leaving."""
    from keyworker_desktop.services.handover import record_handover, save_step_down_plan
    from keyworker_desktop.services.referrals import Referral, take_referral

    store = new_store(ctx, demo=False)
    ctx.open_store(store)
    ctx.organisation = ORGANISATION
    today = date.today()
    with store.transaction() as session:
        yp = take_referral(session, Referral("Jayden", "Okoro", preferred_name="Jay",
                                             date_of_birth=date(2009, 9, 14),
                                             referred_on=date(today.year - 1, 9, 1)),
                           today).young_person
        yp.leaving_date = today
        save_step_down_plan(session, yp.id, "Fortnightly calls with Mum until the new "
                                            "keyworker has met Jay twice; the parents' peer "
                                            "support group from next month.")
        record_handover(session, yp.id, to="Priya Shah", handover_on=today,
                        family_permission=True, today=today)
        return yp.id


def end_involvement(ctx: AppContext) -> QWidget:
    """Record › End involvement…: plan and handover recorded, the closing reason typed."""
    from keyworker_desktop.ui.record.ending_dialog import EndInvolvementDialog

    dialog = EndInvolvementDialog(ctx, _ending_record(ctx))
    wait_for_ops(ctx)
    dialog.reason.setText("Moved to a college placement out of area")
    dialog.outcome.setPlainText("Settled at college; family supported by the new keyworker.")
    show(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.reason.setFocus()
    QApplication.processEvents()
    dialog.scroll_area.ensureWidgetVisible(dialog.close_box)
    QApplication.processEvents()
    return dialog


def allocation(ctx: AppContext) -> QWidget:
    """Allocating a keyworker on a store that never held the demo: a change of keyworker,
    the caseload warning (in families) shown before Save."""
    from sqlalchemy.dialects.sqlite import insert

    from keyworker_desktop.domain.ids import staff_id_for_account
    from keyworker_desktop.services import allocation as allocating
    from keyworker_desktop.services.recording import save_young_person
    from keyworker_desktop.store import settings
    from keyworker_desktop.store.models import Staff
    from keyworker_desktop.store.models.sync import SyncState
    from keyworker_desktop.ui.record.allocation_dialog import AllocationDialog

    store = new_store(ctx, demo=False)
    today = date.today()
    with store.transaction() as s:
        settings.put(s, settings.CASELOAD_LIMIT_ENABLED, True)
        sam = Staff(id=staff_id_for_account("sam"), name="Sam Keyworker", account="sam")
        priya = Staff(name="Priya Chauhan", account="priya")
        s.add_all([sam, priya, Staff(name="Alex Morgan", account="alex")])
        s.execute(insert(SyncState).values(key="account", value={"v": {"user": "sam"}}))
        people = [save_young_person(s, None, today, given_name=g, family_name=f)[0]
                  for g, f in (("Jayden", "Okoro"), ("Lily", "Hughes"), ("Noor", "Rahman"))]
        s.flush()
        allocating.allocate(s, people[0].id, sam.id, role="keyworker",
                            reason="first_allocation", starts_on=today)
        for other in people[1:]:
            allocating.allocate(s, other.id, priya.id, role="keyworker",
                                reason="first_allocation", starts_on=today)
        yp_id = people[0].id
    ctx.open_store(store)
    dialog = AllocationDialog(ctx, yp_id)
    wait_for_ops(ctx)
    dialog.staff.setCurrentIndex(dialog.staff.findData(priya.id))
    dialog.reason.setCurrentIndex(dialog.reason.findData("staff_left"))
    dialog.notes.setPlainText("Sam moves to the north team; Jayden met Priya on Tuesday.")
    wait_for_ops(ctx)
    show(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.reason.setFocus()
    QApplication.processEvents()
    return dialog


def record_closed(ctx: AppContext) -> QWidget:
    """A closed record: the banner says when and why, with Reopen…."""
    from keyworker_desktop.services.ending import close_involvement

    yp_id = _ending_record(ctx)
    assert ctx.store is not None
    with ctx.store.transaction() as session:
        close_involvement(session, yp_id, reason="Moved to a college placement out of area",
                          closed_on=date.today(), today=date.today())
    window = compose(ctx)
    show(window)
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    QApplication.processEvents()
    return window


def _referrals(store: Store) -> list[str]:
    """Four fictional referrals on a store that never held the demo, one on the waiting list."""
    from keyworker_desktop.services.referrals import Referral, take_referral
    from keyworker_desktop.services.triage import move

    today = date.today()
    made = []
    with store.transaction() as session:
        for given, family, days, by, why in (
                ("Jayden", "Okoro", 41, "Dr Priya Shah, community CAMHS",
                 "Placement at risk after two crisis admissions"),
                ("Mia", "Clarke", 23, "Oak Lane School SENCo", "Three exclusions this term"),
                ("Leo", "Hughes", 9, "Children's social care", "Family asking for support"),
                ("Zara", "Ali", 2, "GP", "Distress at home since moving house")):
            made.append(take_referral(session, Referral(
                given, family, date_of_birth=date(today.year - 13, 5, 1), referred_by=by,
                referred_on=today - timedelta(days=days), reason=why), today).young_person.id)
        move(session, made[1], "waiting", on=today - timedelta(days=20), today=today)
    return made


def triage_queue(ctx: AppContext) -> QWidget:
    """Ctrl+5: the referrals waiting for triage, the longest waiting first."""
    store = new_store(ctx, demo=False)
    _referrals(store)
    ctx.open_store(store)
    ctx.organisation = ORGANISATION
    window = compose(ctx)
    show(window)
    window.show_screen("triage")
    wait_for_ops(ctx)
    QApplication.processEvents()
    return window


def reports(ctx: AppContext) -> QWidget:
    """Ctrl+6: the service report for the last twelve months over the demo caseload."""
    from keyworker_desktop.ui.reports_screen import ReportsScreen

    window = day_screen(ctx, "reports")
    screen = window.current_screen()
    assert isinstance(screen, ReportsScreen)
    screen.from_field.set_value(date.today() - timedelta(days=365))
    screen.refresh()
    wait_for_ops(ctx)
    QApplication.processEvents()
    return window


def consent(ctx: AppContext) -> QWidget:
    """"Record consent…" from a parent with parental responsibility, on a new referral."""
    from keyworker_desktop.services.profile import save_family_member
    from keyworker_desktop.ui.record.consent_dialog import ConsentDialog

    store = new_store(ctx, demo=False)
    yp_id = _referrals(store)[0]
    with store.transaction() as session:
        save_family_member(session, yp_id, name="Grace Okoro", parental_responsibility=True)
    ctx.open_store(store)
    ctx.organisation = ORGANISATION
    dialog = ConsentDialog(ctx, yp_id, kind="keyworker",
                           parental_responsibility=["Grace Okoro"], agencies=["CAMHS North"])
    dialog.given_by.setCurrentIndex(1)
    dialog.capacity.setPlainText("Jayden took part and agrees; his mother gave consent.")
    dialog.review_on.set_value(date.today() + timedelta(days=182))
    show(dialog)
    dialog.open()
    wait_for_ops(ctx)
    dialog.resize(dialog.sizeHint())
    QApplication.processEvents()
    return dialog


def _picture(width: int, height: int, colour: str) -> bytes:
    """A plain fictional picture as PNG bytes (a stand-in for a photograph or a scan)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QPainter

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    painter = QPainter(image)
    painter.setBrush(QColor("#f2c9a0"))
    painter.drawEllipse(width // 4, height // 5, width // 2, height // 2)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def record_documents(ctx: AppContext) -> QWidget:
    """The Documents tab on a store that never held the demo: the signed consent form and
    keyworker agreement (attached in the consent and allocation dialogs), a letter, a
    report, and the photograph shown under photo consent."""
    from keyworker_desktop.services import allocation as allocating
    from keyworker_desktop.services import documents, photo
    from keyworker_desktop.services.consent import record_consent
    from keyworker_desktop.services.triage import move
    from keyworker_desktop.store.models import Staff

    store = new_store(ctx, demo=False)
    yp_id = _referrals(store)[0]
    today = date.today()
    pdf = b"%PDF-1.4\n% fictional\n" + b"0" * 180_000 + b"\n%%EOF\n"
    with store.transaction() as session:
        move(session, yp_id, "accepted", on=today - timedelta(days=30), today=today)
        for kind in ("register", "keyworker", "photo"):
            given = record_consent(session, yp_id, kind=kind, given_by="young_person",
                                   given_on=today - timedelta(days=28), today=today,
                                   how_recorded="signed_form")
            if kind == "keyworker":
                documents.attach(session, yp_id, pdf, "Consent form - Jayden Okoro.pdf",
                                 kind="consent_form", attached_to="consent",
                                 attached_to_id=given.id, signed_on=given.given_on)
        sam = Staff(name="Sam Keyworker")
        session.add(sam)
        session.flush()
        made, _ = allocating.allocate(session, yp_id, sam.id, role="keyworker",
                                      reason="first_allocation",
                                      starts_on=today - timedelta(days=27))
        documents.attach(session, yp_id, pdf[:90_000], "Keyworker agreement.pdf",
                         kind="keyworker_agreement", attached_to="allocation",
                         attached_to_id=made.id, signed_on=made.starts_on)
        documents.attach(session, yp_id, pdf[:40_000], "Letter from Oak Lane School.pdf",
                         kind="letter")
        documents.attach(session, yp_id, _picture(900, 1200, "#dfe6ee"),
                         "CAMHS assessment summary (scan).png", kind="report")
        photo.set_photo(session, yp_id, _picture(512, 512, "#8fb3d9"))
    ctx.open_store(store)
    ctx.organisation = ORGANISATION
    window = compose(ctx)
    show(window)
    window.record_requested.emit(yp_id)
    wait_for_ops(ctx)
    QApplication.processEvents()
    from keyworker_desktop.ui.record.record_screen import RecordScreen

    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    view = screen.view
    view.show_document(made.agreement_document_id or "")
    QApplication.processEvents()
    wait_for_ops(ctx)
    QApplication.processEvents()
    view.documents.select_document(made.agreement_document_id or "")
    QApplication.processEvents()
    return window


def record_register(ctx: AppContext) -> QWidget:
    """Megan's register entry: prompts, the rating with what it means, the chart and the
    timeline of ratings and reviews (a fictional history added to the demo's)."""
    from keyworker_desktop.services import child_file, register
    from keyworker_desktop.services.records import find_young_person
    from keyworker_desktop.services.triage import current_entry

    ctx.open_store(new_store(ctx))
    assert ctx.store is not None
    today = date.today()
    with ctx.store.transaction() as session:
        yp = find_young_person(session, "Megan Davies")
        assert yp is not None
        entry = current_entry(session, yp.id)
        assert entry is not None
        start = max(entry.referred_on or today - timedelta(days=200), today - timedelta(days=200))
        span = (today - start).days
        for share, rating, why in (
                (0.05, "green", "Settled at home; school attendance good."),
                (0.35, "amber", "Two exclusions this term; sleep broken. Multi-agency meeting "
                                "arranged."),
                (0.6, "red", "Placement at risk of breaking down; A&E twice in a week."),
                (0.85, "amber", "C(E)TR held; crisis plan agreed; calmer at home.")):
            register.add_rating(session, yp.id, rating,
                                on=start + timedelta(days=int(span * share)),
                                rationale=why, today=today)
        register.record_review(session, yp.id, outcome="Stays amber; keyworker sessions weekly.",
                               reviewed_on=start + timedelta(days=int(span * 0.9)),
                               next_review_on=today + timedelta(days=21), today=today)
        child_file.save_plan_copy(session, yp.id, "care_plan",
                                  current_copy_on=today - timedelta(days=60),
                                  review_on=today + timedelta(days=120), today=today)
        child_file.save_plan_copy(session, yp.id, "pep", current_copy_on=today - timedelta(
            days=300), review_on=today - timedelta(days=10), today=today)
    window, view = _open_loaded(ctx, "Megan Davies", "register")
    view.register.timeline.setFocus()
    return window


def record_budget_escalations(ctx: AppContext) -> QWidget:
    """Plans & support further down: the personal budget against its limit and the
    escalations, one still open."""
    from datetime import timedelta

    from PySide6.QtWidgets import QScrollArea

    from keyworker_desktop.services import budget, escalations

    window, view = open_record(ctx, "Aisha Begum", "plans")
    assert ctx.store is not None
    yp_id, today = view.young_person_id, date.today()
    with ctx.store.transaction() as s:
        budget.add_spend(s, yp_id, item="Art materials for her GCSE sketchbook",
                         amount_pence=4250, spent_on=today - timedelta(days=9), today=today,
                         approved_by="Helen Fairweather", received_by="Rukhsana (Mum)")
        escalations.raise_escalation(
            s, yp_id, what_was_blocked="Speech and language assessment: no date after 14 weeks",
            escalated_to="Head of CAMHS", level="manager",
            raised_on=today - timedelta(days=5), today=today)
    view.plans.refresh()
    wait_for_ops(ctx)
    QApplication.processEvents()
    (scroll,) = view.plans.findChildren(QScrollArea)[:1]
    scroll.ensureWidgetVisible(view.plans.escalation_table)
    view.plans.spend_table.setFocus()
    QApplication.processEvents()
    return window


def team(ctx: AppContext) -> QWidget:
    """Ctrl+7 on a senior's laptop (the role the central store gave at registration): the
    team's caseload across keyworkers, with its other lists a tab away."""
    from sqlalchemy.dialects.sqlite import insert

    from keyworker_desktop.store.models.sync import SyncState

    store = new_store(ctx)
    with store.transaction() as s:
        s.execute(insert(SyncState).values(
            key="account", value={"v": {"user": "morgan", "role": "senior"}}))
    ctx.open_store(store)
    ctx.organisation = ORGANISATION
    window = compose(ctx)
    show(window)
    wait_for_ops(ctx)  # the Team entry is offered once the senior's role is read
    window.show_screen("team")
    wait_for_ops(ctx)
    QApplication.processEvents()
    return window


SHOTS: dict[str, Callable[[AppContext], QWidget]] = {
    "first-run.png": first_run,
    "restore-backup.png": restore_backup,
    "lock-screen.png": lock_screen,
    "today.png": today,
    "today-cy.png": in_welsh(today),
    "record-checklists-cy.png": in_welsh(record_checklists),
    "caseload.png": caseload,
    "visits.png": visits,
    "visits-meetings.png": visits_meetings,
    "search.png": search,
    "print-dialog.png": print_dialog,
    "record-network.png": record_network,
    "record-profile.png": record_profile,
    "record-visits.png": record_visits,
    "record-session-note.png": record_session_note,
    "record-checklists.png": record_checklists,
    "record-plans.png": record_plans,
    "record-budget-escalations.png": record_budget_escalations,
    "record-register.png": record_register,
    "sync-summary.png": sync_summary,
    "conflicts.png": conflicts,
    "new-referral.png": new_referral,
    "end-involvement.png": end_involvement,
    "record-closed.png": record_closed,
    "allocation.png": allocation,
    "triage-queue.png": triage_queue,
    "consent.png": consent,
    "record-documents.png": record_documents,
    "reports.png": reports,
    "team.png": team,
}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(argv)
    configure_application(app)  # type: ignore[arg-type]
    for name in argv[2:] or SHOTS:
        make = SHOTS[name]
        with tempfile.TemporaryDirectory() as tmp:
            ctx = new_context(Path(tmp) / "data")
            widget = make(ctx)
            widget.grab().save(str(out / name))
            while _AFTER_GRAB:
                _AFTER_GRAB.pop()()
            widget.close()
            ctx.lock()
            widget.deleteLater()
            QApplication.processEvents()
        print(out / name)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
