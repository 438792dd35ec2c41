"""The command line and the app never write one store at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store.database import Store
from tests.cli.conftest import PASS


def test_a_command_on_a_store_open_elsewhere_says_so(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    held = Store.open(root, PASS, daily_backup=False)  # as the unlocked app holds it
    try:
        capsys.readouterr()
        code = cli.main(["--data-dir", str(root), "add", "young-person",
                         "--given-name", "Ada", "--family-name", "Jones"])
        err = capsys.readouterr().err
        assert code == 1
        assert "open in the app" in err
        assert cli.main(["--data-dir", str(root), "backup"]) == 1
    finally:
        held.close()
    assert cli.main(["--data-dir", str(root), "list", "young-people"]) == 0
    assert "Ada" not in capsys.readouterr().out


def test_restore_waits_for_no_one(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(root), "backup"]) == 0
    held = Store.open(root, PASS, daily_backup=False)
    try:
        capsys.readouterr()
        assert cli.main(["--data-dir", str(root), "restore", "1"]) == 1
        assert "open in the app" in capsys.readouterr().err
    finally:
        held.close()
