"""The record's header: who this is, RAG, keyworker, consent and how to communicate."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from keyworker_desktop.services.records import RecordHeader
from keyworker_desktop.ui import icons

# The header shows this many lines of communication needs; the Profile tab has them all.
COMMUNICATION_LINES = 2


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class HeaderBar(QFrame):
    """Shows a :class:`RecordHeader`; the no-consent warning is words, mark and colour."""

    # "Resolve…" was pressed on the line saying how many conflicts wait for this record.
    conflicts_requested = Signal()
    # "Allocate…" was pressed beside the keyworker.
    allocate_requested = Signal()
    # "Record consent…" was pressed on the no-consent warning (the offer stays open).
    consent_requested = Signal()
    # "View agreement" was pressed: the id of the keyworker's signed agreement.
    document_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("About this young person"))
        self.name = QLabel(self.tr("Loading…"))
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setAccessibleName(self.tr("Name"))
        self.age = _value_label()
        self.rag_swatch = QLabel()
        self.rag_swatch.setAccessibleName(self.tr("RAG colour"))
        self.rag = _value_label()
        self.rag.setAccessibleName(self.tr("RAG rating"))
        self.keyworker = _value_label()
        self.consent = _value_label()
        self.communication = _value_label()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Consent warning"))
        self.warning.setStyleSheet(
            "background: #fff3cd; color: #5c3c00; border: 2px solid #8a6d00;"
            "padding: 0.4em; font-weight: bold;")
        self.consent_button = QPushButton(self.tr("Record &consent…"))
        self.consent_button.setAccessibleName(self.tr("Record consent"))
        self.consent_button.clicked.connect(self.consent_requested)
        self.warning_bar = QWidget()
        warning_layout = QHBoxLayout(self.warning_bar)
        warning_layout.setContentsMargins(0, 0, 0, 0)
        warning_layout.addWidget(self.warning, 1)
        warning_layout.addWidget(self.consent_button)
        self.warning_bar.hide()
        self.conflicts = QLabel()
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts_button = QPushButton(self.tr("Resolve…"))
        self.conflicts_button.setAccessibleName(self.tr("Resolve conflicts"))
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_bar = QWidget()
        conflicts_layout = QHBoxLayout(self.conflicts_bar)
        conflicts_layout.setContentsMargins(0, 0, 0, 0)
        conflicts_layout.addWidget(self.conflicts)
        conflicts_layout.addWidget(self.conflicts_button)
        conflicts_layout.addStretch(1)
        self.conflicts_bar.hide()
        self.allocate_button = QPushButton(self.tr("Allocate…"))
        self.allocate_button.setAccessibleName(self.tr("Allocate a keyworker"))
        self.allocate_button.clicked.connect(self.allocate_requested)
        self.agreement_button = QPushButton(self.tr("View agreement"))
        self.agreement_button.setAccessibleName(self.tr("View the signed keyworker agreement"))
        self.agreement_button.clicked.connect(self._view_agreement)
        self.agreement_button.hide()
        self._agreement_id = ""
        self._communication = ""
        # What a screen reader says for each value: its caption and the value itself.
        # A caption alone as the accessible name hid the values (issue 14, item 19).
        self._captions: dict[QLabel, str] = {self.name: self.tr("Name:"), self.rag: ""}

        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        rag_box = QHBoxLayout()
        rag_box.addWidget(self.rag_swatch)
        rag_box.addWidget(self.rag, 1)
        title.addLayout(rag_box)

        # Short facts side by side; the longer ones take the full width, so they wrap less.
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for text, value, row, column, span in (
            (self.tr("Age:"), self.age, 0, 0, 1), (self.tr("Keyworker:"), self.keyworker, 0, 2, 1),
            (self.tr("Consent:"), self.consent, 1, 0, 3),
            (self.tr("Communication:"), self.communication, 2, 0, 3),
        ):
            label = QLabel(text)
            label.setBuddy(value)
            value.setAccessibleName(text.rstrip(":"))
            self._captions[value] = text
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column + 1, 1, span)
        allocate = QHBoxLayout()
        allocate.addWidget(self.agreement_button)
        allocate.addWidget(self.allocate_button)
        grid.addLayout(allocate, 0, 4, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addLayout(grid)
        layout.addWidget(self.warning_bar)
        layout.addWidget(self.conflicts_bar)

    def _fit_communication(self) -> None:
        """As much as fits in a couple of lines, so the record is not pushed off screen."""
        text = self._communication
        metrics = self.communication.fontMetrics()
        more = self.tr(" (more on the Profile tab)")
        # Wrapping wastes part of each line; leave room for it and for the pointer.
        room = (max(1, self.communication.width()) * COMMUNICATION_LINES
                - metrics.averageCharWidth() * (12 + len(more)))
        if metrics.horizontalAdvance(text) > room:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 1)) + more
        self.communication.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_communication()

    def set_header(self, header: RecordHeader) -> None:
        name = header.name
        if header.known_as and header.known_as != header.name.split(" ")[0]:
            name = self.tr("{name} (known as {known_as})").format(name=name,
                                                                  known_as=header.known_as)
        self.name.setText(name)
        age = (self.tr("Not recorded") if header.age is None
               else self.tr("{age} years old").format(age=header.age))
        if header.pronouns:
            age = f"{age} · {header.pronouns}"
        self.age.setText(age)
        self.rag.setText(self.tr("RAG: {rating}").format(rating=header.rag_label))
        size = self.rag.fontMetrics().height()
        self.rag_swatch.setPixmap(icons.rag_icon(header.rag).pixmap(QSize(size, size)))
        keyworker = header.keyworker or self.tr("No keyworker allocated")
        self._agreement_id = header.agreement_document_id or ""
        if self._agreement_id:
            keyworker = self.tr("{names} · signed agreement attached").format(names=keyworker)
        self.keyworker.setText(keyworker)
        self.agreement_button.setVisible(bool(self._agreement_id))
        self.consent.setText(header.consent)
        self._communication = header.communication or self.tr("Nothing recorded")
        self.communication.setToolTip(self._communication)
        self._fit_communication()
        self._speak(communication=self._communication)
        # The warning goes once consent to a keyworker is in force; until then the record
        # works with the family and network only, and the offer stays open.
        if header.has_keyworker_consent:
            self.warning_bar.hide()
        else:
            warning = self.tr("No consent to work with a keyworker: working with the family and "
                         "network only. The offer stays open; record consent when it is given.")
            self.warning.setText("⚠ " + warning)
            self.warning.setAccessibleName(warning)
            self.warning_bar.show()

    def _view_agreement(self) -> None:
        if self._agreement_id:
            self.document_requested.emit(self._agreement_id)

    def _speak(self, communication: str) -> None:
        """Name each value for assistive technology as "caption value" (all of it)."""
        for label, caption in self._captions.items():
            value = communication if label is self.communication else label.text()
            label.setAccessibleName(f"{caption} {value}".strip())

    def set_conflicts(self, count: int) -> None:
        """"2 conflicts to resolve" and a button, while a colleague's edit and ours differ."""
        text = (self.tr("1 conflict to resolve") if count == 1
                else self.tr("{count} conflicts to resolve").format(count=count))
        self.conflicts.setText("⚠ " + text)
        self.conflicts.setAccessibleName(text)
        self.conflicts_bar.setVisible(count > 0)
