"""Wheel over a field without focus scrolls the page and changes nothing (ui/wheel_guard.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from keyworker_desktop.store.database import Store
from keyworker_desktop.ui import wheel_guard
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from tests.ui import record_support
from tests.ui.record_support import open_record

store = record_support.store
yp_id = record_support.yp_id


def wheel_down(widget: QWidget, notches: int = 1) -> None:
    """A real wheel event over the middle of ``widget`` (which need not have focus)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(notches):
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(widget, event)


class Page(QScrollArea):
    """A long form in a scroll area, as the Profile tab is."""

    def __init__(self) -> None:
        super().__init__()
        body = QWidget()
        column = QVBoxLayout(body)
        self.date = QDateEdit(QDate(2011, 5, 1))
        self.time = QTimeEdit()
        self.number = QSpinBox()
        self.number.setValue(5)
        self.combo = QComboBox()
        self.combo.addItems(["Family home", "Foster care", "Hospital"])
        self.first = QSpinBox()
        column.addWidget(self.first)
        for widget in (self.date, self.time, self.number, self.combo):
            column.addSpacing(300)
            column.addWidget(widget)
        column.addSpacing(600)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.resize(400, 300)


def test_the_guard_is_installed_once_by_the_app(qapp: QApplication) -> None:
    first = wheel_guard.install(qapp)
    assert wheel_guard.install(qapp) is first


def test_a_field_without_focus_ignores_the_wheel_and_the_page_scrolls(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.first.setFocus()
    qtbot.waitUntil(page.first.hasFocus)
    before = (page.date.date(), page.time.time(), page.number.value(), page.combo.currentIndex())
    bar = page.verticalScrollBar()
    for widget in (page.date, page.time, page.number, page.combo):
        scrolled = bar.value()
        wheel_down(widget)
        assert bar.value() > scrolled, type(widget).__name__
        assert not widget.hasFocus()
    # The inner line edit of a spin box is under the pointer too.
    line_edit = page.number.findChild(QWidget, "qt_spinbox_lineedit")
    assert line_edit is not None
    page.verticalScrollBar().setValue(0)
    wheel_down(line_edit)
    assert bar.value() > 0
    assert (page.date.date(), page.time.time(), page.number.value(),
            page.combo.currentIndex()) == before
    assert page.first.hasFocus()


def test_a_focused_field_still_takes_the_wheel(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.combo.setFocus()
    qtbot.waitUntil(page.combo.hasFocus)
    wheel_down(page.combo)
    assert page.combo.currentIndex() == 1
    page.number.setFocus()
    wheel_down(page.number)
    assert page.number.value() == 4


def test_wheel_and_click_fields_take_focus_from_tab_or_click_only(qtbot: QtBot) -> None:
    page = Page()
    qtbot.addWidget(page)
    page.show()
    for widget in (page.date, page.time, page.number, page.combo):
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_scrolling_the_profile_changes_no_date_or_choice(
        qtbot: QtBot, ctx: AppContext, store: Store, yp_id: str) -> None:
    view = open_record(qtbot, ctx, yp_id)
    tab = view.profile
    tab.widgets["what_matters"].setFocus()
    for field in ("date_of_birth", "living_situation", "admission_date"):
        wheel_down(tab.widgets[field], notches=3)
    assert tab.widgets["date_of_birth"].value() == date(2011, 5, 1)
    assert tab.widgets["admission_date"].value() is None
    assert tab.widgets["living_situation"].currentIndex() == 0
    assert tab.status.text() != "Not saved yet"
    tab.save()
    wait_for_ops(ctx)
    with store.session() as s:
        from keyworker_desktop.services import profile

        assert profile.profile(s, yp_id).fields["date_of_birth"] == date(2011, 5, 1)
