"""Ending: the reason and outcome of a closure, and when and why it was reopened.

Closing a young person's involvement records why and with what outcome (issue 11,
section 5); reopening keeps that record and says when and why it was reopened, so
the history stays on the record rather than being deleted.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = (
    ("reason", sa.Text(), ""),
    ("outcome", sa.Text(), ""),
    ("reopened_on", sa.Date(), None),
    ("reopen_reason", sa.Text(), ""),
)


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite allows it with a default): no table rebuild, so the
    # ending table's triggers and existing rows stay as they are.
    for name, type_, default in _COLUMNS:
        op.add_column("ending", sa.Column(name, type_, nullable=default is None,
                                          server_default=default))


def downgrade() -> None:
    with op.batch_alter_table("ending") as batch:
        for name, _, _ in reversed(_COLUMNS):
            batch.drop_column(name)
