"""What a push reads of the records it changes (sync/server/service.py, stored_records): a
change made on the version the central store holds needs only the record's stamps and
whether it is deleted, so on PostgreSQL its other fields are left unread. Merging, conflict
detection and what is kept of a push must come out exactly as when every field is read
(SQLite, which always reads them whole, runs the same tests)."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, update

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.sync.server import service
from keyworker_desktop.sync.server.accounts import Caller
from keyworker_desktop.sync.server.models import Change, Conflict, Record, User
from keyworker_desktop.sync.server.validate import PushedChange

from ..conftest import Running
from .test_service import change, new_person, push, token


def stored(server: Running, yp: str) -> tuple[dict[str, Any], int, bool]:
    def read(s: Any) -> tuple[dict[str, Any], int, bool]:
        rec = s.scalars(select(Record).where(Record.entity == "young_person",
                                             Record.id == yp)).one()
        return dict(rec.fields), rec.version, rec.deleted

    return server.central.run(read)  # type: ignore[no-any-return]


def submitted(server: Running, change_id: str) -> Any:
    return server.central.run(lambda s: s.scalar(
        select(Change.submitted).where(Change.change_id == change_id)))


def conflicts(server: Running, yp: str) -> list[tuple[str, Any, Any]]:
    return server.central.run(lambda s: [  # type: ignore[no-any-return]
        (c.field, c.current["value"], c.incoming["value"]) for c in s.scalars(
            select(Conflict).where(Conflict.record_id == yp).order_by(Conflict.opened_at))])


@pytest.fixture
def whole_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The records a push read in part and then had to read whole."""
    seen: list[str] = []
    whole = service._Push._whole

    def spy(self: service._Push, rec: dict[str, Any]) -> dict[str, Any]:
        seen.append(rec["id"])
        return whole(self, rec)

    monkeypatch.setattr(service._Push, "_whole", spy)
    return seen


def test_a_change_on_the_stored_version_reads_only_what_the_merge_needs(
        server: Running, database_url: str) -> None:
    sam = token(server, "sam")
    yp = new_person(server, sam, "Jo")
    edit = PushedChange(change_id=uuid7(), entity="young_person", record_id=yp, op="update",
                        fields={"interests": "trains"}, base_version=1,
                        hlc=f"{int(time.time() * 1000):015d}-000000-x", author="sam",
                        device="d")
    older = PushedChange(**{**{f: getattr(edit, f) for f in edit.__struct_fields__},
                            "change_id": uuid7(), "base_version": 0})

    def prefetched(s: Any, ch: PushedChange) -> dict[str, Any]:
        user = s.scalar(select(User).where(User.name == "sam"))
        op = service._Push(s, Caller(user.id, "sam", user.role, user.team, "d"))
        op.prefetch([ch])
        return op.records[("young_person", yp)]

    postgresql = database_url.startswith("postgresql")
    at_base = server.central.run(lambda s: prefetched(s, edit))
    assert at_base.get("partial", False) is postgresql
    assert ("given_name" in at_base["fields"]) is not postgresql
    assert at_base["meta"] and at_base["version"] == 1
    # Made on an older version: read whole, for the merge compares the fields.
    behind = server.central.run(lambda s: prefetched(s, older))
    assert "partial" not in behind and behind["fields"]["given_name"] == "Jo"


def test_edits_deletes_and_restores_on_the_stored_version_apply_as_sent(
        server: Running, whole_reads: list[str]) -> None:
    sam = token(server, "sam")
    yp = new_person(server, sam, "Jo")

    (edit,) = push(server, sam, change("young_person", yp, yp, {"interests": "trains"},
                                       op="update", base_version=1))
    assert edit["status"] == "applied" and edit["version"] == 2
    fields, version, deleted = stored(server, yp)
    assert (fields["given_name"], fields["family_name"], fields["interests"]) == (
        "Jo", "Pryce", "trains")
    assert (version, deleted) == (2, False)
    assert submitted(server, edit["change_id"]) is None

    # A restore of a record that is not deleted changes nothing and is kept as sent.
    (restore,) = push(server, sam, change("young_person", yp, yp, {"deleted_at": None,
                                                                   "interests": "buses"},
                                          op="update", base_version=2))
    assert restore["version"] == 3
    assert stored(server, yp)[0]["interests"] == "buses"
    assert submitted(server, restore["change_id"]) is None

    (gone,) = push(server, sam, change("young_person", yp, yp,
                                       {"deleted_at": "2026-01-05T10:00:00"},
                                       op="delete", base_version=3))
    assert gone["status"] == "applied"
    fields, version, deleted = stored(server, yp)
    assert (fields["deleted_at"], fields["given_name"], version, deleted) == (
        "2026-01-05T10:00:00", "Jo", 4, True)

    # Deleted again with another time: nothing applies, and what was sent is kept.
    (again,) = push(server, sam, change("young_person", yp, yp,
                                        {"deleted_at": "2026-02-01T09:00:00"},
                                        op="delete", base_version=4))
    assert again["version"] == 4
    assert stored(server, yp)[0]["deleted_at"] == "2026-01-05T10:00:00"
    assert submitted(server, again["change_id"]) == {"deleted_at": "2026-02-01T09:00:00"}

    (back,) = push(server, sam, change("young_person", yp, yp, {"deleted_at": None},
                                       op="update", base_version=4))
    fields, version, deleted = stored(server, yp)
    assert (back["status"], fields["deleted_at"], version, deleted) == (
        "applied", None, 5, False)
    assert fields["interests"] == "buses"
    assert whole_reads == []


def test_a_change_made_on_an_older_version_still_meets_its_conflict(
        server: Running, whole_reads: list[str]) -> None:
    sam = token(server, "sam")
    yp = new_person(server, sam, "Jo")
    first = change("young_person", yp, yp, {"interests": "trains"}, op="update",
                   base_version=1)
    first["device"] = "another-device"
    push(server, sam, first)
    second = change("young_person", yp, yp, {"interests": "buses", "pronouns": "she/her"},
                    op="update", base_version=1)
    wall, count, device = first["hlc"].split("-", 2)
    second["hlc"] = f"{int(wall) + 1:015d}-{count}-{device}"  # the later of the two
    (second,) = push(server, sam, second)
    assert second["status"] == "conflict"
    assert conflicts(server, yp) == [("interests", "trains", "buses")]
    fields = stored(server, yp)[0]
    assert (fields["interests"], fields["pronouns"], fields["given_name"]) == (
        "buses", "she/her", "Jo")  # the later stamp shows until someone decides
    assert submitted(server, second["change_id"]) is None
    assert whole_reads == []  # read whole from the start: made on an older version


def test_stamps_past_the_records_version_are_still_compared_field_by_field(
        server: Running, database_url: str, whole_reads: list[str]) -> None:
    """The read in part rests on no stamp being past its record's version; should one be,
    the fields are read after all and the merge is what it always was."""
    sam = token(server, "sam")
    yp = new_person(server, sam, "Jo")
    push(server, sam, change("young_person", yp, yp, {"pronouns": "she/her"}, op="update",
                             base_version=1))
    later = f"{int(time.time() * 1000) - 1000:015d}-000000-elsewhere"

    def stamp_ahead(s: Any) -> None:
        meta = s.scalar(select(Record.meta).where(Record.id == yp))
        s.execute(update(Record).where(Record.id == yp).values(
            meta=[*meta, [3, later, "alex", "elsewhere", "pronouns"]]))

    server.central.run(stamp_ahead)
    (edit,) = push(server, sam, change("young_person", yp, yp, {"pronouns": "he/him"},
                                       op="update", base_version=2))
    assert edit["status"] == "conflict"
    assert conflicts(server, yp) == [("pronouns", "she/her", "he/him")]
    fields = stored(server, yp)[0]
    assert (fields["pronouns"], fields["given_name"]) == ("he/him", "Jo")
    assert whole_reads == ([yp] if database_url.startswith("postgresql") else [])


def test_two_changes_to_one_record_in_a_push_merge_as_before(
        server: Running, whole_reads: list[str]) -> None:
    sam = token(server, "sam")
    yp = new_person(server, sam, "Jo")
    first = change("young_person", yp, yp, {"interests": "trains"}, op="update",
                   base_version=1)
    second = change("young_person", yp, yp, {"interests": "buses", "pronouns": "he/him"},
                    op="update", base_version=1)
    second["device"] = "another-device"
    wall, count, device = first["hlc"].split("-", 2)
    second["hlc"] = f"{int(wall) + 1:015d}-{count}-{device}"  # the later of the two
    results = push(server, sam, first, second)
    assert [r["status"] for r in results] == ["applied", "conflict"]
    assert conflicts(server, yp) == [("interests", "trains", "buses")]
    fields, version, _ = stored(server, yp)
    # The later stamp shows until someone decides.
    assert (fields["interests"], fields["pronouns"], fields["given_name"], version) == (
        "buses", "he/him", "Jo", 3)
    assert whole_reads == []


def test_a_push_answers_the_newest_sequence_number_of_the_log(server: Running) -> None:
    sam = token(server, "sam")
    yp = new_person(server, sam, "Jo")
    edits = [change("young_person", yp, yp, {"interests": f"trains {i}"}, op="update",
                    base_version=1 + i) for i in range(3)]

    def answered(*changes: dict[str, Any]) -> int:
        r = httpx.post(server.url + "/v1/push", json={"changes": list(changes)}, headers=sam)
        assert r.status_code == 200, r.text
        return int(r.json()["cursor"])

    def newest() -> int:
        return int(server.central.run(lambda s: s.scalar(select(func.max(Change.seq)))))

    assert answered(*edits) == newest()
    new_person(server, token(server, "alex"), "Kit")  # someone else's change since
    assert answered(*edits) == newest()  # all three already held: answered as duplicates
