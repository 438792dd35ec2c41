"""Allocation and staff records written by the central store itself (``keyworker-central``).

They are changes like a laptop's, authored by the central store: every laptop allowed to
see them pulls them (staff records reach every laptop; an allocation, those holding the
young person), and the scope follows the allocation (:mod:`.follow`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.hlc import Timestamp
from keyworker_desktop.domain.ids import staff_id_for_account, uuid7
from keyworker_desktop.domain.vocab import AllocationRole, ChangeReason
from keyworker_desktop.sync.entities import entities
from keyworker_desktop.sync.server.accounts import AccountError, Caller
from keyworker_desktop.sync.server.db import serialise_writes
from keyworker_desktop.sync.server.follow import follow_allocations
from keyworker_desktop.sync.server.models import Audit, Record, User
from keyworker_desktop.sync.server.service import _Push
from keyworker_desktop.sync.server.validate import PushedChange
from keyworker_desktop.sync.wire import Op

DEVICE = "central"
# What the command line calls each role, and the stored code.
ROLES = {"keyworker": AllocationRole.KEYWORKER, "senior": AllocationRole.SENIOR_KEYWORKER,
         "family": AllocationRole.FAMILY_KEYWORKER}
# A new allocation: the first, or one of the four reasons for a change (seed 001).
NEW_REASONS = (ChangeReason.FIRST_ALLOCATION, ChangeReason.CHILD_COMPLAINT,
               ChangeReason.STAFF_LEFT, ChangeReason.NO_POSITIVE_RELATIONSHIP,
               ChangeReason.NOT_IN_BEST_INTERESTS)
# Ending one with no successor: one of the four, or a step-down.
END_REASONS = (*NEW_REASONS[1:], ChangeReason.STEP_DOWN)
_STAFF_ROLES = {"keyworker": "keyworker", "senior": "senior_keyworker", "manager": "manager"}


@dataclass(frozen=True)
class Allocated:
    """What ``allocate`` did: the new record, the ones it ended, whether scope moved."""

    allocation_id: str | None
    ended: tuple[str, ...]
    scope_moved: bool


class _Writer:
    """Server-authored changes, applied through the push's own merge and bookkeeping."""

    def __init__(self, s: Session, by: str) -> None:
        self.s = s
        self.by = by
        self.caller = Caller(0, by, "admin", None, DEVICE)
        self.changes: list[PushedChange] = []
        self._counter = 0
        self._wall = time.time_ns() // 1_000_000

    def _hlc(self) -> str:
        self._counter += 1
        return Timestamp(self._wall, self._counter, DEVICE).encode()

    def add(self, entity: str, record_id: str, young_person_id: str | None, op: Op,
            fields: dict[str, Any]) -> None:
        version = self.s.scalar(select(Record.version).where(
            Record.entity == entity, Record.id == record_id)) or 0
        self.changes.append(PushedChange(
            change_id=uuid7(), entity=entity, record_id=record_id,
            young_person_id=young_person_id, op=op, fields=fields, base_version=version,
            hlc=self._hlc(), author=self.by, device=DEVICE))

    def write(self) -> None:
        if not self.changes:
            return
        # As a push does: sequence order is then commit order, and changes are numbered
        # as one range (db.next_values).
        serialise_writes(self.s)
        op = _Push(self.s, self.caller)
        op.prefetch(self.changes)
        for ch in self.changes:
            yp, _ = op.young_person_of(ch, entities()[ch.entity])
            op.apply(ch, yp)
        op.write()
        self.s.flush()
        self.changes = []


def _user(s: Session, name: str) -> User:
    user = s.scalar(select(User).where(User.name == name))
    if user is None:
        raise AccountError(f"there is no user called {name}")
    return user


def ensure_staff(s: Session, user_name: str, full_name: str | None = None,
                 by: str = "admin") -> tuple[str, bool]:
    """(staff id, made now): the staff record every laptop pulls for a user account, made
    once (its id comes from the account name); ``full_name`` renames an existing one."""
    user = _user(s, user_name)
    staff_id = staff_id_for_account(user.name)
    if user.role not in _STAFF_ROLES:
        raise AccountError(f"{user.name} is an administrator, who holds no young people")
    current = s.scalar(select(Record.fields).where(Record.entity == "staff",
                                                   Record.id == staff_id))
    writer = _Writer(s, by)
    if current is None:
        writer.add("staff", staff_id, None, "insert", {
            "name": (full_name or user.name).strip()[:200],
            "role": _STAFF_ROLES[user.role], "team": user.team or "", "email": "",
            "account": user.name, "deleted_at": None})
    elif full_name and current.get("name") != full_name.strip():
        writer.add("staff", staff_id, None, "update", {"name": full_name.strip()[:200]})
    writer.write()
    return staff_id, current is None


def _allocations(s: Session, yp: str) -> list[tuple[str, dict[str, Any]]]:
    return [(rid, fields) for rid, fields in s.execute(
        select(Record.id, Record.fields).where(
            Record.entity == "allocation", Record.young_person_id == yp,
            Record.deleted.is_(False)))]


def _current(s: Session, yp: str, role: str) -> list[tuple[str, dict[str, Any]]]:
    return [(rid, f) for rid, f in _allocations(s, yp)
            if f.get("role", "keyworker") == role and f.get("ends_on") is None]


def _check_young_person(s: Session, yp: str) -> None:
    known = s.scalar(select(Record.id).where(Record.entity == "young_person", Record.id == yp,
                                             Record.deleted.is_(False)))
    if known is None:
        raise AccountError(f"the central store holds no young person {yp}: a laptop must sync "
                           "them first")


def allocate(s: Session, user_name: str, young_person_id: str, *, role: str, reason: str,
             on: date, by: str = "admin") -> Allocated:
    """Allocate a young person to a user's staff record from ``on`` (ending whoever held the
    role), as records every laptop holding them pulls; the scope follows."""
    if role not in {m.value for m in AllocationRole}:
        raise AccountError("the role must be keyworker, senior or family")
    if reason not in {m.value for m in NEW_REASONS}:
        raise AccountError("the reason must be one of: "
                           + ", ".join(m.value for m in NEW_REASONS))
    _check_young_person(s, young_person_id)
    staff_id, _ = ensure_staff(s, user_name, by=by)
    current = _current(s, young_person_id, role)
    if any(f.get("staff_id") == staff_id for _, f in current):
        raise AccountError(f"{user_name} already holds that role for this young person")
    if current and reason == ChangeReason.FIRST_ALLOCATION.value:
        raise AccountError("someone holds that role already: give the reason for the change")
    for _, f in current:
        if str(f.get("starts_on", ""))[:10] > on.isoformat():
            raise AccountError("the current allocation starts after that date")
    writer = _Writer(s, by)
    for rid, _ in current:
        writer.add("allocation", rid, young_person_id, "update", {"ends_on": on.isoformat()})
    new_id = uuid7()
    writer.add("allocation", new_id, young_person_id, "insert", {
        "young_person_id": young_person_id, "staff_id": staff_id, "role": role,
        "starts_on": on.isoformat(), "ends_on": None, "change_reason": reason, "notes": "",
        "line_manager_notified_on": None, "agreement_document_id": None, "deleted_at": None})
    writer.write()
    moved = follow_allocations(s, [young_person_id], by)
    s.add(Audit(user_name=by, device_id=DEVICE, action="allocate",
                young_person_ids=[young_person_id], count=1, detail=f"{role}:{reason}"))
    return Allocated(new_id, tuple(rid for rid, _ in current), bool(moved))


def end_allocation(s: Session, young_person_id: str, *, role: str, reason: str, on: date,
                   by: str = "admin") -> list[str]:
    """End the allocations in force of ``role`` (step-down, or a reason for a change)."""
    if reason not in {m.value for m in END_REASONS}:
        raise AccountError("the reason must be one of: "
                           + ", ".join(m.value for m in END_REASONS))
    _check_young_person(s, young_person_id)
    current = _current(s, young_person_id, role)
    if not current:
        raise AccountError("no one holds that role for this young person now")
    writer = _Writer(s, by)
    line = f"Ended on {on.isoformat()}: {ChangeReason(reason).label}."
    for rid, f in current:
        if str(f.get("starts_on", ""))[:10] > on.isoformat():
            raise AccountError("the allocation starts after that date")
        notes = f"{f.get('notes') or ''}\n{line}".strip()
        writer.add("allocation", rid, young_person_id, "update",
                   {"ends_on": on.isoformat(), "notes": notes})
    writer.write()
    follow_allocations(s, [young_person_id], by)
    s.add(Audit(user_name=by, device_id=DEVICE, action="end_allocation",
                young_person_ids=[young_person_id], count=len(current),
                detail=f"{role}:{reason}"))
    return [rid for rid, _ in current]
