"""Keyworker allocation on the laptop: who holds which role for a young person, from when,
and why it changed; the caseload limit, counted in families.

An allocation is one synced record (``allocation``) that the central store reads too: an
allocation to a staff member linked to a central account moves the central store's scope
with it at the next sync. Every function checks first and raises
:class:`~keyworker_desktop.store.errors.ValidationError` before writing anything; warnings
are returned for the caller to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.families import Carer, count_families
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.ids import staff_id_for_account
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import AllocationRole, ChangeReason
from keyworker_desktop.store import settings
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import Allocation, FamilyMember, Staff, YoungPerson
from keyworker_desktop.store.models.sync import SyncState
from keyworker_desktop.sync.client import ACCOUNT_KEY

# A new allocation is the first one or follows one of the four reasons for a change of
# keyworker (seed 001). Step-down ends involvement: it is a reason to end an allocation,
# never to start one.
NEW_REASONS: tuple[ChangeReason, ...] = (
    ChangeReason.FIRST_ALLOCATION, ChangeReason.CHILD_COMPLAINT, ChangeReason.STAFF_LEFT,
    ChangeReason.NO_POSITIVE_RELATIONSHIP, ChangeReason.NOT_IN_BEST_INTERESTS)
END_REASONS: tuple[ChangeReason, ...] = (
    ChangeReason.CHILD_COMPLAINT, ChangeReason.STAFF_LEFT, ChangeReason.NO_POSITIVE_RELATIONSHIP,
    ChangeReason.NOT_IN_BEST_INTERESTS, ChangeReason.STEP_DOWN)
# Senior keyworkers oversee; the caseload limit is about holding the keyworker role.
_COUNTED_ROLES = (AllocationRole.KEYWORKER.value, AllocationRole.FAMILY_KEYWORKER.value)


@dataclass(frozen=True)
class StaffChoice:
    """A member of staff who can be allocated, as a picker lists them."""

    id: str
    name: str
    role: str
    account: str
    is_me: bool


@dataclass(frozen=True)
class CurrentAllocation:
    """One allocation in force, for the record and ``show``."""

    id: str
    staff_id: str
    staff_name: str
    role: str
    starts_on: date
    change_reason: str
    line_manager_notified_on: date | None
    notes: str


# -- who is who -------------------------------------------------------------------------
def my_account(session: Session) -> str | None:
    """The central store account this laptop is registered with, if any."""
    row = session.get(SyncState, ACCOUNT_KEY)
    value = row.value.get("v") if row is not None else None
    return str(value["user"]) if isinstance(value, dict) and value.get("user") else None


def my_staff_id(session: Session) -> str | None:
    """The staff record of this laptop's user, once the central store's copy has arrived."""
    account = my_account(session)
    if account is None:
        return None
    found = session.scalar(select(Staff.id).where(
        Staff.deleted_at.is_(None),
        (Staff.id == staff_id_for_account(account))
        | (func.lower(Staff.account) == account.casefold())).order_by(Staff.created_at))
    return found


def staff_choices(session: Session) -> list[StaffChoice]:
    """Every member of staff held, this laptop's user first, then by name."""
    me = my_staff_id(session)
    rows = session.scalars(select(Staff).where(Staff.deleted_at.is_(None))
                           .order_by(func.lower(Staff.name), Staff.id)).all()
    choices = [StaffChoice(r.id, r.name, r.role, r.account, r.id == me) for r in rows]
    return sorted(choices, key=lambda c: not c.is_me)


def find_staff(session: Session, text: str) -> list[Staff]:
    """Staff whose name or central account is ``text`` (case and spacing ignored)."""
    wanted = " ".join(text.split()).casefold()
    if not wanted:
        return []
    rows = session.scalars(select(Staff).where(Staff.deleted_at.is_(None))).all()
    return [r for r in rows
            if wanted in (" ".join(r.name.split()).casefold(), r.account.strip().casefold())]


def add_staff(session: Session, name: str, role: str = "keyworker") -> Staff:
    """A member of staff known only on this laptop (no central account yet)."""
    raise_for([*rules.check_required(name, "name", QT_TRANSLATE_NOOP("Errors", "A name")),
               *rules.check_length(name, "name", 200, QT_TRANSLATE_NOOP("Errors", "The name"))])
    staff = Staff(name=" ".join(name.split()), role=role)
    session.add(staff)
    session.flush()
    return staff


# -- the caseload, in families -----------------------------------------------------------
def _carers(session: Session, yp_ids: set[str]) -> dict[str, list[Carer]]:
    out: dict[str, list[Carer]] = {yp: [] for yp in yp_ids}
    if not yp_ids:
        return out
    for m in session.scalars(select(FamilyMember).where(
            FamilyMember.young_person_id.in_(yp_ids), FamilyMember.deleted_at.is_(None),
            FamilyMember.parental_responsibility.is_(True))):
        out[m.young_person_id].append(Carer(m.name, m.address, m.phone))
    return out


def held_young_people(session: Session, staff_id: str) -> set[str]:
    """The young people ``staff_id`` holds the (family) keyworker role for now."""
    return set(session.scalars(select(Allocation.young_person_id).where(
        Allocation.staff_id == staff_id, Allocation.ends_on.is_(None),
        Allocation.deleted_at.is_(None), Allocation.role.in_(_COUNTED_ROLES))))


def families_held(session: Session, staff_id: str, adding: str | None = None) -> tuple[int, int]:
    """(families held now, families held with young person ``adding`` too)."""
    held = held_young_people(session, staff_id)
    with_new = held | ({adding} if adding else set())
    carers = _carers(session, with_new)
    before = count_families({yp: carers[yp] for yp in held})
    return before, count_families(carers)


def caseload_warnings(session: Session, yp_id: str, staff_id: str,
                      role: str = AllocationRole.KEYWORKER.value) -> list[Problem]:
    """The caseload-limit warning for allocating ``staff_id`` (none when it is off)."""
    if role not in _COUNTED_ROLES:
        return []
    before, after = families_held(session, staff_id, yp_id)
    return rules.check_family_caseload(
        before, after, settings.get(session, settings.CASELOAD_LIMIT),
        settings.get(session, settings.CASELOAD_LIMIT_ENABLED))


# -- allocating and ending ---------------------------------------------------------------
def _current(session: Session, yp_id: str, role: str) -> list[Allocation]:
    return list(session.scalars(select(Allocation).where(
        Allocation.young_person_id == yp_id, Allocation.role == role,
        Allocation.ends_on.is_(None), Allocation.deleted_at.is_(None))))


def allocate(session: Session, yp_id: str, staff_id: str, *, role: str, reason: str,
             starts_on: date, line_manager_notified_on: date | None = None,
             notes: str = "") -> tuple[Allocation, list[Problem]]:
    """Give ``staff_id`` the role from ``starts_on``, ending whoever held it that day."""
    problems: list[Problem] = []
    if role not in {m.value for m in AllocationRole}:
        problems.append(Problem("role", Message("role.role_not_one", QT_TRANSLATE_NOOP(
                "Errors", "The role is not one of the choices."))))
    if reason not in {m.value for m in NEW_REASONS}:
        problems.append(Problem("change_reason", Message(
                "change_reason.reason_must_first", QT_TRANSLATE_NOOP(
                "Errors", "The reason must be a first allocation or one of the four reasons for "
                "a change of keyworker."))))
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.is_deleted:
        raise KeyError(yp_id)
    staff = session.get(Staff, staff_id)
    if staff is None or staff.is_deleted:
        problems.append(Problem("staff_id", Message(
                "staff_id.choose_member_staff", QT_TRANSLATE_NOOP(
                "Errors", "Choose a member of staff."))))
    problems += rules.check_length(notes, "notes", rules.TEXT_LIMITS["long"],
        QT_TRANSLATE_NOOP("Errors", "The notes"))
    current = _current(session, yp_id, role)
    for c in current:
        if c.staff_id == staff_id:
            problems.append(Problem("staff_id", Message(
                    "staff_id.they_already_hold", QT_TRANSLATE_NOOP(
                    "Errors", "They already hold this role for this young person."))))
        problems += rules.check_period(c.starts_on, starts_on, "starts_on",
            QT_TRANSLATE_NOOP("Errors", "new allocation"))
    if current and reason == ChangeReason.FIRST_ALLOCATION.value:
        problems.append(Problem("change_reason", Message(
                "change_reason.someone_holds_role", QT_TRANSLATE_NOOP(
                "Errors", "Someone holds this role already: choose the reason for the change."))))
    raise_for(problems)
    warnings = caseload_warnings(session, yp_id, staff_id, role)
    for c in current:
        c.ends_on = starts_on
    allocation = Allocation(young_person_id=yp_id, staff_id=staff_id, role=role,
                            starts_on=starts_on, change_reason=reason, notes=notes,
                            line_manager_notified_on=line_manager_notified_on)
    session.add(allocation)
    session.flush()
    return allocation, warnings


def end_allocation(session: Session, allocation_id: str, *, ends_on: date,
                   reason: str) -> Allocation:
    """End an allocation without a successor (step-down, or a reason for a change)."""
    allocation = session.get(Allocation, allocation_id)
    if allocation is None or allocation.is_deleted:
        raise KeyError(allocation_id)
    problems: list[Problem] = []
    if reason not in {m.value for m in END_REASONS}:
        problems.append(Problem("change_reason", Message(
                "change_reason.reason_must_step", QT_TRANSLATE_NOOP(
                "Errors", "The reason must be a step-down or one of the four reasons for a "
                "change of keyworker."))))
    if allocation.ends_on is not None:
        problems.append(Problem("ends_on", Message(
                "ends_on.allocation_has_ended", QT_TRANSLATE_NOOP(
                "Errors", "This allocation has ended already."))))
    problems += rules.check_period(allocation.starts_on, ends_on, "ends_on",
        QT_TRANSLATE_NOOP("Errors", "allocation"))
    raise_for(problems)
    allocation.ends_on = ends_on
    line = f"Ended on {ends_on.isoformat()}: {ChangeReason(reason).label}."
    allocation.notes = f"{allocation.notes}\n{line}".strip()
    session.flush()
    return allocation


def current_allocations(session: Session, yp_id: str) -> list[CurrentAllocation]:
    """The allocations in force for a young person: keyworker, senior, family keyworker."""
    order = {m.value: i for i, m in enumerate(AllocationRole)}
    rows = session.scalars(select(Allocation).where(
        Allocation.young_person_id == yp_id, Allocation.ends_on.is_(None),
        Allocation.deleted_at.is_(None))).all()
    return [CurrentAllocation(a.id, a.staff_id, a.staff.name, a.role, a.starts_on,
                              a.change_reason, a.line_manager_notified_on, a.notes)
            for a in sorted(rows, key=lambda a: (order.get(a.role, 9), a.starts_on))]


def reason_code(text: str, allowed: tuple[ChangeReason, ...]) -> str | None:
    """The code of a reason given as its code or its words ("staff left"), if allowed."""
    wanted = "_".join(text.replace("-", " ").split()).casefold()
    for m in allowed:
        if wanted in (m.value, "_".join(m.label.split()).casefold()):
            return m.value
    return None
