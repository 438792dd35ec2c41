"""What the window remembers between runs (ui/window_state.py, issue 14 item 17)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.window_state import WindowState
from tests.ui.conftest import ORGANISATION, unlock
from tests.ui.shell_support import shell_window


def test_the_window_size_is_remembered_across_runs(
    qtbot: QtBot, ctx: AppContext, existing_store: str
) -> None:
    first = shell_window(ctx)
    qtbot.addWidget(first)
    first.resize(700, 520)  # within the offscreen screen, which is 800 wide
    first.show()
    qtbot.waitExposed(first)
    first.close()

    second = shell_window(AppContext(data_dir=ctx.data_dir, interaction=ctx.interaction))
    qtbot.addWidget(second)
    assert second.restore_geometry()
    assert second.size() == QSize(700, 520)


def test_nothing_to_restore_on_the_first_run(qtbot: QtBot, ctx: AppContext) -> None:
    window = shell_window(ctx)
    qtbot.addWidget(window)
    assert not window.restore_geometry()


def test_the_first_lock_screen_after_start_names_the_organisation(
    qtbot: QtBot, ctx: AppContext, existing_store: str
) -> None:
    first = shell_window(ctx)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    unlock(qtbot, first)
    first.close()

    restarted = AppContext(data_dir=ctx.data_dir, interaction=ctx.interaction)
    second = shell_window(restarted)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.lock_screen.organisation_label.text() == ORGANISATION
    assert second.lock_screen.organisation_label.isVisible()


def test_the_file_holds_only_geometry_and_organisation(
    qtbot: QtBot, ctx: AppContext, existing_store: str
) -> None:
    window = shell_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    unlock(qtbot, window)
    window.close()
    text = WindowState(ctx.data_dir).path.read_text(encoding="utf-8")
    assert "Sam Keyworker" not in text
    keys = {line.split("=", 1)[0] for line in text.splitlines() if "=" in line}
    assert keys == {"geometry", "organisation"}
