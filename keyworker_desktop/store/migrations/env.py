"""Alembic environment: always runs on the connection the store hands it."""

from __future__ import annotations

from alembic import context

from keyworker_desktop.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    # The full-text index and the caseload summary are built by hand in their migrations.
    include_object=lambda obj, name, type_, *a: not (
        type_ == "table" and name.startswith(("search_index", "search_doc", "caseload_summary"))),
)
with context.begin_transaction():
    context.run_migrations()
