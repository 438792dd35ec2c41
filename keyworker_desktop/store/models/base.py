"""Declarative base, the columns every synced record carries, and local-only tables."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.ids import uuid7


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class Synced:
    """Columns of every record that syncs: identity, provenance, version, tombstone.

    ``version`` counts local writes; the change log records the version each
    change was based on. Records are never deleted: ``deleted_at`` is set.
    """

    if TYPE_CHECKING:
        # Every concrete synced model names its table; the mixin itself has none.
        __tablename__: str

    __searchable__: tuple[str, ...] = ()
    # Append-only records (finalised notes, addenda, ticks, audit) never conflict.
    __append_only__: bool = False

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(120), default="")
    updated_by: Mapped[str] = mapped_column(String(120), default="")
    origin_device: Mapped[str] = mapped_column(String(64), default="")
    version: Mapped[int] = mapped_column(Integer, default=0)
    hlc: Mapped[str] = mapped_column(String(96), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class BelongsToYoungPerson(Synced):
    """A synced record filed under one young person."""

    @declared_attr
    def young_person_id(cls) -> Mapped[str]:  # noqa: N805 - SQLAlchemy declared_attr
        return mapped_column(ForeignKey("young_person.id"), index=True)


class ChangeLogEntry(Base):
    """One local write: which fields changed, to what, on which version (local only)."""

    __tablename__ = "change_log"
    # What is waiting to be pushed for given records: the sync asks it of each record an
    # acknowledgement or a pulled page touches. A partial index holds only the unpushed
    # changes, so the answer costs what is waiting, not each record's whole history (by
    # the record index) nor everything waiting (by the pushed_at one). Migration 0010.
    __table_args__ = (Index("ix_change_log_unpushed_record", "record_id",
                            sqlite_where=text("pushed_at IS NULL")),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True, default=uuid7)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    young_person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))  # insert / update / delete
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(96))
    author: Mapped[str] = mapped_column(String(120))
    device: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    pushed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None, index=True)


class AuditEvent(Base):
    """Who viewed or changed which record, when. Append-only (a trigger refuses edits)."""

    __tablename__ = "audit_event"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(120))
    device: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(20))  # view / create / change / delete / export
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    young_person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
    pushed_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Setting(Base):
    """A local setting's stored value; declarations live in keyworker_desktop.store.settings."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict[str, Any]] = mapped_column(JSON)


class DeviceSecret(Base):
    """A device secret kept inside the encrypted store when no OS keyring works."""

    __tablename__ = "device_secret"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)
    pending_notice: Mapped[bool] = mapped_column(Boolean, default=False)
