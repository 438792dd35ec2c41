"""The mouse wheel changes a date, time, number or choice only in the field being edited.

Scrolling a long form (the Profile tab) passes fields under the pointer; Qt lets each
of them take the wheel and change its value, which the next Save then stores. One
application event filter, installed once by ``app.configure_application``, stops that
everywhere: such fields take focus from Tab or a click only (``StrongFocus``, not
``WheelFocus``), and a wheel over one without focus scrolls the page it sits in.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)

# Spin boxes include every date, time and number field.
GUARDED: tuple[type[QWidget], ...] = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    """The application event filter; see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            field = _guarded_field(watched)
            if field is not None and not _has_focus(field):
                assert isinstance(event, QWheelEvent)
                _scroll_page(field, event)
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` (once: a second call returns the first guard)."""
    for child in app.findChildren(WheelGuard):
        return child
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard


def _guarded_field(watched: QObject) -> QWidget | None:
    """The field a wheel over ``watched`` would change: the field, or the one it edits in."""
    if isinstance(watched, GUARDED):
        return watched
    if isinstance(watched, QLineEdit):
        parent = watched.parentWidget()
        if isinstance(parent, GUARDED):
            return parent
    return None


def _has_focus(field: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is field or field.isAncestorOf(focused))


def _scroll_page(field: QWidget, event: QWheelEvent) -> None:
    """Give the wheel to the nearest scrolling page around ``field`` (if any)."""
    parent = field.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    if parent is None:
        return
    viewport = parent.viewport()
    if not viewport.isAncestorOf(field):
        return
    position = field.mapTo(viewport, event.position())
    forwarded = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                            event.angleDelta(), event.buttons(), event.modifiers(),
                            event.phase(), event.inverted(), event.source())
    QApplication.sendEvent(viewport, forwarded)
