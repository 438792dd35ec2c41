"""The central store's scope follows the allocation records laptops and the central store share.

A young person's scope (table ``allocations``: who may pull and push them) is recomputed
from the ``allocation`` records in force whose staff member is linked to a user account
(the staff record's ``account``). When none is linked, the scope stays as it was: a
young person created on a laptop stays with whoever pushed them first.

Only the central store links a staff record to an account, and who may allocate whom is
checked here too: a keyworker allocates only themselves; a senior or a manager with a team
allocates within that team.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.vocab import AllocationRole, ChangeReason
from keyworker_desktop.sync.server.accounts import Caller
from keyworker_desktop.sync.server.models import Allocation, Record, User

_REASONS = frozenset(m.value for m in ChangeReason)
_ROLES = frozenset(m.value for m in AllocationRole)


def staff_fields(s: Session, staff_id: str) -> dict[str, Any] | None:
    """The stored fields of a staff record (read as a row: never a stale ORM object)."""
    return s.scalar(select(Record.fields).where(Record.entity == "staff", Record.id == staff_id,
                                                Record.deleted.is_(False)))


def _in_force(fields: Mapping[str, Any], today: date) -> bool:
    if fields.get("deleted_at") is not None:
        return False
    ends = fields.get("ends_on")
    return ends is None or date.fromisoformat(str(ends)[:10]) > today


def account_refusal(stored: Mapping[str, Any] | None,
                    incoming: Mapping[str, Any]) -> tuple[str, str] | None:
    """(code, message) when a pushed staff change would link or move a central account."""
    before = (stored or {}).get("account") or ""
    after = incoming.get("account", before) or ""
    if after != before:
        return ("account_link", "only the central store links a member of staff to an account")
    return None


def allocation_refusal(s: Session, caller: Caller, stored: Mapping[str, Any] | None,
                       incoming: Mapping[str, Any],
                       staff: Mapping[str, Mapping[str, Any]]) -> tuple[str, str] | None:
    """(code, message) when ``caller`` may not push this allocation change.

    ``staff`` holds staff records written earlier in the same push, by id.
    """
    merged = {**(stored or {}), **incoming}
    if merged.get("change_reason") not in _REASONS:
        return ("invalid", "the reason for the allocation is not one of the choices")
    if merged.get("role", AllocationRole.KEYWORKER.value) not in _ROLES:
        return ("invalid", "the role of the allocation is not one of the choices")
    people = {merged.get("staff_id"), (stored or {}).get("staff_id")} - {None}
    for staff_id in sorted(str(p) for p in people):
        fields = staff.get(staff_id) or staff_fields(s, staff_id) or {}
        account = fields.get("account") or ""
        if not account:
            continue
        user = s.execute(select(User.name, User.team).where(User.name == account)).first()
        if user is None:
            continue
        if caller.role == "keyworker" and user.name != caller.user_name:
            return ("allocation_refused", "a keyworker cannot allocate a young person to "
                                          "another account; ask a senior or a manager")
        if caller.role in ("senior", "manager") and caller.team and user.team != caller.team:
            return ("allocation_refused", "that account is not in your team")
    return None


def scope_users(s: Session, young_person_id: str, today: date) -> set[int]:
    """The users the allocation records in force give this young person to."""
    rows = s.scalars(select(Record.fields).where(
        Record.entity == "allocation", Record.young_person_id == young_person_id,
        Record.deleted.is_(False)))
    accounts: set[str] = set()
    for fields in rows:
        if not _in_force(fields, today):
            continue
        staff = staff_fields(s, str(fields.get("staff_id")))
        if staff and staff.get("account"):
            accounts.add(str(staff["account"]))
    if not accounts:
        return set()
    return set(s.scalars(select(User.id).where(User.name.in_(sorted(accounts)))))


def follow_allocations(s: Session, young_people: Iterable[str], by: str) -> set[str]:
    """Make each young person's scope what their allocations say; the ones that moved."""
    today = utcnow().date()
    moved: set[str] = set()
    for yp in sorted(set(young_people)):
        users = scope_users(s, yp, today)
        if not users:
            continue  # no one linked to an account: whoever holds them keeps them
        now = set(s.scalars(select(Allocation.user_id).where(
            Allocation.young_person_id == yp)))
        if now == users:
            continue
        s.execute(delete(Allocation).where(Allocation.young_person_id == yp,
                                           Allocation.user_id.not_in(sorted(users))))
        for user_id in sorted(users - now):
            s.add(Allocation(young_person_id=yp, user_id=user_id, allocated_by=by[:120]))
        moved.add(yp)
    s.flush()
    return moved
