"""accounts can be shut off: disabled users, held registration, ended tokens, lockouts

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disabled_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('must_reset_password', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ended_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('ended_reason', sa.String(length=20), nullable=False,
                                      server_default=''))
    op.create_table('register_failures',
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('failures', sa.Integer(), nullable=False),
    sa.Column('window_start', sa.DateTime(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('name')
    )


def downgrade() -> None:
    op.drop_table('register_failures')
    with op.batch_alter_table('devices', schema=None) as batch_op:
        batch_op.drop_column('ended_reason')
        batch_op.drop_column('ended_at')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_column('must_reset_password')
        batch_op.drop_column('disabled_at')
