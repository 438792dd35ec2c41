"""``keyworker-central migrate``: says where the schema stands, migrates it, and with
``--check`` changes nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from keyworker_desktop.sync.server import cli
from keyworker_desktop.sync.server.db import make_engine
from keyworker_desktop.sync.server.migrate_command import revisions


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
