"""Index field_history.seq: each pulled page looks its sequence numbers up there.

Without it that look-up read the whole history on every page, so a pull grew
with the size of the store rather than with the changes it carried.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_field_history_seq", "field_history", ["seq"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_field_history_seq", table_name="field_history")
