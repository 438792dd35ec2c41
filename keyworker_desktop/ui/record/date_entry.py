"""A date typed day first (14/03/2012), as people in the UK write it, or picked from a calendar.

Shared by the forms that take dates typed from paper: the new referral, triage and consent.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from keyworker_desktop.ui.record.common import OptionalDateEdit

#: Typed between day, month and year ("14/3/2012", "14.03.2012", "14 3 2012").
DATE_SEPARATORS = frozenset("/.- ")
#: What a blank date becomes when its first digit is typed: a leap year and a
#: 31-day month, so any real day and month can be typed over it.
TYPING_START = QDate(2000, 1, 1)


class TypedDateEdit(OptionalDateEdit):
    """An optional date typed day first, as people in the UK write it, or picked from a calendar.

    Qt's date edit takes no typing while it reads "Not recorded", and a "/" after a
    two-digit day jumps a section too far; here the first digit starts a date and a
    separator moves on only from a section typed in but not yet finished.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self._typed_in_section = False

    def _select_section(self, index: int) -> None:
        self.setCurrentSectionIndex(index)
        self.setSelectedSection(self.currentSection())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text.isdigit():
            if self.value() is None:
                self.setDate(TYPING_START)
                self._select_section(0)
            before = self.currentSectionIndex()
            super().keyPressEvent(event)
            # Qt moves on by itself once a section cannot take another digit.
            self._typed_in_section = self.currentSectionIndex() == before
            return
        if text and text in DATE_SEPARATORS and self.value() is not None:
            if self._typed_in_section and self.currentSectionIndex() < self.sectionCount() - 1:
                self._select_section(self.currentSectionIndex() + 1)
            self._typed_in_section = False
            event.accept()
            return
        line = self.lineEdit()
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and line is not None \
                and line.hasSelectedText() and line.selectedText() == line.text():
            self.set_value(None)  # all selected and deleted: back to "Not recorded"
            event.accept()
            return
        super().keyPressEvent(event)
