"""Migrations: from nothing to head, from 0001 with data, and matching the ORM models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine

from keyworker_desktop.store import keys, migrate
from keyworker_desktop.store.models import Base
from keyworker_desktop.store.sqlcipher import make_engine
from tests.store.conftest import insert_young_person_sql


def _engine(tmp_path: Path) -> Engine:
    (tmp_path / "keyworker.db").touch()  # opening never creates the file
    return make_engine(tmp_path / "keyworker.db", keys.new_data_key())


def _names(engine: Engine, type_: str) -> set[str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (type_,))
        return {r[0] for r in rows}


def test_empty_database_to_head(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        assert migrate.current(engine) is None
        assert migrate.needs_upgrade(engine)
        migrate.upgrade(engine)
        assert migrate.current(engine) == migrate.head()
        assert not migrate.needs_upgrade(engine)
        expected = set(Base.metadata.tables) | {"search_index", "alembic_version"}
        assert expected <= _names(engine, "table")
        assert {"audit_event_no_update", "audit_event_no_delete"} <= _names(engine, "trigger")
    finally:
        engine.dispose()


def test_from_0001_with_data_to_head(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        migrate.upgrade(engine, "0001")
        assert "search_index" not in _names(engine, "table")
        with engine.begin() as conn:
            insert_young_person_sql(conn, "yp1", "Olwen", "Pryce", "kites and trampolines")
            insert_young_person_sql(conn, "yp2", "Bryn", "Tallis", "swimming")
            conn.exec_driver_sql(
                "UPDATE young_person SET deleted_at = '2024-02-01 00:00:00' WHERE id = 'yp2'")

        migrate.upgrade(engine)

        with engine.connect() as conn:
            names = "SELECT given_name FROM young_person ORDER BY given_name"
            assert conn.exec_driver_sql(names).all() == [("Bryn",), ("Olwen",)]
            def search(q: str) -> list[tuple[str, str]]:
                return conn.exec_driver_sql(
                    "SELECT record_id, title FROM search_index WHERE search_index MATCH ? "
                    "ORDER BY rank", (q,)).all()

            assert search("trampolines") == [("yp1", "Olwen Pryce")]
            assert search("Olwen") == [("yp1", "Olwen Pryce")]
            assert search("swimming") == []  # tombstoned records are not indexed
    finally:
        engine.dispose()


def _not_fts(obj: object, name: str | None, type_: str, *_: object) -> bool:
    built_by_hand = ("search_index", "search_doc", "caseload_summary")
    return not (type_ == "table" and (name or "").startswith(built_by_hand))


def test_models_match_the_migrations(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        migrate.upgrade(engine)
        with engine.connect() as conn:
            ctx = MigrationContext.configure(
                conn, opts={"include_object": _not_fts, "compare_type": True})
            assert compare_metadata(ctx, Base.metadata) == []
    finally:
        engine.dispose()


def test_the_comparison_notices_a_difference(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            conn.exec_driver_sql("DROP TABLE device_secret")
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"include_object": _not_fts})
            diff = compare_metadata(ctx, Base.metadata)
        assert [d[0] for d in diff] == ["add_table"]
    finally:
        engine.dispose()
