"""``keyworker-central migrate``: bring the central store's schema up to date, or say
whether it is (``--check``), as a step of an upgrade run before the service starts.

``serve`` and every other command migrate too; this one does only that, and says from
which revision to which, so an upgrade can be done (and seen done) with the service
stopped, straight after its backup.
"""

from __future__ import annotations

import argparse
from typing import Any

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import make_url

from keyworker_desktop.sync.server.db import alembic_config, default_url, make_engine, upgrade


def revisions(engine: Any) -> tuple[str | None, str | None]:
    """(the database's revision, or None when it has no schema; the newest one known)."""
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    return current, head


def cmd_migrate(args: argparse.Namespace) -> int:
    url = args.database_url or default_url()
    shown = make_url(url).render_as_string(hide_password=True)
    engine = make_engine(url)
    try:
        before, head = revisions(engine)
        if before == head:
            print(f"The central store's schema is up to date ({head}; database {shown}).")
            return 0
        if args.check:
            print(f"The central store's schema is at {before or 'nothing yet'}; this version "
                  f"needs {head}. Back up the database, then run 'keyworker-central migrate'.")
            return 1
        upgrade(engine)
        after, _ = revisions(engine)
    finally:
        engine.dispose()
    print(f"Migrated the central store's schema from {before or 'nothing'} to {after} "
          f"(database {shown}).")
    return 0


def add_commands(sub: Any) -> None:
    """Add ``migrate`` to ``keyworker-central``'s subparsers."""
    p = sub.add_parser("migrate", help="bring the database's schema up to date "
                                       "(--check: only say whether it is)")
    p.add_argument("--check", action="store_true",
                   help="change nothing; exit 1 when the schema needs migrating")
    p.add_argument("--database-url", default=argparse.SUPPRESS)
    p.set_defaults(func=cmd_migrate)
