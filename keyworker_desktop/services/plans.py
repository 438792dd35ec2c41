"""The easy-read plan filled from a young person's record, its version, and its export.

``plan_data_for`` reads the record into an ``easyread.plan_data.PlanData``; the
``easyread.documents`` module turns that into a PDF. No Qt here: the print dialog
and the ``keyworker plan`` command share everything below.

Record version
--------------
Every exported plan carries ``PlanData.record_version``, ``"<v>-<t>"``, in its PDF
properties and in the audit log of the print (not on the paper: it means nothing to
the young person):

* ``v``: the young person's own ``version`` (how many times the profile was written);
* ``t``: the newest hybrid-logical-clock time of every record the plan is made from
  (the young person, session notes, goals, actions, network links and their
  professionals, visits, consents, keyworker allocations and their staff, tombstoned
  ones included, so removing something also changes it), as the wall-clock
  milliseconds in base 36, then ``.counter`` when the clock's counter is not 0.

So two printouts with the same version were made from the same record, and
``read_record_version`` turns ``t`` back into the time of the last change the plan
saw: the record as it stood then is the change log up to that time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.hlc import Timestamp
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP
from keyworker_desktop.easyread.checker import split_sentences
from keyworker_desktop.easyread.documents import DEFAULT_PAGES
from keyworker_desktop.easyread.pictograms import choose_pictogram
from keyworker_desktop.easyread.plan_data import (
    AboutMe,
    Helper,
    NextVisit,
    PlaceType,
    PlanData,
    PlanLine,
    PlanPerson,
)
from keyworker_desktop.easyread.wording import say
from keyworker_desktop.services.records import consents_in_force
from keyworker_desktop.services.risk_plan import risk_plan_for
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.files import atomic_write
from keyworker_desktop.store.models import (
    Action,
    Allocation,
    AuditEvent,
    Consent,
    Goal,
    NetworkLink,
    Professional,
    RiskPlan,
    SessionNote,
    Staff,
    Visit,
    YoungPerson,
)

# Professional roles in plain words, first match wins; anything else is kept as
# written, less what is in brackets.
_PLAIN_ROLES: tuple[tuple[str, str], ...] = (
    (r"\bgp\b", QT_TRANSLATE_NOOP("EasyRead", "family doctor")),
    (r"paediatrician", QT_TRANSLATE_NOOP("EasyRead", "children's doctor")),
    (r"psychiatrist|doctor", QT_TRANSLATE_NOOP("EasyRead", "doctor")),
    (r"speech and language", QT_TRANSLATE_NOOP("EasyRead", "speech therapist")),
    (r"occupational therapist", QT_TRANSLATE_NOOP("EasyRead", "therapist")),
    (r"nurse", QT_TRANSLATE_NOOP("EasyRead", "nurse")),
    (r"\bsenco\b", QT_TRANSLATE_NOOP("EasyRead", "teacher for extra help")),
    (r"\behcp\b", QT_TRANSLATE_NOOP("EasyRead", "school plan worker")),
    (r"class teacher|tutor", QT_TRANSLATE_NOOP("EasyRead", "teacher")),
    (r"key person", QT_TRANSLATE_NOOP("EasyRead", "nursery worker")),
    (r"social worker", QT_TRANSLATE_NOOP("EasyRead", "social worker")),
    (r"reviewing officer", QT_TRANSLATE_NOOP("EasyRead", "care plan reviewer")),
    (r"advocate", QT_TRANSLATE_NOOP("EasyRead", "advocate")),
    (r"registered manager|head of care", QT_TRANSLATE_NOOP("EasyRead", "manager of the home")),
    (r"short breaks", QT_TRANSLATE_NOOP("EasyRead", "short breaks worker")),
    (r"support (manager|worker)", QT_TRANSLATE_NOOP("EasyRead", "support worker")),
    (r"employment", QT_TRANSLATE_NOOP("EasyRead", "job adviser")),
    (r"youth (club|mentor|worker)", QT_TRANSLATE_NOOP("EasyRead", "youth worker")),
    (r"keyworker", QT_TRANSLATE_NOOP("EasyRead", "keyworker")),
)

# How someone helps, when the record does not say: by sector.
_DEFAULT_HELP = {
    "health": QT_TRANSLATE_NOOP("EasyRead", "{name} helps {called} stay well."),
    "education": QT_TRANSLATE_NOOP("EasyRead", "{name} helps {called} with learning."),
    "social_care": QT_TRANSLATE_NOOP(
        "EasyRead", "{name} helps {called} and the family get the right help."),
    "voluntary_community": QT_TRANSLATE_NOOP("EasyRead", "{name} helps {called} do fun things."),
    "family_informal": QT_TRANSLATE_NOOP("EasyRead", "{name} is there for {called}."),
}

# Who a young person knows by a family word: "Rukhsana (Mum)" is "Mum" on the plan.
_FAMILY_WORDS = frozenset(
    "mum mam mom dad nan nana nani gran granny grandma grandad grandpa aunt auntie uncle "
    "brother sister cousin carer".split())

_SECTOR_ORDER = ("family_informal", "education", "health", "social_care", "voluntary_community")


def plain_role(role: str, sector: str = "", language: str = "en") -> str:
    """A professional's role in plain words ("SENCO" -> "teacher for extra help"), in the
    plan's ``language``."""
    text = role.replace("_", " ").strip()
    if sector == "family_informal":
        return text
    low = text.lower()
    for pattern, plain in _PLAIN_ROLES:
        if re.search(pattern, low):
            return say(language, plain)
    return re.sub(r"\s*\([^)]*\)", "", text).strip()


class _Names:
    """The young person's names, and their text rewritten to use the preferred one."""

    def __init__(self, yp: YoungPerson, language: str = "en") -> None:
        self.language = language
        self.called = yp.known_as.strip() or yp.given_name
        full = f"{yp.given_name} {yp.family_name}".strip()
        self.own = {n.casefold() for n in (yp.given_name, yp.preferred_name, full, self.called)
                    if n.strip()}
        others = [n for n in (full, yp.given_name) if n.strip() and n != self.called]
        alternatives = "|".join(map(re.escape, others))
        self._pattern = re.compile(rf"(?<![\w-])({alternatives})(?![\w-])") if others else None

    def fix(self, text: str) -> str:
        text = " ".join(text.split())
        return self._pattern.sub(self.called, text) if self._pattern else text

    def lines(self, text: str) -> list[str]:
        """One idea per line: the text's sentences, in the preferred name."""
        return [self.fix(s) for s in split_sentences(text or "")]


def _person_name(entry: str) -> str:
    """ "Kerry Walsh (form tutor)" -> "Kerry Walsh"; "Rukhsana (Mum)" -> "Mum"."""
    m = re.match(r"\s*(.*?)\s*\(([^)]*)\)\s*$", entry)
    if not m:
        return entry.strip()
    inside = m.group(2).strip()
    return inside if inside.casefold() in _FAMILY_WORDS else m.group(1)


def _keyworkers(session: Session, yp_id: str, today: date) -> list[Staff]:
    rows = session.scalars(
        select(Allocation).where(Allocation.young_person_id == yp_id,
                                 Allocation.deleted_at.is_(None),
                                 Allocation.role != "family_keyworker",
                                 Allocation.starts_on <= today)
        .order_by(Allocation.starts_on)
    ).all()
    return [a.staff for a in rows if a.ends_on is None or a.ends_on >= today]


def _agreed(session: Session, yp_id: str, names: _Names) -> list[PlanLine]:
    note = session.scalars(
        select(SessionNote).where(SessionNote.young_person_id == yp_id,
                                  SessionNote.deleted_at.is_(None),
                                  SessionNote.status == "final")
        .order_by(SessionNote.session_on.desc(), SessionNote.finalised_at.desc())
        .limit(1)
    ).first()
    return [PlanLine(s) for s in names.lines(note.agreed)] if note else []


def _goals(session: Session, yp_id: str, names: _Names) -> list[PlanLine]:
    goals = session.scalars(
        select(Goal).where(Goal.young_person_id == yp_id, Goal.deleted_at.is_(None),
                           Goal.achieved_on.is_(None))
        .order_by(Goal.set_on, Goal.id)
    ).all()
    return [PlanLine(names.fix(g.description)) for g in goals if g.description.strip()]


def _next_steps(session: Session, yp_id: str, names: _Names,
                staff_roles: dict[str, str]) -> list[tuple[PlanLine, str]]:
    actions = session.scalars(
        select(Action).where(Action.young_person_id == yp_id, Action.deleted_at.is_(None),
                             Action.status.in_(("open", "chased")))
        .order_by(Action.due_on.is_(None), Action.due_on, Action.id)
    ).all()
    steps = []
    for a in actions:
        who = a.owner_name.strip()
        role = ""
        if who.casefold() in names.own:
            who = names.called
        elif a.owner_professional_id:
            pro = session.get(Professional, a.owner_professional_id)
            role = plain_role(pro.role, pro.sector, names.language) if pro else ""
        elif who in staff_roles:
            role = plain_role(staff_roles[who], "", names.language)
        if role and role.casefold() not in who.casefold():
            who = f"{who}, {role}"
        steps.append((PlanLine(names.fix(a.description)), who))
    return steps


def _helpers(session: Session, yp_id: str, names: _Names) -> list[Helper]:
    links = session.scalars(
        select(NetworkLink).join(Professional)
        .where(NetworkLink.young_person_id == yp_id, NetworkLink.deleted_at.is_(None),
               NetworkLink.strength != "none", Professional.deleted_at.is_(None))
    ).all()

    def order(link: NetworkLink) -> tuple[int, str]:
        sector = link.professional.sector
        rank = _SECTOR_ORDER.index(sector) if sector in _SECTOR_ORDER else len(_SECTOR_ORDER)
        return rank, link.professional.name.casefold()

    helpers = []
    for link in sorted(links, key=order):
        pro = link.professional
        how = names.fix(link.how_they_help)
        if not how:
            how = say(names.language, _DEFAULT_HELP.get(
                pro.sector, QT_TRANSLATE_NOOP("EasyRead", "{name} helps {called}.")),
                name=pro.name, called=names.called)
        # The picture is chosen from the English role: its keywords are English.
        english = plain_role(pro.role, pro.sector)
        picture = choose_pictogram(english, choose_pictogram(f"{pro.agency} {pro.sector}",
                                                             "person"))
        helpers.append(Helper(pro.name, plain_role(pro.role, pro.sector, names.language),
                              pro.agency, pro.sector, how, picture))
    return helpers


def _visits(session: Session, yp_id: str, today: date, names: _Names,
            keyworkers: Sequence[str]) -> list[NextVisit]:
    visits = session.scalars(
        select(Visit).where(Visit.young_person_id == yp_id, Visit.deleted_at.is_(None),
                            Visit.status == "planned",
                            Visit.starts_at >= datetime.combine(today, datetime.min.time()))
        .order_by(Visit.starts_at)
    ).all()
    out = []
    for v in visits:
        who: list[str] = list(keyworkers)
        for entry in re.split(r",|;|\band\b", v.who_was_there or ""):
            name = _person_name(entry)
            if name and name.casefold() not in names.own and name not in who:
                who.append(name)
        place = v.place_type if v.place_type in set(PlaceType) else PlaceType.COMMUNITY
        out.append(NextVisit(v.starts_at, v.place_name, place, who))
    return out


def _newest_hlc(session: Session, yp: YoungPerson) -> str:
    stamps = [yp.hlc or ""]
    for model in (SessionNote, Goal, Action, NetworkLink, Visit, Consent, Allocation, RiskPlan):
        stamps.append(session.scalar(
            select(func.max(model.hlc)).where(model.young_person_id == yp.id)) or "")
    stamps.append(session.scalar(
        select(func.max(Professional.hlc)).join(NetworkLink)
        .where(NetworkLink.young_person_id == yp.id)) or "")
    stamps.append(session.scalar(
        select(func.max(Staff.hlc)).join(Allocation, Allocation.staff_id == Staff.id)
        .where(Allocation.young_person_id == yp.id)) or "")
    return max(stamps)


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if not n:
            return out


def record_version(session: Session, yp: YoungPerson) -> str:
    """The plan's record version (see the module docstring), e.g. ``"4-m7k2x9qa"``."""
    newest = _newest_hlc(session, yp)
    if not newest:
        return str(yp.version)
    stamp = Timestamp.decode(newest)
    counter = f".{stamp.counter}" if stamp.counter else ""
    return f"{yp.version}-{_base36(stamp.wall_ms)}{counter}"


def read_record_version(text: str) -> tuple[int, datetime | None]:
    """The young person's version and the UTC time of the last change a plan saw."""
    version, _, when = text.strip().partition("-")
    if not when:
        return int(version), None
    wall_ms = int(when.split(".")[0], 36)
    return int(version), datetime.fromtimestamp(wall_ms / 1000, UTC)


def plan_data_for(session: Session, yp_id: str, today: date,
                  language: str = "en") -> PlanData:
    """Everything the easy-read plan needs, read from the record as it is now, with the
    words the plan adds (plain roles, how someone helps) in ``language`` ("en", "cy").

    The preferred name is used throughout, also inside the keyworker's own words
    ("Aisha to try..." becomes "Aish to try..."); the photo only while a "photo"
    consent is in force. Raises ``KeyError`` for an unknown young person.
    """
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    names = _Names(yp, language)
    photo = yp.photo_png if "photo" in consents_in_force(session, yp_id) else None
    keyworkers = _keyworkers(session, yp_id, today)
    staff_roles = {s.name: s.role for s in session.scalars(select(Staff))}
    upset = risk_plan_for(session, yp_id)
    return PlanData(
        person=PlanPerson(f"{yp.given_name} {yp.family_name}".strip(), names.called,
                          photo or None),
        agreed=_agreed(session, yp_id, names),
        goals=_goals(session, yp_id, names),
        next_steps=_next_steps(session, yp_id, names, staff_roles),
        helpers=_helpers(session, yp_id, names),
        visits=_visits(session, yp_id, today, names, [s.name for s in keyworkers]),
        about_me=AboutMe(names.lines(yp.what_matters), names.lines(yp.people_like),
                         names.lines(yp.how_to_support)),
        upset_helps=[PlanLine(x) for x in names.lines(upset.what_helps)],
        upset_avoid=[PlanLine(x) for x in names.lines(upset.what_to_avoid)],
        record_version=record_version(session, yp),
        printed_on=today,
        language=language,
    )


def plan_text_for_checking(plan: PlanData, pages: Sequence[str] = DEFAULT_PAGES) -> list[str]:
    """The keyworker's own words that go on the chosen pages, for the easy-read checker."""
    texts: list[str] = []
    if "my-plan" in pages:
        texts += [x.text for x in (*plan.agreed, *plan.goals)]
        texts += [step.text for step, _who in plan.next_steps]
    if "who-helps-me" in pages:
        texts += [h.how_they_help for h in plan.helpers]
    if "about-me" in pages:
        about = plan.about_me
        texts += [*about.what_matters, *about.what_people_like, *about.how_to_support]
    if "when-upset" in pages:
        texts += [x.text for x in (*plan.upset_helps, *plan.upset_avoid)]
    return list(dict.fromkeys(t for t in texts if t.strip()))


def audit_export(session: Session, ctx: WriteContext, yp_id: str, detail: str) -> None:
    """Audit that the current user printed or saved a young person's plan (append-only)."""
    session.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device, action="export",
                           entity="young_person", record_id=yp_id, young_person_id=yp_id,
                           detail=detail))


def export_detail(plan: PlanData, pages: Sequence[str], page_size: str, large_print: bool,
                  how: str) -> str:
    """What the audit says about an export: which plan version, pages and format, and how."""
    size = f"{page_size}, large print" if large_print else page_size
    return f"Easy-read plan {plan.record_version} ({', '.join(pages)}; {size}): {how}"


# The plan is saved the way the store writes its own small files: whole or not at all.
write_file_atomically = atomic_write


__all__ = ["audit_export", "export_detail", "plain_role", "plan_data_for",
           "plan_text_for_checking", "read_record_version", "record_version",
           "write_file_atomically"]
