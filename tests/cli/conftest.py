"""Shared command-line test set-up: a cheap key derivation, the passphrase from the
environment, a fresh store, and one demo store per module for read-only use. The sync
commands run against the same central store fixtures as the sync library's tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store import keys
from tests.sync.conftest import database_url, postgres_server, server  # noqa: F401

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.TEST_KDF)
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", PASS)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A fresh store that never held the demo."""
    assert cli.main(["--data-dir", str(tmp_path / "store"), "init", "--name", "Sam"]) == 0
    return tmp_path / "store"


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One store with the demo caseload for the whole module (read-only use)."""
    root = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keys, "DEFAULT_KDF", keys.TEST_KDF)
        mp.setenv("KEYWORKER_PASSPHRASE", PASS)
        assert cli.main(["--data-dir", str(root / "store"), "init", "--name", "Alex Morgan"]) == 0
        assert cli.main(["--data-dir", str(root / "store"), "demo"]) == 0
    return root / "store"
