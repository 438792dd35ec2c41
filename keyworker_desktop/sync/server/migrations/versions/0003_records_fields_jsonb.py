"""records.fields as JSONB on PostgreSQL: the central report reads its keys without
parsing each record's JSON text again (issue 13)

Revision ID: 0003
Revises: 0002

On PostgreSQL the column is rewritten in place (``USING fields::jsonb``; a few seconds for
a few hundred thousand records, holding the table meanwhile). On SQLite, the embedded
default, JSON is text either way: nothing changes. Only ``records.fields``: the changes
and the per-field stamps (``meta``) keep the JSON text as it was sent.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.alter_column('records', 'fields', type_=postgresql.JSONB(),
                    existing_type=sa.JSON(), existing_nullable=False,
                    postgresql_using='fields::jsonb')
    op.execute('ANALYZE records')  # the rewrite drops the column's statistics


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.alter_column('records', 'fields', type_=sa.JSON(),
                    existing_type=postgresql.JSONB(), existing_nullable=False,
                    postgresql_using='fields::json')
