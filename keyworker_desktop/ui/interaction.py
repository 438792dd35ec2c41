"""Questions and notices to the user, in one replaceable service (git-cola's ``Interaction``).

Code asks ``ctx.interaction.confirm(...)`` instead of opening a message box
itself, so tests swap in :class:`ScriptedInteraction` and nothing waits for a
click that never comes. Callers pass text that is already translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


class Interaction:
    """Modal questions and notices shown with Qt's standard dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent, title, text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: Sequence[str]
    ) -> str | None:
        """One of ``options``, or ``None`` if the user cancelled."""
        if not options:
            return None
        choice, ok = QInputDialog.getItem(parent, title, text, list(options), 0, False)
        return choice if ok else None

    def ask(
        self, parent: QWidget | None, title: str, text: str, buttons: Sequence[str]
    ) -> str | None:
        """The button pressed (one of ``buttons``, the first is the default), or ``None``.

        The last button is also what Escape or closing the box means, so make it the
        safe one ("Cancel").
        """
        box = QMessageBox(QMessageBox.Icon.Question, title, text,
                          QMessageBox.StandardButton.NoButton, parent)
        made = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole if i < len(buttons) - 1
                              else QMessageBox.ButtonRole.RejectRole)
                for i, label in enumerate(buttons)]
        if made:
            box.setDefaultButton(made[0])
            box.setEscapeButton(made[-1])
        box.exec()
        clicked = box.clickedButton()
        pressed = [label for label, button in zip(buttons, made, strict=True)
                   if button is clicked]
        return pressed[0] if pressed else None


@dataclass
class ScriptedInteraction(Interaction):
    """A stand-in for tests and scripts: answers from a script, records what was asked.

    ``answers`` is consumed in order by ``confirm`` (bools), ``choose`` and ``ask``
    (strings or ``None``); when it runs out, ``confirm`` says no and ``choose`` and
    ``ask`` cancel.
    """

    answers: list[bool | str | None] = field(default_factory=list)
    shown: list[tuple[str, str, str]] = field(default_factory=list)

    def _next(self) -> bool | str | None:
        return self.answers.pop(0) if self.answers else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.shown.append(("confirm", title, text))
        return bool(self._next())

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("inform", title, text))

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("warn", title, text))

    def choose(
        self, parent: QWidget | None, title: str, text: str, options: Sequence[str]
    ) -> str | None:
        self.shown.append(("choose", title, text))
        answer = self._next()
        return answer if isinstance(answer, str) and answer in options else None

    def ask(
        self, parent: QWidget | None, title: str, text: str, buttons: Sequence[str]
    ) -> str | None:
        self.shown.append(("ask", title, text))
        answer = self._next()
        return answer if isinstance(answer, str) and answer in buttons else None

    def texts(self, kind: str | None = None) -> list[str]:
        """The texts shown so far, optionally only of one kind ("warn", "inform"...)."""
        return [text for k, _title, text in self.shown if kind is None or k == kind]
