"""Taking a referral: the young person and their Dynamic Support Register entry (seed 002, 004).

A referral is checked whole before anything is written: a bad field raises
:class:`~keyworker_desktop.store.errors.ValidationError` and nothing is stored.
:func:`known_already` finds a young person the service holds already (a sibling
is not one; a returning case or a second referral is), so the caller can open
that record instead of making a duplicate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import rules
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import DsrStatus, LivingSituation
from keyworker_desktop.services.recording import save_young_person
from keyworker_desktop.store.errors import raise_for
from keyworker_desktop.store.models import DsrEntry, YoungPerson

SHORT = rules.TEXT_LIMITS["short"]
LONG = rules.TEXT_LIMITS["long"]


@dataclass(frozen=True)
class Referral:
    """What a referral says about the young person, and who referred them, when and why."""

    given_name: str
    family_name: str
    preferred_name: str = ""
    date_of_birth: date | None = None
    nhs_number: str = ""
    living_situation: str = LivingSituation.FAMILY_HOME.value
    address: str = ""
    placement_name: str = ""
    placement_out_of_area: bool = False
    referred_by: str = ""
    referred_on: date | None = None
    reason: str = ""


@dataclass(frozen=True)
class Taken:
    """The result of :func:`take_referral`: the new records and the warnings to show."""

    young_person: YoungPerson
    dsr_entry: DsrEntry
    warnings: list[Problem]


def nhs_digits(number: str) -> str:
    """The NHS number's digits alone (``"943 476 5919"`` -> ``"9434765919"``)."""
    return re.sub(r"\D", "", number)


def nhs_display(number: str) -> str:
    """The usual 3-3-4 spacing, the way the record shows and stores NHS numbers."""
    d = nhs_digits(number)
    return f"{d[:3]} {d[3:6]} {d[6:]}" if len(d) == 10 else number.strip()


def name_key(name: str) -> str:
    """A name as compared: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def check_referral(referral: Referral, today: date) -> list[Problem]:
    """Every problem with a referral (errors and warnings), before anything is written."""
    r = referral
    problems = [
        *rules.check_required(r.given_name, "given_name",
            QT_TRANSLATE_NOOP("Errors", "A first name")),
        *rules.check_required(r.family_name, "family_name",
            QT_TRANSLATE_NOOP("Errors", "A family name")),
        *rules.check_length(r.given_name, "given_name", rules.TEXT_LIMITS["name"],
                            QT_TRANSLATE_NOOP("Errors", "The first name")),
        *rules.check_length(r.family_name, "family_name", rules.TEXT_LIMITS["name"],
                            QT_TRANSLATE_NOOP("Errors", "The family name")),
        *rules.check_length(r.preferred_name, "preferred_name", rules.TEXT_LIMITS["name"],
                            QT_TRANSLATE_NOOP("Errors", "The preferred name")),
        *rules.check_date_of_birth(r.date_of_birth, today),
        *rules.check_length(r.address, "address", LONG, QT_TRANSLATE_NOOP("Errors", "The address")),
        *rules.check_length(r.placement_name, "placement_name", SHORT,
            QT_TRANSLATE_NOOP("Errors", "The placement's name")),
        *rules.check_length(r.referred_by, "referred_by", SHORT,
            QT_TRANSLATE_NOOP("Errors", "Who referred")),
        *rules.check_length(r.reason, "reason", LONG,
            QT_TRANSLATE_NOOP("Errors", "The reason for the referral")),
    ]
    # The NHS number may be typed with spaces or dashes; the check digit is what counts.
    problems += rules.check_nhs_number(r.nhs_number.replace("-", " ").strip())
    if r.living_situation not in {m.value for m in LivingSituation}:
        problems.append(Problem("living_situation", Message(
                "living_situation.where_they_live", QT_TRANSLATE_NOOP(
                "Errors", "Where they live is not one of the choices."))))
    if r.referred_on is not None:
        if r.referred_on > today:
            problems.append(Problem("referred_on", Message(
                    "referred_on.referral_date_in", QT_TRANSLATE_NOOP(
                    "Errors", "The referral date is in the future."))))
        elif r.date_of_birth is not None and r.referred_on < r.date_of_birth:
            problems.append(Problem("referred_on",
                                    Message("referred_on.referral_date_before", QT_TRANSLATE_NOOP(
                                            "Errors", "The referral date is before the date of "
                                            "birth."))))
    return problems


def known_already(session: Session, referral: Referral) -> list[YoungPerson]:
    """Young people held already who are this referral's young person, oldest record first.

    The same NHS number, or the same first and family name (ignoring case and spacing)
    with the same date of birth. Closed records count (a returning case); removed
    (tombstoned) ones do not.
    """
    live = select(YoungPerson).where(YoungPerson.deleted_at.is_(None))
    found: dict[str, YoungPerson] = {}
    digits = nhs_digits(referral.nhs_number)
    if digits:
        stored = func.replace(func.replace(YoungPerson.nhs_number, " ", ""), "-", "")
        for yp in session.scalars(live.where(stored == digits)):
            found[yp.id] = yp
    if referral.date_of_birth is not None:
        name = (name_key(referral.given_name), name_key(referral.family_name))
        for yp in session.scalars(live.where(YoungPerson.date_of_birth
                                             == referral.date_of_birth)):
            if (name_key(yp.given_name), name_key(yp.family_name)) == name:
                found[yp.id] = yp
    return sorted(found.values(), key=lambda yp: (yp.created_at, yp.id))


def take_referral(session: Session, referral: Referral, today: date) -> Taken:
    """Create the young person and their register entry (the caller commits).

    Raises ``ValidationError`` (nothing written) for a bad field; the warnings (over 25,
    say) are returned. Does not look for duplicates: call :func:`known_already` first.
    """
    warnings = raise_for(check_referral(referral, today))
    r = referral
    yp, _ = save_young_person(
        session, None, today, given_name=r.given_name.strip(),
        family_name=r.family_name.strip(), preferred_name=r.preferred_name.strip(),
        date_of_birth=r.date_of_birth,
        nhs_number=nhs_display(r.nhs_number) if r.nhs_number.strip() else "",
        living_situation=r.living_situation, address=r.address.strip(),
        placement_name=r.placement_name.strip(), placement_out_of_area=r.placement_out_of_area)
    # Flushed apart, after the young person, so the change log (and a push) carries the
    # young person first: the central store takes a new young person before their records.
    entry = DsrEntry(young_person_id=yp.id, referred_by=r.referred_by.strip(),
                     referred_on=r.referred_on, current_issues=r.reason.strip(),
                     status=DsrStatus.REFERRED.value, status_on=r.referred_on or today)
    session.add(entry)
    session.flush()
    return Taken(yp, entry, warnings)
