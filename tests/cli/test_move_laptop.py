"""Moving to a new laptop: ``keyworker backup --out`` to removable media, then
``keyworker restore FILE`` into an empty data folder on the new laptop."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import DeviceSecret
from keyworker_desktop.store.paths import StorePaths
from tests.cli.conftest import PASS


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


@pytest.fixture
def old_laptop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A store for 'North Valley Council' holding two young people and a sync token."""
    root = tmp_path / "old"
    assert run(root, "init", "--name", "Sam", "--organisation", "North Valley Council") == 0
    for given, family in (("Ava", "Jones"), ("Ben", "Okoro")):
        assert run(root, "add", "young-person", "--given-name", given,
                   "--family-name", family) == 0
    store = Store.open(root, PASS)
    try:
        with store.transaction() as s:
            s.add(DeviceSecret(name="token", value=b"old laptop's token"))
    finally:
        store.close()
    capsys.readouterr()
    return root


def listing(root: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    capsys.readouterr()
    assert run(root, "list", "young-people", "--json") == 0
    return sorted(str(p["name"])
                  for p in json.loads(capsys.readouterr().out))


def export(old: Path, media: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    media.mkdir(exist_ok=True)
    assert run(old, "backup", "--out", str(media / "move.kwbackup")) == 0
    assert "Encrypted backup written to" in capsys.readouterr().out
    return media / "move.kwbackup"


def test_restore_on_a_new_laptop_opens_with_the_passphrase_and_holds_the_same_records(
        old_laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = listing(old_laptop, capsys)
    assert before == ["Ava Jones", "Ben Okoro"]
    backup = export(old_laptop, tmp_path / "usb", capsys)
    assert not list((tmp_path / "usb").glob("*.partial"))
    # Encrypted: none of the names is in the file.
    raw = backup.read_bytes()
    assert b"Jones" not in raw and b"Okoro" not in raw and b"North Valley" not in raw

    new = tmp_path / "new"
    assert run(new, "restore", str(backup), "--organisation", "north valley  council") == 0
    out = capsys.readouterr().out
    assert "Restored the backup" in out and "revoke the old laptop" in out
    assert listing(new, capsys) == before
    assert run(new, "check") == 0

    old_store, new_store = Store.open(old_laptop, PASS), Store.open(new, PASS)
    try:
        # A new device: the old laptop can be revoked without touching this one.
        assert new_store.device_id and new_store.device_id != old_store.device_id
        with new_store.session() as s:
            assert s.get(DeviceSecret, "token") is None
            assert settings.get(s, settings.ORGANISATION) == "North Valley Council"
    finally:
        old_store.close()
        new_store.close()


def test_wrong_passphrase_leaves_the_new_folder_empty(
        old_laptop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    backup = export(old_laptop, tmp_path / "usb", capsys)
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", "not the passphrase")
    assert run(tmp_path / "new", "restore", str(backup)) == 3
    assert not (tmp_path / "new").exists()


def test_another_organisations_backup_is_refused(
        old_laptop: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    backup = export(old_laptop, tmp_path / "usb", capsys)
    new = tmp_path / "new"
    monkeypatch.setenv("KEYWORKER_ORGANISATION", "South Hills Health Board")
    assert run(new, "restore", str(backup)) == 2
    err = capsys.readouterr().err
    assert "North Valley Council" in err and "South Hills Health Board" in err
    assert "Nothing was changed" in err and "Traceback" not in err
    assert not new.exists()


@pytest.mark.parametrize("make", ["random", "truncated", "a plain database", "a zip"])
def test_a_file_that_is_not_a_whole_backup_is_refused(
        make: str, old_laptop: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    backup = export(old_laptop, tmp_path / "usb", capsys)
    bad = tmp_path / "usb" / "bad.kwbackup"
    if make == "random":
        bad.write_bytes(os.urandom(200_000))
    elif make == "truncated":
        bad.write_bytes(backup.read_bytes()[: backup.stat().st_size * 2 // 3])
    elif make == "a plain database":
        bad.write_bytes((old_laptop / "keyworker.db").read_bytes())
    else:
        import zipfile

        with zipfile.ZipFile(bad, "w") as zf:
            zf.writestr("notes.txt", "hello")
    new = tmp_path / "new"
    new.mkdir()
    assert run(new, "restore", str(bad)) == 2
    err = capsys.readouterr().err
    assert "is not a Keyworker backup" in err and "Nothing was changed" in err
    assert "Traceback" not in err
    assert list(new.iterdir()) == []


def test_a_backup_whose_database_is_damaged_inside_is_refused(
        old_laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = export(old_laptop, tmp_path / "usb", capsys)
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF  # one flipped byte in the database's pages
    backup.write_bytes(bytes(data))
    assert run(tmp_path / "new", "restore", str(backup)) == 2
    assert "is not a Keyworker backup" in capsys.readouterr().err
    assert not (tmp_path / "new").exists()


def test_restore_never_replaces_a_store_that_is_there(
        old_laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = export(old_laptop, tmp_path / "usb", capsys)
    other = tmp_path / "other"
    assert run(other, "init") == 0
    key_before = StorePaths(other).key.read_bytes()
    assert run(other, "restore", str(backup)) == 5
    assert "already holds a Keyworker store" in capsys.readouterr().err
    assert StorePaths(other).key.read_bytes() == key_before


def test_backup_out_to_a_folder_that_is_not_there(
        old_laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(old_laptop, "backup", "--out", str(tmp_path / "no-stick" / "b.kwbackup")) == 2
    assert "no folder" in capsys.readouterr().err
