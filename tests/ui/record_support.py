"""Fixtures for the record screen tests (tests/ui/test_record_*.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.record import RecordView

NOW = datetime(2025, 3, 10, 10, 41, 7)
STAMP = datetime(2025, 3, 10, 10, 41, 7)  # the same moment, as the store's UTC clock says


@pytest.fixture
def store(ctx: AppContext, tmp_path: Path) -> Iterator[Store]:
    ctx.now = lambda: NOW
    opened = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                          kdf=keys.TEST_KDF)
    # The store stamps signatures and ticks in UTC; the screen shows them in local time.
    opened.utcnow = lambda: STAMP
    ctx.open_store(opened)
    yield opened


@pytest.fixture
def yp_id(store: Store) -> str:
    with store.transaction() as s:
        yp, _ = save_young_person(s, None, NOW.date(), given_name="Ava", family_name="Reed",
                                  preferred_name="Avi", date_of_birth=date(2011, 5, 1),
                                  address="1 Mill Lane", uses_easy_read=True)
        return yp.id


def open_record(qtbot: QtBot, ctx: AppContext, yp_id: str, tab: str | None = None) -> RecordView:
    view = RecordView(ctx, yp_id)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    if tab is not None:
        view.show_tab(tab)
    wait_for_ops(ctx)
    return view


def click_box(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a tick box or radio button on its indicator, where a person would."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                     pos=QPoint(box.fontMetrics().height() // 2 + 2, box.height() // 2))
