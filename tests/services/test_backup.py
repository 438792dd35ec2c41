"""The backup carried to a new laptop (services/backup.py): written whole into a chosen
folder or not at all, audited, and a failure worded with nothing left behind."""

from __future__ import annotations

import errno
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from keyworker_desktop.services.backup import (
    BackupNotWritten,
    back_up_into,
    back_up_to,
    restore_here,
)
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent
from keyworker_desktop.store.portable import OtherOrganisation

PASS = "pebble lantern thursday"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.create(tmp_path / "data", PASS, user_name="Sam", organisation="Riverside",
                     kdf=keys.TEST_KDF)
    yield s
    s.close()


def exports(store: Store) -> list[str]:
    with store.session() as s:
        return [a.detail for a in s.query(AuditEvent).filter_by(action="export",
                                                                  entity="store")]


def test_a_backup_into_a_folder_is_named_by_its_time_and_audited(
        store: Store, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    path = back_up_into(store, usb, now=datetime(2026, 12, 5, 21, 40, 3))
    assert path == usb / "keyworker-20261205-214003.kwbackup"
    assert sorted(p.name for p in usb.iterdir()) == [path.name]
    assert exports(store) == [f"Encrypted backup of the whole store: {path.name}"]


def test_the_command_lines_file_name_is_kept(store: Store, tmp_path: Path) -> None:
    assert back_up_to(store, tmp_path / "move.kwbackup") == tmp_path / "move.kwbackup"
    assert zipfile.is_zipfile(tmp_path / "move.kwbackup")


@pytest.mark.parametrize(("code", "words"), [
    (errno.EROFS, "it is read-only or you may not write there"),
    (errno.ENOSPC, "There is not enough space in"),
    (errno.ENOENT, "is no longer there (was the drive removed?)"),
    (errno.EBUSY, "could not be written in"),
])
def test_a_failed_write_is_worded_leaves_nothing_and_is_not_audited(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int,
        words: str) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()

    def fail(*_args: object, **_kwargs: object) -> None:
        raise OSError(code, "failed")

    monkeypatch.setattr(zipfile.ZipFile, "write", fail)
    with pytest.raises(BackupNotWritten) as caught:
        back_up_into(store, usb)
    assert words in caught.value.message and "Nothing was written." in caught.value.message
    assert list(usb.iterdir()) == []
    assert exports(store) == []


def test_a_folder_that_is_gone_is_not_written_over_as_a_file(
        store: Store, tmp_path: Path) -> None:
    with pytest.raises(BackupNotWritten) as caught:
        back_up_into(store, tmp_path / "gone")
    assert caught.value.code == "backup.no_folder"
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_restore_here_opens_the_restored_store_and_refuses_another_organisation(
        store: Store, tmp_path: Path) -> None:
    backup = back_up_to(store, tmp_path / "move.kwbackup")
    with pytest.raises(OtherOrganisation):
        restore_here(tmp_path / "other", backup, PASS, organisation="North Valley")
    assert not (tmp_path / "other").exists()
    done, opened = restore_here(tmp_path / "new", backup, PASS, organisation="riverside")
    try:
        assert done.organisation == "Riverside" and opened.paths.root == tmp_path / "new"
        assert opened.device_id == done.device_id != store.device_id
    finally:
        opened.close()
