"""Start-up pieces (app.py): data folder, a log without personal data, the error hook."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from keyworker_desktop import app
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.operations import plain_error_message

SECRET = "Jamie Example lives at 12 Some Street"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handler = app.setup_logging(tmp_path / "logs")
    yield tmp_path / "logs" / "keyworker.log"
    logging.getLogger().removeHandler(handler)
    handler.close()


def test_data_dir_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.setenv("KEYWORKER_DATA_DIR", str(tmp_path))
    assert app.data_dir() == tmp_path
    monkeypatch.delenv("KEYWORKER_DATA_DIR")
    assert "keyworker-desktop" in str(app.data_dir())


def test_exceptions_are_logged_without_their_message(log_file: Path) -> None:
    try:
        raise ValueError(SECRET)
    except ValueError:
        logging.getLogger("keyworker_desktop.test").error("Saving failed", exc_info=True)
    text = log_file.read_text()
    assert "Saving failed" in text and "builtins.ValueError" in text
    assert "test_exceptions_are_logged_without_their_message" in text
    assert SECRET not in text


def test_overlong_messages_are_not_written(log_file: Path) -> None:
    log = logging.getLogger("keyworker_desktop.test")
    log.warning("x" * 501)
    log.warning("short and safe")
    text = log_file.read_text()
    assert "short and safe" in text and "x" * 501 not in text


def test_the_excepthook_logs_and_shows_the_plain_message(
    qapp: QApplication, log_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    interaction = ScriptedInteraction()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    app.install_excepthook(AppContext(data_dir=tmp_path, interaction=interaction))
    try:
        raise RuntimeError(SECRET)
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert interaction.texts("warn") == [plain_error_message()]
    text = log_file.read_text()
    assert "builtins.RuntimeError" in text and SECRET not in text


def test_translators_load_without_any_shipped_translation(qapp: QApplication) -> None:
    for translator in app.install_translators(qapp):
        qapp.removeTranslator(translator)


# The window as app.main builds it; which heavy modules are loaded when the lock screen
# shows, and which are still missing once the background imports are done.
LOCK_SCREEN_SCRIPT = textwrap.dedent("""
    import json, sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from keyworker_desktop import app
    from keyworker_desktop.ui import preload
    from keyworker_desktop.ui.context import AppContext
    from keyworker_desktop.ui.compose import compose

    HEAVY = ("sqlalchemy", "alembic", "keyworker_desktop.store.database",
             "keyworker_desktop.ui.today_screen", "keyworker_desktop.ui.caseload_screen",
             "keyworker_desktop.ui.record.record_view")
    qapp = QApplication(sys.argv[:1])
    app.configure_application(qapp)
    window = compose(AppContext(data_dir=Path(sys.argv[1])))
    window.show()
    locked = window.pages.currentWidget() is window.lock_screen
    at_lock_screen = [m for m in HEAVY if m in sys.modules]
    for _ in range(50):  # the background imports start from the event loop
        qapp.processEvents()
        time.sleep(0.01)
    preload.wait()
    print(json.dumps({"locked": locked, "at_lock_screen": at_lock_screen,
                      "missing_after": [m for m in HEAVY if m not in sys.modules]}))
""")


def test_the_lock_screen_shows_before_the_store_and_screens_are_imported(
    tmp_path: Path,
) -> None:
    (tmp_path / "keyworker.key").write_text("{}")  # a store to unlock, not first run
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", LOCK_SCREEN_SCRIPT, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout.strip().splitlines()[-1])
    assert out == {"locked": True, "at_lock_screen": [], "missing_after": []}


def test_the_app_installs_the_wheel_guard(monkeypatch: pytest.MonkeyPatch,
                                          qapp: QApplication) -> None:
    installed: list[QApplication] = []
    monkeypatch.setattr(app.wheel_guard, "install", installed.append)
    monkeypatch.setattr(qapp, "setStyleSheet", lambda _style: None)
    monkeypatch.setattr(qapp, "setFont", lambda _font: None)
    app.configure_application(qapp)
    assert installed == [qapp]
