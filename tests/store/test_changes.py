"""The change log, audit trail and tombstones written by every flush."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent, ChangeLogEntry, YoungPerson


def _log(store: Store) -> list[ChangeLogEntry]:
    with store.session() as s:
        return list(s.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.seq)))


def _new_person(store: Store) -> str:
    with store.transaction() as s:
        yp = YoungPerson(given_name="Ada", family_name="Byron")
        s.add(yp)
    return yp.id


def test_insert_then_update_chain_versions_with_changed_fields_only(store: Store) -> None:
    yp_id = _new_person(store)
    with store.transaction() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None and yp.version == 1
        yp.interests = "trains"
        yp.pronouns = "she/her"

    insert, update = _log(store)
    assert (insert.op, insert.base_version, insert.version) == ("insert", 0, 1)
    assert insert.fields["given_name"] == "Ada"
    assert insert.fields["living_situation"] == "family_home"
    assert not {"id", "version", "hlc", "created_by"} & set(insert.fields)
    assert (update.op, update.base_version, update.version) == ("update", 1, 2)
    assert update.fields == {"interests": "trains", "pronouns": "she/her"}
    for entry in (insert, update):
        assert entry.record_id == yp_id == entry.young_person_id
        assert entry.author == "Sam Keyworker"
        assert entry.device == store.device_id != ""
    assert insert.hlc < update.hlc
    with store.session() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        assert ((yp.version, yp.updated_by, yp.origin_device)
                == (2, "Sam Keyworker", store.device_id))


def test_setting_the_same_value_logs_nothing(store: Store) -> None:
    yp_id = _new_person(store)
    with store.transaction() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        yp.given_name = "Ada"
    assert [e.op for e in _log(store)] == ["insert"]


def test_tombstone_marks_deleted(store: Store) -> None:
    yp_id = _new_person(store)
    with store.transaction() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None
        tombstone(s, yp)
    last = _log(store)[-1]
    assert (last.op, last.base_version, last.version) == ("delete", 1, 2)
    assert set(last.fields) == {"deleted_at"}
    with store.session() as s:
        yp = s.get(YoungPerson, yp_id)
        assert yp is not None and yp.is_deleted


def test_a_hard_delete_is_refused(store: Store) -> None:
    yp_id = _new_person(store)
    with pytest.raises(RuntimeError, match="tombstoned"):
        with store.transaction() as s:
            s.delete(s.get(YoungPerson, yp_id))
    with store.session() as s:
        assert s.get(YoungPerson, yp_id) is not None


def test_writes_are_audited(store: Store) -> None:
    yp_id = _new_person(store)
    with store.session() as s:
        events = list(s.scalars(select(AuditEvent)))
    assert [(e.action, e.entity, e.record_id, e.actor) for e in events] == [
        ("create", "young_person", yp_id, "Sam Keyworker")]
    assert "Ada" not in events[0].detail  # field names only, never values


@pytest.mark.parametrize(
    "sql",
    ["UPDATE audit_event SET actor = 'someone else'", "UPDATE audit_event SET detail = ''",
     "DELETE FROM audit_event"],
)
def test_audit_events_cannot_be_changed_or_deleted(store: Store, sql: str) -> None:
    _new_person(store)
    with pytest.raises(DatabaseError, match="append-only"):
        with store.engine.begin() as conn:
            conn.exec_driver_sql(sql)
    with store.engine.connect() as conn:
        audited = "SELECT count(*) FROM audit_event WHERE actor = 'Sam Keyworker'"
        assert conn.exec_driver_sql(audited).scalar() == 1


def test_audit_events_can_be_marked_pushed(store: Store) -> None:
    _new_person(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE audit_event SET pushed_at = '2024-01-01 00:00:00'")
    with pytest.raises(DatabaseError, match="append-only"):
        with store.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE audit_event SET pushed_at = NULL")


def test_a_rollback_leaves_no_change_log(store: Store) -> None:
    with pytest.raises(ZeroDivisionError):
        with store.transaction() as s:
            s.add(YoungPerson(given_name="Ada", family_name="Byron"))
            s.flush()
            1 / 0  # noqa: B018
    assert _log(store) == []
    with store.session() as s:
        assert s.scalars(select(YoungPerson)).all() == []
        assert s.scalars(select(AuditEvent)).all() == []


def test_remote_changes_write_no_change_log(store: Store) -> None:
    with store.session() as s, s.begin():
        s.info["write_context"].applying_remote = True
        s.add(YoungPerson(id="remote-1", given_name="Rem", family_name="Ote", version=3))
    assert _log(store) == []
