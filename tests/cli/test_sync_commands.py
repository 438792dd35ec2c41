"""``keyworker sync`` (cli/sync_commands.py) says what happened to young people no longer
allocated."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.cli.sync_commands import scope_lines
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from tests.sync.conftest import PASSWORD, Running
from tests.sync.test_client import add_person, allocate, edit, person

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.TEST_KDF)
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", PASS)
    monkeypatch.setenv("KEYWORKER_SERVER_PASSWORD", PASSWORD)


def test_sync_prints_a_line_for_removed_and_for_kept_young_people(
        tmp_path: Path, server: Running, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "laptop"
    assert cli.main(["--data-dir", str(data), "init", "--name", "sam"]) == 0
    store = Store.open(data, PASS, daily_backup=False)
    jo, kit = add_person(store, "Xanthe"), add_person(store, "Kit")
    store.close()
    sync = ["--data-dir", str(data), "sync", "--server", server.url, "--user", "sam"]
    assert cli.main(sync) == 0
    allocate(server, "alex", jo)
    allocate(server, "alex", kit)
    store = Store.open(data, PASS, daily_backup=False)
    edit(store, kit, interests="written offline")
    store.close()
    capsys.readouterr()

    assert cli.main(sync) == 0

    out = capsys.readouterr().out
    assert ("Removed 1 young person from this laptop: no longer allocated to you. Everything "
            "synced about them is safe on the central store.") in out.splitlines()
    assert ("Kept 1 young person no longer allocated to you on this laptop: they have changes "
            "the central store has not accepted. Please speak to your manager."
            ) in out.splitlines()
    assert "Xanthe" not in out and "Kit" not in out
    store = Store.open(data, PASS, daily_backup=False)
    try:
        assert person(store, jo) is None
        kept = person(store, kit)
        assert kept is not None and kept.interests == "written offline"
    finally:
        store.close()


def test_scope_lines_count_in_words() -> None:
    assert scope_lines(0, 0) == []
    [removed] = scope_lines(3, 0)
    assert removed.startswith("Removed 3 young people from this laptop")
    [kept] = scope_lines(0, 2)
    assert kept.startswith("Kept 2 young people") and "speak to your manager" in kept
