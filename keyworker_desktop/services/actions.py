"""Meetings (C(E)TR, CTR, tracker, professionals', MDT) and the actions keyworkers chase."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import ActionStatus, MeetingKind
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import Action, Meeting


@dataclass(frozen=True)
class ActionRow:
    id: str
    description: str
    owner_name: str
    due_on: date | None
    status: str
    follow_up: str
    last_chased_on: date | None
    meeting_id: str | None

    def is_overdue(self, today: date) -> bool:
        return (self.status in ("open", "chased") and self.due_on is not None
                and self.due_on < today)


@dataclass(frozen=True)
class MeetingRow:
    id: str
    kind: str
    title: str
    held_at: datetime
    location: str
    attendees: str
    notes: str


def actions_for(session: Session, yp_id: str) -> list[ActionRow]:
    """Open actions first (soonest due first), then the rest."""
    rows = session.scalars(
        select(Action).where(Action.young_person_id == yp_id, Action.deleted_at.is_(None))
    ).all()
    out = [ActionRow(a.id, a.description, a.owner_name, a.due_on, a.status, a.follow_up,
                     a.last_chased_on, a.meeting_id) for a in rows]
    out.sort(key=lambda a: (a.status not in ("open", "chased"), a.due_on or date.max,
                            a.owner_name.casefold()))
    return out


def meetings_for(session: Session, yp_id: str) -> list[MeetingRow]:
    """Meetings, newest first."""
    rows = session.scalars(
        select(Meeting).where(Meeting.young_person_id == yp_id, Meeting.deleted_at.is_(None))
        .order_by(Meeting.held_at.desc())
    ).all()
    return [MeetingRow(m.id, m.kind, m.title, m.held_at, m.location, m.attendees, m.notes)
            for m in rows]


def _choice(value: str, allowed: type[ActionStatus | MeetingKind], field: str,
            label: str) -> list[Problem]:
    if value not in {m.value for m in allowed}:
        return [Problem(field, f"{label} is not one of the choices.")]
    return []


def save_action(session: Session, yp_id: str, action_id: str | None = None, *,
                description: str, owner_name: str, due_on: date | None = None,
                status: str = "open", follow_up: str = "",
                meeting_id: str | None = None) -> Action:
    """Add or edit an action: what, who owns it, by when."""
    problems = [
        *rules.check_required(description, "description", "What needs doing"),
        *rules.check_length(description, "description", rules.TEXT_LIMITS["long"],
                            "What needs doing"),
        *rules.check_required(owner_name, "owner_name", "Who owns it"),
        *rules.check_length(owner_name, "owner_name", rules.TEXT_LIMITS["short"],
                            "The owner's name"),
        *rules.check_length(follow_up, "follow_up", rules.TEXT_LIMITS["long"], "The follow-up"),
        *_choice(status, ActionStatus, "status", "The status"),
    ]
    raise_for(problems)
    action = session.get(Action, action_id) if action_id else Action(young_person_id=yp_id)
    if action is None:
        raise KeyError(action_id)
    action.description, action.owner_name, action.due_on = description, owner_name, due_on
    action.status, action.follow_up = status, follow_up
    if meeting_id is not None or action_id is None:
        action.meeting_id = meeting_id
    if action_id is None:
        session.add(action)
    session.flush()
    return action


def mark_action(session: Session, action_id: str, status: str, today: date) -> Action:
    """Mark an action done, cancelled, or chased today (chasing keeps it open)."""
    action = session.get(Action, action_id)
    if action is None:
        raise KeyError(action_id)
    raise_for(_choice(status, ActionStatus, "status", "The status"))
    action.status = status
    if status == "chased":
        action.last_chased_on = today
    session.flush()
    return action


def save_meeting(session: Session, yp_id: str, meeting_id: str | None = None, *, kind: str,
                 held_at: datetime, title: str = "", location: str = "", attendees: str = "",
                 notes: str = "") -> Meeting:
    """Add or edit a meeting."""
    problems = [
        *_choice(kind, MeetingKind, "kind", "The kind of meeting"),
        *rules.check_length(title, "title", rules.TEXT_LIMITS["short"], "The title"),
        *rules.check_length(location, "location", rules.TEXT_LIMITS["short"], "The place"),
        *rules.check_length(attendees, "attendees", rules.TEXT_LIMITS["long"], "Who came"),
        *rules.check_length(notes, "notes", rules.TEXT_LIMITS["long"], "The notes"),
    ]
    raise_for(problems)
    meeting = session.get(Meeting, meeting_id) if meeting_id else Meeting(young_person_id=yp_id)
    if meeting is None:
        raise KeyError(meeting_id)
    meeting.kind, meeting.title, meeting.held_at = kind, title, held_at
    meeting.location, meeting.attendees, meeting.notes = location, attendees, notes
    if meeting_id is None:
        session.add(meeting)
    session.flush()
    return meeting
