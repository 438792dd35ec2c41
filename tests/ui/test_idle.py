"""The idle watcher (ui/idle.py): quiet time emits, input restarts the clock."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.idle import IdleWatcher


def test_defaults_to_the_setting_of_five_minutes(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    assert watcher.interval_ms == 5 * 60_000
    assert not watcher.active


def test_emits_after_the_interval_without_input(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    watcher.set_interval_ms(30)
    with qtbot.waitSignal(watcher.idle_timeout, timeout=2000):
        watcher.start()


def test_typing_restarts_the_clock(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    watcher = IdleWatcher()
    watcher.set_interval_ms(300)
    fired: list[float] = []
    watcher.idle_timeout.connect(lambda: fired.append(time.monotonic()))
    watcher.start()
    started = time.monotonic()
    for _ in range(6):
        qtbot.wait(100)
        qtbot.keyClick(field, Qt.Key.Key_A)
    last_input = time.monotonic()
    assert fired == []  # 600 ms of typing, longer than the interval
    qtbot.waitUntil(lambda: bool(fired), timeout=2000)
    assert fired[0] - last_input >= 0.25
    assert fired[0] - started >= 0.8


def test_wheel_and_mouse_press_count_as_input(qtbot: QtBot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    watcher = IdleWatcher()
    watcher.set_interval_ms(200)
    fired: list[bool] = []
    watcher.idle_timeout.connect(lambda: fired.append(True))
    watcher.start()
    for _ in range(4):
        qtbot.wait(80)
        wheel = QWheelEvent(QPointF(1, 1), QPointF(1, 1), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QCoreApplication.sendEvent(field, wheel)
        qtbot.mousePress(field, Qt.MouseButton.LeftButton)
        qtbot.mouseRelease(field, Qt.MouseButton.LeftButton)
    assert fired == []


def test_stopped_watcher_stays_quiet(qtbot: QtBot) -> None:
    watcher = IdleWatcher()
    watcher.set_interval_ms(20)
    watcher.start()
    watcher.stop()
    fired: list[bool] = []
    watcher.idle_timeout.connect(lambda: fired.append(True))
    QCoreApplication.sendEvent(watcher, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                                  Qt.KeyboardModifier.NoModifier))
    qtbot.wait(80)
    assert fired == [] and not watcher.active
