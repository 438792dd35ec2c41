"""Alembic environment of the central store: runs on the connection it is handed."""

from __future__ import annotations

from alembic import context

from keyworker_desktop.sync.server.models import CentralBase

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=CentralBase.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
