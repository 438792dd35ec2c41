"""New referral (ui/referral_dialog.py, ui/new_referral.py) on a store that never held the demo."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.models import DsrEntry, YoungPerson
from keyworker_desktop.ui.caseload_screen import CaseloadScreen
from keyworker_desktop.ui.compose import wire
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.record_screen import RecordScreen
from keyworker_desktop.ui.referral_dialog import ReferralDialog, TypedDateEdit
from tests.ui.conftest import Announced, focusable_without_name, unlock

NOW = datetime(2025, 3, 3, 9, 0)
NHS = "943 476 5919"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def app(qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> MainWindow:
    """The app's window, wired as ``compose`` does, unlocked on a fresh store (no demo)."""
    ctx.now = lambda: NOW
    wire(window)
    unlock(qtbot, window)
    return window


def open_dialog(qtbot: QtBot, window: MainWindow) -> ReferralDialog:
    window.named_actions["new_referral"].trigger()
    return shown_dialog(qtbot, window)


def shown_dialog(qtbot: QtBot, window: MainWindow) -> ReferralDialog:
    """The form open over the window (one closed just now may not be deleted yet)."""
    (dialog,) = [d for d in window.findChildren(ReferralDialog) if d.isVisible()]
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def type_referral(qtbot: QtBot, dialog: ReferralDialog, nhs: str = NHS) -> None:
    qtbot.keyClicks(dialog.given_name, "Ava")
    qtbot.keyClick(dialog.given_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.family_name, "Reed")
    qtbot.keyClicks(dialog.preferred_name, "Avi")
    dialog.date_of_birth.setFocus()
    qtbot.keyClicks(dialog.date_of_birth, "3/4/2012")
    qtbot.keyClicks(dialog.nhs_number, nhs)
    dialog.living_situation.setFocus()
    qtbot.keyClick(dialog.living_situation, Qt.Key.Key_Down)  # the second choice
    qtbot.keyClicks(dialog.referred_by, "Dr Okafor, CAMHS")
    dialog.referred_on.setFocus()
    qtbot.keyClick(dialog.referred_on, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.referred_on, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.referred_on, "14/02/2025")
    qtbot.keyClicks(dialog.reason, "Placement at risk of breaking down")


def gone(dialog: ReferralDialog) -> bool:
    """Closed (the form is deleted once closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def save(qtbot: QtBot, ctx: AppContext, dialog: ReferralDialog) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)


def counts(ctx: AppContext) -> tuple[int, int]:
    assert ctx.store is not None
    with ctx.store.session() as s:
        return (s.scalar(select(func.count()).select_from(YoungPerson)) or 0,
                s.scalar(select(func.count()).select_from(DsrEntry)) or 0)


def record_shown(window: MainWindow) -> str:
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    return screen.view.young_person_id


def hold_ava(ctx: AppContext) -> str:
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        return take_referral(s, Referral("Ava", "Reed", date_of_birth=date(2012, 4, 3),
                                         nhs_number=NHS), NOW.date()).young_person.id


def test_a_typed_referral_makes_the_young_person_and_register_entry_and_opens_them(
        qtbot: QtBot, app: MainWindow, ctx: AppContext) -> None:
    dialog = open_dialog(qtbot, app)
    type_referral(qtbot, dialog)
    save(qtbot, ctx, dialog)
    assert gone(dialog)
    assert ctx.store is not None
    with ctx.store.session() as s:
        (yp,) = s.scalars(select(YoungPerson))
        (entry,) = s.scalars(select(DsrEntry))
        assert (yp.given_name, yp.family_name, yp.preferred_name) == ("Ava", "Reed", "Avi")
        assert yp.date_of_birth == date(2012, 4, 3) and yp.nhs_number == NHS
        assert yp.living_situation == "residential_placement"
        assert entry.young_person_id == yp.id
        assert (entry.referred_by, entry.referred_on, entry.current_issues) == (
            "Dr Okafor, CAMHS", date(2025, 2, 14), "Placement at risk of breaking down")
        yp_id = yp.id
    assert record_shown(app) == yp_id
    # Nothing was asked: nobody was held already.
    assert ctx.interaction.texts() == []


def test_a_bad_nhs_number_is_shown_beside_the_field_and_nothing_is_stored(
        qtbot: QtBot, app: MainWindow, ctx: AppContext,
        announcements: list[Announced]) -> None:
    dialog = open_dialog(qtbot, app)
    type_referral(qtbot, dialog, nhs="943 476 5918")
    save(qtbot, ctx, dialog)
    assert dialog.isVisible()
    assert "not a valid NHS number" in dialog.errors.message("nhs_number")
    # Refused: said aloud once, at once (the focus goes to the field, not its message).
    [said] = announcements
    assert said.assertive and "not a valid NHS number" in said.message
    assert "not a valid NHS number" in dialog.nhs_number.accessibleDescription()
    assert dialog.nhs_number.hasFocus()
    assert counts(ctx) == (0, 0)
    # Put right, the same form saves.
    dialog.nhs_number.selectAll()
    qtbot.keyClicks(dialog.nhs_number, NHS)
    save(qtbot, ctx, dialog)
    assert counts(ctx) == (1, 1)


def test_someone_held_already_is_named_and_their_record_can_be_opened(
        qtbot: QtBot, app: MainWindow, ctx: AppContext,
        interaction: ScriptedInteraction) -> None:
    held = hold_ava(ctx)
    interaction.answers = ["Open their record"]
    dialog = open_dialog(qtbot, app)
    qtbot.keyClicks(dialog.given_name, "Someone")
    qtbot.keyClicks(dialog.family_name, "Else")
    qtbot.keyClicks(dialog.nhs_number, "9434765919")  # the same number, typed without spaces
    save(qtbot, ctx, dialog)
    (asked,) = interaction.texts("ask")
    assert "Ava Reed, born 3 Apr 2012, NHS number 943 476 5919" in asked
    assert counts(ctx) == (1, 1)
    assert gone(dialog)
    assert record_shown(app) == held


def test_adding_anyway_makes_a_second_young_person(
        qtbot: QtBot, app: MainWindow, ctx: AppContext,
        interaction: ScriptedInteraction) -> None:
    held = hold_ava(ctx)
    interaction.answers = ["This is someone else \u2014 add anyway"]
    dialog = open_dialog(qtbot, app)
    type_referral(qtbot, dialog)
    save(qtbot, ctx, dialog)
    assert len(interaction.texts("ask")) == 1
    assert counts(ctx) == (2, 2)
    assert record_shown(app) != held


def test_cancelling_the_question_keeps_the_form_and_stores_nothing(
        qtbot: QtBot, app: MainWindow, ctx: AppContext,
        interaction: ScriptedInteraction) -> None:
    hold_ava(ctx)
    interaction.answers = ["Cancel"]
    dialog = open_dialog(qtbot, app)
    type_referral(qtbot, dialog)
    save(qtbot, ctx, dialog)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.given_name.text() == "Ava"
    assert counts(ctx) == (1, 1)


def test_the_empty_caseload_offers_a_new_referral(
        qtbot: QtBot, app: MainWindow, ctx: AppContext) -> None:
    app.show_screen("caseload")
    screen = app.screen_widget("caseload")
    assert isinstance(screen, CaseloadScreen)
    qtbot.waitUntil(screen.empty.isVisible)
    assert not screen.table.isVisible()
    qtbot.mouseClick(screen.referral_button, Qt.MouseButton.LeftButton)
    dialog = shown_dialog(qtbot, app)
    type_referral(qtbot, dialog)
    save(qtbot, ctx, dialog)
    # With someone on it, the caseload is a table again.
    app.show_screen("caseload")
    qtbot.waitUntil(screen.table.isVisible)
    assert not screen.empty.isVisible()


# Bringing the open form forward asks the platform to raise it; offscreen cannot.
@pytest.mark.qt_log_ignore(r"This plugin does not support raise\(\)")
def test_ctrl_shift_r_opens_the_form_from_the_menu_and_toolbar_action(
        qtbot: QtBot, app: MainWindow) -> None:
    action = app.named_actions["new_referral"]
    assert action in app.record_menu.actions() and action in app.toolbar.actions()
    assert app.toolbar.accessibleName() == "Main toolbar"
    assert app.main_area is not None
    qtbot.keyClick(app.main_area.nav, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = shown_dialog(qtbot, app)
    assert dialog.accessibleName() == "New referral"
    # A date edit's inner line edit is its own (the date edit is named).
    assert [w for w in focusable_without_name(dialog)
            if w != "QLineEdit('qt_spinbox_lineedit')"] == []
    # A second press brings the same form forward rather than a second one.
    action.trigger()
    assert len(app.findChildren(ReferralDialog)) == 1


def test_tab_passes_through_a_blank_date_of_birth(qtbot: QtBot, app: MainWindow) -> None:
    dialog = open_dialog(qtbot, app)
    dialog.preferred_name.setFocus()
    qtbot.keyClick(dialog.preferred_name, Qt.Key.Key_Tab)
    assert dialog.date_of_birth.hasFocus() and dialog.date_of_birth.value() is None
    qtbot.keyClick(dialog.date_of_birth, Qt.Key.Key_Tab)
    assert dialog.nhs_number.hasFocus()


def test_escape_asks_before_losing_what_was_typed(
        qtbot: QtBot, app: MainWindow, interaction: ScriptedInteraction) -> None:
    dialog = open_dialog(qtbot, app)
    qtbot.keyClick(dialog.given_name, Qt.Key.Key_Escape)  # nothing typed: closes unasked
    assert gone(dialog) and interaction.texts() == []
    dialog = open_dialog(qtbot, app)
    qtbot.keyClicks(dialog.given_name, "Ava")
    interaction.answers = [False]
    qtbot.keyClick(dialog.given_name, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(interaction.texts("confirm")) == 1
    interaction.answers = [True]
    qtbot.keyClick(dialog.given_name, Qt.Key.Key_Escape)
    assert gone(dialog)


def test_locking_closes_the_form_without_asking(
        qtbot: QtBot, app: MainWindow, ctx: AppContext,
        interaction: ScriptedInteraction) -> None:
    dialog = open_dialog(qtbot, app)
    qtbot.keyClicks(dialog.given_name, "Ava")
    app.lock()
    assert ctx.store is None and gone(dialog)
    assert interaction.texts() == []


@pytest.mark.parametrize(("typed", "expected"), [
    ("14/03/2012", date(2012, 3, 14)),
    ("4/3/2012", date(2012, 3, 4)),
    ("29/02/2012", date(2012, 2, 29)),
    ("31.12.2009", date(2009, 12, 31)),
    ("1 11 1999", date(1999, 11, 1)),
    ("14032012", date(2012, 3, 14)),
])
def test_a_date_is_typed_day_first_from_blank(qtbot: QtBot, typed: str, expected: date) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    edit, after = TypedDateEdit(), QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(edit)
    layout.addWidget(after)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    edit.setFocus()
    qtbot.keyClicks(edit, typed)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    assert edit.value() == expected and after.hasFocus()
    # Everything selected and deleted: blank again.
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None
