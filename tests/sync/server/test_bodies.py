"""Bodies the store cannot hold (sync/server/bodies.py), sent over loopback to both
backends: each answers 400 or 415 and changes nothing, never 500."""

from __future__ import annotations

import httpx
import pytest

from keyworker_desktop.sync.server import validate
from keyworker_desktop.sync.server.validate import ApiError

from ..conftest import PASSWORD, Running
from .test_scope import token

JSON = {"Content-Type": "application/json"}


def change(**overrides: object) -> dict[str, object]:
    base: dict[str, object] = {
        "change_id": "c1", "entity": "young_person", "record_id": "r1",
        "young_person_id": "r1", "op": "insert", "fields": {"given_name": "Jo"},
        "base_version": 0, "hlc": "000000000000001-000000-dev", "author": "sam",
        "device": "dev"}
    return {**base, **overrides}


def encoded(value: object) -> bytes:
    # ensure_ascii: lone surrogates travel as \\ud800 escapes, as an attacker sends them.
    import json

    return json.dumps(value, ensure_ascii=True).encode()


UNSTORABLE = {
    "nested-100000": b'{"changes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "nested-1000": b'{"changes": [{"fields": ' + b'{"a": ' * 1000 + b"1" + b"}" * 1001 + b"]}",
    "nul-in-change-id": encoded({"changes": [change(change_id="c\x001")]}),
    "nul-in-record-id": encoded({"changes": [change(record_id="r\x00", young_person_id="r\x00")]}),
    "nul-in-a-value": encoded({"changes": [change(fields={"given_name": "J\x00o"})]}),
    "lone-surrogate-id": encoded({"changes": [change(record_id="\ud800")]}),
    "lone-surrogate-value": encoded({"changes": [change(fields={"given_name": "\udfff"})]}),
    "lone-surrogate-key": encoded({"changes": [change(fields={"\ud800": 1})]}),
    "nan": b'{"changes": [{"fields": {"given_name": NaN}}]}',
    "infinity": b'{"changes": [{"fields": {"given_name": 1e309}}]}',
}


@pytest.mark.parametrize("body", UNSTORABLE.values(), ids=UNSTORABLE.keys())
def test_an_unstorable_push_is_400_and_changes_nothing(server: Running, body: bytes) -> None:
    auth = {**token(server, "sam"), **JSON}
    r = httpx.post(server.url + "/v1/push", content=body, headers=auth)
    assert r.status_code == 400, r.text
    assert r.json()["error"]["code"] == "malformed"
    assert httpx.get(server.url + "/v1/status").json()["latest_seq"] == 0


@pytest.mark.parametrize("body", [
    encoded({"user": "sam\x00", "password": PASSWORD}),
    encoded({"user": "\ud800", "password": PASSWORD}),
    encoded({"user": "sam", "password": PASSWORD, "device_name": "\x00"}),
    b'{"user": ' + b"[" * 5000 + b"]" * 5000 + b"}",
], ids=["nul-user", "surrogate-user", "nul-device", "deep"])
def test_an_unstorable_registration_is_400(server: Running, body: bytes) -> None:
    r = httpx.post(server.url + "/v1/register", content=body, headers=JSON)
    assert r.status_code == 400 and r.json()["error"]["code"] == "malformed"


@pytest.mark.parametrize("kind", ["text/plain", "application/x-www-form-urlencoded",
                                  "multipart/form-data; boundary=x", None])
@pytest.mark.parametrize("path", ["/v1/register", "/v1/push"])
def test_only_application_json_is_taken(server: Running, kind: str | None, path: str) -> None:
    """A web page elsewhere can post text/plain and forms to the store without asking; it
    cannot post application/json without a preflight, which this store never grants."""
    headers = {} if path == "/v1/register" else token(server, "sam")
    if kind:
        headers["Content-Type"] = kind
    body = encoded({"user": "sam", "password": PASSWORD} if path == "/v1/register"
                   else {"changes": [change()]})
    r = httpx.post(server.url + path, content=body, headers=headers)
    assert r.status_code == 415 and r.json()["error"]["code"] == "unsupported_media_type"
    assert httpx.get(server.url + "/v1/status").json()["latest_seq"] == 0
    ok = httpx.post(server.url + path, content=body,
                    headers={**headers, "Content-Type": "application/json; charset=utf-8"})
    assert ok.status_code == 200


def test_a_register_body_is_small(server: Running) -> None:
    big = encoded({"user": "sam", "password": "x" * (64 * 1024)})
    r = httpx.post(server.url + "/v1/register", content=big, headers=JSON)
    assert r.status_code == 413


def test_decoding_keeps_what_the_store_can_hold() -> None:
    value = {"changes": [change(fields={"notes": "caf\u00e9 \U0001f600 \t\n", "n": 1.5})]}
    (got,) = validate.validate_push(encoded(value))
    assert got.fields == {"notes": "caf\u00e9 \U0001f600 \t\n", "n": 1.5}

    def nested(depth: int) -> bytes:
        # The body, its list of changes, a change and its fields are four levels.
        inner: object = 1
        for _ in range(depth - 4):
            inner = [inner]
        return encoded({"changes": [change(fields={"a": inner})]})

    with pytest.raises(ApiError) as info:
        validate.validate_push(nested(validate.MAX_DEPTH + 1))
    assert info.value.status == 400
    assert validate.validate_push(nested(validate.MAX_DEPTH))
