"""The record's header: who this is, RAG, keyworker, consent and how to communicate."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from keyworker_desktop.services.records import RecordHeader
from keyworker_desktop.ui import icons
from keyworker_desktop.ui.record.common import tr


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class HeaderBar(QFrame):
    """Shows a :class:`RecordHeader`; the no-consent warning is words, mark and colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(tr("About this young person"))
        self.name = QLabel(tr("Loading…"))
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.name.setAccessibleName(tr("Name"))
        self.age = _value_label()
        self.rag_swatch = QLabel()
        self.rag_swatch.setAccessibleName(tr("RAG colour"))
        self.rag = _value_label()
        self.rag.setAccessibleName(tr("RAG rating"))
        self.keyworker = _value_label()
        self.consent = _value_label()
        self.communication = _value_label()
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(tr("Consent warning"))
        self.warning.setStyleSheet(
            "background: #fff3cd; color: #5c3c00; border: 2px solid #8a6d00;"
            "padding: 0.4em; font-weight: bold;")
        self.warning.hide()

        title = QHBoxLayout()
        title.addWidget(self.name, 1)
        rag_box = QHBoxLayout()
        rag_box.addWidget(self.rag_swatch)
        rag_box.addWidget(self.rag, 1)
        title.addLayout(rag_box)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for i, (text, value) in enumerate((
            (tr("Age:"), self.age), (tr("Keyworker:"), self.keyworker),
            (tr("Consent:"), self.consent), (tr("Communication:"), self.communication),
        )):
            label = QLabel(text)
            label.setBuddy(value)
            value.setAccessibleName(text.rstrip(":"))
            grid.addWidget(label, i // 2, (i % 2) * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)

        layout = QVBoxLayout(self)
        layout.addLayout(title)
        layout.addLayout(grid)
        layout.addWidget(self.warning)

    def set_header(self, header: RecordHeader) -> None:
        name = header.name
        if header.known_as and header.known_as != header.name.split(" ")[0]:
            name = tr("{name} (known as {known_as})").format(name=name, known_as=header.known_as)
        self.name.setText(name)
        age = (tr("Not recorded") if header.age is None
               else tr("{age} years old").format(age=header.age))
        if header.pronouns:
            age = f"{age} · {header.pronouns}"
        self.age.setText(age)
        self.rag.setText(tr("RAG: {rating}").format(rating=header.rag_label))
        size = self.rag.fontMetrics().height()
        self.rag_swatch.setPixmap(icons.rag_icon(header.rag).pixmap(QSize(size, size)))
        self.keyworker.setText(header.keyworker or tr("No keyworker allocated"))
        self.consent.setText(header.consent)
        self.communication.setText(header.communication or tr("Nothing recorded"))
        if header.has_keyworker_consent:
            self.warning.hide()
        else:
            self.warning.setText(
                "⚠ " + tr("No consent to work with a keyworker. "
                          "Work with the family and network only."))
            self.warning.show()
