"""``keyworker`` with no ``--data-dir`` uses the desktop app's data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyworker_desktop import app, cli


def test_the_app_and_the_command_line_use_one_data_folder(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("KEYWORKER_DATA_DIR", "~/x")
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", "correct horse battery")
    assert app.data_dir() == tmp_path / "x"
    assert cli.main(["check"]) == 5
    assert f"There is no Keyworker store in {tmp_path / 'x'}." in capsys.readouterr().err
