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

from sqlalchemy import and_, delete, select
from sqlalchemy.orm import Session, aliased

from keyworker_desktop.domain.clock import utcnow
from keyworker_desktop.domain.vocab import AllocationRole, ChangeReason
from keyworker_desktop.sync.server.accounts import Caller
from keyworker_desktop.sync.server.db import id_in, ids_table
from keyworker_desktop.sync.server.models import Allocation, Record, User

_REASONS = frozenset(m.value for m in ChangeReason)
_ROLES = frozenset(m.value for m in AllocationRole)


def staff_fields(s: Session, staff_id: str,
                 cache: dict[str, Any] | None = None) -> dict[str, Any] | None:
    """The stored fields of a staff record (read as a row: never a stale ORM object).

    ``cache``: read once per staff member for one push, whose many allocations name the
    same few (valid while the push writes no staff record it has not read itself)."""
    if cache is not None and staff_id in cache:
        return cache[staff_id]
    fields = s.scalar(select(Record.fields).where(
        Record.entity == "staff", Record.id == staff_id, Record.deleted.is_(False)))
    if cache is not None:
        cache[staff_id] = fields
    return fields


def prefetch_staff(s: Session, staff_ids: set[str]) -> dict[str, Any]:
    """A :func:`staff_fields` cache holding these staff records, read in one statement."""
    cache: dict[str, Any] = dict.fromkeys(staff_ids)
    if staff_ids:
        for rid, fields in s.execute(select(Record.id, Record.fields).where(
                Record.entity == "staff", id_in(s, Record.id, staff_ids),
                Record.deleted.is_(False))):
            cache[rid] = fields
    return cache


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
                       staff: Mapping[str, Mapping[str, Any]],
                       cache: dict[str, Any] | None = None) -> tuple[str, str] | None:
    """(code, message) when ``caller`` may not push this allocation change.

    ``staff`` holds staff records written earlier in the same push, by id (they come
    before ``cache``, which keeps what was read from the database during the push).
    """
    merged = {**(stored or {}), **incoming}
    if merged.get("change_reason") not in _REASONS:
        return ("invalid", "the reason for the allocation is not one of the choices")
    if merged.get("role", AllocationRole.KEYWORKER.value) not in _ROLES:
        return ("invalid", "the role of the allocation is not one of the choices")
    people = {merged.get("staff_id"), (stored or {}).get("staff_id")} - {None}
    for staff_id in sorted(str(p) for p in people):
        fields = staff.get(staff_id) or staff_fields(s, staff_id, cache) or {}
        account = fields.get("account") or ""
        if not account:
            continue
        key = f"user:{account}"
        if cache is None or key not in cache:
            found = s.execute(select(User.name, User.team).where(User.name == account)).first()
            if cache is None:
                cache = {}
            cache[key] = found
        user = cache[key]
        if user is None:
            continue
        if caller.role == "keyworker" and user.name != caller.user_name:
            return ("allocation_refused", "a keyworker cannot allocate a young person to "
                                          "another account; ask a senior or a manager")
        if caller.role in ("senior", "manager") and caller.team and user.team != caller.team:
            return ("allocation_refused", "that account is not in your team")
    return None


def _accounts(rows: Iterable[Mapping[str, Any]], today: date, s: Session,
              cache: dict[str, Any] | None) -> set[str]:
    """The accounts linked to the staff of the allocation records in force among ``rows``."""
    accounts: set[str] = set()
    for fields in rows:
        if not _in_force(fields, today):
            continue
        staff = staff_fields(s, str(fields.get("staff_id")), cache)
        if staff and staff.get("account"):
            accounts.add(str(staff["account"]))
    return accounts


def scope_users(s: Session, young_person_id: str, today: date,
                cache: dict[str, Any] | None = None,
                rows: Iterable[Mapping[str, Any]] | None = None) -> set[int]:
    """The users the allocation records in force give this young person to (``rows``: the
    fields of their allocation records, when already read)."""
    if rows is None:
        rows = s.scalars(select(Record.fields).where(
            Record.entity == "allocation", Record.young_person_id == young_person_id,
            Record.deleted.is_(False)))
    accounts = _accounts(rows, today, s, cache)
    if not accounts:
        return set()
    return set(s.scalars(select(User.id).where(User.name.in_(sorted(accounts)))))


def follow_allocations(s: Session, young_people: Iterable[str], by: str) -> set[str]:
    """Make each young person's scope what their allocations say; the ones that moved."""
    today = utcnow().date()
    moved: set[str] = set()
    people = sorted(set(young_people))
    if not people:
        return moved
    # Read for all of them at once (a first sync allocates hundreds), each with its staff
    # record as it stands once the push is written (null: none, or deleted).
    records: dict[str, list[Mapping[str, Any]]] = {}
    staff: dict[str, Any] = {}
    member = aliased(Record)
    for yp, fields, member_fields in s.execute(
            select(Record.young_person_id, Record.fields, member.fields)
            .join(wanted := ids_table(s, people), Record.young_person_id == wanted.c.id)
            .outerjoin(member, and_(member.entity == "staff", member.deleted.is_(False),
                                    member.id == Record.fields["staff_id"].as_string()))
            .where(Record.entity == "allocation", Record.deleted.is_(False))):
        records.setdefault(yp, []).append(fields)
        staff[str(fields.get("staff_id"))] = member_fields
    held: dict[str, set[int]] = {}
    for yp, user_id in s.execute(select(Allocation.young_person_id, Allocation.user_id)
                                 .where(id_in(s, Allocation.young_person_id, people))):
        held.setdefault(yp, set()).add(user_id)
    accounts = {yp: _accounts(records.get(yp, []), today, s, staff) for yp in people}
    linked = set().union(*accounts.values())
    # One lookup of the accounts for all of them, not one per young person.
    user_ids: dict[str, int] = {name: uid for name, uid in s.execute(
        select(User.name, User.id).where(User.name.in_(sorted(linked))))} if linked else {}
    for yp in people:
        users = {user_ids[a] for a in accounts[yp] if a in user_ids}
        if not users:
            continue  # no one linked to an account: whoever holds them keeps them
        now = held.get(yp, set())
        if now == users:
            continue
        s.execute(delete(Allocation).where(Allocation.young_person_id == yp,
                                           Allocation.user_id.not_in(sorted(users))))
        for user_id in sorted(users - now):
            s.add(Allocation(young_person_id=yp, user_id=user_id, allocated_by=by[:120]))
        moved.add(yp)
    s.flush()
    return moved
