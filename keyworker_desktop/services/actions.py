"""Meetings (C(E)TR, CTR, tracker, professionals', MDT) and the actions keyworkers chase."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.i18n import label as words_label
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import ActionStatus, MeetingKind
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import Action, Meeting, NetworkLink


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
    owner_professional_id: str | None = None
    done_on: date | None = None

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
    attendee_ids: tuple[str, ...] = ()
    follow_up_of_id: str | None = None
    group_id: str | None = None
    #: The meetings that follow this one up (a C(E)TR's follow-up), by id.
    follow_ups: tuple[str, ...] = ()


def actions_for(session: Session, yp_id: str) -> list[ActionRow]:
    """Open actions first (soonest due first), then the rest."""
    rows = session.scalars(
        select(Action).where(Action.young_person_id == yp_id, Action.deleted_at.is_(None))
    ).all()
    out = [ActionRow(a.id, a.description, a.owner_name, a.due_on, a.status, a.follow_up,
                     a.last_chased_on, a.meeting_id, a.owner_professional_id, a.done_on)
           for a in rows]
    out.sort(key=lambda a: (a.status not in ("open", "chased"), a.due_on or date.max,
                            a.owner_name.casefold()))
    return out


def meetings_for(session: Session, yp_id: str) -> list[MeetingRow]:
    """Meetings, newest first."""
    rows = session.scalars(
        select(Meeting).where(Meeting.young_person_id == yp_id, Meeting.deleted_at.is_(None))
        .order_by(Meeting.held_at.desc())
    ).all()
    follow_ups: dict[str, list[str]] = {}
    for m in rows:
        if m.follow_up_of_id:
            follow_ups.setdefault(m.follow_up_of_id, []).append(m.id)
    return [MeetingRow(m.id, m.kind, m.title, m.held_at, m.location, m.attendees, m.notes,
                       tuple(m.attendee_ids or ()), m.follow_up_of_id, m.group_id,
                       tuple(follow_ups.get(m.id, ()))) for m in rows]


def _choice(value: str, allowed: type[ActionStatus | MeetingKind], field: str,
            label: str) -> list[Problem]:
    if value not in {m.value for m in allowed}:
        return [Problem(field, Message("actions.label_not_one", QT_TRANSLATE_NOOP(
                "Errors", "{label} is not one of the choices."),
                label=words_label(label)))]
    return []


def save_action(session: Session, yp_id: str, action_id: str | None = None, *,
                description: str, owner_name: str, due_on: date | None = None,
                status: str = "open", follow_up: str = "",
                meeting_id: str | None = None,
                owner_professional_id: str | None = None,
                done_on: date | None = None, today: date | None = None) -> Action:
    """Add or edit an action: what, who owns it, by when. The owner is a network
    professional when picked from the network (or typed with exactly their name), so the
    network map flags that professional when the action is overdue.

    ``done_on``: the day it was done, for a done action (none given: the day already held,
    else ``today``); not after ``today``, nor before the action was recorded. Any other
    status clears it (reopened or cancelled, it is not done)."""
    problems = [
        *rules.check_required(description, "description",
            QT_TRANSLATE_NOOP("Errors", "What needs doing")),
        *rules.check_length(description, "description", rules.TEXT_LIMITS["long"],
                            QT_TRANSLATE_NOOP("Errors", "What needs doing")),
        *rules.check_required(owner_name, "owner_name", QT_TRANSLATE_NOOP("Errors", "Who owns it")),
        *rules.check_length(owner_name, "owner_name", rules.TEXT_LIMITS["short"],
                            QT_TRANSLATE_NOOP("Errors", "The owner's name")),
        *rules.check_length(follow_up, "follow_up", rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "The follow-up")),
        *_choice(status, ActionStatus, "status", QT_TRANSLATE_NOOP("Errors", "The status")),
    ]
    raise_for(problems)
    action = session.get(Action, action_id) if action_id else Action(young_person_id=yp_id)
    if action is None:
        raise KeyError(action_id)
    today = today or date.today()
    if status == ActionStatus.DONE.value:
        if done_on is not None:
            raise_for(_done_on_problems(action, done_on, today))
            action.done_on = done_on
        elif action.status != status:  # newly done; one done already keeps its day (or
            action.done_on = today      # none, done before the day was kept)
    else:
        action.done_on = None
    action.description, action.owner_name, action.due_on = description, owner_name, due_on
    action.status, action.follow_up = status, follow_up
    action.owner_professional_id = _network_professional(
        session, yp_id if action_id is None else action.young_person_id, owner_name,
        owner_professional_id)
    if meeting_id is not None or action_id is None:
        action.meeting_id = meeting_id
    if action_id is None:
        session.add(action)
    session.flush()
    return action


def _network_professional(session: Session, yp_id: str, name: str,
                          picked: str | None) -> str | None:
    links = session.scalars(select(NetworkLink).where(
        NetworkLink.young_person_id == yp_id, NetworkLink.deleted_at.is_(None))).all()
    ids = {link.professional_id for link in links}
    if picked is not None:
        if picked not in ids:
            raise_for([Problem("owner_name", Message(
                    "owner_name.professional_not_in", QT_TRANSLATE_NOOP(
                    "Errors", "That professional is not in the network.")))])
        return picked
    named = [link.professional_id for link in links
             if link.professional.name.casefold() == name.strip().casefold()]
    return named[0] if len(named) == 1 else None


def _done_on_problems(action: Action, done_on: date, today: date) -> list[Problem]:
    """The day an action was done: not in the future, nor before it was recorded."""
    if done_on > today:
        return [Problem("done_on", Message("done_on.future", QT_TRANSLATE_NOOP(
            "Errors", "The day it was done cannot be in the future.")))]
    recorded = action.created_at.date() if action.created_at else today
    if done_on < recorded:
        return [Problem("done_on", Message("done_on.before_recorded", QT_TRANSLATE_NOOP(
            "Errors", "The day it was done cannot be before the action was recorded "
            "({recorded})."), recorded=recorded.isoformat()))]
    return []


def mark_action(session: Session, action_id: str, status: str, today: date) -> Action:
    """Mark an action done (today), cancelled, or chased today (chasing keeps it open).
    Done keeps the day it was done; chased or cancelled, it is not done, and has no day."""
    action = session.get(Action, action_id)
    if action is None:
        raise KeyError(action_id)
    raise_for(_choice(status, ActionStatus, "status", QT_TRANSLATE_NOOP("Errors", "The status")))
    if status == ActionStatus.DONE.value:
        if action.status != status:  # done already: its day (or none) stays
            action.done_on = today
    else:
        action.done_on = None
    action.status = status
    if status == "chased":
        action.last_chased_on = today
    session.flush()
    return action


def save_meeting(session: Session, yp_id: str, meeting_id: str | None = None, *, kind: str,
                 held_at: datetime, title: str = "", location: str = "", attendees: str = "",
                 notes: str = "", attendee_ids: list[str] | None = None,
                 follow_up_of_id: str | None = None, group_id: str | None = None) -> Meeting:
    """Add or edit a meeting. ``attendee_ids``: network professionals who came (``None``
    keeps them); ``follow_up_of_id``: the C(E)TR this one follows up."""
    problems = [
        *_choice(kind, MeetingKind, "kind", QT_TRANSLATE_NOOP("Errors", "The kind of meeting")),
        *rules.check_length(title, "title", rules.TEXT_LIMITS["short"],
            QT_TRANSLATE_NOOP("Errors", "The title")),
        *rules.check_length(location, "location", rules.TEXT_LIMITS["short"],
            QT_TRANSLATE_NOOP("Errors", "The place")),
        *rules.check_length(attendees, "attendees", rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "Who came")),
        *rules.check_length(notes, "notes", rules.TEXT_LIMITS["long"],
            QT_TRANSLATE_NOOP("Errors", "The notes")),
    ]
    raise_for(problems)
    meeting = session.get(Meeting, meeting_id) if meeting_id else Meeting(young_person_id=yp_id)
    if meeting is None:
        raise KeyError(meeting_id)
    meeting.kind, meeting.title, meeting.held_at = kind, title, held_at
    meeting.location, meeting.attendees, meeting.notes = location, attendees, notes
    if attendee_ids is not None:
        meeting.attendee_ids = list(dict.fromkeys(attendee_ids))
    if follow_up_of_id is not None or meeting_id is None:
        if follow_up_of_id is not None:
            earlier = session.get(Meeting, follow_up_of_id)
            if earlier is None or earlier.young_person_id != meeting.young_person_id \
                    or earlier.id == meeting.id:
                raise_for([Problem("follow_up_of_id",
                                   Message("follow_up_of_id.meeting_follows_up", QT_TRANSLATE_NOOP(
                                           "Errors", "The meeting this follows up is not on this "
                                           "record.")))])
        meeting.follow_up_of_id = follow_up_of_id
    if group_id is not None:
        meeting.group_id = group_id
    if meeting_id is None:
        session.add(meeting)
    session.flush()
    return meeting


def save_tracker_meeting(session: Session, parts: dict[str, str], *, held_at: datetime,
                         title: str = "", location: str = "", attendees: str = "",
                         kind: str = "tracker", group_id: str | None = None) -> list[Meeting]:
    """One meeting about several young people: a Meeting per young person (their section of
    the notes in ``parts``, by young person id), sharing a group id, so each part syncs and
    is scoped with its own young person. Editing (``group_id`` given) updates the parts
    there are and adds any new young person."""
    if not parts:
        raise_for([Problem("young_people", Message(
                "young_people.choose_at_least", QT_TRANSLATE_NOOP(
                "Errors", "Choose at least one young person.")))])
    from keyworker_desktop.domain.ids import uuid7

    group = group_id or uuid7()
    existing = {m.young_person_id: m for m in session.scalars(
        select(Meeting).where(Meeting.group_id == group, Meeting.deleted_at.is_(None)))}
    out = []
    for yp_id, notes in parts.items():
        held = existing.get(yp_id)
        out.append(save_meeting(session, yp_id, held.id if held else None, kind=kind,
                                held_at=held_at, title=title, location=location,
                                attendees=attendees, notes=notes, group_id=group))
    return out
