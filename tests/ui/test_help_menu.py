"""Help › User guide (F1) and Help › About, at the lock screen as well as unlocked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from keyworker_desktop import __version__
from keyworker_desktop.ui import guide, help_menu
from keyworker_desktop.ui.about import AboutDialog
from keyworker_desktop.ui.compose import compose
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.guide import GuideWindow
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from tests.ui.conftest import focusable_without_name


@pytest.fixture
def app_window(qtbot: QtBot, ctx: AppContext, existing_store: str) -> MainWindow:
    """The composed window at the lock screen."""
    window = compose(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_about_box_names_the_version_and_the_licences(
        qtbot: QtBot, app_window: MainWindow) -> None:
    about_action = app_window.named_actions["about"]
    assert about_action.isEnabled()  # at the lock screen
    about_action.trigger()
    about = next(w for w in QApplication.topLevelWidgets()
                 if isinstance(w, AboutDialog) and w.isVisible())
    qtbot.addWidget(about)
    assert about.version.text() == f"Version {__version__}"
    parts = about.parts.toPlainText()
    for name, licence in (("Qt", "LGPL-3.0-only"), ("SQLAlchemy", "MIT"),
                          ("ReportLab", "BSD-3-Clause"), ("Python", "PSF-2.0")):
        assert name in parts and licence in parts
    assert "psycopg" not in parts and "uvicorn" not in parts  # not in the laptop's app
    assert focusable_without_name(about) == []
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_f1_opens_the_guide_with_its_text(qtbot: QtBot, app_window: MainWindow, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    written = tmp_path / "docs" / "user-guide.md"
    written.parent.mkdir()
    written.write_text("# Your day\n\nUnlock with your passphrase.\n", encoding="utf-8")
    monkeypatch.setattr(guide, "guide_candidates", lambda: [tmp_path / "nowhere.md", written])
    app_window.activateWindow()
    qtbot.keyClick(app_window, Qt.Key.Key_F1)
    shown = [w for w in app_window.findChildren(GuideWindow) if w.isVisible()]
    assert len(shown) == 1
    assert "Unlock with your passphrase." in shown[0].browser.toPlainText()
    assert focusable_without_name(shown[0]) == []
    shown[0].close()


def test_a_missing_guide_is_said_plainly(app_window: MainWindow,
                                         monkeypatch: pytest.MonkeyPatch,
                                         interaction: ScriptedInteraction,
                                         tmp_path: Path) -> None:
    monkeypatch.setattr(guide, "guide_candidates", lambda: [tmp_path / "nowhere.md"])
    assert help_menu.show_guide(app_window) is None
    assert any("not installed" in text for text in interaction.texts())


def test_the_repository_guide_is_found_when_it_is_there() -> None:
    path = guide.guide_path()
    repo_guide = Path(__file__).resolve().parents[2] / "docs" / "user-guide.md"
    assert path == (repo_guide if repo_guide.is_file() else None)


def test_the_about_box_renders(qtbot: QtBot, tmp_path: Path) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    image = about.grab().toImage()
    assert image.width() > 300 and image.height() > 200
    assert QMessageBox  # the dialog is our own, not a message box that could not list parts
    assert image.save(str(tmp_path / "about.png"))
