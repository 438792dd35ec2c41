"""Full-text search index (FTS5) and append-only audit.

Revision ID: 0002
Revises: 0001

The index is filled from the records already there, so a store created at
0001 becomes searchable on upgrade.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (table, title SQL, body columns, young person SQL)
_SOURCES = [
    ("young_person",
     "given_name || ' ' || family_name || CASE WHEN preferred_name != '' AND preferred_name != given_name THEN ' (' || preferred_name || ')' ELSE '' END",
     ["given_name", "family_name", "preferred_name", "interests"], "id"),
    ("family_member", "name", ["name", "notes"], "young_person_id"),
    ("professional", "name || CASE WHEN role != '' THEN ', ' || role ELSE '' END",
     ["name", "role", "agency"], "''"),
    ("visit", "'Visit ' || strftime('%d/%m/%Y', starts_at) || ' — ' || CASE WHEN place_name != '' THEN place_name ELSE place_type END",
     ["place_name", "address", "purpose", "notes"], "young_person_id"),
    ("session_note", "'Session note ' || strftime('%d/%m/%Y', session_on)",
     ["own_words", "discussed", "agreed", "concerns"], "young_person_id"),
    ("addendum", "'Addendum ' || strftime('%d/%m/%Y', signed_at)", ["text"], "young_person_id"),
    ("dsr_entry", "current_issues", ["current_issues", "tried", "reduces_risk", "action_plan"],
     "young_person_id"),
    ("meeting", "title", ["title", "notes"], "young_person_id"),
    ("action", "description", ["description", "owner_name", "follow_up"], "young_person_id"),
    ("goal", "description", ["description"], "young_person_id"),
]


def upgrade() -> None:
    # FTS5 cannot index record_id, so a plain table maps each record to the index's
    # rowid: replacing a record's entry is then a key lookup, not a scan of the index.
    op.execute(
        "CREATE TABLE search_doc (id INTEGER PRIMARY KEY, record_id VARCHAR(36) NOT NULL UNIQUE)"
    )
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, record_id UNINDEXED, young_person_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    for table, title, body_cols, yp in _SOURCES:
        body = " || char(10) || ".join(f"coalesce({c}, '')" for c in body_cols)
        op.execute(f"INSERT INTO search_doc (record_id) SELECT id FROM {table} WHERE deleted_at IS NULL")
        yp_sql = yp if yp == "''" else f"t.{yp}"
        op.execute(
            f"INSERT INTO search_index (rowid, kind, record_id, young_person_id, title, body) "
            f"SELECT search_doc.id, '{table}', t.id, {yp_sql}, {title}, {body} "
            f"FROM {table} AS t JOIN search_doc ON search_doc.record_id = t.id "
            f"WHERE t.deleted_at IS NULL"
        )
    op.execute(
        "CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event "
        "WHEN NOT (OLD.pushed_at IS NULL AND NEW.pushed_at IS NOT NULL "
        "AND OLD.actor = NEW.actor AND OLD.action = NEW.action AND OLD.record_id = NEW.record_id "
        "AND OLD.at = NEW.at AND OLD.detail = NEW.detail) "
        "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event "
        "BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_doc")
