"""Typed dates in a Welsh interface (ui/date_fields.py with the shipped Welsh catalogue):
Welsh month names are understood and shown, English ones still understood."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.date_fields import DateField
from keyworker_desktop.ui.language import install_language
from tests.ui import language_support
from tests.ui.test_date_fields import TODAY, in_form, moment_field, retype

english_after = language_support.english_after


def test_welsh_month_names_are_typed_and_shown(
        qtbot: QtBot, qapp: QApplication, english_after: list[QTranslator]) -> None:
    english_after += install_language(qapp, "cy")  # the catalogue the app ships
    assert QCoreApplication.translate("Dates", "Dec") == "Rhag"
    field = moment_field()
    in_form(qtbot, field)
    assert field.text() == "5 Rhag 2026 09:15"
    retype(qtbot, field, "7 Ionawr 2027 14:30")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == datetime(2027, 1, 7, 14, 30)
    assert field.text() == "7 Ion 2027 14:30"

    day = DateField()
    day.today = lambda: TODAY
    day.setAccessibleName("Day")
    in_form(qtbot, day)
    retype(qtbot, day, "5 Dec 2026")  # English is always understood
    qtbot.keyClick(day, Qt.Key.Key_Tab)
    assert day.value() == date(2026, 12, 5)
    assert day.text() == "5 Rhag 2026"
