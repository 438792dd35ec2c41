"""What the record screen shows when a sync removed the open young person from the laptop.

A young person allocated to another keyworker leaves this laptop at the next sync
(``keyworker_desktop.sync.scope``). If their record was open, the screen says so
instead of failing to reload it; a note typed but not yet saved is shown here to
copy, so nothing typed is lost with the record.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class RemovedNotice(QWidget):
    """"This record is no longer on this laptop", and any unsaved text to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 14pt;")
        self.body = QLabel(self.tr(
            "They are no longer allocated to you, so the last sync removed their record "
            "from this laptop. Everything synced about them is safe on the central store. "
            "Open someone else from Today, Caseload, Visits or Search."))
        self.body.setWordWrap(True)
        self.unsaved_label = QLabel(self.tr(
            "You had typed this in a session note and it was not saved. Copy it now (for "
            "example into an email to your manager): it cannot be saved on this laptop."))
        self.unsaved_label.setWordWrap(True)
        self.unsaved = QPlainTextEdit()
        self.unsaved.setReadOnly(True)
        self.unsaved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.unsaved.setAccessibleName(self.tr("Unsaved text to copy"))
        self.unsaved_label.setBuddy(self.unsaved)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.unsaved_label)
        layout.addWidget(self.unsaved, 1)
        layout.addStretch()
        self.show_removed("", "")

    def show_removed(self, name: str, unsaved: str) -> None:
        """Say whose record went (``name`` may be empty) and show ``unsaved`` text, if any."""
        title = (self.tr("{name}'s record is no longer on this laptop").format(name=name) if name
                 else self.tr("This young person's record is no longer on this laptop"))
        self.title.setText(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.body.text())
        self.unsaved.setPlainText(unsaved)
        self.unsaved_label.setVisible(bool(unsaved))
        self.unsaved.setVisible(bool(unsaved))
