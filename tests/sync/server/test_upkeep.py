"""The central store analyzes its log itself once pushes have grown it (sync/server/
upkeep.py): without statistics PostgreSQL sorts every change after a pull's cursor for
every page, rather than reading the log's primary key in order."""

from __future__ import annotations

from sqlalchemy import text

from keyworker_desktop.domain.ids import uuid7

from ..conftest import Running
from .test_service import change, push, token


def people(server: Running, auth: dict[str, str], n: int) -> None:
    ids = [uuid7() for _ in range(n)]
    results = push(server, auth, *(change("young_person", yp, yp, {
        "given_name": "Jo", "family_name": "Pryce"}) for yp in ids))
    assert [r["status"] for r in results] == ["applied"] * n


def analyzed_rows(server: Running) -> float:
    """The log's rows as its statistics last counted them (-1: never analyzed)."""
    server.central.statistics.wait()
    return float(server.central.run(lambda s: s.execute(text(
        "SELECT reltuples FROM pg_class WHERE oid = 'changes'::regclass")).scalar()))


def test_the_log_is_analyzed_once_pushes_have_grown_it_as_much_again(server: Running) -> None:
    stats = server.central.statistics
    sam = token(server, "sam")
    if server.central.engine.dialect.name != "postgresql":
        people(server, sam, 12)
        assert not stats.enabled and stats._running is None  # SQLite plans it well as it is
        return
    stats.first = 10
    people(server, sam, 6)
    assert analyzed_rows(server) <= 0  # too small to matter yet
    people(server, sam, 6)
    assert analyzed_rows(server) == 12  # past the first ten: analyzed
    people(server, sam, 6)
    assert analyzed_rows(server) == 12  # six more on twelve: not yet
    people(server, sam, 8)
    assert analyzed_rows(server) == 26  # as many again as when last analyzed
