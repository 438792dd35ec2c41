"""Per-young-person caseload summary, kept current by the write hook.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

from keyworker_desktop.store import summary

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE TABLE caseload_summary ("
        "young_person_id VARCHAR(36) PRIMARY KEY REFERENCES young_person (id), "
        "given_name VARCHAR(100) NOT NULL, family_name VARCHAR(100) NOT NULL, "
        "preferred_name VARCHAR(100) NOT NULL DEFAULT '', date_of_birth DATE, "
        "is_open BOOLEAN NOT NULL, rag VARCHAR(10), keyworker TEXT NOT NULL DEFAULT '', last_session DATE, "
        "upcoming_visits TEXT NOT NULL DEFAULT '', open_items TEXT NOT NULL DEFAULT '', "
        "open_actions TEXT NOT NULL DEFAULT '') WITHOUT ROWID"
    )
    summary.rebuild_all(op.get_bind())


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS caseload_summary")
