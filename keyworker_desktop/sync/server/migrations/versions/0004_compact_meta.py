"""records.meta holds each stamp once, with the names of its fields

Before: ``{field: [version, hlc, author, device], ...}``, a copy of the stamp per field
(bigger than the record itself, and most of what a push wrote). After: a list of groups
``[[version, hlc, author, device, field, ...], ...]``, one per stamp (see
keyworker_desktop/sync/server/stamps.py, which reads both). Converted in place, a page of
records at a time, on SQLite and PostgreSQL alike; the downgrade writes the old form back.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

PAGE = 1000
_records = sa.table('records', sa.column('entity', sa.String), sa.column('id', sa.String),
                    sa.column('meta', sa.JSON))


def _compact(meta: Any) -> Any:
    if not isinstance(meta, dict):
        return meta  # already compact
    groups: dict[tuple[Any, ...], list[str]] = {}
    for name, stamp in meta.items():
        groups.setdefault(tuple(stamp), []).append(name)
    return [[*stamp, *names] for stamp, names in groups.items()]


def _per_field(meta: Any) -> Any:
    if isinstance(meta, dict):
        return meta
    out: dict[str, Any] = {}
    for group in meta or ():
        for name in group[4:]:
            out[name] = list(group[:4])
    return out


def _convert(fn: Callable[[Any], Any]) -> None:
    conn = op.get_bind()
    after: tuple[str, str] | None = None
    while True:
        query = sa.select(_records.c.entity, _records.c.id, _records.c.meta)
        if after is not None:
            query = query.where(sa.tuple_(_records.c.entity, _records.c.id) > sa.tuple_(*after))
        rows = conn.execute(query.order_by(_records.c.entity, _records.c.id).limit(PAGE)).all()
        if not rows:
            return
        conn.execute(
            sa.update(_records).where(_records.c.entity == sa.bindparam('k_entity'),
                                      _records.c.id == sa.bindparam('k_id'))
            .values(meta=sa.bindparam('v_meta', type_=sa.JSON)),
            [{'k_entity': e, 'k_id': i, 'v_meta': fn(m)} for e, i, m in rows])
        after = (rows[-1][0], rows[-1][1])


def upgrade() -> None:
    _convert(_compact)


def downgrade() -> None:
    _convert(_per_field)
