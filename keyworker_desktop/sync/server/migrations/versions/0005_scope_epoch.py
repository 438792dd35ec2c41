"""scope_epoch: one row that changes whenever anyone's scope may have changed

Every pull answers the digest of the caller's young people, which used to be hashed from
the allocations on every pull (5-8 ms of a sync with nothing to do at 10,000 young
people). The row's ``epoch`` takes a new value in the same transaction as any insert,
update or delete of ``allocations`` and any insert or delete of ``users`` or change of a
user's team or role (the two tables a scope is made of), by triggers: so every way of
changing them (the service, the command line, raw SQL) moves it. A server process keeps
each scope's digest with the epoch read in the same statement as the ids it hashed, and
hashes again only when the epoch it reads has moved.

A new random value rather than one more: a database restored under a running server
could count its way back to a value a process holds for other allocations; a random
64-bit one comes back by chance only. On PostgreSQL the triggers are per statement and
take the push lock first (pushes take it before writing allocations), so a transaction
changing users then allocations and a push never wait for each other the other way round.
On SQLite (no statement triggers) they are per row, and every write holds the database.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

# The same key as db.serialise_writes (the push lock).
_PUSH_LOCK = 7406211

_PG_FUNCTION = f"""
CREATE FUNCTION bump_scope_epoch() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock({_PUSH_LOCK});
    UPDATE scope_epoch SET epoch = (random() * 9.2e18)::bigint;
    RETURN NULL;
END $$
"""

# name: (table, events)
_PG_TRIGGERS = {
    "allocations_scope_epoch": ("allocations", "INSERT OR UPDATE OR DELETE OR TRUNCATE"),
    "users_scope_epoch": ("users", "INSERT OR DELETE OR UPDATE OF team, role"),
}

_SQLITE_BUMP = "BEGIN UPDATE scope_epoch SET epoch = random(); END"
_SQLITE_TRIGGERS = {
    "allocations_insert_scope_epoch": "AFTER INSERT ON allocations",
    "allocations_update_scope_epoch": "AFTER UPDATE ON allocations",
    "allocations_delete_scope_epoch": "AFTER DELETE ON allocations",
    "users_insert_scope_epoch": "AFTER INSERT ON users",
    "users_delete_scope_epoch": "AFTER DELETE ON users",
    "users_update_scope_epoch": "AFTER UPDATE OF team, role ON users",
}


def upgrade() -> None:
    op.create_table(
        'scope_epoch',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('epoch', sa.BigInteger(), nullable=False),
        sa.CheckConstraint('id = 1', name='scope_epoch_one_row'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.execute("INSERT INTO scope_epoch (id, epoch) VALUES (1, 0)")
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_PG_FUNCTION)
        for name, (table, events) in _PG_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} AFTER {events} ON {table} "
                       "FOR EACH STATEMENT EXECUTE FUNCTION bump_scope_epoch()")
    else:
        for name, when in _SQLITE_TRIGGERS.items():
            op.execute(f"CREATE TRIGGER {name} {when} FOR EACH ROW {_SQLITE_BUMP}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, (table, _events) in _PG_TRIGGERS.items():
            op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute("DROP FUNCTION bump_scope_epoch()")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table('scope_epoch')
