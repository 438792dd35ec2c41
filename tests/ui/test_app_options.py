"""``keyworker-desktop --version``, ``--help`` and ``--self-test``, and a second launch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from keyworker_desktop import __version__, app
from keyworker_desktop.ui import single_instance

ROOT = Path(__file__).resolve().parents[2]


def launch(*args: str, data_dir: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, KEYWORKER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "keyworker_desktop", *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_version_answers_and_exits(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        app.main(["keyworker-desktop", "--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"Keyworker Desktop {__version__}"


def test_help_names_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        app.main(["keyworker-desktop", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for option in ("--version", "--self-test", "KEYWORKER_DATA_DIR"):
        assert option in out


@pytest.mark.slow
def test_the_self_test_runs_as_a_program(tmp_path: Path) -> None:
    proc = launch("--self-test", data_dir=tmp_path / "never-used")
    out, err = proc.communicate(timeout=240)
    assert proc.returncode == 0, out + err
    assert "Self-test passed" in out
    assert "propagateSizeHints" not in err
    assert not (tmp_path / "never-used").exists()  # a throwaway store, elsewhere


def test_a_second_launch_brings_the_first_forward_and_exits(qtbot: QtBot,
                                                            tmp_path: Path) -> None:
    first = single_instance.acquire(tmp_path)
    assert first is not None
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=60_000):
            proc = launch(data_dir=tmp_path)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
    finally:
        first.close()
    assert not (tmp_path / "keyworker.db").exists()  # it opened nothing


def test_the_window_icon_is_the_apps_own(monkeypatch: pytest.MonkeyPatch,
                                          qapp: QApplication) -> None:
    monkeypatch.setattr(qapp, "setStyleSheet", lambda _style: None)
    monkeypatch.setattr(qapp, "setFont", lambda _font: None)
    monkeypatch.setattr(app.wheel_guard, "install", lambda _app: None)
    app.configure_application(qapp)
    icon = qapp.windowIcon()
    assert not icon.isNull()
    assert {16, 48, 256} <= {size.width() for size in icon.availableSizes()}
    assert qapp.desktopFileName() == app.DESKTOP_FILE_NAME
