"""Alembic migrations, run on the store's own connection at open."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine


def config() -> Config:
    cfg = Config()
    migrations = Path(str(files("keyworker_desktop.store") / "migrations"))
    cfg.set_main_option("script_location", str(migrations))
    return cfg


@lru_cache(maxsize=1)
def head() -> str:
    """The newest revision (the scripts are read, and compiled, once per process)."""
    head_rev = ScriptDirectory.from_config(config()).get_current_head()
    assert head_rev is not None
    return head_rev


def current(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current(engine) != head()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction."""
    cfg = config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
