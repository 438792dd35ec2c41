"""The day an action was done (issue 13): "actions overdue over time" needs to know, for any
past day, which actions were still open then. A plain ADD COLUMN, nullable (no rebuild).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("action", sa.Column("done_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("action") as batch:
        batch.drop_column("done_on")
