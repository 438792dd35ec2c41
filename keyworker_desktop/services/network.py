"""The professionals around a young person: reading the network, adding and editing links.

A professional may sit in several young people's networks; the link carries what is
particular to this young person (relationship, how they help, ecomap line, last contact).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.i18n import label as words_label
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import LinkDirection, LinkStrength, Sector
from keyworker_desktop.store.changes import tombstone
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import NetworkLink, Professional

PROFESSIONAL_FIELDS = ("name", "role", "agency", "sector", "phone", "email")
LINK_FIELDS = ("relationship_to_young_person", "how_they_help", "strength", "direction",
               "last_contact_on")


@dataclass(frozen=True)
class NetworkEntry:
    """One professional in a young person's network, as plain data."""

    link_id: str
    professional_id: str
    name: str
    role: str
    agency: str
    sector: str
    phone: str
    email: str
    relationship_to_young_person: str
    how_they_help: str
    strength: str
    direction: str
    last_contact_on: date | None
    map_x: float | None = None
    map_y: float | None = None


def network_for(session: Session, yp_id: str) -> list[NetworkEntry]:
    """The young person's professionals, by sector then name."""
    links = session.scalars(
        select(NetworkLink)
        .where(NetworkLink.young_person_id == yp_id, NetworkLink.deleted_at.is_(None))
    ).all()
    out = [
        NetworkEntry(
            link.id, link.professional_id, link.professional.name, link.professional.role,
            link.professional.agency, link.professional.sector, link.professional.phone,
            link.professional.email, link.relationship_to_young_person, link.how_they_help,
            link.strength, link.direction, link.last_contact_on, link.map_x, link.map_y,
        )
        for link in links
    ]
    out.sort(key=lambda e: (e.sector, e.name.casefold()))
    return out


def _choice(value: str, allowed: type[Sector | LinkStrength | LinkDirection], field: str,
            label: str) -> list[Problem]:
    if value not in {m.value for m in allowed}:
        return [Problem(field, Message("network.label_not_one", QT_TRANSLATE_NOOP(
                "Errors", "{label} is not one of the choices."),
                label=words_label(label)))]
    return []


def check_professional_link(fields: dict[str, object], today: date) -> list[Problem]:
    """Every rule a professional and their link must meet, as problems."""
    name = str(fields.get("name") or "")
    email = str(fields.get("email") or "")
    problems = [
        *rules.check_required(name, "name", QT_TRANSLATE_NOOP("Errors", "A name")),
        *rules.check_length(name, "name", rules.TEXT_LIMITS["short"],
            QT_TRANSLATE_NOOP("Errors", "The name")),
        *_choice(str(fields.get("sector", "health")), Sector, "sector",
            QT_TRANSLATE_NOOP("Errors", "The sector")),
        *_choice(str(fields.get("strength", "strong")), LinkStrength, "strength",
                 QT_TRANSLATE_NOOP("Errors", "The link strength")),
        *_choice(str(fields.get("direction", "to_young_person")), LinkDirection, "direction",
                 QT_TRANSLATE_NOOP("Errors", "The direction")),
    ]
    for f, label in (("role", "The role"), ("agency", "The agency")):
        problems += rules.check_length(str(fields.get(f) or ""), f, rules.TEXT_LIMITS["short"],
                                       label)
    problems += rules.check_length(str(fields.get("phone") or ""), "phone", 40,
        QT_TRANSLATE_NOOP("Errors", "The phone number"))
    problems += rules.check_length(email, "email", rules.TEXT_LIMITS["short"],
        QT_TRANSLATE_NOOP("Errors", "The email address"))
    if email.strip() and ("@" not in email or " " in email.strip()):
        problems.append(Problem("email", Message("email.does_not_look", QT_TRANSLATE_NOOP(
                "Errors", "That does not look like an email address: it needs an @ and "
                "no spaces."))))
    for f in ("relationship_to_young_person", "how_they_help"):
        problems += rules.check_length(str(fields.get(f) or ""), f, rules.TEXT_LIMITS["long"],
                                       QT_TRANSLATE_NOOP("Errors", "This text"))
    last = fields.get("last_contact_on")
    if isinstance(last, date) and last > today:
        problems.append(Problem("last_contact_on", Message(
                "last_contact_on.last_contact_in", QT_TRANSLATE_NOOP(
                "Errors", "The last contact is in the future."))))
    return problems


def save_professional_link(session: Session, yp_id: str, link_id: str | None, today: date,
                           **fields: object) -> NetworkLink:
    """Add a professional to the network (``link_id=None``) or edit one already in it.

    ``fields`` are any of :data:`PROFESSIONAL_FIELDS` and :data:`LINK_FIELDS`; with
    ``professional_id`` an existing professional is linked instead of a new one made.
    """
    professional_id = fields.pop("professional_id", None)
    unknown = set(fields) - set(PROFESSIONAL_FIELDS) - set(LINK_FIELDS)
    if unknown:
        raise TypeError(f"unknown fields {sorted(unknown)}")
    link = session.get(NetworkLink, link_id) if link_id else None
    if link_id and link is None:
        raise KeyError(link_id)
    if link is not None:
        professional: Professional | None = link.professional
    elif isinstance(professional_id, str):
        professional = session.get(Professional, professional_id)
        if professional is None:
            raise KeyError(professional_id)
    else:
        professional = None
    merged: dict[str, object] = {
        f: fields.get(f, getattr(professional, f) if professional else "")
        for f in PROFESSIONAL_FIELDS
    }
    merged["sector"] = merged["sector"] or "health"
    defaults = {"strength": "strong", "direction": "to_young_person"}
    merged |= {f: fields.get(f, getattr(link, f) if link else defaults.get(f, ""))
               for f in LINK_FIELDS}
    if merged["last_contact_on"] == "":
        merged["last_contact_on"] = None
    raise_for(check_professional_link(merged, today))
    if professional is None:
        professional = Professional(name="")
        session.add(professional)
    for f in PROFESSIONAL_FIELDS:
        setattr(professional, f, merged[f])
    session.flush()
    if link is None:
        existing = session.scalar(
            select(NetworkLink).where(NetworkLink.young_person_id == yp_id,
                                      NetworkLink.professional_id == professional.id)
        )
        if existing is not None and existing.deleted_at is None:
            raise_for([Problem("name", Message("name.professional_already_in", QT_TRANSLATE_NOOP(
                    "Errors", "This professional is already in the network.")))])
        link = existing or NetworkLink(young_person_id=yp_id, professional_id=professional.id)
        link.deleted_at = None
        session.add(link)
    for f in LINK_FIELDS:
        setattr(link, f, merged[f])
    session.flush()
    return link


def remove_from_network(session: Session, link_id: str) -> None:
    """Take a professional out of this young person's network (the professional stays)."""
    link = session.get(NetworkLink, link_id)
    if link is None:
        raise KeyError(link_id)
    tombstone(session, link)
    session.flush()
