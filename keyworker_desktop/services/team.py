"""The team view for seniors and managers (issue 13, section 2).

A senior's or manager's laptop holds their team's young people (the central store's
scope), so the team is everyone this laptop holds. Whose laptop it is comes from the
role the central store gave at registration (the sync account).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.vocab import ActionStatus, MeetingKind, Rag
from keyworker_desktop.reports.service_report import Caseload
from keyworker_desktop.services.caseload import CaseloadRow, caseload_rows
from keyworker_desktop.services.reports import caseloads_on
from keyworker_desktop.services.triage import QueueRow, triage_queue
from keyworker_desktop.store import settings
from keyworker_desktop.store.models import Action, Meeting, SessionNote, YoungPerson
from keyworker_desktop.store.models.sync import SyncState
from keyworker_desktop.sync.client import ACCOUNT_KEY

#: The roles whose laptop shows the team view.
TEAM_ROLES = ("senior", "manager")


def account_role(session: Session) -> str:
    """The role the central store gave this laptop's account ("" when not registered)."""
    row = session.get(SyncState, ACCOUNT_KEY)
    value = row.value.get("v") if row is not None else None
    return str(value.get("role") or "") if isinstance(value, dict) else ""


@dataclass(frozen=True)
class RaisedNote:
    """A session note flagged "raise with my manager", not yet acknowledged."""

    young_person_id: str
    name: str
    session_on: date
    written_by: str
    concerns: str


@dataclass(frozen=True)
class OverdueAction:
    young_person_id: str
    name: str
    meeting_kind: str
    description: str
    owner: str
    due_on: date
    days_overdue: int


@dataclass(frozen=True)
class TeamView:
    role: str
    caseload: list[CaseloadRow]
    waiting: list[QueueRow]
    unallocated: list[CaseloadRow]
    raised: list[RaisedNote]
    overdue_actions: list[OverdueAction]
    caseloads: list[Caseload]
    caseload_limit: int


def _name(given: str, family: str) -> str:
    return f"{given} {family}".strip()


def raised_notes(session: Session) -> list[RaisedNote]:
    """Notes raised with a manager that nobody has acknowledged, oldest first."""
    q = (select(SessionNote.young_person_id, YoungPerson.given_name, YoungPerson.family_name,
                SessionNote.session_on, SessionNote.finalised_by, SessionNote.created_by,
                SessionNote.concerns)
         .join(YoungPerson, YoungPerson.id == SessionNote.young_person_id)
         .where(SessionNote.deleted_at.is_(None), YoungPerson.deleted_at.is_(None),
                SessionNote.raise_with_manager.is_(True),
                SessionNote.raise_acknowledged_at.is_(None))
         .order_by(SessionNote.session_on, YoungPerson.family_name))
    return [RaisedNote(yp, _name(g, f), on, by or created, " ".join(concerns.split()))
            for yp, g, f, on, by, created, concerns in session.execute(q)]


def overdue_cetr_actions(session: Session, today: date) -> list[OverdueAction]:
    """Open C(E)TR actions due before ``today``, the longest overdue first."""
    q = (select(Action.young_person_id, YoungPerson.given_name, YoungPerson.family_name,
                Meeting.kind, Action.description, Action.owner_name, Action.due_on)
         .join(Meeting, Meeting.id == Action.meeting_id)
         .join(YoungPerson, YoungPerson.id == Action.young_person_id)
         .where(Action.deleted_at.is_(None), Meeting.deleted_at.is_(None),
                YoungPerson.deleted_at.is_(None), YoungPerson.closed_on.is_(None),
                Meeting.kind.in_((MeetingKind.CETR.value, MeetingKind.CTR.value)),
                Action.status.in_((ActionStatus.OPEN.value, ActionStatus.CHASED.value)),
                Action.due_on < today)
         .order_by(Action.due_on, YoungPerson.family_name))
    return [OverdueAction(yp, _name(g, f), kind, " ".join(text.split()), owner, due,
                          (today - due).days)
            for yp, g, f, kind, text, owner, due in session.execute(q) if due is not None]


def team_view(session: Session, now: datetime) -> TeamView:
    """Everything the team view shows, as of ``now``."""
    today = now.date()
    caseload = caseload_rows(session, now)
    on_register = [r for r in caseload if r.status not in ("referred", "waiting")]
    unallocated = [r for r in on_register if not r.keyworker
                   and r.rag in (Rag.RED.value, Rag.AMBER.value)]
    unallocated.sort(key=lambda r: (r.rag != Rag.RED.value, r.name.casefold()))
    return TeamView(
        role=account_role(session),
        caseload=sorted(on_register, key=lambda r: (r.keyworker == "", r.keyworker.casefold(),
                                                    r.name.casefold())),
        waiting=triage_queue(session, today),
        unallocated=unallocated,
        raised=raised_notes(session),
        overdue_actions=overdue_cetr_actions(session, today),
        caseloads=caseloads_on(session, today),
        caseload_limit=settings.get(session, settings.CASELOAD_LIMIT),
    )
