"""Every synced column that holds a code names its vocabulary, every list column its items,
every id its record (sync/entities.py), and the laptop only ever writes what they allow."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, String, inspect, select

from keyworker_desktop.domain.vocab import ConsentHow, ContactHow, Language
from keyworker_desktop.services.demo import populate_demo
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import synced_models
from keyworker_desktop.store.stamping import META_FIELDS
from keyworker_desktop.sync.entities import (
    MAX_BINARY_BYTES,
    MAX_ITEM_CHARS,
    MAX_JSON_BYTES,
    MAX_LIST_ITEMS,
    MAX_TEXT_CHARS,
    entities,
    field_problems,
    oversized,
    references,
)

# Name parts that say a column holds a code rather than words.
CODE_WORDS = re.compile(r"(^|_)(status|kind|level|how|direction|role|reason|rating|rag|"
                        r"language|type|relation|sector|strength|format|anchor|from|situation|"
                        r"given_by|attached_to)($|_)")
# Columns whose name looks like a code but which hold what people typed.
FREE_TEXT = {
    ("professional", "role"),  # a job title: "Community nurse (LD)"
    ("ending", "reason"), ("consent", "decision_reason"), ("dsr_entry", "decision_reason"),
    ("network_link", "how_they_help"), ("network_link", "relationship_to_young_person"),
    ("young_person", "how_to_support"), ("escalation", "escalated_to"),
    ("ending", "handover_to"), ("ending", "reopen_reason"), ("consent", "giver_name"),
    ("document", "media_type"),  # as the file said; the laptop shows only types it knows
}


def columns() -> list[tuple[str, Any]]:
    return [(name, c) for name, model in sorted(synced_models().items())
            for c in inspect(model).columns if c.key not in META_FIELDS]


def test_every_column_named_like_a_code_declares_its_vocabulary() -> None:
    missing = [(entity, c.key) for entity, c in columns()
               if isinstance(c.type, String | JSON) and CODE_WORDS.search(c.key)
               and not c.key.endswith("_id")  # an id: see references()
               and (entity, c.key) not in FREE_TEXT and "vocab" not in c.info]
    assert missing == []
    # The walk sees what it should: the columns the hostile pushes used are covered.
    declared = {(entity, c.key) for entity, c in columns() if "vocab" in c.info}
    assert {("dsr_entry", "status"), ("consent", "kind"), ("consent", "given_by"),
            ("contact_log", "how"), ("contact_log", "direction"), ("escalation", "level"),
            ("plan_copy", "kind"), ("meeting", "kind"), ("young_person", "preferred_language"),
            ("session_note", "purposes")} <= declared
    # An allow-listed name that stopped existing would hide nothing: keep the list true.
    assert FREE_TEXT <= {(entity, c.key) for entity, c in columns()}


def test_every_list_column_declares_its_items_and_every_id_its_record() -> None:
    lists = [(entity, c.key, c.info.get("items")) for entity, c in columns()
             if isinstance(c.type, JSON)]
    assert lists and all(items is str for _e, _k, items in lists), lists
    for entity in entities():
        for field, targets in references(entity).items():
            assert targets and set(targets) <= set(entities()), (entity, field)
    assert references("dsr_review") == {"dsr_entry_id": ("dsr_entry",)}
    assert references("document")["attached_to_id"] == ("consent", "allocation")
    assert "young_person_id" not in references("goal")  # the scope check decides that


@pytest.mark.parametrize(("entity", "fields", "bad"), [
    ("dsr_entry", {"status": "hacked"}, ["status"]),
    ("consent", {"kind": "bogus-kind", "given_by": "martian"}, ["given_by", "kind"]),
    ("contact_log", {"how": "pigeon", "direction": "sideways"}, ["direction", "how"]),
    ("escalation", {"level": "god"}, ["level"]),
    ("plan_copy", {"kind": "tax_return"}, ["kind"]),
    ("meeting", {"kind": "party"}, ["kind"]),
    ("young_person", {"preferred_language": "klingon"}, ["preferred_language"]),
    ("meeting", {"attendee_ids": {"a": "b"}}, ["attendee_ids"]),
    ("meeting", {"attendee_ids": "0190-abc"}, ["attendee_ids"]),
    ("meeting", {"attendee_ids": [1, 2]}, ["attendee_ids"]),
    ("meeting", {"attendee_ids": [True]}, ["attendee_ids"]),
    ("meeting", {"attendee_ids": [["nested"]]}, ["attendee_ids"]),
    ("meeting", {"attendee_ids": ["x" * (MAX_ITEM_CHARS + 1)]}, ["attendee_ids"]),
    ("meeting", {"attendee_ids": ["x"] * (MAX_LIST_ITEMS + 1)}, ["attendee_ids"]),
    ("meeting", {"attendee_ids": None}, ["attendee_ids"]),
    ("session_note", {"purposes": ["future_ideas", "world_domination"]}, ["purposes"]),
    ("consent", {"how_recorded": "carrier_pigeon"}, ["how_recorded"]),
    ("escalation", {"raised_from": "nowhere"}, ["raised_from"]),
    ("checklist_item", {"deadline_kind": "fortnight"}, ["deadline_kind"]),
    ("young_person", {"preferred_language": 1}, ["preferred_language"]),
])
def test_a_value_outside_the_vocabulary_or_the_shape_is_named(
        entity: str, fields: dict[str, Any], bad: list[str]) -> None:
    assert field_problems(entity, fields) == bad


def test_what_the_vocabularies_allow_passes() -> None:
    assert field_problems("consent", {"how_recorded": ""}) == []  # not recorded how
    assert field_problems("consent", {"how_recorded": ConsentHow.BY_PHONE.value}) == []
    assert field_problems("contact_log", {"how": ContactHow.IN_PERSON.value,
                                          "direction": "in"}) == []
    assert field_problems("young_person", {"preferred_language": Language.WELSH.value}) == []
    assert field_problems("escalation", {"raised_from": ""}) == []
    assert field_problems("meeting", {"attendee_ids": [], "kind": "cetr"}) == []
    assert field_problems("risk_plan", {"who_to_call_ids": ["pro:0190", "fam:0191"]}) == []
    assert field_problems("session_note", {"purposes": ["future_ideas"]}) == []
    # A nullable code column still takes null; a required one does not.
    assert field_problems("meeting", {"follow_up_of_id": None}) == []
    assert field_problems("dsr_entry", {"status": None}) == ["status"]


def shaped_values(store: Store) -> dict[str, list[str]]:
    """For each entity, the fields of stored rows that the vocabulary or shape checks
    refuse (with the offending value, for the assertion message)."""
    out: dict[str, list[str]] = {}
    with store.session() as s:
        for entity, model in synced_models().items():
            cols = [c.key for _e, c in columns() if _e == entity
                    and ("vocab" in c.info or "items" in c.info)
                    and isinstance(c.type, String | JSON)]
            if not cols:
                continue
            for row in s.execute(select(*(getattr(model, k) for k in cols))).all():
                values = dict(zip(cols, row, strict=True))
                for field in field_problems(entity, values):
                    out.setdefault(entity, []).append(f"{field}={values[field]!r}")
    return out


@pytest.mark.parametrize("scale", [None, 40])
def test_the_demo_caseload_writes_only_what_the_central_store_accepts(
        tmp_path: Path, scale: int | None) -> None:
    store = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    try:
        with store.transaction() as s:
            populate_demo(s, today=date(2025, 3, 12), scale=scale)
        assert shaped_values(store) == {}
        with store.session() as s:  # and there was something to check
            assert s.scalar(select(synced_models()["consent"].kind).limit(1))
    finally:
        store.close()


def test_a_day_of_something_done_may_not_be_still_to_come() -> None:
    from datetime import date, timedelta

    from keyworker_desktop.sync.entities import field_problems

    today = date.today()
    for ok in (today, today + timedelta(days=1), None):  # a fast clock or another time zone
        assert field_problems("action", {"done_on": ok and ok.isoformat()}) == []
    assert field_problems("action", {"done_on": (today + timedelta(days=5)).isoformat()}) == [
        "done_on"]
    assert field_problems("rag_rating", {"rated_on": "9999-12-31"}) == ["rated_on"]
    # A day of something planned is not declared so: a visit may be next month.
    assert field_problems("action", {"due_on": (today + timedelta(days=30)).isoformat()}) == []


# Values of every JSON type, and the edge of each check: lengths, ranges, dates, codes, lists.
_PROBES: list[Any] = [
    None, "", "x", "a" * 36, "a" * 37, "a" * 201, "a" * 100_001, True, False, 0, 1, -1,
    2**63 - 1, 2**63, -(2**63), 1.5, float("inf"), float("nan"), "2024-01-02",
    "2024-01-02T10:00:00", "2024-01-02 10:00:00.5+01:00", "2024-13-02", "2024-01-02T25:00",
    "yesterday", "9999-12-31", {"b64": "aGVsbG8="}, {"b64": "!!"}, {"x": 1}, [], ["a"], [1],
    [True], ["a" * 201], ["a"] * (MAX_LIST_ITEMS + 1)]


def _reference_problems(entity: str, fields: dict[str, Any]) -> list[str]:
    """field_problems as it was before its quick path: every check for every value."""
    from keyworker_desktop.sync import entities as e

    checks, shapes, done = e._checks(entity), e._shapes(entity), e._not_future(entity)
    bad = []
    for name, value in fields.items():
        col_type, nullable = checks[name]
        if not e._holds(col_type, nullable, value) or (
                name in shapes and value is not None
                and not e._in_shape(shapes[name], value)) or (
                name in done and value is not None and e._in_the_future(value)):
            bad.append(name)
    return sorted(bad)


def test_the_quick_checks_answer_as_the_full_ones_for_every_field() -> None:
    """field_problems passes common values without every check (a pulled page checks each
    of its values): for every field, the same answer as all the checks give."""
    for entity, info in entities().items():
        from keyworker_desktop.sync.entities import _shapes

        for name in sorted(info.fields):
            shape = _shapes(entity).get(name)
            codes = sorted(shape.codes) if shape is not None and shape.codes else []
            probes = [*_PROBES, *codes[:3], codes[:2], [*codes[:1], "not-a-code"]]
            for value in probes:
                assert field_problems(entity, {name: value}) == _reference_problems(
                    entity, {name: value}), (entity, name, value)
        # Several at once: the names of the bad ones, sorted.
        fields = dict.fromkeys(sorted(info.fields), "x" * 300)
        assert field_problems(entity, fields) == _reference_problems(entity, fields)


def _reference_oversized(entity: str, fields: dict[str, Any]) -> dict[str, int]:
    """oversized as it was written first: every field looked at, by its column's type."""
    from sqlalchemy import LargeBinary, Text

    from keyworker_desktop.sync.entities import _capped, _checks

    out: dict[str, int] = {}
    for name, value in fields.items():
        col_type = _capped(entity).get(name)
        if col_type is None:
            if name not in _checks(entity):
                raise KeyError(name)
            continue
        if isinstance(value, str) and isinstance(col_type, Text):
            if len(value) > MAX_TEXT_CHARS:
                out[name] = MAX_TEXT_CHARS
        elif isinstance(value, dict) and isinstance(col_type, LargeBinary):
            b64 = value.get("b64", "")
            if len(b64) // 4 * 3 - b64[-2:].count("=") > MAX_BINARY_BYTES:
                out[name] = MAX_BINARY_BYTES
        elif isinstance(col_type, JSON) and value is not None:
            if len(json.dumps(value)) > MAX_JSON_BYTES:
                out[name] = MAX_JSON_BYTES
    return out


def test_the_caps_are_measured_as_the_first_check_measured_them_for_every_field() -> None:
    """oversized looks only at the fields with a cap (a push measures every change's):
    for every field and value, the same caps as looking at each field in turn, and an
    unknown field is still refused."""
    over_binary = {"b64": "A" * ((MAX_BINARY_BYTES // 3 + 1) * 4)}
    at_binary = {"b64": "A" * (MAX_BINARY_BYTES // 3 * 4)}
    probes: list[Any] = [None, "x", "x" * MAX_TEXT_CHARS, "x" * (MAX_TEXT_CHARS + 1),
                         ["y" * 1000] * 70, ["y" * 1000] * 60, {"k": "é" * 12_000},
                         over_binary, at_binary, 7, True]
    measured = 0
    for entity, info in entities().items():
        for name in sorted(info.fields):
            for value in probes:
                got = oversized(entity, {name: value})
                assert got == _reference_oversized(entity, {name: value}), (entity, name)
                measured += bool(got)
        every = dict.fromkeys(sorted(info.fields), "x" * (MAX_TEXT_CHARS + 1))
        assert oversized(entity, every) == _reference_oversized(entity, every)
        with pytest.raises(KeyError):
            oversized(entity, {"given_name": "Jo", "not_a_field": "x"}
                      if entity == "young_person" else {"not_a_field": "x"})
    assert measured > 50  # the probes reach every kind of cap
