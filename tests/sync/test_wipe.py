"""Issue 15 item 14: a remote wipe leaves nothing readable behind and says what it cost
(sync/wipe.py, SyncClient._wipe_revoked, /v1/wiped)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from keyworker_desktop.store import backups
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.sync.client import DeviceRevoked, SyncClient
from keyworker_desktop.sync.server import accounts
from keyworker_desktop.sync.server.models import Audit
from keyworker_desktop.sync.wipe import TOKEN_SECRET, wipe_local_store

from .conftest import PASSWORD, Running

PASSPHRASE = "correct horse battery"


def add_people(store: Store, n: int) -> None:
    with store.transaction() as s:
        for i in range(n):
            s.add(YoungPerson(given_name=f"P{i}", family_name="Pryce"))


def test_a_wipe_removes_restored_over_copies_and_follows_no_link(
        make_store: Callable[[str], Store], tmp_path: Path) -> None:
    store = make_store("sam")
    add_people(store, 1)
    made = store.backup()
    store.close()
    aside = backups.restore(store.paths, made, PASSPHRASE)  # a replaced-*/ folder
    assert aside.name.startswith("replaced-") and (aside / "keyworker.db").exists()
    root = store.paths.root
    (root / ".keyworker.key.0a1b2c3d.tmp").write_text("half a key file")
    outside = tmp_path / "not-the-store"
    outside.mkdir()
    (outside / "keep.key").write_text("someone else's file")
    (root / "replaced-planted").symlink_to(outside)
    store = Store.open(root, PASSPHRASE, daily_backup=False)
    wipe_local_store(store)
    left = sorted(p.name for p in root.iterdir())
    assert left == [], left
    assert (outside / "keep.key").read_text() == "someone else's file"


def test_a_revoked_laptop_says_how_many_unsynced_changes_it_lost(
        make_store: Callable[[str], Store], server: Running) -> None:
    client = SyncClient(make_store("sam"), server.url)
    client.register("sam", PASSWORD)
    add_people(client.store, 1)
    client.sync()
    add_people(client.store, 3)  # made after the last sync: never reach the central store
    token = client.secrets.get(TOKEN_SECRET)
    unsynced = client.pending_count()
    assert unsynced >= 3
    device = server.central.run(lambda s: [d.id for d, _n in accounts.list_devices(s)][0])
    server.central.run(lambda s: accounts.revoke_device(s, device))
    root = client.store.paths.root
    with pytest.raises(DeviceRevoked) as info:
        client.sync()
    assert info.value.unsynced == unsynced
    assert f"{unsynced} changes made on this laptop" in info.value.message
    assert not any(root.iterdir())
    wiped = server.central.run(lambda s: [(a.user_name, a.device_id, a.count) for a in
                                          s.scalars(select(Audit).where(
                                              Audit.action == "wiped"))])
    assert wiped == [("sam", device, unsynced)]
    # Reported once per device; a live token cannot report a wipe.
    again = httpx.post(server.url + "/v1/wiped", json={"unsynced": 0},
                       headers={"Authorization": f"Bearer {token}"})
    assert again.status_code == 200 and again.json() == {"recorded": False}
    live = httpx.post(server.url + "/v1/register", json={"user": "alex", "password": PASSWORD})
    other = httpx.post(server.url + "/v1/wiped", json={"unsynced": 5},
                       headers={"Authorization": f"Bearer {live.json()['token']}"})
    assert other.status_code == 409 and other.json()["error"]["code"] == "not_revoked"


def test_a_wipe_with_nothing_unsynced_says_so(make_store: Callable[[str], Store],
                                              server: Running) -> None:
    client = SyncClient(make_store("sam"), server.url)
    client.register("sam", PASSWORD)
    client.sync()
    server.central.run(lambda s: [accounts.revoke_device(s, d.id)
                                  for d, _n in accounts.list_devices(s)])
    with pytest.raises(DeviceRevoked) as info:
        client.sync()
    assert info.value.unsynced == 0 and "Nothing you made on it" in info.value.message
