"""The passphrase field (ui/passphrase_edit.py): typed characters never reach Qt."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.passphrase_edit import MASK, PassphraseEdit

SECRET = "7Qz#9!k"  # no character of it is in the field's name or the mask


@pytest.fixture
def field(qtbot: QtBot) -> PassphraseEdit:
    edit = PassphraseEdit()
    edit.setAccessibleName("Passphrase")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def qt_text(field: PassphraseEdit) -> str:
    """What Qt itself holds: the text its accessibility events and queries come from."""
    return QLineEdit.text(field)


def everything_accessible(field: PassphraseEdit) -> list[str]:
    """Every text a screen reader could ask the field for."""
    iface = QAccessible.queryAccessibleInterface(field)
    assert iface is not None
    texts = [iface.text(kind) for kind in (QAccessible.Text.Name, QAccessible.Text.Value,
                                           QAccessible.Text.Description,
                                           QAccessible.Text.Help)]
    text_iface = iface.textInterface()
    if text_iface is not None:
        count = text_iface.characterCount()
        texts.append(text_iface.text(0, count))
        texts.extend(text_iface.text(offset, offset + 1) for offset in range(count))
    return texts


def test_typed_characters_are_never_in_qt_nor_in_accessible_text(
        qtbot: QtBot, field: PassphraseEdit) -> None:
    seen: list[str] = []
    field.textChanged.connect(seen.append)  # what Qt's line control reports, change by change
    was_active = QAccessible.isActive()
    QAccessible.setActive(True)  # as with a screen reader running: events are made
    try:
        qtbot.keyClicks(field, SECRET)
    finally:
        QAccessible.setActive(was_active)
    assert field.text() == SECRET
    assert qt_text(field) == MASK * len(SECRET)
    assert len(seen) == len(SECRET) and all(set(text) == {MASK} for text in seen)
    iface = QAccessible.queryAccessibleInterface(field)
    assert iface is not None and iface.state().passwordEdit
    for text in everything_accessible(field):
        assert not set(text) & set(SECRET), text


def test_editing_keys_change_the_passphrase_as_they_change_the_field(
        qtbot: QtBot, field: PassphraseEdit) -> None:
    qtbot.keyClicks(field, "abcdef")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)  # abcde
    qtbot.keyClick(field, Qt.Key.Key_Home)
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # bcde
    qtbot.keyClick(field, Qt.Key.Key_Right)
    qtbot.keyClicks(field, "X")  # bXcde
    assert field.text() == "bXcde"
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClick(field, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(field, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(field, "Z")  # bXcZ: the selection is replaced
    assert field.text() == "bXcZ"
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "new")
    assert field.text() == "new" and qt_text(field) == MASK * 3
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo is off
    assert field.text() == "new"
    field.clear()
    assert field.text() == "" and qt_text(field) == ""


def test_paste_and_input_methods_arrive_masked(qtbot: QtBot, field: PassphraseEdit,
                                               qapp: QApplication) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("pâté 42")
    try:
        qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    finally:
        clipboard.clear()
    assert field.text() == "pâté 42" and qt_text(field) == MASK * 7
    composed = QInputMethodEvent("", [])
    composed.setCommitString("é")
    QApplication.sendEvent(field, composed)
    assert field.text() == "pâté 42é" and qt_text(field) == MASK * 8
    field.setText("abc")
    assert field.text() == "abc" and qt_text(field) == MASK * 3
