"""The Profile tab (ui/record/profile_tab.py, profile_people.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from keyworker_desktop.services import profile
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record.profile_people import FamilyDialog
from tests.ui import record_support
from tests.ui.record_support import open_record

# The record fixtures: a store opened in the context, and one young person in it.
store = record_support.store
yp_id = record_support.yp_id


def stored(store: Store, yp_id: str) -> profile.Profile:
    with store.session() as s:
        return profile.profile(s, yp_id)


def test_profile_shows_and_saves_the_one_page_profile(qtbot: QtBot, ctx: AppContext,
                                                      store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    tab = view.profile
    assert tab.widgets["given_name"].text() == "Ava"
    assert tab.widgets["uses_easy_read"].isChecked()
    qtbot.keyClicks(tab.widgets["what_matters"], "My dog Biscuit and my tablet")
    qtbot.keyClicks(tab.widgets["how_to_support"], "Give me time to answer")
    assert tab.status.text() == "Not saved yet"
    with qtbot.waitSignal(tab.save_button.clicked):
        qtbot.keyClick(tab, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_for_ops(ctx)
    fields = stored(store, yp_id).fields
    assert fields["what_matters"] == "My dog Biscuit and my tablet"
    assert fields["how_to_support"] == "Give me time to answer"
    assert tab.status.text() == "Saved 10:41:07"
    # The header follows the saved record.
    assert view.header.name.text() == "Ava Reed (known as Avi)"


def test_a_wrong_nhs_number_is_shown_beside_it_and_nothing_saved(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    tab = view.profile
    qtbot.keyClicks(tab.widgets["nhs_number"], "1234567890")
    qtbot.keyClicks(tab.widgets["interests"], "Trains")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert "not a valid NHS number" in tab.errors.message("nhs_number")
    assert tab.widgets["nhs_number"].hasFocus()
    assert stored(store, yp_id).fields["interests"] == ""
    assert tab.status.text().startswith("Not saved")


def test_add_a_family_member(qtbot: QtBot, ctx: AppContext, store: Store,
                             yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    box = view.profile.family
    qtbot.mouseClick(box.findChildren(type(view.profile.save_button))[0], Qt.MouseButton.LeftButton)
    dialog = box.dialog
    assert isinstance(dialog, FamilyDialog)
    qtbot.keyClicks(dialog.name, "Jo Reed")
    dialog.relation.setCurrentIndex(dialog.relation.findData("parent"))
    dialog.responsibility.setChecked(True)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    (member,) = stored(store, yp_id).family
    assert member.name == "Jo Reed" and member.parental_responsibility
    assert box.model.rowCount() == 1


def test_important_date_needs_words(qtbot: QtBot, ctx: AppContext, store: Store,
                                    yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    box = view.profile.dates
    box.add()
    dialog = box.dialog
    dialog.on.set_value(date(2025, 6, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)
    assert dialog.isVisible() and "is needed" in dialog.errors.message("label")
    assert stored(store, yp_id).dates == []


def test_tab_from_the_first_field_reaches_save_past_blank_dates(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    tab = view.profile
    assert tab.widgets["admission_date"].value() is None  # "Not recorded"
    tab.widgets["what_matters"].setFocus()
    qtbot.waitUntil(tab.widgets["what_matters"].hasFocus)
    visited: list[QWidget] = []
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is tab.save_button:
            break
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.save_button, [
        w.accessibleName() or type(w).__name__ for w in visited[-5:]]
    assert tab.widgets["admission_date"] in visited
    assert tab.widgets["leaving_date"] in visited
    # And back again with Shift+Tab.
    for _ in range(80):
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is tab.widgets["what_matters"]:
            break
        QTest.keyClick(focused, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is tab.widgets["what_matters"]


def test_the_preferred_language_is_shown_and_saved(qtbot: QtBot, ctx: AppContext,
                                                   store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    combo = view.profile.widgets["preferred_language"]
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["English", "Cymraeg"]
    assert combo.currentData() == "en"
    combo.setCurrentIndex(combo.findData("cy"))
    view.profile.save()
    wait_for_ops(ctx)
    assert stored(store, yp_id).fields["preferred_language"] == "cy"
    reopened = open_record(qtbot, ctx, yp_id).profile.widgets["preferred_language"]
    assert isinstance(reopened, QComboBox) and reopened.currentText() == "Cymraeg"
