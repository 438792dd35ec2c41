"""``keyworker-central migrate``: says where the schema stands, migrates it, and with
``--check`` changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, select, text

from keyworker_desktop.sync.server import cli
from keyworker_desktop.sync.server.db import make_engine, upgrade
from keyworker_desktop.sync.server.migrate_command import revisions
from keyworker_desktop.sync.server.models import Record


def tables(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_check_then_migrate_then_check(database_url: str,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--database-url", database_url, "migrate", "--check"]) == 1
    assert "Back up the database" in capsys.readouterr().out
    assert "users" not in tables(database_url)  # --check changed nothing

    assert cli.main(["migrate", "--database-url", database_url]) == 0
    out = capsys.readouterr().out
    engine = make_engine(database_url)
    try:
        current, head = revisions(engine)
    finally:
        engine.dispose()
    assert current == head is not None
    assert f"from nothing to {head}" in out
    assert "users" in tables(database_url)

    assert cli.main(["--database-url", database_url, "migrate", "--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_records_fields_upgrade_in_place(database_url: str) -> None:
    """0003 (``records.fields`` as ``jsonb`` on PostgreSQL) keeps a store's records as
    they were, and the report's key reads find them."""
    engine = make_engine(database_url)
    try:
        upgrade(engine, "0002")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO records (entity, id, young_person_id, fields, meta, version, "
                "hlc, deleted) VALUES ('rag_rating', 'r1', 'yp1', :f, '{}', 1, '', false)"),
                {"f": '{"rating": "amber", "rated_on": "2026-01-02", "score": 3, '
                      '"note": "caf\\u00e9", "deleted_at": null}'})
        upgrade(engine)
        current, head = revisions(engine)
        assert current == head
        with engine.connect() as conn:
            fields = conn.scalar(select(Record.fields))
            rating = conn.scalar(select(Record.fields["rating"].as_string())
                                 .where(Record.fields["rated_on"].as_string() >= "2026-01-01"))
            kind = conn.scalar(text(
                "SELECT data_type FROM information_schema.columns "
                "WHERE table_name = 'records' AND column_name = 'fields'")
                ) if engine.dialect.name == "postgresql" else "JSON text (SQLite)"
        assert fields == {"rating": "amber", "rated_on": "2026-01-02", "score": 3,
                          "note": "café", "deleted_at": None}
        assert rating == "amber"
        assert kind == ("jsonb" if engine.dialect.name == "postgresql"
                        else "JSON text (SQLite)")
    finally:
        engine.dispose()
