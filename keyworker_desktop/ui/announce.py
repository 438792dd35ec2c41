"""Say an error or an outcome to assistive technology, without moving the focus.

A message shown in a label is read by a screen reader only if the user goes to it.
Errors that stop the user (a wrong passphrase, a refused save) and outcomes of work
that finished in the background (a sync) are also sent as an announcement, which a
screen reader speaks at once (Qt 6.8+: ``QAccessibleAnnouncementEvent``; AT-SPI,
UI Automation and NSAccessibility all carry it).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, *, assertive: bool = False) -> None:
    """Announce ``message`` (already translated) on behalf of ``widget``.

    ``assertive``: interrupt what is being read (errors that block the user);
    otherwise the message waits for the current speech to end (outcomes).
    """
    message = " ".join(message.split())
    if not message:
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    # Looked up on each call, so a test can stand in for the platform's bridge.
    QAccessible.updateAccessibility(event)
