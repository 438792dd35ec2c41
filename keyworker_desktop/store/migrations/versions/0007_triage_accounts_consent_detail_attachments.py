"""Triage status, staff accounts, consent detail, what a document is attached to, handover date.

Issue 11 needs each of these on the record so that they sync like every other field:

- ``dsr_entry``: the register entry's status (referred → waiting → accepted or
  declined → closed), when it last changed, who decided and why.
- ``staff``: the central store account a staff member signs in with, so that an
  allocation to them moves the central store's scope with it.
- ``consent``: how it was recorded, when it is to be reviewed, which named agencies
  information may be shared with, and why a best-interests decision was made.
- ``document``: what it is attached to (a consent or an allocation, or the young
  person alone), its size and its SHA-256 so a copy can be checked.
- ``ending``: the date of the handover to the next keyworker.

Register entries that already carry a rating or a triage date were accepted before
the status existed, so they start as ``accepted``; every other entry as ``referred``.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_COLUMNS: dict[str, tuple[tuple[str, Any, str | None], ...]] = {
    "dsr_entry": (
        ("status", sa.String(20), "referred"),
        ("status_on", sa.Date(), None),
        ("decided_by", sa.String(200), ""),
        ("decision_reason", sa.Text(), ""),
    ),
    "staff": (
        ("account", sa.String(120), ""),
    ),
    "consent": (
        ("how_recorded", sa.String(40), ""),
        ("review_on", sa.Date(), None),
        ("share_with", sa.Text(), ""),
        ("decision_reason", sa.Text(), ""),
    ),
    "document": (
        ("attached_to", sa.String(40), ""),
        ("attached_to_id", sa.String(36), None),
        ("size_bytes", sa.Integer(), "0"),
        ("sha256", sa.String(64), ""),
    ),
    "ending": (
        ("handover_on", sa.Date(), None),
    ),
}


def upgrade() -> None:
    # Plain ADD COLUMN (SQLite allows it with a constant default): no table rebuild.
    for table, columns in _COLUMNS.items():
        for name, type_, default in columns:
            op.add_column(table, sa.Column(name, type_, nullable=default is None,
                                           server_default=default))
    op.execute(
        "UPDATE dsr_entry SET status = 'accepted' WHERE triaged_on IS NOT NULL "
        "OR EXISTS (SELECT 1 FROM rag_rating r WHERE r.dsr_entry_id = dsr_entry.id)")


def downgrade() -> None:
    for table, columns in reversed(list(_COLUMNS.items())):
        with op.batch_alter_table(table) as batch:
            for name, _, _ in reversed(columns):
                batch.drop_column(name)
