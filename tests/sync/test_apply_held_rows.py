"""Edits pulled for records the laptop holds, applied to their plain rows (sync/apply.py).

A record held here (a young person's, a professional) is read as a plain row, changed
field by field as the ORM's object would be, and written with one UPDATE per table and set
of fields; its index row and summary follow at commit. The ORM's way is kept for staff,
and here as the measure: the same pages applied either way to copies of one store must leave
them the same, row for row, index and summaries included.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, String, Text, select, text

from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.store import keys
from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Action, ChangeLogEntry, Goal, YoungPerson, synced_models
from keyworker_desktop.store.stamping import META_FIELDS
from keyworker_desktop.sync import apply as apply_module
from keyworker_desktop.sync.outcome import SyncSummary

from .test_apply import OTHER
from .test_apply_prepared import PASSPHRASE, copies, dump, summary_of

# Text whose form the pulling laptop checks (an NHS number, an email): left as it is.
_CHECKED = ("nhs", "email", "phone", "postcode", "code", "status", "colour")


def _pulled(store: Store, after: int) -> list[dict[str, Any]]:
    """The store's changes after seq ``after``, as another laptop's would be pulled."""
    with store.session() as s:
        return [{"seq": e.seq, "change_id": e.change_id, "entity": e.entity,
                 "record_id": e.record_id, "young_person_id": e.young_person_id,
                 "op": e.op, "fields": e.fields, "version": e.version, "hlc": e.hlc,
                 "author": e.author, "device": OTHER}
                for e in s.scalars(select(ChangeLogEntry).where(ChangeLogEntry.seq > after)
                                   .order_by(ChangeLogEntry.seq))]


def _last_seq(store: Store) -> int:
    with store.session() as s:
        return s.scalar(select(ChangeLogEntry.seq).order_by(ChangeLogEntry.seq.desc())
                        .limit(1)) or 0


def _edit(obj: Any, round_: int) -> bool:
    """Change what a keyworker could change of ``obj``: its free text, dates and flags."""
    edited = False
    for col in type(obj).__table__.columns:
        name = col.key
        if (name in META_FIELDS or name == "deleted_at" or col.foreign_keys
                or col.info.get("vocab") or any(c in name for c in _CHECKED)):
            continue
        value = getattr(obj, name)
        if isinstance(col.type, String | Text) and isinstance(value, str) and value:
            limit = getattr(col.type, "length", None) or 10_000
            setattr(obj, name, f"{value[:limit - 12]} edit{round_} ŵ")
        elif isinstance(col.type, Date) and isinstance(value, date):
            setattr(obj, name, value + timedelta(days=round_))
        elif isinstance(col.type, Boolean) and value is not None:
            setattr(obj, name, not value)
        else:
            continue
        edited = True
    return edited


def _edits(author: Store, rounds: int) -> list[dict[str, Any]]:
    """Two records of each young person's kind edited ``rounds`` times, one of each kind
    deleted, and a goal and an action moved to another young person: the changes, as pulled."""
    after = _last_seq(author)
    models: dict[str, Any] = synced_models()
    movable: tuple[Any, ...] = (Goal, Action)
    for round_ in range(1, rounds + 1):
        with author.transaction() as s:
            for model in models.values():
                if not apply_module.bulk_model(model) or model.__append_only__:
                    continue
                objs = [o for o in s.scalars(select(model).where(model.deleted_at.is_(None))
                                             .order_by(model.id).limit(50))
                        if getattr(o, "status", None) != "final"][:3]  # signed: never edited
                for obj in objs[:2]:
                    _edit(obj, round_)
                if round_ == rounds and len(objs) == 3 and model.__searchable__:
                    tombstone(s, objs[2])
            if round_ == 1:  # filed under someone else: both their summaries change
                for model in movable:
                    moved, *_ = s.scalars(select(model).where(model.deleted_at.is_(None))
                                          .order_by(model.id.desc()))
                    others = s.scalars(select(YoungPerson.id).where(
                        YoungPerson.id != moved.young_person_id).limit(1))
                    moved.young_person_id = others.one()
    return _pulled(author, after)


def test_edits_to_held_records_leave_the_store_as_the_orm_does(
        make_store: Callable[[str], Store], tmp_path: Path) -> None:
    author = Store.create(tmp_path / "author", PASSPHRASE, user_name="alex", kdf=keys.TEST_KDF)
    with author.transaction() as s:
        populate_demo(s, today=date(2025, 3, 12), scale=4)
    caseload = _pulled(author, 0)
    edits = _edits(author, rounds=2)
    author.close()
    # Every kind edited, some records twice in the page; and one change older than the row
    # it reaches (its values apply, its stamp does not).
    kinds = {c["entity"] for c in edits}
    assert {"young_person", "visit", "session_note", "goal", "network_link"} <= kinds
    stale = next(c for c in edits if c["entity"] == "young_person"
                 and "interests" in c["fields"])
    edits.append({**stale, "seq": edits[-1]["seq"] + 1, "change_id": stale["change_id"][:-4]
                  + "beef", "hlc": "0000000000001-000000-x",
                  "fields": {"interests": "kites, from long ago"}})
    # Values no laptop could hold, beside one it can: reported, and the rest applies.
    edits.append({**stale, "seq": edits[-1]["seq"] + 1, "change_id": stale["change_id"][:-4]
                  + "bad0", "hlc": edits[-1]["hlc"][:-1] + "y",
                  "fields": {"date_of_birth": "soon", "given_name": "x" * 500,
                             "what_matters": "Trains ŵ"}})

    laptop = make_store("morgan")
    with laptop.transaction() as s:
        apply_module.apply_page(s, caseload, device=laptop.device_id, clock=laptop.clock,
                                summary=SyncSummary())
    # Something this laptop changed and has not pushed yet keeps its value.
    with laptop.transaction() as s:
        pending = s.get(YoungPerson, stale["record_id"])
        assert pending is not None
        pending.preferred_name = "Kept here"
    before = dump(laptop)
    dumps = []
    for held_rows, copy in zip((True, False), copies(laptop, tmp_path, 2), strict=True):
        summary = SyncSummary()
        for page in (edits[: len(edits) // 2], edits[len(edits) // 2:]):
            with copy.transaction() as s:
                apply_module._apply(s, page, device=copy.device_id, clock=copy.clock,
                                    summary=summary, held_rows=held_rows)
        dumps.append((dump(copy), summary_of(summary)))
        with copy.session() as s:
            found = s.connection().execute(text(
                "SELECT count(*) FROM search_index WHERE search_index MATCH 'edit2'")).scalar()
            kept = s.get(YoungPerson, stale["record_id"])
            assert kept is not None
            assert kept.preferred_name == "Kept here"
            assert kept.interests == "kites, from long ago"
        assert found and found > 5  # the edited text is what search finds
        assert kept.what_matters == "Trains ŵ"
        assert sorted(u.field for u in summary.unreadable
                      if u.record_id == stale["record_id"]) == ["date_of_birth", "given_name"]
        copy.close()
    assert dumps[0] == dumps[1]
    after = dumps[0][0]
    for table in ("young_person", "visit", "goal", "search_doc", "caseload_summary"):
        assert after[table] != before[table], table
    assert len(after["search_doc"]) < len(before["search_doc"])  # the deleted ones left it


def test_a_record_moved_to_another_young_person_changes_both_summaries(
        make_store: Callable[[str], Store], tmp_path: Path) -> None:
    """An open action filed under someone else, and nothing else in the page: the
    summary of the young person it left loses it, and the other's gains it, either way."""
    author = Store.create(tmp_path / "author", PASSPHRASE, user_name="alex", kdf=keys.TEST_KDF)
    with author.transaction() as s:
        populate_demo(s, today=date(2025, 3, 12), scale=4)
    caseload = _pulled(author, 0)
    after = _last_seq(author)
    with author.transaction() as s:
        action = s.scalars(select(Action).where(
            Action.status == "open", Action.due_on.is_not(None),
            Action.deleted_at.is_(None))).first()
        assert action is not None
        left = action.young_person_id
        action.young_person_id = s.scalars(select(YoungPerson.id).where(
            YoungPerson.id != left)).first()
        moved_to = action.young_person_id
    move = _pulled(author, after)
    author.close()
    assert [set(c["fields"]) for c in move] == [{"young_person_id"}]

    laptop = make_store("morgan")
    with laptop.transaction() as s:
        apply_module.apply_page(s, caseload, device=laptop.device_id, clock=laptop.clock,
                                summary=SyncSummary())
    before = _open_actions(laptop)
    dumps = []
    for held_rows, copy in zip((True, False), copies(laptop, tmp_path, 2), strict=True):
        with copy.transaction() as s:
            apply_module._apply(s, move, device=copy.device_id, clock=copy.clock,
                                summary=SyncSummary(), held_rows=held_rows)
        now = _open_actions(copy)
        assert now[left] == before[left] - 1
        assert now[moved_to] == before[moved_to] + 1
        dumps.append(dump(copy))
        copy.close()
    assert dumps[0] == dumps[1]


def _open_actions(store: Store) -> dict[str, int]:
    """Each young person's open actions with a due date, as their summary counts them."""
    with store.session() as s:
        return {yp: len(due.split(",")) if due else 0 for yp, due in s.connection().execute(
            text("SELECT young_person_id, open_actions FROM caseload_summary"))}
