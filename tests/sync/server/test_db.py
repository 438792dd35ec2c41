"""sync/server/db.py: the central SQLite file holds records and password hashes, so only
its owner may read it or its folder."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from keyworker_desktop.sync.server import db


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_default_folder_is_0700_and_the_files_0600(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(db.ENV_URL, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = db.default_url()
    folder = Path(url.removeprefix("sqlite:///")).parent
    assert folder.is_relative_to(tmp_path)
    assert mode(folder) == 0o700
    engine = db.make_engine(url)
    try:
        db.upgrade(engine)
    finally:
        engine.dispose()
    files = sorted(folder.iterdir())
    assert files, "no database file was made"
    for f in files:  # central.db, and its -wal/-shm while open
        assert mode(f) == 0o600, f.name


def test_a_database_url_elsewhere_is_made_0600_and_an_existing_default_folder_tightened(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "elsewhere" / "central.db"
    path.parent.mkdir()
    engine = db.make_engine(f"sqlite:///{path}")
    try:
        db.upgrade(engine)
        assert mode(path) == 0o600
    finally:
        engine.dispose()
    monkeypatch.delenv(db.ENV_URL, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    first = Path(db.default_url().removeprefix("sqlite:///")).parent
    first.chmod(0o755)  # as made by earlier versions
    db.default_url()
    assert mode(first) == 0o700
