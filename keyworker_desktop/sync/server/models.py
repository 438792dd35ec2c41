"""The central store's tables (its own metadata and Alembic migrations)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    false,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.ids import uuid7

SeqType = BigInteger().with_variant(Integer, "sqlite")


class CentralBase(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


def _now() -> datetime:
    return utcnow()


class Team(CentralBase):
    __tablename__ = "teams"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)


class User(CentralBase):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(20))  # keyworker / senior / manager / admin
    team: Mapped[str | None] = mapped_column(ForeignKey("teams.name"), default=None)
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    # Set: every token of the user is refused and no laptop may be registered.
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # A revoked laptop may hold what the password was: no laptop may be registered with it
    # until an administrator sets a new one.
    must_reset_password: Mapped[bool] = mapped_column(Boolean, default=False,
                                                      server_default=false())


class Device(CentralBase):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    client_device_id: Mapped[str] = mapped_column(String(64), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    # A token ended without wiping the laptop (its password was reset): it signs in again.
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    ended_reason: Mapped[str] = mapped_column(String(20), default="", server_default="")


class RegisterFailure(CentralBase):
    """Wrong passwords given for one user name (known or not) in the current window, and
    until when that name's registration is locked."""

    __tablename__ = "register_failures"

    name: Mapped[str] = mapped_column(String(120), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime] = mapped_column(DateTime, default=_now)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, default=None)


class Allocation(CentralBase):
    """Which user may see which young person (their keyworker; a team sees its own)."""

    __tablename__ = "allocations"

    young_person_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True, index=True)
    allocated_by: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class Record(CentralBase):
    """The current state of one synced record, with each field's last change."""

    __tablename__ = "records"

    entity: Mapped[str] = mapped_column(String(40), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    young_person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    # JSONB on PostgreSQL (migration 0003): the central report reads many keys of many
    # records, and each read of JSON text would parse it again.
    fields: Mapped[dict[str, Any]] = mapped_column(JSON().with_variant(JSONB(), "postgresql"))
    # Each field's [server version, hlc, author, device], grouped by stamp (see .stamps).
    meta: Mapped[Any] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=0)
    hlc: Mapped[str] = mapped_column(String(96), default="")
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class Change(CentralBase):
    """Every applied change, numbered by a monotonic sequence (the pull cursor)."""

    __tablename__ = "changes"
    __table_args__ = (
        Index("ix_changes_record", "entity", "record_id", "version"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=True)
    change_id: Mapped[str] = mapped_column(String(36), unique=True)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    young_person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    base_version: Mapped[int] = mapped_column(Integer)
    version: Mapped[int] = mapped_column(Integer)
    hlc: Mapped[str] = mapped_column(String(96))
    author: Mapped[str] = mapped_column(String(120))
    device: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))
    conflicts: Mapped[list[Any]] = mapped_column(JSON, default=list)
    resolved: Mapped[list[Any]] = mapped_column(JSON, default=list)
    received_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class Conflict(CentralBase):
    """Both values of a field changed on two sides, kept until a person resolves it."""

    __tablename__ = "conflicts"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    entity: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    young_person_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(10))
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    current: Mapped[dict[str, Any]] = mapped_column(JSON)
    incoming: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="open")
    change_id: Mapped[str] = mapped_column(String(36), index=True)
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=_now)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    resolved_by: Mapped[str] = mapped_column(String(120), default="")
    resolved_change_id: Mapped[str | None] = mapped_column(String(36), default=None)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "entity": self.entity, "record_id": self.record_id,
                "young_person_id": self.young_person_id, "field": self.field,
                "kind": self.kind, "base": self.base, "current": self.current,
                "incoming": self.incoming, "status": self.status}


class Audit(CentralBase):
    """Who pulled or pushed what, from which device, when; refusals too."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=_now, index=True)
    user_name: Mapped[str] = mapped_column(String(120), default="")
    device_id: Mapped[str] = mapped_column(String(36), default="")
    action: Mapped[str] = mapped_column(String(20))  # register / push / pull / denied
    outcome: Mapped[str] = mapped_column(String(20), default="ok")
    young_person_ids: Mapped[list[Any]] = mapped_column(JSON, default=list)
    count: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[str] = mapped_column(Text, default="")


class ScopeEpoch(CentralBase):
    """One row whose ``epoch`` takes a new value whenever a scope may have changed: set by
    triggers on ``allocations`` and ``users`` (migration 0005), never by this code."""

    __tablename__ = "scope_epoch"
    __table_args__ = (CheckConstraint("id = 1", name="scope_epoch_one_row"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    epoch: Mapped[int] = mapped_column(BigInteger)
