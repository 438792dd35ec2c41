"""Date and date-and-time fields that read what people type, with a calendar to pick from.

Qt's date editors type into fixed sections: select all and type "5 Dec 2026 12:30"
and the year section takes "20", then "26" lands in the hours; typing an hour jumps
to the minutes so the next Tab leaves the field early. These fields are plain line
edits instead: whatever is typed is read day first (``domain.typed_dates``) as it
is typed, shown back in full when the field is left ("5 Dec 2026 12:30"), and kept
as it was, with a message, when it is not a date. Alt+Down (or F4, or the calendar
icon) opens a calendar; Up and Down move a day. Tab always moves on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolTip, QVBoxLayout, QWidget

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.typed_dates import parse_date, parse_datetime
from keyworker_desktop.ui import icons

#: ``date`` by another name, for the class whose Qt-style ``date()`` hides it.
Day = date
#: What a blank optional date reads as through the Qt-style ``date()``.
NO_DATE = QDate(1900, 1, 1)


def date_text(value: date) -> str:
    return format_date(value, "d MMM yyyy")


def datetime_text(value: datetime) -> str:
    return format_date(value, "d MMM yyyy HH:mm")


class CalendarPopup(QWidget):
    """The calendar under a field: Enter or a click picks a day, Escape closes."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class _TypedField(QLineEdit):
    """What the date field and the date-and-time field share; see the module docstring."""

    #: The value was settled: the field was left, Enter pressed, a day picked or stepped.
    committed = Signal()

    def __init__(self, parent: QWidget | None, placeholder: str, hint: str) -> None:
        super().__init__(parent)
        #: Today, for dates typed without a year (set by whoever knows the app's clock).
        self.today: Callable[[], date] = date.today
        self.hint = hint
        self.popup: CalendarPopup | None = None
        self.setPlaceholderText(placeholder)
        self.setToolTip(hint)
        self.setAccessibleDescription(hint)
        action = QAction(icons.icon("date"), self.tr("Choose from a calendar (Alt+Down)"), self)
        action.triggered.connect(self.open_calendar)
        self.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action = action
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finish)

    # -- for subclasses -------------------------------------------------------------------
    def _read(self, text: str) -> bool:
        """Take ``text`` as the value if it reads as one; whether it did."""
        raise NotImplementedError

    def _show_value(self) -> None:
        """Show the value in full (or blank)."""
        raise NotImplementedError

    def _current_day(self) -> date | None:
        raise NotImplementedError

    def _set_day(self, day: date) -> None:
        raise NotImplementedError

    # -- typing ---------------------------------------------------------------------------
    def is_acceptable(self) -> bool:
        """Whether what is in the field now reads as a value (blank: if it may be blank)."""
        return self._parses(self.text())

    def _parses(self, text: str) -> bool:
        raise NotImplementedError

    def _typed(self, text: str) -> None:
        self._read(text)

    def _finish(self) -> None:
        if self.popup is not None and self.popup.isVisible():
            return
        text = self.text()
        if not self._parses(text):
            self._refuse(text)
        else:
            self._read(text)
        self._show_value()
        self.committed.emit()

    def _refuse(self, text: str) -> None:
        self._show_value()
        message = self.tr("\u201c{typed}\u201d is not a date this field can read, so it is back "
                          "to {value}. {hint}").format(typed=text.strip(),
                                                   value=self.text() or self.tr("blank"),
                                                   hint=self.hint)
        self.say(message)

    def say(self, message: str) -> None:
        """Show a message at the field and announce it to assistive technology."""
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, message))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down
                                    and mods & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.is_acceptable():
            # Not saved as something else: the field keeps the text to correct.
            self.say(self.tr("\u201c{typed}\u201d is not a date this field can read. {hint}")
                     .format(typed=self.text().strip(), hint=self.hint))
            self.selectAll()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            day = self._current_day()
            if day is not None and self.is_acceptable():
                self._set_day(day + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
                self._show_value()
                self.committed.emit()
                return
        super().keyPressEvent(event)

    # -- the calendar ---------------------------------------------------------------------
    def open_calendar(self) -> None:
        if self.isReadOnly() or not self.isEnabled():
            return
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        day = self._current_day() or self.today()
        self.popup.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self._set_day(date(day.year(), day.month(), day.day()))
        self._show_value()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        self.committed.emit()


class DateField(_TypedField):
    """A date typed day first ("5/12/2026", "5 Dec 2026", "tomorrow"), or picked.

    ``optional``: may be left blank ("Not recorded"); otherwise a blank field goes back
    to the date it held. The Qt-style ``date()``/``setDate()``/``dateChanged`` are
    kept for callers written for ``QDateEdit``.
    """

    dateChanged = Signal(QDate)  # noqa: N815 - as QDateEdit names it

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True,
                 value: Day | None = None) -> None:
        super().__init__(parent, translate("DateField", "Not recorded") if optional else "",
                         translate("DateField",
                                   "Type a date day first, such as 5/12/2026 or 5 Dec 2026."))
        self.optional = optional
        self._value: Day | None = value if value is not None or optional else Day.today()
        self._show_value()

    def value(self) -> Day | None:
        return self._value

    def set_value(self, value: Day | None) -> None:
        if value is None and not self.optional:
            return
        changed = value != self._value
        self._value = value
        self._show_value()
        if changed:
            self.dateChanged.emit(self.date())

    def date(self) -> QDate:
        v = self._value
        return QDate(v.year, v.month, v.day) if v is not None else NO_DATE

    def setDate(self, value: QDate) -> None:  # noqa: N802 - as QDateEdit names it
        self.set_value(None if not value.isValid() or value == NO_DATE
                       else Day(value.year(), value.month(), value.day()))

    def _parses(self, text: str) -> bool:
        if not text.strip():
            return self.optional
        return parse_date(text, self.today()) is not None

    def _read(self, text: str) -> bool:
        if not text.strip():
            if not self.optional:
                return False
            new = None
        else:
            parsed = parse_date(text, self.today())
            if parsed is None:
                return False
            new = parsed
        if new != self._value:
            self._value = new
            self.dateChanged.emit(self.date())
        return True

    def _show_value(self) -> None:
        self.setText(date_text(self._value) if self._value is not None else "")

    def _current_day(self) -> Day | None:
        return self._value

    def _set_day(self, day: Day) -> None:
        self.set_value(day)


class DateTimeField(_TypedField):
    """A day and a time ("14 Dec 10:00", "5/12/2026 2.30pm", "10am" for today's day)."""

    dateTimeChanged = Signal(QDateTime)  # noqa: N815 - as QDateTimeEdit names it

    def __init__(self, value: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent, "",
                         translate("DateTimeField",
                                   "Type a day and a time, such as 14/12/2026 10:00, "
                                   "14 Dec 2pm or just 10am."))
        self._value = value.replace(second=0, microsecond=0)
        # What the field held when typing began: what is not typed comes from it.
        self._base: datetime | None = None
        self._show_value()

    def value(self) -> datetime:
        return self._value

    def set_value(self, value: datetime) -> None:
        value = value.replace(second=0, microsecond=0)
        changed = value != self._value
        self._value = value
        self._show_value()
        if changed:
            self.dateTimeChanged.emit(self.dateTime())

    def dateTime(self) -> QDateTime:  # noqa: N802 - as QDateTimeEdit names it
        v = self._value
        return QDateTime(QDate(v.year, v.month, v.day), QTime(v.hour, v.minute))

    def setDateTime(self, value: QDateTime) -> None:  # noqa: N802 - as QDateTimeEdit names it
        d, t = value.date(), value.time()
        self.set_value(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()))

    def _parses(self, text: str) -> bool:
        return parse_datetime(text, self._base or self._value, self.today()) is not None

    def _read(self, text: str) -> bool:
        if self._base is None:
            self._base = self._value
        parsed = parse_datetime(text, self._base, self.today())
        if parsed is None:
            return False
        if parsed != self._value:
            self._value = parsed
            self.dateTimeChanged.emit(self.dateTime())
        return True

    def _show_value(self) -> None:
        self._base = None
        self.setText(datetime_text(self._value))

    def _current_day(self) -> date | None:
        return self._value.date()

    def _set_day(self, day: date) -> None:
        self.set_value(datetime.combine(day, time(self._value.hour, self._value.minute)))
