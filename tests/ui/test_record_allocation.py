"""Allocating a keyworker from the record (ui/record/allocation_dialog.py), on a store that
never held the demo: by keyboard, with "me" first, the caseload warning before Save, and the
header following."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert

from keyworker_desktop.domain.ids import staff_id_for_account
from keyworker_desktop.services import allocation
from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Allocation, Staff
from keyworker_desktop.store.models.sync import SyncState
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record import RecordView
from keyworker_desktop.ui.record.allocation_dialog import AllocationDialog
from keyworker_desktop.ui.record.record_screen import RecordScreen, install_record_screen
from tests.ui import record_support
from tests.ui.conftest import focusable_without_name, unlock
from tests.ui.record_support import NOW, open_record

store = record_support.store
yp_id = record_support.yp_id


def add_staff(store: Store) -> dict[str, str]:
    with store.transaction() as s:
        sam = Staff(id=staff_id_for_account("sam"), name="Sam Okoro", account="sam")
        zoe = Staff(name="Zoe Adams")
        s.add_all([sam, zoe])
        s.execute(insert(SyncState).values(key="account", value={"v": {"user": "sam"}}))
        return {"sam": sam.id, "zoe": zoe.id}


def open_dialog(qtbot: QtBot, ctx: AppContext,
                yp_id: str) -> tuple[AllocationDialog, RecordView]:
    view = open_record(qtbot, ctx, yp_id)
    qtbot.mouseClick(view.header.allocate_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    dialog = view.allocation_dialog
    assert isinstance(dialog, AllocationDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.staff.count() == 2)
    return dialog, view


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot: QtBot, dialog: AllocationDialog, target: QWidget, most: int = 10) -> None:
    for _ in range(most):
        if focused() is target:
            return
        qtbot.keyClick(focused() or dialog, Qt.Key.Key_Tab)
    assert focused() is target


def test_allocating_by_keyboard_names_the_keyworker_in_the_header(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    staff = add_staff(store)
    dialog, view = open_dialog(qtbot, ctx, yp_id)
    assert view.header.keyworker.text() == "No keyworker allocated"
    assert [dialog.staff.itemText(i) for i in range(2)] == ["Sam Okoro (me)", "Zoe Adams"]
    # Every field says what it is (the scroll area and the date fields' inner line edits
    # are Qt's own parts, named by their field).
    fields = [dialog.role, dialog.staff, dialog.starts, dialog.reason, dialog.notified,
              dialog.notes, dialog.save_button]
    assert [f.accessibleName() for f in fields] == [
        "Role", "Staff member", "From", "Reason", "Line manager notified", "Notes", "Save"]
    assert focusable_without_name(view.header) == []
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.role)
    tab_to(qtbot, dialog, dialog.staff)
    qtbot.keyClick(dialog.staff, Qt.Key.Key_Down)  # Zoe
    assert dialog.staff.currentData() == staff["zoe"]
    tab_to(qtbot, dialog, dialog.reason)
    assert dialog.reason.currentData() == "first_allocation"
    tab_to(qtbot, dialog, dialog.notes)
    qtbot.keyClicks(dialog.notes, "Met Ava and her mum")
    # Back to the line manager's date (Shift+Tab), where Enter saves.
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is dialog.notified
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.notified, Qt.Key.Key_Return)
    wait_for_ops(ctx)
    with store.session() as s:
        [made] = s.scalars(select(Allocation)).all()
        assert (made.staff_id, made.role, made.change_reason, made.starts_on) == (
            staff["zoe"], "keyworker", "first_allocation", NOW.date())
        assert made.notes.startswith("Met Ava and her mum")
    qtbot.waitUntil(lambda: view.header.keyworker.text() == "Zoe Adams")


def test_a_change_needs_a_reason_and_ends_the_current_keyworker(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    staff = add_staff(store)
    with store.transaction() as s:
        allocation.allocate(s, yp_id, staff["sam"], role="keyworker",
                            reason="first_allocation", starts_on=NOW.date())
    dialog, view = open_dialog(qtbot, ctx, yp_id)
    qtbot.waitUntil(lambda: view.header.keyworker.text() == "Sam Okoro")
    dialog.staff.setCurrentIndex(1)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    # A first allocation is not a reason to replace Sam: said beside the reason, not saved.
    assert dialog.isVisible() and "reason for the change" in dialog.errors.message(
        "change_reason")
    dialog.reason.setFocus()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)
    assert dialog.reason.currentData() == "staff_left"
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    qtbot.waitUntil(lambda: view.header.keyworker.text() == "Zoe Adams")
    with store.session() as s:
        ends = {a.staff.name: a.ends_on for a in s.scalars(select(Allocation))}
    assert ends == {"Sam Okoro": NOW.date(), "Zoe Adams": None}


def test_the_caseload_warning_shows_before_save(qtbot: QtBot, ctx: AppContext, store: Store,
                                                yp_id: str) -> None:
    staff = add_staff(store)
    with store.transaction() as s:
        settings.put(s, settings.CASELOAD_LIMIT_ENABLED, True)
        settings.put(s, settings.CASELOAD_LIMIT, 1)
        other, _ = save_young_person(s, None, NOW.date(), given_name="Ben", family_name="Lee")
        allocation.allocate(s, other.id, staff["zoe"], role="keyworker",
                            reason="first_allocation", starts_on=NOW.date())
    dialog, _view = open_dialog(qtbot, ctx, yp_id)
    wait_for_ops(ctx)
    assert dialog.caseload_warning() == ""  # Sam holds no one
    dialog.staff.setFocus()
    qtbot.keyClick(dialog.staff, Qt.Key.Key_Down)
    wait_for_ops(ctx)
    qtbot.waitUntil(lambda: "would hold 2 families" in dialog.caseload_warning())
    assert "the limit is 1" in dialog.caseload.accessibleDescription()
    qtbot.keyClick(dialog.staff, Qt.Key.Key_Up)
    wait_for_ops(ctx)
    qtbot.waitUntil(lambda: dialog.caseload_warning() == "")


def test_record_menu_allocate_opens_the_dialog_for_the_open_record(
        qtbot: QtBot, existing_store: str, window: MainWindow, ctx: AppContext) -> None:
    install_record_screen(window)
    unlock(qtbot, window)
    assert ctx.store is not None
    with ctx.store.transaction() as s:
        yp, _ = save_young_person(s, None, NOW.date(), given_name="Ava", family_name="Reed")
    window.record_requested.emit(yp.id)
    wait_for_ops(ctx)
    screen = window.current_screen()
    assert isinstance(screen, RecordScreen) and screen.view is not None
    assert window.named_actions["allocate"].text() == "&Allocate keyworker…"
    window.named_actions["allocate"].trigger()
    wait_for_ops(ctx)
    dialog = screen.view.allocation_dialog
    assert isinstance(dialog, AllocationDialog) and dialog.isVisible()
    # No staff on this laptop yet: Save says so beside the field and stores nothing.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "Choose a member of staff" in dialog.errors.message("staff_id")
    dialog.reject()
