"""The laptop's sync bookkeeping tables (local only, never synced themselves).

The sync client's own bookkeeping, owned by the store like every other table
(created by migration 0003).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.store.models.base import Base


class SyncState(Base):
    """Small sync values by key: the pull cursor, the registered user, last refusals."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class SyncBase(Base):
    """The server version of each record this laptop last received."""

    __tablename__ = "sync_base"

    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    version: Mapped[int] = mapped_column(Integer)


class SyncPin(Base):
    """The server version an unpushed change was made on, kept when a pull moves past it."""

    __tablename__ = "sync_pin"

    change_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_version: Mapped[int] = mapped_column(Integer)


class LocalConflict(Base):
    """A field changed on two sides: both values, who and when (HLC), until resolved."""

    __tablename__ = "conflict"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    young_person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10))
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    current: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    # open / resolving (a resolution waits to be pushed) / resolved
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolution_change_id: Mapped[str | None] = mapped_column(String(36), default=None,
                                                             index=True)


class FieldHistory(Base):
    """Every set of field values synced for a record, so no value is ever lost."""

    __tablename__ = "field_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    seq: Mapped[int | None] = mapped_column(Integer, default=None, index=True)
    change_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    kind: Mapped[str] = mapped_column(String(10))  # applied / submitted / conflict
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    hlc: Mapped[str] = mapped_column(String(96))
    author: Mapped[str] = mapped_column(String(120))
    device: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
