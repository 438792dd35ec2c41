"""UI fixtures: a context over a temporary data folder, scripted questions, a cheap KDF."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui import wheel_guard
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import wait_for_ops

if TYPE_CHECKING:
    from keyworker_desktop.ui.main_window import MainWindow

PASSPHRASE = "pebble lantern thursday"
# The offscreen platform cannot pass a window's size limits on and says so when
# any top-level widget with a layout is shown; that is the test platform, not us.
OFFSCREEN_NOISE = r"This plugin does not support propagateSizeHints\(\)"
ORGANISATION = "Riverside Keyworking Service"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture(autouse=True, scope="session")
def _wheel_guard(qapp: QApplication) -> None:
    """As ``app.configure_application`` does: the wheel changes only a focused field."""
    wheel_guard.install(qapp)


@pytest.fixture
def interaction() -> ScriptedInteraction:
    return ScriptedInteraction()


@dataclass
class Announced:
    """An announcement sent to assistive technology (see ``ui/announce.py``)."""

    source: QObject
    message: str
    assertive: bool


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[Announced]:
    """Stands in for the platform's accessibility bridge; records each announcement."""
    heard: list[Announced] = []
    passed_on = QAccessible.updateAccessibility

    def update(event: QAccessibleEvent) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(Announced(
                event.object(), event.message(),
                event.politeness() == QAccessible.AnnouncementPoliteness.Assertive))
        else:
            passed_on(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))
    return heard


@pytest.fixture
def ctx(
    qapp: QApplication, tmp_path: Path, interaction: ScriptedInteraction
) -> Iterator[AppContext]:
    context = AppContext(data_dir=tmp_path / "data", interaction=interaction, kdf=keys.TEST_KDF)
    yield context
    context.lock()
    context.pool.waitForDone()


@pytest.fixture
def existing_store(ctx: AppContext) -> str:
    """A store on disk (closed), as on every start after the first; returns its passphrase."""
    Store.create(ctx.data_dir, PASSPHRASE, user_name="Sam Keyworker", organisation=ORGANISATION,
                 kdf=keys.TEST_KDF).close()
    return PASSPHRASE


@pytest.fixture
def demo_calls(monkeypatch: pytest.MonkeyPatch) -> list[date]:
    """Stands in for ``services.demo`` (written separately); records each ``today``."""
    calls: list[date] = []
    fake = types.ModuleType("keyworker_desktop.services.demo")

    def populate_demo(session: Any, *, today: date) -> None:
        calls.append(today)

    fake.populate_demo = populate_demo  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "keyworker_desktop.services.demo", fake)
    return calls


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> MainWindow:
    """The window alone (placeholder day screens, no plug-ins), shown and locked."""
    from tests.ui.shell_support import shell_window

    win = shell_window(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    qtbot.keyClicks(window.lock_screen.passphrase, passphrase)
    with qtbot.waitSignal(window.lock_screen.unlocked, timeout=5000):
        window.lock_screen.unlock_button.click()
    wait_for_ops(window.ctx)


def focusable_without_name(root: QWidget) -> list[str]:
    """Focusable widgets a screen reader could not name."""
    from PySide6.QtCore import Qt

    return [
        f"{type(w).__name__}({w.objectName()!r})"
        for w in [root, *root.findChildren(QWidget)]
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
    ]
