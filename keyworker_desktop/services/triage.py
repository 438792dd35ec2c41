"""Triage: where a young person's Dynamic Support Register entry stands (issue 11, seed 002).

A referral starts ``referred``; triage moves it onto the waiting list (``waiting``),
then accepts it onto the register or declines it (with the reason and who decided);
closing the young person's involvement makes it ``closed`` and reopening makes it
``accepted`` again (``services.ending``). Any other move is refused with a plain
message and nothing changes. :func:`triage_queue` lists those referred or waiting,
oldest referral first: everything the store holds, so a senior's or manager's laptop,
which holds their team's young people, shows the team's queue.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import InstrumentedAttribute, Session, aliased

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import DsrStatus
from keyworker_desktop.store import settings
from keyworker_desktop.store.errors import ValidationError, raise_for
from keyworker_desktop.store.models import DsrEntry, YoungPerson

#: What triage may move an entry to, from each status (closing and reopening are
#: ``services.ending``'s, through :func:`mark_closed` and :func:`mark_reopened`).
MOVES: dict[DsrStatus, frozenset[DsrStatus]] = {
    DsrStatus.REFERRED: frozenset({DsrStatus.WAITING, DsrStatus.ACCEPTED, DsrStatus.DECLINED}),
    DsrStatus.WAITING: frozenset({DsrStatus.ACCEPTED, DsrStatus.DECLINED}),
    DsrStatus.ACCEPTED: frozenset(),
    DsrStatus.DECLINED: frozenset(),
    DsrStatus.CLOSED: frozenset(),
}
#: The statuses the triage queue lists.
QUEUED = (DsrStatus.REFERRED.value, DsrStatus.WAITING.value)

_REFUSED = {
    DsrStatus.ACCEPTED: Message("triage.accepted_already", QT_TRANSLATE_NOOP(
        "Errors", "This young person is accepted onto the register already.")),
    DsrStatus.DECLINED: Message("triage.declined_already", QT_TRANSLATE_NOOP(
        "Errors", "This referral was declined; it cannot be moved on. Take a new "
        "referral if they are referred again.")),
    DsrStatus.CLOSED: Message("triage.closed", QT_TRANSLATE_NOOP(
        "Errors", "This young person's involvement is closed; reopen it first.")),
}


@dataclass(frozen=True)
class TriageStatus:
    """A register entry's status as the record and ``keyworker show`` say it."""

    entry_id: str
    status: str
    label: str
    status_on: date | None
    decided_by: str
    decision_reason: str
    referred_on: date | None
    referred_by: str


@dataclass(frozen=True)
class QueueRow:
    """One young person waiting for triage."""

    young_person_id: str
    name: str
    date_of_birth: date | None
    referred_by: str
    referred_on: date | None
    days_waiting: int
    status: str
    status_label: str
    reason: str


def current_entry(session: Session, yp_id: str) -> DsrEntry | None:
    """The young person's register entry now: the newest live one."""
    return session.scalars(
        select(DsrEntry).where(DsrEntry.young_person_id == yp_id, DsrEntry.deleted_at.is_(None))
        .order_by(DsrEntry.created_at.desc(), DsrEntry.id.desc())).first()


def _status(entry: DsrEntry) -> DsrStatus:
    try:
        return DsrStatus(entry.status)
    except ValueError:  # a value from a newer version: treat as referred, triage decides
        return DsrStatus.REFERRED


def triage_status(session: Session, yp_id: str) -> TriageStatus | None:
    """Where the young person's register entry stands, or ``None`` without one."""
    entry = current_entry(session, yp_id)
    if entry is None:
        return None
    status = _status(entry)
    return TriageStatus(entry.id, status.value, status.label, entry.status_on,
                        entry.decided_by, entry.decision_reason, entry.referred_on,
                        entry.referred_by)


def _live_entry(session: Session, yp_id: str) -> DsrEntry:
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    entry = current_entry(session, yp_id)
    if entry is None:
        raise ValidationError([Problem("status", Message(
                "status.young_person_has", QT_TRANSLATE_NOOP(
                "Errors", "This young person has no register entry to triage.")))])
    return entry


def move(session: Session, yp_id: str, to: str, *, on: date, today: date,
         decided_by: str | None = None, reason: str = "") -> DsrEntry:
    """Move the entry to ``to`` (waiting, accepted or declined); the entry. Caller commits.

    Accepting and declining need who decided (default: this laptop's user's name);
    declining needs the reason. ``ValidationError`` (nothing changed) for a move the
    status does not allow, a missing reason or decider, or a date in the future or
    before the referral or the last move; ``KeyError`` for an unknown young person.
    """
    entry = _live_entry(session, yp_id)
    decisions = {DsrStatus.WAITING.value, DsrStatus.ACCEPTED.value, DsrStatus.DECLINED.value}
    if to not in decisions:
        raise ValidationError([Problem("status", Message(
                "status.not_triage_decision", QT_TRANSLATE_NOOP(
                "Errors", "That is not a triage decision: move to the waiting list, accept or "
                "decline.")))])
    target, current = DsrStatus(to), _status(entry)
    if target not in MOVES[current]:
        message = _REFUSED.get(current, Message("triage.waiting_already", QT_TRANSLATE_NOOP(
            "Errors", "This young person is on the triage waiting list already.")))
        raise ValidationError([Problem("status", message)])
    problems: list[Problem] = []
    decider = ""
    if target in (DsrStatus.ACCEPTED, DsrStatus.DECLINED):
        decider = (decided_by if decided_by is not None
                   else settings.get(session, settings.USER_NAME)).strip()
        problems += rules.check_required(decider, "decided_by",
            QT_TRANSLATE_NOOP("Errors", "Who decided"))
        problems += rules.check_length(decider, "decided_by", rules.TEXT_LIMITS["short"],
                                       QT_TRANSLATE_NOOP("Errors", "Who decided"))
    if target is DsrStatus.DECLINED:
        problems += rules.check_required(reason, "decision_reason",
            QT_TRANSLATE_NOOP("Errors", "The reason for declining"))
    problems += rules.check_length(reason, "decision_reason", rules.TEXT_LIMITS["long"],
                                   QT_TRANSLATE_NOOP("Errors", "The reason"))
    if on > today:
        problems.append(Problem("status_on", Message("status_on.date_in_future", QT_TRANSLATE_NOOP(
                "Errors", "The date is in the future."))))
    elif entry.referred_on is not None and on < entry.referred_on:
        problems.append(Problem("status_on", Message(
                "status_on.date_before_referral", QT_TRANSLATE_NOOP(
                "Errors", "The date is before the referral."))))
    elif entry.status_on is not None and on < entry.status_on:
        problems.append(Problem("status_on", Message(
                "status_on.date_before_entry", QT_TRANSLATE_NOOP(
                "Errors", "The date is before the entry's last change."))))
    raise_for(problems)
    entry.status = target.value
    entry.status_on = on
    if target is not DsrStatus.WAITING:
        entry.decided_by = decider
        entry.decision_reason = reason.strip()
        entry.triaged_on = on
    session.flush()
    return entry


def mark_closed(session: Session, yp_id: str, on: date) -> None:
    """The young person's involvement closed on ``on``: their entry is closed too."""
    entry = current_entry(session, yp_id)
    if entry is not None and entry.status != DsrStatus.CLOSED.value:
        entry.status, entry.status_on = DsrStatus.CLOSED.value, on


def mark_reopened(session: Session, yp_id: str, on: date) -> None:
    """The young person's involvement reopened on ``on``: their entry is accepted again."""
    entry = current_entry(session, yp_id)
    if entry is not None and entry.status == DsrStatus.CLOSED.value:
        entry.status, entry.status_on = DsrStatus.ACCEPTED.value, on


def _current_with_status(*statuses: str) -> Select[str, str]:
    """(young person id, status) of each current entry (the newest live) in ``statuses``."""
    entry, newer = aliased(DsrEntry), aliased(DsrEntry)
    return (select(entry.young_person_id, entry.status)
            .where(entry.deleted_at.is_(None), entry.status.in_(statuses),
                   ~select(newer.id).where(
                       newer.young_person_id == entry.young_person_id,
                       newer.deleted_at.is_(None),
                       (newer.created_at > entry.created_at)
                       | ((newer.created_at == entry.created_at)
                          & (newer.id > entry.id))).exists())
            .correlate(None))


def not_declined(young_person_id: InstrumentedAttribute[str]) -> ColumnElement[bool]:
    """True where the young person's referral is not declined: a declined young person
    leaves the active caseload and Today, as a closed one does."""
    declined = _current_with_status(DsrStatus.DECLINED.value).subquery()
    return young_person_id.not_in(select(declined.c.young_person_id))


def caseload_statuses(session: Session) -> dict[str, str]:
    """The young people whose entry is not simply on the register: referred, waiting or
    declined (the caseload marks them; few, so this is cheap at any caseload size)."""
    rows = session.execute(_current_with_status(
        DsrStatus.REFERRED.value, DsrStatus.WAITING.value, DsrStatus.DECLINED.value)).all()
    return {row[0]: row[1] for row in rows}


def triage_queue(session: Session, today: date) -> list[QueueRow]:
    """Everyone referred or on the waiting list, oldest referral first, with days waiting."""
    rows = session.execute(
        select(DsrEntry, YoungPerson)
        .join(YoungPerson, YoungPerson.id == DsrEntry.young_person_id)
        .where(DsrEntry.deleted_at.is_(None), YoungPerson.deleted_at.is_(None))
        .order_by(DsrEntry.created_at.desc(), DsrEntry.id.desc())).all()
    out: list[QueueRow] = []
    seen: set[str] = set()
    for entry, yp in rows:
        if yp.id in seen:  # only the young person's newest entry is current
            continue
        seen.add(yp.id)
        if entry.status not in QUEUED:
            continue
        since = entry.referred_on or entry.created_at.date()
        status = _status(entry)
        out.append(QueueRow(yp.id, f"{yp.given_name} {yp.family_name}".strip(),
                            yp.date_of_birth, entry.referred_by, entry.referred_on,
                            max(0, (today - since).days), status.value, status.label,
                            entry.current_issues))
    out.sort(key=lambda r: (-r.days_waiting, r.name.casefold(), r.young_person_id))
    return out


def user_name(session: Session) -> str:
    """This laptop's user's name: who decided, unless someone else is named."""
    return settings.get(session, settings.USER_NAME)
