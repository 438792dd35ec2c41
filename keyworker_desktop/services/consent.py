"""Recording and withdrawing consent (seed 002): to be on the register, to work with a
keyworker, to share information, photographs, medical.

What is in force is :func:`keyworker_desktop.services.records.consents_in_force`; the
record's header, the network map's photograph and the easy-read plan all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import ConsentGiver, ConsentHow, ConsentKind
from keyworker_desktop.store.errors import ValidationError, raise_for
from keyworker_desktop.store.models import (
    Consent,
    FamilyMember,
    NetworkLink,
    Professional,
    YoungPerson,
)


def _young_person(session: Session, yp_id: str) -> YoungPerson:
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    return yp


def _check_date(on: date, field: str, what: str, yp: YoungPerson, today: date) -> list[Problem]:
    if on > today:
        return [Problem(field, Message("consent.date_what_in", QT_TRANSLATE_NOOP(
                "Errors", "The date {what} is in the future."),
                what=what))]
    if yp.date_of_birth is not None and on < yp.date_of_birth:
        return [Problem(field, Message("consent.date_what_before", QT_TRANSLATE_NOOP(
                "Errors", "The date {what} is before the date of birth."),
                what=what))]
    return []


def share_lines(text: str) -> list[str]:
    """The named agencies, one per line: trimmed, blanks and repeats dropped."""
    out: list[str] = []
    for line in text.splitlines():
        name = " ".join(line.split())
        if name and name.casefold() not in {o.casefold() for o in out}:
            out.append(name)
    return out


def parental_responsibility_names(session: Session, yp_id: str) -> list[str]:
    """The family members marked with parental responsibility, by name."""
    return sorted(session.scalars(
        select(FamilyMember.name).where(FamilyMember.young_person_id == yp_id,
                                        FamilyMember.deleted_at.is_(None),
                                        FamilyMember.parental_responsibility.is_(True))),
        key=str.casefold)


def network_agencies(session: Session, yp_id: str) -> list[str]:
    """The agencies of the professionals in the young person's network (to share with)."""
    names = session.scalars(
        select(Professional.agency).join(NetworkLink,
                                         NetworkLink.professional_id == Professional.id)
        .where(NetworkLink.young_person_id == yp_id, NetworkLink.deleted_at.is_(None),
               Professional.deleted_at.is_(None)))
    return sorted({n.strip() for n in names if n.strip()}, key=str.casefold)


def _check_giver(session: Session, yp_id: str, given_by: str, giver_name: str,
                 decision_reason: str) -> list[Problem]:
    name = giver_name.strip()
    if given_by == ConsentGiver.BEST_INTEREST_DECISION:
        return [*rules.check_required(name, "giver_name", QT_TRANSLATE_NOOP(
                    "Errors", "Who made the best-interests decision")),
                *rules.check_required(decision_reason, "decision_reason", QT_TRANSLATE_NOOP(
                    "Errors", "Why the best-interests decision was made"))]
    if given_by == ConsentGiver.PARENTAL_RESPONSIBILITY:
        held = parental_responsibility_names(session, yp_id)
        if not name:
            return [Problem("giver_name", Message("giver_name.say_which_person", QT_TRANSLATE_NOOP(
                    "Errors", "Say which person with parental responsibility gave consent.")))]
        if " ".join(name.split()).casefold() not in {h.casefold() for h in held}:
            return [Problem("giver_name", Message("giver_name.person_not_in", QT_TRANSLATE_NOOP(
                    "Errors", "That person is not in the family with parental responsibility: "
                    "add them to Family and carers, marked with parental "
                    "responsibility, first.")))]
    return []


def record_consent(session: Session, yp_id: str, *, kind: str, given_by: str, given_on: date,
                   today: date, giver_name: str = "", capacity_noted: str = "",
                   how_recorded: str = "", review_on: date | None = None,
                   share_with: str = "", decision_reason: str = "") -> Consent:
    """Record a consent given; raises ``ValidationError`` (nothing written) for bad input
    and ``KeyError`` for an unknown young person. The caller commits.

    A best-interests decision needs who decided (``giver_name``) and why
    (``decision_reason``); consent from a person with parental responsibility names a
    family member marked with it. Named agencies (``share_with``, one per line) belong
    to consent to share information only. The signed form is attached to the consent
    by its id, in the same transaction (``documents.attach(..., attached_to="consent")``).
    """
    yp = _young_person(session, yp_id)
    problems = _check_date(given_on, "given_on", "consent was given", yp, today)
    if kind not in {m.value for m in ConsentKind}:
        problems.append(Problem("kind", Message("kind.kind_consent_not", QT_TRANSLATE_NOOP(
                "Errors", "The kind of consent is not one of the choices."))))
    if given_by not in {m.value for m in ConsentGiver}:
        problems.append(Problem("given_by", Message("given_by.who_gave_consent", QT_TRANSLATE_NOOP(
                "Errors", "Who gave consent is not one of the choices."))))
    else:
        problems += _check_giver(session, yp.id, given_by, giver_name, decision_reason)
    if how_recorded and how_recorded not in {m.value for m in ConsentHow}:
        problems.append(Problem("how_recorded", Message(
                "how_recorded.how_was_recorded", QT_TRANSLATE_NOOP(
                "Errors", "How it was recorded is not one of the choices."))))
    if review_on is not None and review_on < given_on:
        problems.append(Problem("review_on", Message(
                "review_on.review_date_before", QT_TRANSLATE_NOOP(
                "Errors", "The review date is before consent was given."))))
    agencies = share_lines(share_with)
    if agencies and kind != ConsentKind.SHARE_INFORMATION:
        problems.append(Problem("share_with", Message(
                "share_with.named_agencies_belong", QT_TRANSLATE_NOOP(
                "Errors", "Named agencies belong to consent to share information only."))))
    for agency in agencies:
        problems += rules.check_length(agency, "share_with", rules.TEXT_LIMITS["short"],
                                       QT_TRANSLATE_NOOP("Errors", "An agency's name"))
    problems += rules.check_length(giver_name, "giver_name", rules.TEXT_LIMITS["short"],
                                   QT_TRANSLATE_NOOP("Errors", "The name of who gave consent"))
    problems += rules.check_length(capacity_noted, "capacity_noted", rules.TEXT_LIMITS["long"],
                                   QT_TRANSLATE_NOOP("Errors", "The note on capacity"))
    problems += rules.check_length(decision_reason, "decision_reason",
                                   rules.TEXT_LIMITS["long"],
                                       QT_TRANSLATE_NOOP("Errors", "The reason for the decision"))
    raise_for(problems)
    consent = Consent(young_person_id=yp.id, kind=kind, given=True, given_by=given_by,
                      giver_name=" ".join(giver_name.split()),
                      capacity_noted=capacity_noted.strip(), given_on=given_on,
                      how_recorded=how_recorded, review_on=review_on,
                      share_with="\n".join(agencies),
                      decision_reason=decision_reason.strip()
                      if given_by == ConsentGiver.BEST_INTEREST_DECISION else "")
    session.add(consent)
    session.flush()
    return consent


def withdraw_consent(session: Session, yp_id: str, *, kind: str, withdrawn_on: date,
                     today: date, given_by: str | None = None) -> list[Consent]:
    """Withdraw the consent of ``kind`` in force (only those ``given_by`` that giver, when
    named); the consents withdrawn. ``ValidationError`` when none is in force."""
    yp = _young_person(session, yp_id)
    in_force = [c for c in session.scalars(
        select(Consent).where(Consent.young_person_id == yp.id, Consent.kind == kind,
                              Consent.deleted_at.is_(None)).order_by(Consent.given_on))
                if c.in_force and given_by in (None, c.given_by)]
    if not in_force:
        raise ValidationError([Problem("kind", Message("kind.no_consent_kind", QT_TRANSLATE_NOOP(
                "Errors", "There is no consent of that kind in force to withdraw.")))])
    problems = _check_date(withdrawn_on, "withdrawn_on", "consent was withdrawn", yp, today)
    if any(withdrawn_on < c.given_on for c in in_force):
        problems.append(Problem("withdrawn_on",
                                Message("withdrawn_on.date_consent_was", QT_TRANSLATE_NOOP(
                                        "Errors", "The date consent was withdrawn is before it "
                                        "was given."))))
    raise_for(problems)
    for c in in_force:
        c.withdrawn_on = withdrawn_on
    session.flush()
    return in_force


@dataclass(frozen=True)
class ConsentRow:
    """One kind of consent on the record: the one in force (newest), else the last withdrawn."""

    kind: str
    consent_id: str | None
    in_force: bool
    given_by: str
    giver_name: str
    given_on: date | None
    review_on: date | None
    how_recorded: str
    share_with: tuple[str, ...]
    decision_reason: str
    capacity_noted: str
    withdrawn_on: date | None
    signed_document_id: str | None = None  # the signed form, when one is attached


def consent_overview(session: Session, yp_id: str) -> list[ConsentRow]:
    """Each kind of consent, in the vocabulary's order, with what is in force."""
    rows = session.scalars(select(Consent).where(
        Consent.young_person_id == yp_id, Consent.deleted_at.is_(None))
        .order_by(Consent.given_on.desc(), Consent.created_at.desc())).all()
    out: list[ConsentRow] = []
    for kind in ConsentKind:
        of_kind = [c for c in rows if c.kind == kind.value]
        shown = next((c for c in of_kind if c.in_force), of_kind[0] if of_kind else None)
        if shown is None:
            out.append(ConsentRow(kind.value, None, False, "", "", None, None, "", (), "", "",
                                  None))
            continue
        out.append(ConsentRow(kind.value, shown.id, shown.in_force, shown.given_by,
                              shown.giver_name, shown.given_on, shown.review_on,
                              shown.how_recorded, tuple(share_lines(shown.share_with)),
                              shown.decision_reason, shown.capacity_noted, shown.withdrawn_on,
                              shown.signed_document_id))
    return out
