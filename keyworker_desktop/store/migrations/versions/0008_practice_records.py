"""The Keyworking Service's practice (issue 12): register reviews, the risk and crisis plan,
the contact log, the child's file; meeting attendees, follow-ups and tracker groups; where
an escalation came from; who received a budget spend; the manager's acknowledgement of a
note raised with them; a young person's preferred language.

New tables carry the synced columns every record has; new columns are plain ADD COLUMN
with constant defaults (no table rebuild).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _synced() -> list[sa.Column[Any]]:
    return [
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(120), nullable=False),
        sa.Column("updated_by", sa.String(120), nullable=False),
        sa.Column("origin_device", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.String(96), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("young_person_id", sa.String(36), sa.ForeignKey("young_person.id"),
                  nullable=False),
    ]


_TABLES: dict[str, tuple[list[sa.Column[Any]], tuple[str, ...]]] = {
    "dsr_review": ([
        sa.Column("dsr_entry_id", sa.String(36), sa.ForeignKey("dsr_entry.id"),
                  nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        sa.Column("next_review_on", sa.Date(), nullable=True),
    ], ("dsr_entry_id",)),
    "risk_plan": ([
        sa.Column("assessed_on", sa.Date(), nullable=True),
        sa.Column("risks", sa.Text(), nullable=False),
        sa.Column("triggers", sa.Text(), nullable=False),
        sa.Column("early_signs", sa.Text(), nullable=False),
        sa.Column("what_helps", sa.Text(), nullable=False),
        sa.Column("what_to_avoid", sa.Text(), nullable=False),
        sa.Column("who_to_call", sa.Text(), nullable=False),
        sa.Column("who_to_call_ids", sa.JSON(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
    ], ("review_on",)),
    "contact_log": ([
        sa.Column("contact_at", sa.DateTime(), nullable=False),
        sa.Column("professional_id", sa.String(36), sa.ForeignKey("professional.id"),
                  nullable=True),
        sa.Column("family_member_id", sa.String(36), sa.ForeignKey("family_member.id"),
                  nullable=True),
        sa.Column("with_name", sa.String(200), nullable=False),
        sa.Column("how", sa.String(20), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
    ], ("contact_at", "professional_id")),
    "plan_copy": ([
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("current_copy_on", sa.Date(), nullable=True),
        sa.Column("document_id", sa.String(36), sa.ForeignKey("document.id"), nullable=True),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
    ], ("review_on",)),
}

_COLUMNS: dict[str, tuple[tuple[str, Any, str | None], ...]] = {
    "meeting": (
        ("attendee_ids", sa.JSON(), "[]"),
        ("follow_up_of_id", sa.String(36), None),
        ("group_id", sa.String(36), None),
    ),
    "escalation": (
        ("raised_from", sa.String(20), ""),
        ("action_id", sa.String(36), None),
    ),
    "budget_spend": (
        ("received_by", sa.String(200), ""),
    ),
    "session_note": (
        ("raise_acknowledged_by", sa.String(120), ""),
        ("raise_acknowledged_at", sa.DateTime(), None),
    ),
    "young_person": (
        ("preferred_language", sa.String(10), "en"),
    ),
}


def upgrade() -> None:
    for table, (columns, indexed) in _TABLES.items():
        op.create_table(table, *_synced(), *columns)
        with op.batch_alter_table(table) as batch:
            for name in ("young_person_id", *indexed):
                batch.create_index(batch.f(f"ix_{table}_{name}"), [name], unique=False)
    for table, added in _COLUMNS.items():
        for name, type_, default in added:
            op.add_column(table, sa.Column(name, type_, nullable=default is None,
                                           server_default=default))
    with op.batch_alter_table("meeting") as batch:
        batch.create_index(batch.f("ix_meeting_group_id"), ["group_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_index(batch.f("ix_meeting_group_id"))
    for table, added in reversed(list(_COLUMNS.items())):
        with op.batch_alter_table(table) as batch:
            for name, _, _ in reversed(added):
                batch.drop_column(name)
    for table in reversed(list(_TABLES)):
        op.drop_table(table)
