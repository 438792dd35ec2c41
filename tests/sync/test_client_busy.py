"""A busy central store (every push slot taken: 503 with Retry-After) is waited out, so a
crowd of laptops syncing at once slows a sync down instead of failing it (seen in the
50-laptop fleet benchmark); a store that stays busy is still reported, and a cancelled
sync stops waiting at once."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from keyworker_desktop.store.database import Store
from keyworker_desktop.sync import transport
from keyworker_desktop.sync.client import Offline, SyncClient
from keyworker_desktop.sync.transport import Cancelled

BUSY = {"error": {"code": "busy", "message": "the server is busy with other pushes"}}


def client_answering(store: Store,
                     answers: list[httpx.Response]) -> tuple[SyncClient, list[str]]:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return answers.pop(0)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    return SyncClient(store, "http://127.0.0.1:9", http=http), seen


def busy() -> httpx.Response:
    return httpx.Response(503, json=BUSY, headers={"retry-after": "0.5"})


@pytest.fixture
def fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(transport, "BUSY_WAIT_MAX", 0.05)


def test_a_busy_answer_is_waited_out_and_the_call_goes_through(
        make_store: Callable[[str], Store], fast: None) -> None:
    store = make_store("sam")
    client, seen = client_answering(
        store, [busy(), busy(), httpx.Response(200, json={"protocol": 1, "latest_seq": 7})])
    try:
        assert client._request("GET", "/v1/status", token=False)["latest_seq"] == 7
    finally:
        client.http.close()
    assert seen == ["/v1/status"] * 3


def test_a_store_that_stays_busy_is_reported_and_nothing_is_lost(
        make_store: Callable[[str], Store], fast: None) -> None:
    store = make_store("sam")
    client, seen = client_answering(store, [busy() for _ in range(transport.BUSY_RETRIES + 1)])
    try:
        with pytest.raises(Offline, match="kept on this laptop"):
            client._request("GET", "/v1/status", token=False)
    finally:
        client.http.close()
    assert len(seen) == transport.BUSY_RETRIES + 1


def test_a_cancelled_sync_stops_waiting() -> None:
    with pytest.raises(Cancelled):
        transport.wait_before_retry(5.0, 0, lambda: True)
