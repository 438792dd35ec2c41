"""Moving laptops from the app (ui/backup_dialogs.py): File › Back up to… writes the
encrypted file, and "Restore from a backup…" on the first-run page of a second data folder
brings the records back; refusals change nothing."""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from keyworker_desktop.store import keys, settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent, YoungPerson
from keyworker_desktop.store.paths import StorePaths
from keyworker_desktop.ui import backup_dialogs
from keyworker_desktop.ui.backup_dialogs import RestoreDialog, install_backup
from keyworker_desktop.ui.context import AppContext
from keyworker_desktop.ui.interaction import ScriptedInteraction
from keyworker_desktop.ui.main_window import MainWindow
from keyworker_desktop.ui.operations import wait_for_ops
from keyworker_desktop.ui.setup_dialog import SetupPage
from tests.ui.conftest import ORGANISATION, PASSPHRASE, focusable_without_name, unlock


@pytest.fixture
def unlocked(qtbot: QtBot, ctx: AppContext, existing_store: str,
             window: MainWindow) -> MainWindow:
    store = Store.open(ctx.data_dir, PASSPHRASE)
    try:
        with store.transaction() as s:
            s.add(YoungPerson(given_name="Ava", family_name="Jones"))
    finally:
        store.close()
    install_backup(window)
    unlock(qtbot, window)
    return window


def back_up_via_menu(window: MainWindow, folder: Path,
                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_dialogs, "choose_folder", lambda _parent: folder)
    action = window.named_actions["backup"]
    assert action.isEnabled() and action.text() == "&Back up to…"
    action.trigger()
    wait_for_ops(window.ctx)


@pytest.fixture
def second_laptop(qapp: QApplication, tmp_path: Path) -> AppContext:
    return AppContext(data_dir=tmp_path / "new", interaction=ScriptedInteraction(),
                      kdf=keys.TEST_KDF)


def open_restore_by_keyboard(qtbot: QtBot, ctx: AppContext) -> tuple[SetupPage, RestoreDialog]:
    page = SetupPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.restore_button.setFocus()
    qtbot.keyClick(page.restore_button, Qt.Key.Key_Space)
    dialogs = page.findChildren(RestoreDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    return page, dialogs[0]


def restore_by_keyboard(qtbot: QtBot, dialog: RestoreDialog, file: Path, passphrase: str) -> None:
    qtbot.keyClicks(dialog.file, str(file))
    qtbot.keyClick(dialog.file, Qt.Key.Key_Tab)  # past "Choose…"
    dialog.passphrase.setFocus()
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    wait_for_ops(dialog.ctx)


def test_back_up_writes_the_encrypted_file_and_a_second_laptop_restores_it(
        qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, second_laptop: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = unlocked.ctx
    assert isinstance(ctx.interaction, ScriptedInteraction)
    usb = tmp_path / "usb"
    usb.mkdir()
    back_up_via_menu(unlocked, usb, monkeypatch)

    written = list(usb.iterdir())
    assert len(written) == 1 and written[0].suffix == ".kwbackup"
    raw = written[0].read_bytes()
    assert b"Jones" not in raw and zipfile.is_zipfile(written[0])
    [said] = ctx.interaction.texts("inform")
    assert str(written[0]) in said and "encrypted with your passphrase" in said
    assert ctx.store is not None
    with ctx.store.session() as s:
        audits = s.query(AuditEvent).filter_by(entity="store", action="export").all()
        assert [a.detail for a in audits] == [
            f"Encrypted backup of the whole store: {written[0].name}"]

    page, dialog = open_restore_by_keyboard(qtbot, second_laptop)
    assert focusable_without_name(dialog) == []
    with qtbot.waitSignal(page.store_created, timeout=5000):
        restore_by_keyboard(qtbot, dialog, written[0], PASSPHRASE)
    store = second_laptop.store
    assert store is not None and store.paths.root == tmp_path / "new"
    with store.session() as s:
        assert [y.given_name for y in s.query(YoungPerson)] == ["Ava"]
        assert settings.get(s, settings.ORGANISATION) == ORGANISATION
    assert second_laptop.organisation == ORGANISATION
    assert isinstance(second_laptop.interaction, ScriptedInteraction)
    [told] = second_laptop.interaction.texts("inform")
    assert "revoke the old laptop" in told
    assert store.device_id != ctx.store.device_id
    second_laptop.lock()


def test_a_full_drive_or_a_removed_folder_is_said_and_leaves_nothing(
        unlocked: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    interaction = unlocked.ctx.interaction
    assert isinstance(interaction, ScriptedInteraction)
    usb = tmp_path / "usb"
    usb.mkdir()

    def full(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with monkeypatch.context() as m:
        m.setattr(zipfile.ZipFile, "write", full)
        back_up_via_menu(unlocked, usb, monkeypatch)
    assert "not enough space" in interaction.texts("warn")[-1]
    assert list(usb.iterdir()) == []

    usb.rmdir()  # the stick was pulled out after it was chosen
    back_up_via_menu(unlocked, usb, monkeypatch)
    assert f"There is no folder {usb}" in interaction.texts("warn")[-1]
    assert not usb.exists()
    assert interaction.texts("inform") == []


def test_restore_refuses_another_organisation_and_a_file_that_is_not_a_backup(
        qtbot: QtBot, unlocked: MainWindow, tmp_path: Path, second_laptop: AppContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    back_up_via_menu(unlocked, usb, monkeypatch)
    [backup] = usb.iterdir()

    second_laptop.organisation = "North Valley Council"
    _page, dialog = open_restore_by_keyboard(qtbot, second_laptop)
    restore_by_keyboard(qtbot, dialog, backup, PASSPHRASE)
    assert "belongs to Riverside Keyworking Service, not to North Valley Council" in (
        dialog.message.text())
    assert dialog.isVisible() and second_laptop.store is None
    assert not StorePaths(second_laptop.data_dir).exists()

    not_backup = tmp_path / "notes.txt"
    not_backup.write_text("not a backup")
    dialog.file.clear()
    restore_by_keyboard(qtbot, dialog, not_backup, PASSPHRASE)
    assert "is not a Keyworker backup" in dialog.message.text()
    assert second_laptop.store is None and not StorePaths(second_laptop.data_dir).exists()

    second_laptop.organisation = ""
    dialog.file.clear()
    restore_by_keyboard(qtbot, dialog, backup, "wrong words entirely")
    assert "passphrase is not right" in dialog.message.text()
    assert second_laptop.store is None and not StorePaths(second_laptop.data_dir).exists()


def test_restore_asks_for_the_file_and_the_passphrase_first(
        qtbot: QtBot, second_laptop: AppContext) -> None:
    _page, dialog = open_restore_by_keyboard(qtbot, second_laptop)
    qtbot.keyClick(dialog.file, Qt.Key.Key_Return)
    assert dialog.file_message.text() == "Choose the backup file first."
    qtbot.keyClicks(dialog.file, "/somewhere/move.kwbackup")
    qtbot.keyClick(dialog.file, Qt.Key.Key_Return)
    assert "Type the passphrase" in dialog.message.text()
    assert dialog.passphrase.hasFocus() or dialog.focusWidget() is dialog.passphrase
    assert second_laptop.hub.pending_ops == 0
