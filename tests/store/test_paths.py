"""The default data folder: ``KEYWORKER_DATA_DIR`` with ``~`` expanded, else the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyworker_desktop.store.paths import default_data_dir


def test_the_environment_wins_and_tilde_is_expanded(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("KEYWORKER_DATA_DIR", "~/kw")
    assert default_data_dir() == tmp_path / "kw"
    monkeypatch.setenv("KEYWORKER_DATA_DIR", str(tmp_path / "elsewhere"))
    assert default_data_dir() == tmp_path / "elsewhere"


def test_otherwise_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KEYWORKER_DATA_DIR", raising=False)
    assert default_data_dir().name == "keyworker-desktop"
    monkeypatch.setenv("KEYWORKER_DATA_DIR", "")
    assert default_data_dir().name == "keyworker-desktop"
