"""The one typed wire format (sync/wire.py) and the size limits it carries (issue 15
items 1 and 7): what the central store decodes, what its document says, what one value
and one push may hold, and what the laptop tells its user when a value is over a limit."""

from __future__ import annotations

import base64
import json
import os
from collections.abc import Callable
from typing import Any

import msgspec
import pytest
from sqlalchemy import func, select

from keyworker_desktop.domain.ids import uuid7
from keyworker_desktop.services.sync_review import refusal
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry, Document, FamilyMember
from keyworker_desktop.sync import wire
from keyworker_desktop.sync.entities import MAX_BINARY_BYTES, MAX_TEXT_CHARS
from keyworker_desktop.sync.server.models import Record
from keyworker_desktop.sync.server.openapi import openapi_document
from keyworker_desktop.sync.server.validate import ApiError, decode, validate_push

from .conftest import Running
from .server.test_service import change, push, token
from .test_client import add_person, laptop


def body(**overrides: object) -> bytes:
    item = {"change_id": "c1", "entity": "young_person", "record_id": "r1", "op": "insert",
            "fields": {"given_name": "Jo"}, "base_version": 0,
            "hlc": "000000000000001-000000-dev", "author": "sam", "device": "dev",
            **overrides}
    return json.dumps({"changes": [item]}).encode()


def test_a_push_decodes_into_the_wire_type() -> None:
    (got,) = validate_push(body(resolves=["k1"]))
    assert isinstance(got, wire.PushChange)
    assert (got.change_id, got.fields, got.resolves) == ("c1", {"given_name": "Jo"}, ["k1"])
    # JSON Schema counts 5.0 as an integer, so the document's clients may send it.
    assert validate_push(body(base_version=5.0))[0].base_version == 5


@pytest.mark.parametrize(("overrides", "field"), [
    ({"base_version": "5"}, "base_version"), ({"base_version": -1}, "base_version"),
    ({"base_version": 5.5}, "base_version"), ({"op": "drop"}, "op"),
    ({"hlc": "yesterday"}, "hlc"), ({"change_id": ""}, "change_id"),
    ({"change_id": "x" * 37}, "change_id"), ({"fields": []}, "fields"),
    ({"resolves": "k1"}, "resolves"), ({"extra": 1}, None),
])
def test_a_change_the_type_does_not_allow_is_400_naming_where(
        overrides: dict[str, object], field: str | None) -> None:
    with pytest.raises(ApiError) as refused:
        validate_push(body(**overrides))
    assert (refused.value.status, refused.value.code) == (400, "malformed")
    assert refused.value.details.get("index") == 0
    assert refused.value.details.get("field") == field
    assert "drop" not in refused.value.message  # no value is echoed


def test_a_batch_over_the_limit_is_413() -> None:
    item = json.loads(body())["changes"][0]
    raw = json.dumps({"changes": [item] * (wire.MAX_BATCH + 1)}).encode()
    with pytest.raises(ApiError) as refused:
        validate_push(raw)
    assert (refused.value.status, refused.value.code) == (413, "too_large")


def test_a_register_body_decodes_or_is_400() -> None:
    got = decode(b'{"user": "sam", "password": "pw"}', wire.RegisterBody)
    assert (got.user, got.device_name) == ("sam", "")
    for raw in (b'{"user": "sam"}', b'{"user": 1, "password": "pw"}',
                b'{"user": "sam", "password": "pw", "device_id": "' + b"x" * 65 + b'"}'):
        with pytest.raises(ApiError):
            decode(raw, wire.RegisterBody)


def test_the_document_comes_from_the_types() -> None:
    doc = openapi_document()
    schemas = doc["components"]["schemas"]
    change_schema = schemas["PushChange"]
    assert change_schema["properties"]["hlc"]["pattern"] == wire.HLC_PATTERN
    assert set(change_schema["required"]) == {
        "change_id", "entity", "record_id", "op", "fields", "base_version", "hlc", "author",
        "device"}
    assert schemas["PushBody"]["properties"]["changes"]["maxItems"] == wire.MAX_BATCH
    params = {p["name"] for p in doc["paths"]["/v1/pull"]["get"]["parameters"]}
    assert params == {"after", "limit"}


# -- item 7: limits per value, replayed over raw HTTP -----------------------------------
def test_megabytes_of_free_text_in_a_shared_record_are_refused(server: Running) -> None:
    """Replays the attack: 3.9 MB values in a shared professional record, which every
    other team's laptop would then pull."""
    sam = token(server, "sam")
    pro = uuid7()
    (result,) = push(server, sam, change("professional", pro, None, {
        "name": "Dr Lee", "address": "x" * 3_900_000}))
    assert result["status"] == "rejected"
    assert result["error"]["code"] == "too_large"
    assert result["error"]["fields"] == ["address"]
    assert result["error"]["limit"] == MAX_TEXT_CHARS
    assert "x" * 20 not in json.dumps(result)
    assert server.central.run(lambda s: s.scalar(
        select(func.count()).select_from(Record).where(Record.id == pro))) == 0
    (fine,) = push(server, sam, change("professional", pro, None, {
        "name": "Dr Lee", "address": "x" * MAX_TEXT_CHARS}))
    assert fine["status"] == "applied"


def test_an_over_long_value_is_kept_on_the_laptop_and_reported_by_kind_and_field(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo")
    with sam.store.transaction() as s:
        s.add(FamilyMember(young_person_id=yp, name="Ana", notes="n" * (MAX_TEXT_CHARS + 1)))

    summary = sam.sync()

    assert summary.pushed == 1  # the young person went; the family member waits
    (refused,) = summary.rejected
    assert (refused.entity, refused.code, refused.fields, refused.limit) == (
        "family_member", "too_large", ("notes",), MAX_TEXT_CHARS)
    words, params = refusal(refused)
    assert words.format(**params) == (
        "Notes: longer than the central store takes (at most 100,000 characters)")
    with sam.store.session() as s:
        assert s.scalar(select(func.count()).select_from(ChangeLogEntry)
                        .where(ChangeLogEntry.pushed_at.is_(None))) == 1


def test_a_document_at_the_cap_syncs_and_one_over_it_names_the_limit(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo")
    at_cap = os.urandom(MAX_BINARY_BYTES)
    with sam.store.transaction() as s:
        s.add(Document(young_person_id=yp, filename="agreement.pdf", content=at_cap,
                       size_bytes=len(at_cap)))
        s.add(Document(young_person_id=yp, filename="scan.tiff",
                       content=at_cap + b"!", size_bytes=len(at_cap) + 1))

    summary = sam.sync()

    (refused,) = summary.rejected
    assert (refused.entity, refused.fields, refused.limit) == (
        "document", ("content",), MAX_BINARY_BYTES)
    words, params = refusal(refused)
    assert words.format(**params) == (
        "Content: larger than the central store takes (at most 20 MB)")
    morgan = laptop(make_store, server, "morgan")
    morgan.sync()
    with morgan.store.session() as s:
        (doc,) = s.scalars(select(Document))
        assert doc.filename == "agreement.pdf" and doc.content == at_cap


def test_a_push_of_many_large_values_goes_in_several_bodies(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    yp = add_person(sam.store, "Jo")
    photo = base64.b64encode(os.urandom(900_000))
    with sam.store.transaction() as s:
        for i in range(12):
            s.add(Document(young_person_id=yp, filename=f"p{i}.png", content=photo + bytes(i)))
    summary = sam.sync()
    assert summary.pushed == 13 and not summary.rejected
    assert summary.requests >= 5  # about 19 MB as JSON, in bodies of at most 4 MB


# -- a pulled page answered from the stored JSON text (wire.PullPageText) ----------------
def test_the_page_the_central_store_writes_is_the_page_the_document_types() -> None:
    for typed, text in ((wire.PulledChange, wire.PulledChangeText),
                        (wire.PullPage, wire.PullPageText)):
        a, b = msgspec.structs.fields(typed), msgspec.structs.fields(text)
        assert [(f.name, f.default) for f in a] == [(f.name, f.default) for f in b]
        assert typed.__struct_config__.omit_defaults == text.__struct_config__.omit_defaults
    side = {"value": "x", "author": "sam", "device": "d", "hlc": "1"}
    conflict = {"id": "c", "entity": "visit", "record_id": "r", "young_person_id": None,
                "field": "notes", "kind": "text", "base": None, "current": side,
                "incoming": side, "status": "open"}
    typed_changes: list[dict[str, Any]] = [
        {"seq": 1, "change_id": "a", "entity": "visit", "record_id": "r",
         "young_person_id": "yp", "op": "insert", "fields": {"notes": "café", "n": 1},
         "version": 1, "hlc": "h", "author": "sam", "device": "d"},
        {"seq": 2, "change_id": "b", "entity": "visit", "record_id": "r",
         "young_person_id": None, "op": "update", "fields": {}, "version": 2, "hlc": "h",
         "author": "sam", "device": "d", "conflicts": [conflict], "resolved": ["c0"],
         "submitted": {"notes": "mine"}}]
    page = {"changes": typed_changes, "cursor": 2, "more": False, "latest": 2, "scope": "s"}
    expected = wire.encode(msgspec.convert(page, wire.PullPage))
    text_changes = [wire.PulledChangeText(
        c["seq"], c["change_id"], c["entity"], c["record_id"], c["young_person_id"], c["op"],
        msgspec.Raw(wire.encode(c["fields"])), c["version"], c["hlc"], c["author"],
        c["device"], [msgspec.convert(x, wire.ConflictOut) for x in c.get("conflicts", [])],
        c.get("resolved", []),
        msgspec.Raw(wire.encode(c["submitted"])) if "submitted" in c else None)
        for c in typed_changes]
    got = wire.encode(wire.PullPageText(text_changes, 2, False, 2, "s"))
    assert got == expected
    assert msgspec.json.decode(got, type=wire.PullPage) == msgspec.convert(page, wire.PullPage)
