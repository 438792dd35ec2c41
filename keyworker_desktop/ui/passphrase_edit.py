"""A passphrase field whose characters never reach Qt, and so never a screen reader.

Qt's line edit in password mode still sends each typed character, in clear, in its
accessibility text events (AT-SPI "text-changed:insert" carries the inserted text;
KeePassXC met the same). Here the line edit itself only ever holds a mask character
per character typed: the real characters are kept in this object and handed out by
:meth:`PassphraseEdit.text`. Whatever Qt reports (text events, the accessible value,
the text interface, ``textChanged``) can only carry the mask.

Keys, input-method commits and pastes are turned into masks before the line edit sees
them; deletions (Backspace, Delete, a replaced selection) are mirrored. Undo and redo
are off (they would bring back characters the field no longer knows), as are copy and
cut (password mode). The field keeps password echo mode, so assistive technology knows
it is a password field (and does not echo the keys pressed).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QWidget

from keyworker_desktop.domain.i18n import translate

MASK = "\u25cf"  # ●, what Qt itself draws for a password character

_BLOCKED = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo,
            QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Cut)


def _masked(text: str) -> str:
    return MASK * len(text)


class PassphraseEdit(QLineEdit):
    """A password-mode line edit; ``text()`` is the passphrase, Qt only sees masks.

    ``text``, ``setText``, ``insert`` and ``clear`` are the field's own (for Python
    callers); signals such as ``textChanged`` carry the mask, not the passphrase.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secret: list[str] = []  # one entry per mask character shown
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setAcceptDrops(False)

    # -- the passphrase, for Python callers ------------------------------------------------
    def text(self) -> str:
        """The passphrase typed (the line edit itself holds only masks)."""
        return "".join(self._secret)

    def setText(self, text: str | None) -> None:  # noqa: N802 - shadows QLineEdit.setText
        self._secret = list(text or "")
        super().setText(_masked(text or ""))

    def clear(self) -> None:
        self._secret = []
        super().clear()

    def insert(self, text: str) -> None:
        """Insert at the cursor, replacing any selection, as typing would."""
        text = "".join(ch for ch in text if ch.isprintable())
        if text:
            self._mirror(lambda: super(PassphraseEdit, self).insert(_masked(text)), text)

    # -- keeping the mask and the passphrase in step ---------------------------------------
    def _mirror(self, edit: Callable[[], None], typed: str = "") -> None:
        """Run ``edit`` on the masked text and make the same change to the passphrase."""
        before = len(super().text())
        if self.hasSelectedText():
            start, length = self.selectionStart(), len(self.selectedText())
        else:
            start, length = self.cursorPosition(), 0
        edit()
        after = len(super().text())
        if typed and after == before - length + len(typed):
            self._secret[start:start + length] = list(typed)
        elif not typed and after < before:
            cursor = self.cursorPosition()
            del self._secret[cursor:cursor + before - after]
        elif after != before:
            # Not a change this field can follow: start again rather than guess.
            self.clear()
        if len(self._secret) != len(super().text()):
            self.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if any(event.matches(key) for key in _BLOCKED):
            event.accept()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.insert(QGuiApplication.clipboard().text())
            event.accept()
            return
        typed = event.text()
        if typed and typed.isprintable():
            # The same key, carrying masks: the line edit decides, as ever, whether it
            # is typing (and replaces a selection) or a shortcut.
            masked = QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers(),
                               event.nativeScanCode(), event.nativeVirtualKey(),
                               event.nativeModifiers(), _masked(typed), event.isAutoRepeat(),
                               event.count())
            self._mirror(lambda: super(PassphraseEdit, self).keyPressEvent(masked), typed)
            event.setAccepted(masked.isAccepted())
            return
        self._mirror(lambda: super(PassphraseEdit, self).keyPressEvent(event))

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt override
        commit = event.commitString()
        masked = QInputMethodEvent(_masked(event.preeditString()), [])
        if commit:
            masked.setCommitString(_masked(commit), event.replacementStart(),
                                   event.replacementLength())
        self._mirror(lambda: super(PassphraseEdit, self).inputMethodEvent(masked), commit)
        event.accept()

    # -- pasting only through the field's own path ------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.MiddleButton:
            event.accept()  # X11's selection paste would insert the characters in clear
            return
        super().mouseReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = QMenu(self)
        paste = menu.addAction(translate("PassphraseEdit", "&Paste"))
        paste.setEnabled(bool(QGuiApplication.clipboard().text()))
        paste.triggered.connect(lambda: self.insert(QGuiApplication.clipboard().text()))
        menu.addAction(translate("PassphraseEdit", "Select &all"),
                       self.selectAll)
        menu.exec(event.globalPos())
        menu.deleteLater()
