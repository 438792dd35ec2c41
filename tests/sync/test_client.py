"""End to end: laptops sync through a real central store on loopback (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from keyworker_desktop.store import keys
from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson
from keyworker_desktop.sync import conflicts, wire
from keyworker_desktop.sync.batching import encode_change, push_body, read_batch
from keyworker_desktop.sync.client import (
    AuthenticationFailed,
    DeleteRefused,
    DeviceRevoked,
    InsecureServer,
    SyncClient,
    check_server_url,
)
from keyworker_desktop.sync.server import accounts
from keyworker_desktop.sync.server.models import Audit

from .conftest import PASSWORD, Running


def laptop(make_store: Callable[[str], Store], server: Running, user: str) -> SyncClient:
    client = SyncClient(make_store(user), server.url)
    client.register(user, PASSWORD, f"{user}'s laptop")
    return client


def add_person(store: Store, given: str = "Jo", **extra: object) -> str:
    with store.transaction() as s:
        yp = YoungPerson(given_name=given, family_name="Pryce", **extra)
        s.add(yp)
        s.flush()
        return yp.id


def edit(store: Store, yp_id: str, **values: object) -> None:
    with store.transaction() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        for k, v in values.items():
            setattr(yp, k, v)


def person(store: Store, yp_id: str) -> YoungPerson | None:
    with store.session() as s:
        return s.get(YoungPerson, yp_id)


def allocate(server: Running, user: str, yp_id: str) -> None:
    server.central.run(lambda s: accounts.allocate(s, user, yp_id))


def test_plain_http_is_refused_except_to_loopback() -> None:
    assert check_server_url("http://127.0.0.1:8000/") == "http://127.0.0.1:8000"
    assert check_server_url("https://central.example.org")
    with pytest.raises(InsecureServer):
        check_server_url("http://central.example.org")


def test_round_trip_merge_and_nothing_to_do(make_store: Callable[[str], Store],
                                            server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    morgan = laptop(make_store, server, "morgan")  # senior in sam's team
    yp = add_person(sam.store, interests="trains")
    assert sam.pending_by_young_person() == {yp: 1}
    up = sam.sync()
    assert up.pushed == 1 and sam.pending_count() == 0
    down = morgan.sync()
    assert down.pulled == 1 and person(morgan.store, yp).interests == "trains"  # type: ignore[union-attr]
    # Different fields on both sides merge without asking.
    edit(sam.store, yp, preferred_name="Jojo")
    edit(morgan.store, yp, pronouns="she/her")
    sam.sync(), morgan.sync(), sam.sync()
    for c in (sam, morgan):
        p = person(c.store, yp)
        assert p is not None and (p.preferred_name, p.pronouns) == ("Jojo", "she/her")
        assert conflicts.open_conflicts(c.store) == []
    quiet = sam.sync()
    assert quiet.nothing_to_do and quiet.requests == 1  # one small round trip


def test_same_field_conflict_is_kept_resolved_and_synced(make_store: Callable[[str], Store],
                                                        server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    morgan = laptop(make_store, server, "morgan")
    yp = add_person(sam.store)
    sam.sync(), morgan.sync()
    edit(sam.store, yp, preferred_name="Jojo")
    edit(morgan.store, yp, preferred_name="Joanne")
    sam.sync()
    summary = morgan.sync()
    assert summary.new_conflicts == 1 and summary.open_conflicts == 1
    sam.sync()
    [c_sam] = conflicts.open_conflicts(sam.store)
    assert {c_sam.current["value"], c_sam.incoming["value"]} == {"Jojo", "Joanne"}
    assert c_sam.mine(sam.store.device_id)["value"] == "Jojo"  # type: ignore[index]
    conflicts.resolve(sam.store, c_sam.id, "Joanne")
    sam.sync(), morgan.sync()
    for c in (sam, morgan):
        assert person(c.store, yp).preferred_name == "Joanne"  # type: ignore[union-attr]
        assert conflicts.open_conflicts(c.store) == []
        seen = {v.get("preferred_name") for h in conflicts.history(c.store, yp)
                for v in [h["values"]]}
        assert {"Jojo", "Joanne"} <= seen  # the losing side can be seen and restored


def test_edit_against_delete_keeps_the_record(make_store: Callable[[str], Store],
                                             server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    morgan = laptop(make_store, server, "morgan")
    yp = add_person(sam.store)
    sam.sync(), morgan.sync()
    with morgan.store.transaction() as s:
        tombstone(s, s.get(YoungPerson, yp))  # type: ignore[arg-type]
    edit(sam.store, yp, interests="swimming")
    morgan.sync(), sam.sync(), morgan.sync()
    for c in (sam, morgan):
        p = person(c.store, yp)
        assert p is not None and p.deleted_at is None and p.interests == "swimming"
        assert [x.kind for x in conflicts.open_conflicts(c.store)] == ["delete"]


def test_scope_keyworker_cannot_pull_or_push_anothers_young_person(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    alex = laptop(make_store, server, "alex")
    pat = laptop(make_store, server, "pat")  # manager of another team
    yp = add_person(sam.store)
    sam.sync()
    assert alex.sync().pulled == 0 and person(alex.store, yp) is None
    assert pat.sync().pulled == 0
    # Alex forges a change to Sam's young person: refused, kept on Alex's laptop, audited.
    with alex.store.transaction() as s:
        s.add(YoungPerson(id=yp, given_name="Forged", family_name="X"))
    summary = alex.sync()
    assert [r.code for r in summary.rejected] == ["out_of_scope"]
    assert alex.pending_count() == 1
    sam.sync()
    assert person(sam.store, yp).given_name == "Jo"  # type: ignore[union-attr]
    denied = server.central.run(lambda s: s.scalar(
        select(func.count()).select_from(Audit).where(Audit.action == "denied",
                                                      Audit.user_name == "alex")))
    assert denied >= 1
    # Once a manager allocates, Alex sees the record.
    allocate(server, "alex", yp)
    alex.store.close()


def test_out_of_scope_push_is_403_and_applies_nothing(make_store: Callable[[str], Store],
                                                      server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    alex = laptop(make_store, server, "alex")
    yp = add_person(sam.store)
    sam.sync()
    token = alex.secrets.get("sync_token")
    change = {"change_id": "x1", "entity": "young_person", "record_id": yp,
              "young_person_id": yp, "op": "update", "fields": {"given_name": "Evil"},
              "base_version": 1, "hlc": "000000000000001-000000-dev", "author": "alex",
              "device": "dev"}
    r = httpx.post(server.url + "/v1/push", json={"changes": [change]},
                   headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "out_of_scope"
    root = httpx.post(server.url + "/v1/register", json={"user": "root", "password": PASSWORD})
    r = httpx.get(server.url + "/v1/pull",
                  headers={"Authorization": f"Bearer {root.json()['token']}"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"


def test_malformed_and_oversized_pushes_change_nothing(make_store: Callable[[str], Store],
                                                      server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    auth = {"Authorization": f"Bearer {sam.secrets.get('sync_token')}",
            "Content-Type": "application/json"}  # other types are 415 (test_bodies.py)
    for body in (b"{not json", b'{"changes": 3}', b'{"changes": [{"change_id": 1}]}'):
        r = httpx.post(server.url + "/v1/push", content=body, headers=auth)
        assert r.status_code == 400 and r.json()["error"]["code"] == "malformed"
    r = httpx.post(server.url + "/v1/push", content=b" " * (wire.MAX_PUSH_BODY + 1),
                   headers=auth)
    assert r.status_code == 413
    r = httpx.get(server.url + "/v1/pull?after=x", headers=auth)
    assert r.status_code == 400
    assert httpx.get(server.url + "/v1/status").json()["latest_seq"] == 0
    assert httpx.get(server.url + "/v1/pull").status_code == 401


def test_a_retried_push_applies_once(make_store: Callable[[str], Store],
                                     server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    add_person(sam.store)
    with sam.store.session() as s:
        body = push_body([encode_change(r) for r in read_batch(s, "sam", 0, 1 << 62, 500)])
    auth = {"Authorization": f"Bearer {sam.secrets.get('sync_token')}",
            "Content-Type": "application/json"}
    first = httpx.post(server.url + "/v1/push", content=body, headers=auth).json()
    again = httpx.post(server.url + "/v1/push", content=body, headers=auth).json()
    assert first["results"][0]["status"] == "applied"
    assert again["results"][0]["status"] == "duplicate"
    assert again["results"][0]["seq"] == first["results"][0]["seq"]
    # The answer was "lost": the laptop sends it again in its next sync, nothing duplicates.
    assert sam.sync().pushed == 0 and sam.pending_count() == 0
    assert httpx.get(server.url + "/v1/status").json()["latest_seq"] == 1


def test_revoked_device_is_refused_and_wiped(make_store: Callable[[str], Store],
                                             server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    add_person(sam.store)
    sam.sync()
    devices = server.central.run(lambda s: [d.id for d, n in accounts.list_devices(s)])
    server.central.run(lambda s: accounts.revoke_device(s, devices[0]))
    paths = sam.store.paths
    with pytest.raises(DeviceRevoked) as info:
        sam.sync()
    assert "revoked" in info.value.message
    assert not sam.store.is_open
    assert not paths.db.exists() and not paths.key.exists() and not paths.backups.exists()


def test_wrong_password_is_refused(make_store: Callable[[str], Store], server: Running) -> None:
    client = SyncClient(make_store("sam"), server.url)
    with pytest.raises(AuthenticationFailed):
        client.register("sam", "wrong password")
    assert not client.is_registered()


def test_mass_delete_stops_and_asks(make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    ids = [add_person(sam.store, f"P{i}") for i in range(12)]
    sam.sync()
    with sam.store.transaction() as s:
        for i in ids:
            tombstone(s, s.get(YoungPerson, i))  # type: ignore[arg-type]
    asked: list[tuple[str, int, int]] = []

    def no(side: str, n: int, live: int) -> bool:
        asked.append((side, n, live))
        return False

    with pytest.raises(DeleteRefused):
        sam.sync(confirm_deletes=no)
    assert asked == [("central", 12, 12)] and sam.pending_count() == 12
    assert sam.sync(confirm_deletes=lambda *_: True).pushed == 12


def test_progress_and_cancel(make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    sam.batch_size = 2
    for i in range(5):
        add_person(sam.store, f"P{i}")
    stages: list[tuple[str, int, int]] = []
    stop = threading.Event()

    def progress(stage: str, done: int, total: int) -> None:
        stages.append((stage, done, total))
        if done == 4:  # Cancel pressed as the second batch is acknowledged
            stop.set()

    summary = sam.sync(progress=progress, cancel=stop.is_set)
    assert summary.cancelled and summary.pushed == 4 and sam.pending_count() == 1
    assert stages == [("sending", 0, 5), ("sending", 2, 5), ("sending", 4, 5)]
    assert sam.sync().pushed == 1


def test_a_newly_allocated_young_person_arrives_with_its_history(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    alex = laptop(make_store, server, "alex")
    yp = add_person(sam.store)
    sam.sync()
    edit(sam.store, yp, interests="drums")
    sam.sync()
    assert alex.sync().pulled == 0
    allocate(server, "alex", yp)  # a manager moves Jo to Alex
    alex.sync()
    p = person(alex.store, yp)
    assert p is not None and p.interests == "drums"
    assert [h["kind"] for h in conflicts.history(alex.store, yp)] == ["applied", "applied"]
    again = sam.sync()  # Sam's scope changed too: Jo leaves Sam's laptop (tests/sync/test_scope.py)
    assert again.pulled == 0 and again.removed_young_person_ids == [yp]
    assert person(sam.store, yp) is None and conflicts.history(sam.store, yp) == []


def test_a_sync_says_what_it_changed_on_the_laptop(make_store: Callable[[str], Store],
                                                   server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    morgan = laptop(make_store, server, "morgan")
    yp = add_person(sam.store)
    sent = sam.sync()
    # Its own changes going up touch no record here; the screens refresh all the same.
    assert sent.changes.everything and not sent.changes.entities
    assert not sent.changes.young_person_ids and not sent.changes.removed_young_person_ids
    down = morgan.sync()
    assert down.changes.everything
    assert (down.changes.entities, down.changes.young_person_ids) == ({"young_person"}, {yp})
    laptop(make_store, server, "alex")
    allocate(server, "alex", yp)  # Jo leaves Sam's laptop: Sam's screens close her record
    assert sam.sync().changes.removes(yp)


def test_a_store_with_the_demo_caseload_never_syncs(tmp_path: Path) -> None:
    from datetime import date

    from keyworker_desktop.services.demo import populate_demo
    from keyworker_desktop.sync.client import DemoStore, SyncClient

    store = Store.create(tmp_path / "demo", "correct horse battery", kdf=keys.TEST_KDF)
    try:
        with store.transaction() as s:
            populate_demo(s, today=date.today())
        client = SyncClient(store, "http://127.0.0.1:9")
        with pytest.raises(DemoStore):
            client.register("alex", "password")
        with pytest.raises(DemoStore):
            client.sync()
        assert client.pending_count() > 0  # nothing was marked as sent
    finally:
        store.close()


def test_conflict_sides_name_the_central_accounts_not_the_laptop_users(
        make_store: Callable[[str], Store], server: Running) -> None:
    # The laptops' own user names differ from the central accounts they signed in with.
    sam = SyncClient(make_store("Laptop user A"), server.url)
    sam.register("sam", PASSWORD, "sam's laptop")
    morgan = SyncClient(make_store("Laptop user B"), server.url)
    morgan.register("morgan", PASSWORD, "morgan's laptop")
    yp = add_person(sam.store)
    sam.sync(), morgan.sync()
    edit(sam.store, yp, preferred_name="Jojo")
    edit(morgan.store, yp, preferred_name="Joanne")
    sam.sync(), morgan.sync(), sam.sync()
    for c in (sam, morgan):
        [conflict] = conflicts.open_conflicts(c.store)
        authors = {conflict.current["author"]: conflict.current["value"],
                   conflict.incoming["author"]: conflict.incoming["value"]}
        assert authors == {"sam": "Jojo", "morgan": "Joanne"}


def test_a_central_store_taking_fewer_changes_a_push_gets_them_all_in_smaller_pushes(
        make_store: Callable[[str], Store], server: Running) -> None:
    """An older central store took at most 500 changes a push and answered more with 413
    too_large naming its limit: the laptop sends that many a push from then on."""
    import json as json_

    class OlderServer(httpx.BaseTransport):
        limit = 3

        def __init__(self) -> None:
            self.inner = httpx.HTTPTransport()
            self.pushed: list[int] = []

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/push":
                n = len(json_.loads(request.read())["changes"])
                self.pushed.append(n)
                if n > self.limit:
                    return httpx.Response(413, json={"error": {
                        "code": "too_large", "message": f"at most {self.limit} changes per push",
                        "details": {"limit": self.limit}}})
            return self.inner.handle_request(request)

        def close(self) -> None:
            self.inner.close()

    store = make_store("sam")
    transport = OlderServer()
    sam = SyncClient(store, server.url, http=httpx.Client(transport=transport), batch_size=5)
    sam.register("sam", PASSWORD)
    people = [add_person(store, f"Person {i}") for i in range(8)]
    summary = sam.sync()
    assert summary.rejected == [] and sam.pending_count() == 0
    assert summary.pushed == 8
    assert transport.pushed[0] == 5 and max(transport.pushed[1:]) <= 3
    morgan = laptop(make_store, server, "morgan")
    morgan.sync()
    assert all(person(morgan.store, p) is not None for p in people)
    sam.http.close()


def test_a_push_starts_small_and_doubles_up_to_the_batch_size(
        make_store: Callable[[str], Store], server: Running,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The central store starts on a small first batch while the next is read."""
    import json as json_

    from keyworker_desktop.sync import client as client_module

    sizes: list[int] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/push":
                sizes.append(len(json_.loads(request.read())["changes"]))
            return super().handle_request(request)

    monkeypatch.setattr(client_module, "FIRST_BATCH", 2)
    store = make_store("sam")
    sam = SyncClient(store, server.url, http=httpx.Client(transport=Recording()), batch_size=8)
    sam.register("sam", PASSWORD)
    for i in range(20):
        add_person(store, f"Person {i}")
    assert sam.sync().pushed == 20
    assert sizes == [2, 4, 8, 6]
    # Up to two full batches go in two halves: each push costs the same beside its changes.
    sizes.clear()
    for i in range(11):
        add_person(store, f"Person {20 + i}")
    assert sam.sync().pushed == 11
    assert sizes == [6, 5]
    sam.http.close()


def test_no_cyclic_collection_runs_during_a_sync_and_answers_go_as_it_goes(
        make_store: Callable[[str], Store], server: Running,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A sync turns cyclic garbage collection off while it pushes and pulls (a full one
    walks every object of the process) and back on after, even when it fails; with it
    off, each answer is still freed as the sync goes (out of httpx's cycle)."""
    import gc

    from keyworker_desktop.sync import client as client_module

    monkeypatch.setattr(client_module, "FIRST_BATCH", 2)
    sam = SyncClient(make_store("sam"), server.url, batch_size=4)
    sam.register("sam", PASSWORD)
    for i in range(20):
        add_person(sam.store, f"Person {i}")
    seen: list[tuple[str, bool, int]] = []

    def note(stage: str, _done: int, _total: int) -> None:
        seen.append((stage, gc.isenabled(),
                     sum(1 for o in gc.get_objects() if type(o) is httpx.Response)))

    assert gc.isenabled()
    assert sam.sync(progress=note).pushed == 20
    assert gc.isenabled()
    sending = [s for s in seen if s[0] == "sending"]
    assert len(sending) >= 5
    assert not any(enabled for _stage, enabled, _alive in seen)
    assert max(alive for _stage, _enabled, alive in seen) <= 3

    def fail(_stage: str, _done: int, _total: int) -> None:
        raise RuntimeError("stopped here")

    add_person(sam.store, "One more")
    with pytest.raises(RuntimeError):
        sam.sync(progress=fail)
    assert gc.isenabled()
    sam.http.close()


@pytest.mark.parametrize("limit", [-1, 0, True, "2"])
def test_a_413_naming_a_limit_that_cannot_be_changes_no_batch_size(
        make_store: Callable[[str], Store], server: Running, limit: object) -> None:
    """Only a whole number of changes from 1 up lowers the batch: any other limit (SQLite
    takes LIMIT -1 as none) leaves the batch as it was and reports the changes, kept."""

    class Hostile(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.path == "/v1/push":
                return httpx.Response(413, json={"error": {
                    "code": "too_large", "message": "no", "details": {"limit": limit}}})
            return super().handle_request(request)

    store = make_store("sam")
    sam = SyncClient(store, server.url, http=httpx.Client(transport=Hostile()), batch_size=5)
    sam.register("sam", PASSWORD)
    for i in range(3):
        add_person(store, f"Person {i}")
    summary = sam.sync()
    assert sam.batch_size == 5 and summary.pushed == 0
    assert {r.code for r in summary.rejected} == {"too_large"}
    assert sam.pending_count() == 3
    sam.http.close()


def test_a_long_pull_holds_no_more_answers_as_it_goes(
        make_store: Callable[[str], Store], server: Running) -> None:
    """Memory stays flat in the number of pages: no cyclic collection runs during a pull,
    and httpx leaves an answer with its body in a cycle (the response and its stream), so
    each is taken out of it, to be freed once its page is written."""
    import gc

    sam = SyncClient(make_store("sam"), server.url)
    sam.register("sam", PASSWORD)
    for i in range(40):
        add_person(sam.store, f"Person {i}")
    sam.sync()
    morgan = SyncClient(make_store("morgan"), server.url, page_size=4)
    morgan.register("morgan", PASSWORD)
    held: list[int] = []

    def answers_alive(stage: str, _done: int, _total: int) -> None:
        if stage == "receiving":
            held.append(sum(1 for o in gc.get_objects() if type(o) is httpx.Response))

    assert morgan.sync(progress=answers_alive).pulled == 40
    assert len(held) >= 10
    assert max(held) <= 3  # this page's, the next one's on its way, and one being made
