"""First run: creating the store from the setup page (ui/setup_dialog.py)."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.setup_dialog import SetupPage, passphrase_strength
from tests.ui.conftest import PASSPHRASE, focusable_without_name


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext) -> SetupPage:
    widget = SetupPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def fill(qtbot: QtBot, page: SetupPage, passphrase: str, repeat: str) -> None:
    qtbot.keyClicks(page.name, "Sam Keyworker")
    qtbot.keyClicks(page.organisation, "Riverside Keyworking Service")
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClicks(page.repeat, repeat)


def test_first_run_creates_a_store_that_reopens_with_the_passphrase(
    qtbot: QtBot, page: SetupPage, ctx: AppContext, demo_calls: list[date]
) -> None:
    fill(qtbot, page, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(page.store_created, timeout=5000):
        qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)

    assert ctx.store is not None
    assert demo_calls == [ctx.today()]
    ctx.lock()
    store = Store.open(ctx.data_dir, PASSPHRASE)
    try:
        with store.session() as s:
            assert settings.get(s, settings.USER_NAME) == "Sam Keyworker"
            assert settings.get(s, settings.ORGANISATION) == "Riverside Keyworking Service"
    finally:
        store.close()


def test_without_the_demo_box_no_demo_is_added(
    qtbot: QtBot, page: SetupPage, ctx: AppContext, demo_calls: list[date]
) -> None:
    fill(qtbot, page, PASSPHRASE, PASSPHRASE)
    page.demo.setChecked(False)
    with qtbot.waitSignal(page.store_created, timeout=5000):
        page.create_button.click()
    assert demo_calls == []


def test_a_failing_demo_still_leaves_a_working_store(
    qtbot: QtBot, page: SetupPage, ctx: AppContext, interaction: ScriptedInteraction,
    monkeypatch: pytest.MonkeyPatch, demo_calls: list[date],
) -> None:
    def broken(session: object, *, today: date) -> None:
        raise RuntimeError("Jamie Example, 12 Some Street")  # must not reach the log

    monkeypatch.setattr(sys.modules["keyworker_desktop.services.demo"], "populate_demo", broken)
    fill(qtbot, page, PASSPHRASE, PASSPHRASE)
    with qtbot.waitSignal(page.store_created, timeout=5000):
        page.create_button.click()
    assert ctx.store is not None
    assert any("demo caseload could not be added" in t for t in interaction.texts("inform"))


def test_mismatched_passphrases_say_so_and_create_nothing(
    qtbot: QtBot, page: SetupPage, ctx: AppContext
) -> None:
    fill(qtbot, page, PASSPHRASE, PASSPHRASE + "x")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_for_ops(ctx)

    assert page.repeat_message.isVisible()
    assert "not the same" in page.repeat_message.text()
    assert not StorePaths(ctx.data_dir).exists()
    assert ctx.store is None


def test_a_short_passphrase_is_refused_beside_the_field(
    qtbot: QtBot, page: SetupPage, ctx: AppContext
) -> None:
    fill(qtbot, page, "short", "short")
    page.create_button.click()
    assert "at least 8 characters" in page.passphrase_message.text()
    assert not StorePaths(ctx.data_dir).exists()


def test_a_name_is_needed(qtbot: QtBot, page: SetupPage, ctx: AppContext) -> None:
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.repeat, PASSPHRASE)
    page.create_button.click()
    assert page.name_message.isVisible()
    assert not StorePaths(ctx.data_dir).exists()


def test_the_strength_hint_follows_typing(qtbot: QtBot, page: SetupPage) -> None:
    assert "Three random words" in page.strength.text()
    qtbot.keyClicks(page.passphrase, "abcdefgh")
    assert "weak" in page.strength.text()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    assert "strong" in page.strength.text()


@pytest.mark.parametrize(("passphrase", "expected"), [
    ("", "weak"),
    ("Ab1!", "weak"),
    ("password", "weak"),
    ("Password12", "weak"),
    ("kettle orbit", "fair"),
    ("Tr0ub4dor&3xyz", "fair"),
    ("pebble lantern thursday", "strong"),
    ("Pebble-Lantern-Thursday-7", "strong"),
])
def test_passphrase_strength(passphrase: str, expected: str) -> None:
    assert passphrase_strength(passphrase) == expected


def test_every_focusable_widget_has_an_accessible_name(page: SetupPage) -> None:
    assert focusable_without_name(page) == []
