"""Walk a window with Tab alone, as a keyboard or screen-reader user does.

Generic on purpose: it knows no screen, so a control added anywhere is walked too.
A *stop* is the focused widget with what a screen reader would say of it (its
accessible name): a widget that steps through parts of itself (the network map's
nodes) makes several stops, a widget that keeps the focus saying the same thing
again is a trap.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

# The same stop this many times in a row: the focus is not going anywhere. (A date
# and time field takes Tab once per part, day to minute, before it lets go.)
TRAP_REPEATS = 8


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = accessible_name(widget)
    return f"{type(widget).__name__}({widget.objectName() or name!r})"


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says the control is: its name, or its buddy label's words."""
    iface = QAccessible.queryAccessibleInterface(widget)
    name = iface.text(QAccessible.Text.Name) if iface is not None else ""
    if name.strip():
        return name.strip()
    window = widget.window()
    for label in window.findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text().replace("&", "").strip()
    return ""


def _radio_sibling(widget: QWidget) -> bool:
    """An unchecked choice of an exclusive group: Qt's Tab skips it, the arrows reach it."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable() \
            or widget.isChecked():
        return False
    group = widget.group()
    if group is not None and group.exclusive():
        return group.checkedButton() is not None
    if widget.autoExclusive() and widget.parentWidget() is not None:
        return any(b.isChecked() for b in widget.parentWidget().findChildren(QAbstractButton)
                   if b.autoExclusive() and b.parentWidget() is widget.parentWidget())
    return False


def tab_stops(root: QWidget) -> list[QWidget]:
    """Every control Tab should reach in ``root``'s window as shown now, in no order."""
    stops = []
    for widget in [root, *root.findChildren(QWidget)]:
        if (widget.window() is root.window() and widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None and not _radio_sibling(widget)):
            stops.append(widget)
    return stops


@dataclass
class Walk:
    """What pressing Tab round a window found."""

    visited: list[tuple[QWidget | None, str]] = field(default_factory=list)
    trap: str = ""
    unreached: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)

    def problems(self, where: str) -> list[str]:
        found = []
        if self.trap:
            found.append(f"{where}: keyboard trap at {self.trap}")
        if self.unreached:
            found.append(f"{where}: Tab never reaches {', '.join(self.unreached)}")
        if self.unnamed:
            found.append(f"{where}: no accessible name for {', '.join(self.unnamed)}")
        return found


def walk(qtbot: QtBot, root: QWidget, start: QWidget) -> Walk:
    """Put the focus on ``start`` and press Tab until every tab stop has had it."""
    expected = tab_stops(root)
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()
    result = Walk()
    reached: set[int] = set()
    repeats = 0
    for _ in range(len(expected) * 4 + 40):
        target = QApplication.focusWidget() or root
        qtbot.keyClick(target, Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        stop = (focused, accessible_name(focused) if focused is not None else "")
        repeats = repeats + 1 if result.visited and result.visited[-1] == stop else 1
        result.visited.append(stop)
        if repeats >= TRAP_REPEATS:
            result.trap = describe(focused)
            break
        if focused is not None:
            reached.add(id(focused))
        if all(id(w) in reached for w in expected) and focused is start:
            break
    result.unreached = [describe(w) for w in expected if id(w) not in reached]
    named: dict[int, QWidget] = {id(w): w for w in expected}
    named.update({id(w): w for w, _ in result.visited if w is not None})
    result.unnamed = sorted({describe(w) for w in named.values() if not accessible_name(w)})
    return result
