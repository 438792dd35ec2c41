"""Typed dates and times with a calendar (ui/date_fields.py), driven by real key events."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.date_fields import DateField, DateTimeField

TODAY = date(2026, 12, 5)


_forms: list[QWidget] = []


def in_form(qtbot: QtBot, field: QWidget) -> QLineEdit:
    """``field`` first in a small active window, with a line edit after it; that line edit."""
    form = QWidget()
    _forms[:] = [form]  # kept alive for the test (qtbot closes it afterwards)
    qtbot.addWidget(form)
    after = QLineEdit()
    after.setAccessibleName("Next field")
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(after)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    field.setFocus()
    return after


def retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def moment_field() -> DateTimeField:
    field = DateTimeField(datetime(2026, 12, 5, 9, 15))
    field.today = lambda: TODAY
    field.setAccessibleName("When")
    return field


def test_select_all_and_type_a_day_and_time(qtbot: QtBot) -> None:
    field = moment_field()
    after = in_form(qtbot, field)
    retype(qtbot, field, "5 Dec 2026 12:30")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == datetime(2026, 12, 5, 12, 30)
    assert field.text() == "5 Dec 2026 12:30"
    assert after.hasFocus()  # one Tab leaves the field, and only once it is typed


def test_a_day_without_a_year_and_a_time_as_people_say_them(qtbot: QtBot) -> None:
    field = moment_field()
    after = in_form(qtbot, field)
    retype(qtbot, field, "14 Dec 10:00")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == datetime(2026, 12, 14, 10, 0)  # not 15 Dec 14:10
    field.setFocus()
    retype(qtbot, field, "2pm")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == datetime(2026, 12, 14, 14, 0)  # the day is kept
    field.setFocus()
    retype(qtbot, field, "16/12/2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == datetime(2026, 12, 16, 14, 0)  # the time is kept
    assert after.hasFocus()


def test_what_is_not_a_date_is_refused_and_nothing_changes(qtbot: QtBot) -> None:
    field = moment_field()
    after = in_form(qtbot, field)
    retype(qtbot, field, "32/13/2026")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # Enter does not take it (nor pass it on to a dialog's Save): the text stays to correct.
    assert field.hasFocus() and field.text() == "32/13/2026"
    assert field.value() == datetime(2026, 12, 5, 9, 15)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()
    assert field.value() == datetime(2026, 12, 5, 9, 15)
    assert field.text() == "5 Dec 2026 09:15"


def test_the_calendar_opens_from_the_keyboard_and_picks_a_day(qtbot: QtBot) -> None:
    field = moment_field()
    in_form(qtbot, field)
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.accessibleName() == "Calendar"
    days = popup.calendar.focusWidget()  # the grid of days inside the calendar
    assert days is not None and popup.calendar.isAncestorOf(days)
    qtbot.keyClick(days, Qt.Key.Key_Right)
    qtbot.keyClick(days, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.value() == datetime(2026, 12, 6, 9, 15)
    qtbot.waitUntil(field.hasFocus)
    # Up and Down step a day.
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.value() == datetime(2026, 12, 7, 9, 15)


def test_an_optional_date_is_typed_cleared_and_tabbed_through(qtbot: QtBot) -> None:
    field = DateField()
    field.today = lambda: TODAY
    field.setAccessibleName("Admission date")
    after = in_form(qtbot, field)
    assert field.value() is None and field.placeholderText() == "Not recorded"
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # blank: Tab goes straight through
    assert after.hasFocus()
    field.setFocus()
    qtbot.keyClicks(field, "5 Dec 2026")
    assert field.value() == date(2026, 12, 5)
    retype(qtbot, field, "")
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    qtbot.keyClicks(field, "3/4/12")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == date(2012, 4, 3) and field.text() == "3 Apr 2012"
    QApplication.processEvents()
