"""The week's rhythm (issue 12): the contact log, weekly keyworker sessions, notes a
keyworker raised with their manager until a senior or manager acknowledges them, and the
session note written for a visit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import ContactDirection, ContactHow
from keyworker_desktop.services.agenda import AgendaMeeting, meetings_between
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import (
    ContactLogEntry,
    FamilyMember,
    NetworkLink,
    Professional,
    SessionNote,
    SyncState,
    Visit,
    YoungPerson,
)

#: How a contact was made, as the CLI and the form offer them.
CONTACT_HOWS = tuple(m.value for m in ContactHow)
DIRECTIONS = tuple(m.value for m in ContactDirection)
#: A young person with no session note for this long is due a keyworker session.
SESSION_EVERY = timedelta(days=7)
#: The sync account's role (kept when the laptop registered) that sees the team's raised notes.
MANAGING_ROLES = ("senior", "manager")


@dataclass(frozen=True)
class ContactRow:
    id: str
    contact_at: datetime
    with_name: str
    professional_id: str | None
    family_member_id: str | None
    how: str
    direction: str
    summary: str


@dataclass(frozen=True)
class Contactable:
    """Someone in the young person's circle a contact can be with."""

    kind: str  # "professional" or "family_member"
    id: str
    name: str
    detail: str


@dataclass(frozen=True)
class SessionDue:
    young_person_id: str
    young_person: str
    last_session_on: date | None


@dataclass(frozen=True)
class RaisedNote:
    note_id: str
    young_person_id: str
    young_person: str
    session_on: date
    concerns: str


def _live_people() -> ColumnElement[bool]:
    return YoungPerson.deleted_at.is_(None) & YoungPerson.closed_on.is_(None)


# -- the contact log ----------------------------------------------------------------------
def contact_log_for(session: Session, yp_id: str) -> list[ContactRow]:
    """Every contact, newest first."""
    rows = session.scalars(
        select(ContactLogEntry).where(ContactLogEntry.young_person_id == yp_id,
                                      ContactLogEntry.deleted_at.is_(None))
        .order_by(ContactLogEntry.contact_at.desc()))
    return [ContactRow(c.id, c.contact_at, c.with_name, c.professional_id, c.family_member_id,
                       c.how, c.direction, c.summary) for c in rows]


def contactables(session: Session, yp_id: str) -> list[Contactable]:
    """The network's professionals, then the family, by name."""
    pros = [Contactable("professional", link.professional.id, link.professional.name,
                        ", ".join(p for p in (link.professional.role,
                                              link.professional.agency) if p))
            for link in session.scalars(
                select(NetworkLink).where(NetworkLink.young_person_id == yp_id,
                                          NetworkLink.deleted_at.is_(None)))
            if link.professional.deleted_at is None]
    pros.sort(key=lambda c: c.name.casefold())
    family = [Contactable("family_member", f.id, f.name, f.relation)
              for f in session.scalars(
                  select(FamilyMember).where(FamilyMember.young_person_id == yp_id,
                                             FamilyMember.deleted_at.is_(None))
                  .order_by(FamilyMember.name))]
    return pros + family


def match_contactable(session: Session, yp_id: str, name: str) -> Contactable | None:
    """The one in the circle whose name is ``name`` (any case), if exactly one is."""
    wanted = name.strip().casefold()
    found = [c for c in contactables(session, yp_id) if c.name.casefold() == wanted]
    return found[0] if len(found) == 1 else None


def add_contact(session: Session, yp_id: str, *, contact_at: datetime, how: str,
                summary: str, direction: str = "out", with_name: str = "",
                professional_id: str | None = None,
                family_member_id: str | None = None) -> ContactLogEntry:
    """Log a call, email, message or letter; one with a network professional moves that
    link's last contact forward, so the map's "no contact" flag follows the log."""
    problems: list[Problem] = []
    if how not in CONTACT_HOWS:
        problems.append(Problem("how", Message("how.how_contact_was", QT_TRANSLATE_NOOP(
                "Errors", "How the contact was made is not one of the choices."))))
    if direction not in DIRECTIONS:
        problems.append(Problem("direction", Message(
                "direction.direction_not_one", QT_TRANSLATE_NOOP(
                "Errors", "The direction is not one of the choices."))))
    problems += rules.check_required(summary, "summary",
        QT_TRANSLATE_NOOP("Errors", "What was said"))
    problems += rules.check_length(summary, "summary", rules.TEXT_LIMITS["long"],
                                   QT_TRANSLATE_NOOP("Errors", "What was said"))
    problems += rules.check_length(with_name, "with_name", rules.TEXT_LIMITS["short"],
                                   QT_TRANSLATE_NOOP("Errors", "Who it was with"))
    link: NetworkLink | None = None
    if professional_id is not None:
        link = session.scalars(select(NetworkLink).where(
            NetworkLink.young_person_id == yp_id, NetworkLink.professional_id == professional_id,
            NetworkLink.deleted_at.is_(None))).first()
        if link is None:
            problems.append(Problem("with_name", Message(
                    "with_name.professional_not_in", QT_TRANSLATE_NOOP(
                    "Errors", "That professional is not in the network."))))
        else:
            with_name = with_name or link.professional.name
    if family_member_id is not None:
        member = session.get(FamilyMember, family_member_id)
        if member is None or member.young_person_id != yp_id or member.deleted_at is not None:
            problems.append(Problem("with_name", Message(
                    "with_name.family_member_not", QT_TRANSLATE_NOOP(
                    "Errors", "That family member is not on the record."))))
        else:
            with_name = with_name or member.name
    if not problems:
        problems += rules.check_required(with_name, "with_name",
            QT_TRANSLATE_NOOP("Errors", "Who it was with"))
    raise_for(problems)
    entry = ContactLogEntry(
        young_person_id=yp_id, contact_at=contact_at, how=how, direction=direction,
        summary=summary, with_name=with_name, professional_id=professional_id,
        family_member_id=family_member_id)
    session.add(entry)
    on = contact_at.date()
    if link is not None and (link.last_contact_on is None or link.last_contact_on < on):
        link.last_contact_on = on
    session.flush()
    return entry


# -- weekly keyworker sessions --------------------------------------------------------------
def sessions_due(session: Session, today: date) -> list[SessionDue]:
    """Open young people with no session note in the last 7 days, longest waiting first."""
    last = (select(SessionNote.young_person_id, func.max(SessionNote.session_on).label("last"))
            .where(SessionNote.deleted_at.is_(None)).group_by(SessionNote.young_person_id)
            .subquery())
    rows = session.execute(
        select(YoungPerson, last.c.last).outerjoin(last, last.c.young_person_id == YoungPerson.id)
        .where(_live_people()))
    due = [SessionDue(yp.id, yp.display_name, on) for yp, on in rows
           if on is None or on <= today - SESSION_EVERY]
    due.sort(key=lambda d: (d.last_session_on or date.min, d.young_person.casefold()))
    return due


# -- raised with the manager ----------------------------------------------------------------
def account_role(session: Session) -> str:
    """The role of the sync account this laptop registered with ("" before registering)."""
    row = session.get(SyncState, "account")
    account = row.value.get("v") if row is not None else None
    role = account.get("role") if isinstance(account, dict) else None
    return role if isinstance(role, str) else ""


def raised_notes(session: Session) -> list[RaisedNote]:
    """Notes raised with the manager and not yet acknowledged, oldest first."""
    rows = session.execute(
        select(SessionNote, YoungPerson)
        .join(YoungPerson, YoungPerson.id == SessionNote.young_person_id)
        .where(SessionNote.deleted_at.is_(None), SessionNote.raise_with_manager.is_(True),
               SessionNote.raise_acknowledged_at.is_(None), _live_people())
        .order_by(SessionNote.session_on))
    return [RaisedNote(n.id, yp.id, yp.display_name, n.session_on, n.concerns)
            for n, yp in rows]


def acknowledge_raise(session: Session, note_id: str) -> SessionNote:
    """A senior or manager has seen the raised note: who and when, carried back by sync.
    Refused on a laptop whose sync account is not a senior's or manager's."""
    note = session.get(SessionNote, note_id)
    if note is None or note.deleted_at is not None:
        raise KeyError(note_id)
    problems = []
    if account_role(session) not in MANAGING_ROLES:
        problems.append(Problem("raise_with_manager", Message(
                "raise_with_manager.only_senior_or", QT_TRANSLATE_NOOP(
                "Errors", "Only a senior or manager acknowledges a note raised with them."))))
    elif not note.raise_with_manager:
        problems.append(Problem("raise_with_manager", Message(
                "raise_with_manager.note_was_not", QT_TRANSLATE_NOOP(
                "Errors", "This note was not raised with a manager."))))
    elif note.raise_acknowledged_at is not None:
        problems.append(Problem("raise_with_manager", Message(
                "raise_with_manager.note_was_already", QT_TRANSLATE_NOOP(
                "Errors", "This note was already acknowledged."))))
    raise_for(problems)
    ctx: WriteContext = session.info["write_context"]
    note.raise_acknowledged_by, note.raise_acknowledged_at = ctx.actor, ctx.utcnow()
    session.flush()
    return note


def professional_name(session: Session, professional_id: str) -> str:
    pro = session.get(Professional, professional_id)
    return pro.name if pro is not None else ""


@dataclass(frozen=True)
class RhythmSummary:
    """What Today adds to the day's visits: today's meetings, weekly sessions due, and
    raised notes (the keyworker's own, or the team's on a senior's or manager's laptop)."""

    meetings: list[AgendaMeeting]
    sessions_due: list[SessionDue]
    raised: list[RaisedNote]
    #: Whether this laptop's user may acknowledge raised notes.
    manages: bool


def rhythm_summary(session: Session, now: datetime) -> RhythmSummary:
    start = datetime.combine(now.date(), datetime.min.time())
    return RhythmSummary(meetings_between(session, start, start + timedelta(days=1)),
                         sessions_due(session, now.date()), raised_notes(session),
                         account_role(session) in MANAGING_ROLES)


# -- a session note and its visit -----------------------------------------------------------
def note_for_visit(session: Session, visit_id: str) -> str:
    """The session note written for this visit: the one linked already, or a new draft
    dated the visit's day and linked to it (the visit then says its note is written)."""
    visit = session.get(Visit, visit_id)
    if visit is None or visit.deleted_at is not None:
        raise KeyError(visit_id)
    if visit.session_note_id:
        note = session.get(SessionNote, visit.session_note_id)
        if note is not None and note.deleted_at is None:
            return note.id
    if visit.status == "cancelled":
        raise_for([Problem("session_note_id", Message(
                "session_note_id.cancelled_visit_has", QT_TRANSLATE_NOOP(
                "Errors", "A cancelled visit has no session note.")))])
    note = SessionNote(young_person_id=visit.young_person_id,
                       session_on=visit.starts_at.date(), purposes=[])
    session.add(note)
    session.flush()
    visit.session_note_id = note.id
    session.flush()
    return note.id
