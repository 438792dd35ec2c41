"""The network mind map's data: reading a young person's map, saving what is changed on it.

``MapNode.id`` is the **NetworkLink id**: a node is one professional *in this young
person's network*, and everything edited on the map (position, line, direction,
removal) is stored on that link, so it syncs with the record. The same professional
on another young person's map is a different node with its own position.

No Qt here: the record screen, the command line and exports share it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, translate
from keyworker_desktop.domain.network import (
    DIRECTIONS,
    SECTORS,
    STRENGTHS,
    MapNode,
    MapPerson,
    NetworkMap,
)
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import LinkDirection, LinkStrength
from keyworker_desktop.services.network import remove_from_network
from keyworker_desktop.services.records import consents_in_force
from keyworker_desktop.store import settings
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import (
    Action,
    ContactLogEntry,
    Meeting,
    NetworkLink,
    Professional,
    Visit,
    YoungPerson,
)

OPEN_STATUSES = ("open", "chased")
# Map coordinates are scene units around the young person; anything far beyond a
# 60-professional map is a mistake, not a placement.
POSITION_LIMIT = 1_000_000.0


def initials_of(yp: YoungPerson) -> str:
    """Two letters for the centre of the map when there is no photo."""
    parts = [yp.given_name, yp.family_name] if yp.family_name else yp.known_as.split()[:2]
    return "".join(p.strip()[:1] for p in parts if p.strip()).upper() or "?"


def _live_links(session: Session, yp_id: str) -> list[NetworkLink]:
    return list(session.scalars(
        select(NetworkLink)
        .where(NetworkLink.young_person_id == yp_id, NetworkLink.deleted_at.is_(None))
    ).all())


def _open_actions(session: Session, yp_id: str) -> list[Action]:
    return list(session.scalars(
        select(Action).where(Action.young_person_id == yp_id, Action.deleted_at.is_(None),
                             Action.status.in_(OPEN_STATUSES))
    ).all())


def _known(value: str, allowed: tuple[str, ...], fallback: str) -> str:
    # A value synced from a newer version may be one this version does not know:
    # draw it as the fallback rather than refuse the whole map.
    return value if value in allowed else fallback


def network_map_for(session: Session, yp_id: str, today: date) -> NetworkMap:
    """The young person and one node per live NetworkLink (see the module docstring).

    The map marks professionals not contacted for the ``no_contact_weeks`` setting.
    """
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    overdue_owners = {a.owner_professional_id for a in _open_actions(session, yp_id)
                      if a.owner_professional_id and a.due_on is not None and a.due_on < today}
    nodes = []
    for link in _live_links(session, yp_id):
        pro = link.professional
        pinned = link.map_x is not None and link.map_y is not None
        nodes.append(MapNode(
            id=link.id, name=pro.name, role=pro.role, agency=pro.agency,
            sector=_known(pro.sector, SECTORS, "health"),
            strength=_known(link.strength, STRENGTHS, "strong"),
            direction=_known(link.direction, DIRECTIONS, "none"),
            x=link.map_x if pinned else None, y=link.map_y if pinned else None,
            last_contact=link.last_contact_on,
            has_overdue_action=pro.id in overdue_owners,
        ))
    nodes.sort(key=lambda n: (SECTORS.index(n.sector), n.name.casefold(), n.id))
    stale_after = timedelta(weeks=settings.get(session, settings.NO_CONTACT_WEEKS))
    return NetworkMap(MapPerson(yp.id, yp.known_as, initials_of(yp)), tuple(nodes), stale_after)


def map_photo(session: Session, yp_id: str) -> bytes | None:
    """The young person's photo for the centre, only while a photo consent is in force."""
    yp = session.get(YoungPerson, yp_id)
    if yp is None or not yp.photo_png:
        return None
    return yp.photo_png if "photo" in consents_in_force(session, yp_id) else None


def _link(session: Session, link_id: str) -> NetworkLink:
    link = session.get(NetworkLink, link_id)
    if link is None or link.deleted_at is not None:
        raise KeyError(link_id)
    return link


def save_position(session: Session, link_id: str, x: float | None, y: float | None) -> None:
    """Remember where the keyworker put this node; ``None, None`` lets the layout place it."""
    if (x is None) != (y is None):
        raise ValueError("x and y must both be set or both be None")
    if x is not None and y is not None and not all(
            math.isfinite(v) and abs(v) <= POSITION_LIMIT for v in (x, y)):
        raise ValueError("a map position must be a finite number within the map")
    link = _link(session, link_id)
    link.map_x, link.map_y = x, y
    session.flush()


def change_link(session: Session, link_id: str, strength: str, direction: str) -> None:
    """Change the ecomap line (strength) and the direction support flows."""
    problems = []
    if strength not in {m.value for m in LinkStrength}:
        problems.append(Problem("strength", Message("strength.link_strength_not", QT_TRANSLATE_NOOP(
                "Errors", "The link strength is not one of the choices."))))
    if direction not in {m.value for m in LinkDirection}:
        problems.append(Problem("direction", Message(
                "direction.direction_not_one", QT_TRANSLATE_NOOP(
                "Errors", "The direction is not one of the choices."))))
    raise_for(problems)
    link = _link(session, link_id)
    link.strength, link.direction = strength, direction
    session.flush()


# -- one professional, opened from the map ------------------------------------------------
@dataclass(frozen=True)
class ContactEvent:
    """A recorded contact with the professional about this young person."""

    on: date
    kind: str  # "last_contact", "meeting", "contact" (the contact log) or "visit"
    text: str


@dataclass(frozen=True)
class OwnedAction:
    description: str
    due_on: date | None
    status: str
    overdue: bool
    meeting: str = ""


@dataclass(frozen=True)
class ProfessionalDetails:
    """What the map's details pane shows for one professional."""

    link_id: str
    professional_id: str
    name: str
    role: str
    agency: str
    sector: str
    phone: str
    email: str
    address: str
    relationship_to_young_person: str
    how_they_help: str
    strength: str
    direction: str
    last_contact_on: date | None
    contacts: tuple[ContactEvent, ...]
    actions: tuple[OwnedAction, ...]


def _mentions(text: str, name: str) -> bool:
    return bool(name.strip()) and name.casefold().strip() in text.casefold()


def _day(value: datetime | date) -> date:
    return value.date() if isinstance(value, datetime) else value


def professional_details(session: Session, yp_id: str, node_id: str,
                         today: date) -> ProfessionalDetails:
    """Details, contact history with this young person and the actions they own.

    ``node_id`` is a map node's id (the NetworkLink id); a professional id is accepted
    too. Contact history is what the record can tell: the last contact on the link,
    meetings they attended (picked from the network, or named), the contact log, and
    visits whose "who was there" names them.
    """
    link = session.get(NetworkLink, node_id)
    if link is None or link.young_person_id != yp_id:
        link = session.scalar(select(NetworkLink).where(
            NetworkLink.young_person_id == yp_id, NetworkLink.professional_id == node_id))
    if link is None or link.deleted_at is not None:
        raise KeyError(node_id)
    pro: Professional = link.professional
    contacts: list[ContactEvent] = []
    if link.last_contact_on is not None:
        contacts.append(ContactEvent(link.last_contact_on, "last_contact",
                                     translate("NetworkMap", "Last contact recorded")))
    meetings = session.scalars(select(Meeting).where(
        Meeting.young_person_id == yp_id, Meeting.deleted_at.is_(None))).all()
    titles = {m.id: m.title for m in meetings}
    contacts += [ContactEvent(_day(m.held_at), "meeting", m.title or m.kind)
                 for m in meetings
                 if pro.id in (m.attendee_ids or ()) or _mentions(m.attendees, pro.name)]
    logged = session.scalars(select(ContactLogEntry).where(
        ContactLogEntry.young_person_id == yp_id, ContactLogEntry.professional_id == pro.id,
        ContactLogEntry.deleted_at.is_(None))).all()
    contacts += [ContactEvent(_day(c.contact_at), "contact",
                              (c.summary.strip().splitlines() or [""])[0]) for c in logged]
    visits = session.scalars(select(Visit).where(
        Visit.young_person_id == yp_id, Visit.deleted_at.is_(None),
        Visit.status == "done")).all()
    contacts += [ContactEvent(_day(v.starts_at), "visit", v.place_name or v.purpose)
                 for v in visits if _mentions(v.who_was_there, pro.name)]
    contacts.sort(key=lambda c: c.on, reverse=True)
    actions = session.scalars(select(Action).where(
        Action.young_person_id == yp_id, Action.deleted_at.is_(None))).all()
    owned = [
        OwnedAction(a.description, a.due_on, a.status,
                    a.status in OPEN_STATUSES and a.due_on is not None and a.due_on < today,
                    titles.get(a.meeting_id or "", ""))
        for a in actions
        if a.owner_professional_id == pro.id
        or (a.owner_professional_id is None and a.owner_name.casefold() == pro.name.casefold())
    ]
    owned.sort(key=lambda a: (a.status not in OPEN_STATUSES, a.due_on or date.max))
    return ProfessionalDetails(
        link.id, pro.id, pro.name, pro.role, pro.agency, pro.sector, pro.phone, pro.email,
        pro.address, link.relationship_to_young_person, link.how_they_help, link.strength,
        link.direction, link.last_contact_on, tuple(contacts), tuple(owned))


__all__ = ["ContactEvent", "OwnedAction", "ProfessionalDetails", "change_link", "initials_of",
           "map_photo", "network_map_for", "professional_details", "remove_from_network",
           "save_position"]
