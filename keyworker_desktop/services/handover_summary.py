"""The handover summary: what the next keyworker needs, read from the record.

:func:`summary_for` fills a :class:`~keyworker_desktop.reports.handover_data.HandoverSummary`
from the store; :func:`handover_pdf` makes the PDF and audits that a copy was made (the
file itself is not encrypted: whoever saves it must keep it safe).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.rules import age_on
from keyworker_desktop.domain.vocab import (
    ConsentGiver,
    ConsentKind,
    DsrStatus,
    FamilyRelationship,
    LivingSituation,
    Rag,
)
from keyworker_desktop.reports.handover_data import Contact, HandoverSummary, Line
from keyworker_desktop.reports.handover_pdf import build_handover_pdf
from keyworker_desktop.services.handover import ending_state
from keyworker_desktop.services.network import network_for
from keyworker_desktop.services.records import record_header
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.models import (
    Action,
    AuditEvent,
    Consent,
    DsrEntry,
    Escalation,
    FamilyMember,
    Meeting,
    RagRating,
    Visit,
    YoungPerson,
)

COMING_UP_LIMIT = 15


def _day(value: date | None) -> str:
    return format_date(value, "d MMM yyyy")


def _label(vocab: type[Rag | DsrStatus | LivingSituation | ConsentKind | ConsentGiver
                     | FamilyRelationship], code: str) -> str:
    try:
        return vocab(code).label
    except ValueError:
        return code.replace("_", " ").capitalize()


def _family(session: Session, yp_id: str) -> tuple[Contact, ...]:
    rows = session.scalars(select(FamilyMember).where(
        FamilyMember.young_person_id == yp_id, FamilyMember.deleted_at.is_(None))
        .order_by(FamilyMember.name)).all()
    out = []
    for m in rows:
        role = _label(FamilyRelationship, m.relation)
        if m.parental_responsibility:
            role += ", " + translate("Reports", "parental responsibility")
        notes = "; ".join(filter(None, [translate("Reports", "Lives with them")
                                        if m.lives_with_young_person else "",
                                        m.notes.strip()]))
        out.append(Contact(m.name, role, m.phone, m.email, notes))
    return tuple(out)


def _network(session: Session, yp_id: str) -> tuple[Contact, ...]:
    return tuple(
        Contact(e.name, ", ".join(filter(None, [e.role, e.agency])), e.phone, e.email,
                "; ".join(filter(None, [e.relationship_to_young_person, e.how_they_help])))
        for e in network_for(session, yp_id))


def _consents(session: Session, yp_id: str) -> tuple[Line, ...]:
    rows = session.scalars(select(Consent).where(
        Consent.young_person_id == yp_id, Consent.deleted_at.is_(None))
        .order_by(Consent.given_on)).all()
    out = []
    for c in rows:
        if not c.in_force:
            continue
        giver = _label(ConsentGiver, c.given_by) + (f" ({c.giver_name})" if c.giver_name else "")
        text = translate("Reports", "{kind}. Given by: {giver}.").format(
            kind=_label(ConsentKind, c.kind), giver=giver)
        if c.share_with.strip():
            text += " " + translate("Reports", "Share with: {names}.").format(
                names=", ".join(c.share_with.split("\n")))
        if c.review_on:
            text += " " + translate("Reports", "Review by {date}.").format(date=_day(c.review_on))
        out.append(Line(_day(c.given_on), text))
    return tuple(out)


def _register(session: Session, yp_id: str) -> DsrEntry | None:
    return session.scalars(select(DsrEntry).where(
        DsrEntry.young_person_id == yp_id, DsrEntry.deleted_at.is_(None))
        .order_by(DsrEntry.created_at.desc())).first()


def _latest_rating(session: Session, yp_id: str) -> RagRating | None:
    return session.scalars(select(RagRating).where(
        RagRating.young_person_id == yp_id, RagRating.deleted_at.is_(None))
        .order_by(RagRating.rated_on.desc(), RagRating.hlc.desc())).first()


def _open_actions(session: Session, yp_id: str) -> tuple[Line, ...]:
    rows = session.scalars(select(Action).where(
        Action.young_person_id == yp_id, Action.deleted_at.is_(None),
        Action.status.in_(("open", "chased")))).all()
    rows = sorted(rows, key=lambda a: (a.due_on or date.max, a.owner_name.casefold()))
    return tuple(Line(translate("Reports", "Due {date}").format(date=_day(a.due_on))
                      if a.due_on else translate("Reports", "No due date"),
                      translate("Reports", "{what} (who: {who})").format(
                          what=a.description, who=a.owner_name)) for a in rows)


def _coming_up(session: Session, yp_id: str, now: datetime) -> tuple[Line, ...]:
    meetings = session.scalars(select(Meeting).where(
        Meeting.young_person_id == yp_id, Meeting.deleted_at.is_(None),
        Meeting.held_at >= now)).all()
    visits = session.scalars(select(Visit).where(
        Visit.young_person_id == yp_id, Visit.deleted_at.is_(None), Visit.status == "planned",
        Visit.starts_at >= now)).all()
    dated: list[tuple[datetime, str]] = [
        (m.held_at, " ".join(filter(None, [m.kind.upper() + ":", m.title,
                                           translate("Reports", "at {place}").format(
                                               place=m.location) if m.location else ""])))
        for m in meetings]
    dated += [(v.starts_at, (translate("Reports", "Visit at {place}").format(place=v.place_name)
                             if v.place_name else translate("Reports", "Visit"))
               + (f": {v.purpose}" if v.purpose else "")) for v in visits]
    dated.sort(key=lambda pair: pair[0])
    return tuple(Line(format_date(when, "d MMM yyyy, HH:mm"), text)
                 for when, text in dated[:COMING_UP_LIMIT])


def _risks(session: Session, yp_id: str, entry: DsrEntry | None) -> tuple[tuple[str, str], ...]:
    out = []
    if entry is not None:
        out += [(translate("Reports", "Current issues"), entry.current_issues),
                (translate("Reports", "What has been tried"), entry.tried),
                (translate("Reports", "What reduces risk"), entry.reduces_risk),
                (translate("Reports", "Action plan"), entry.action_plan)]
    open_escalations = session.scalars(select(Escalation).where(
        Escalation.young_person_id == yp_id, Escalation.deleted_at.is_(None),
        Escalation.resolved_on.is_(None))).all()
    if open_escalations:
        out.append((translate("Reports", "Open escalations"), "\n".join(
            translate("Reports", "{date}: {what} (to {who})").format(
                date=_day(e.raised_on), what=e.what_was_blocked, who=e.escalated_to)
            for e in open_escalations)))
    return tuple((k, v) for k, v in out if v.strip())


def summary_for(session: Session, yp_id: str, now: datetime, prepared_by: str) -> HandoverSummary:
    """The handover summary of one young person as plain values (``KeyError`` if unknown)."""
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    today = now.date()
    header = record_header(session, yp_id, today)
    state = ending_state(session, yp_id)
    entry = _register(session, yp_id)
    rating = _latest_rating(session, yp_id)
    born = (translate("Reports", "{date} (age {age})").format(
        date=_day(yp.date_of_birth), age=age_on(yp.date_of_birth, today))
            if yp.date_of_birth else translate("Reports", "Not recorded"))
    lives = _label(LivingSituation, yp.living_situation)
    if yp.placement_name:
        lives += f": {yp.placement_name}"
        if yp.placement_out_of_area:
            lives += " " + translate("Reports", "(out of area)")
    facts = ((translate("Reports", "Date of birth"), born),
             (translate("Reports", "Pronouns"), yp.pronouns),
             (translate("Reports", "NHS number"), yp.nhs_number),
             (translate("Reports", "Where they live"), lives),
             (translate("Reports", "Address"), yp.address))
    about = ((translate("Reports", "What matters to them"), yp.what_matters),
             (translate("Reports", "People they like"), yp.people_like),
             (translate("Reports", "How to support them"), yp.how_to_support),
             (translate("Reports", "Interests"), yp.interests))
    rag = translate("Reports", "Not rated")
    if rating is not None:
        rag = translate("Reports", "{rating}, rated {date}").format(
            rating=_label(Rag, rating.rating), date=_day(rating.rated_on))
        if rating.rationale.strip():
            rag += f": {rating.rationale.strip()}"
    register = translate("Reports", "Not on the register")
    if entry is not None:
        register = _label(DsrStatus, entry.status)
        if entry.status_on:
            register += " " + translate("Reports", "since {date}").format(
                date=_day(entry.status_on))
        if entry.review_on:
            register += "; " + translate("Reports", "review due {date}").format(
                date=_day(entry.review_on))
    status = [(translate("Reports", "RAG rating"), rag),
              (translate("Reports", "Register"), register),
              (translate("Reports", "Keyworker now"),
               header.keyworker or translate("Reports", "No keyworker allocated")),
              (translate("Reports", "Leaving date"), _day(yp.leaving_date))]
    if state.closure is not None:
        status.append((translate("Reports", "Involvement closed"),
                       f"{_day(state.closure.closed_on)} ({state.closure.reason})"))
    recorded = state.handover_recorded
    handover = (
        (translate("Reports", "Handover to"), state.handover_to if recorded else ""),
        (translate("Reports", "Handover date"), _day(state.handover_on) if recorded else ""),
        (translate("Reports", "Family's permission"),
         translate("Reports", "Yes, recorded") if recorded
         else translate("Reports", "Not recorded")),
        (translate("Reports", "Transition due by"), _day(state.transition_due_on)),
    )
    return HandoverSummary(
        name=header.name, known_as=header.known_as, facts=facts,
        communication=header.communication, about=about,
        family=_family(session, yp_id), network=_network(session, yp_id),
        status=tuple(status), consents=_consents(session, yp_id),
        risks=_risks(session, yp_id, entry), open_actions=_open_actions(session, yp_id),
        coming_up=_coming_up(session, yp_id, now), step_down_plan=state.step_down_plan,
        handover=handover, permission_given=state.handover_recorded, prepared_on=today,
        prepared_by=prepared_by or translate("Reports", "the keyworker"))


def handover_pdf(session: Session, yp_id: str, now: datetime) -> bytes:
    """The handover summary PDF; audits that a copy was made. Run in a transaction."""
    ctx: WriteContext = session.info["write_context"]
    pdf = build_handover_pdf(summary_for(session, yp_id, now, ctx.actor))
    session.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device,
                           action="export", entity="young_person", record_id=yp_id,
                           young_person_id=yp_id, detail="Handover summary (PDF)"))
    return pdf
