"""One app per data folder: a second launch asks the first to come forward, and stops."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from pytestqt.qtbot import QtBot

from keyworker_desktop.ui import single_instance
from keyworker_desktop.ui.single_instance import SingleInstance, server_name


def test_the_name_follows_the_folder_however_it_is_written(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert str(tmp_path) not in server_name(tmp_path / "a")  # no path (or name) in the socket


def test_a_second_instance_brings_the_first_forward(qtbot: QtBot, tmp_path: Path) -> None:
    first = single_instance.acquire(tmp_path)
    assert first is not None
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=5000):
            assert single_instance.acquire(tmp_path) is None
        other_folder = single_instance.acquire(tmp_path / "elsewhere")
        assert other_folder is not None  # another data folder is another app
        other_folder.close()
    finally:
        first.close()
    again = single_instance.acquire(tmp_path)  # the first has gone: this one runs
    assert again is not None
    again.close()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no file behind")
def test_a_socket_left_by_a_crash_is_taken_over(tmp_path: Path) -> None:
    name = server_name(tmp_path)
    path = Path(QDir.tempPath()) / name
    # A crashed instance leaves its socket file with nobody listening behind it.
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as crashed:
        crashed.bind(str(path))
    assert path.exists()
    instance = SingleInstance(name)
    try:
        assert instance.listen()
        assert instance.server.isListening()
    finally:
        instance.close()
