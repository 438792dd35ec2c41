"""The store commands (init, passwd, check, backup, restore): exit codes, messages, and what
the store then holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store import keys


def run(tmp: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(tmp / "store"), *args])


def test_init_then_init_again_refuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "init", "--name", "Alex Morgan") == 0
    key_before = (tmp_path / "store" / "keyworker.key").read_bytes()
    assert run(tmp_path, "init") == 5
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "store" / "keyworker.key").read_bytes() == key_before


def test_wrong_passphrase_has_its_own_exit_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, "init")
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", "not the passphrase")
    assert run(tmp_path, "list", "young-people") == 3
    err = capsys.readouterr().err
    assert "passphrase is not right" in err
    assert "Traceback" not in err


def test_missing_store_and_corrupt_store(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path, "list", "young-people") == 5
    run(tmp_path, "init")
    db = tmp_path / "store" / "keyworker.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert run(tmp_path, "check") == 4
    assert str(db) in capsys.readouterr().err


def test_usage_error_exit_code(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run(tmp_path, "no-such-command")
    assert exc.value.code == 2


def test_passwd_rewraps_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run(tmp_path, "init")
    monkeypatch.setenv("KEYWORKER_NEW_PASSPHRASE", "purple otter lantern")
    assert run(tmp_path, "passwd") == 0
    assert run(tmp_path, "check") == 3
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", "purple otter lantern")
    assert run(tmp_path, "check") == 0


def test_backup_and_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, "init")
    assert run(tmp_path, "backup") == 0
    capsys.readouterr()
    assert run(tmp_path, "restore") == 0
    assert "1." in capsys.readouterr().out
    assert run(tmp_path, "restore", "1") == 0
    assert "Restored" in capsys.readouterr().out
    assert any(p.name.startswith("replaced-") for p in (tmp_path / "store").iterdir())
    assert run(tmp_path, "check") == 0


@pytest.mark.parametrize("page", [1, "middle"])
def test_check_reports_one_damaged_page_plainly(tmp_path: Path, page: int | str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """One page overwritten in the middle (a bad disk sector): exit 4 and a plain message,
    whether the page is read on opening (page 1: the schema) or only by the check."""
    assert run(tmp_path, "init") == 0
    db = tmp_path / "store" / "keyworker.db"
    pages = db.stat().st_size // 4096
    index = pages // 2 if page == "middle" else int(page)
    with db.open("r+b") as f:
        f.seek(index * 4096 + 1000)
        f.write(b"\xff" * 64)
    capsys.readouterr()
    assert run(tmp_path, "check") == 4
    err = capsys.readouterr().err
    assert "damaged" in err or "problems" in err
    assert "Traceback" not in err
    assert "keyworker restore" in err


def test_passwd_rewraps_the_backups_key_copies_and_reports_one_it_cannot(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, "init")
    assert run(tmp_path, "backup") == 0
    backups = tmp_path / "store" / "backups"
    copies = sorted(backups.glob("*.key"))  # the daily backup on opening, and this one
    assert copies
    stray = backups / "keyworker-stray.key"
    stray.write_text("{ damaged")
    capsys.readouterr()
    monkeypatch.setenv("KEYWORKER_NEW_PASSPHRASE", "purple otter lantern")

    assert run(tmp_path, "passwd") == 1

    out, err = capsys.readouterr()
    assert "Passphrase changed" in out
    assert str(stray) in err
    for copy in copies:
        assert str(copy) not in err
        assert keys.unwrap(keys.read_key_file(copy), "purple otter lantern")
