"""The readable part of a subject access export: the current record, section by section.

Only what is on the record now (removed records are in ``record.json`` with their date of
removal). Codes are shown with their plain labels.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain import vocab
from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.easyread.record_summary import Entry, Section
from keyworker_desktop.services.documents import DocumentKind, documents_for, size_text
from keyworker_desktop.store.models import (
    Action,
    Addendum,
    Allocation,
    BelongsToYoungPerson,
    Consent,
    DsrEntry,
    Ending,
    FamilyMember,
    Goal,
    ImportantDate,
    Meeting,
    NetworkLink,
    RagRating,
    SessionNote,
    Visit,
    YoungPerson,
)

M = TypeVar("M", bound=BelongsToYoungPerson)


def label(enum: type[vocab.Labelled], code: str | None) -> str:
    """A code's plain label (the code itself when the vocabulary does not know it)."""
    if not code:
        return ""
    try:
        return enum(code).label
    except ValueError:
        return code


def day(value: date | datetime | None) -> str:
    if isinstance(value, datetime):
        return format_date(value, "d MMMM yyyy, HH:mm")
    return format_date(value, "d MMMM yyyy")


def lines(*pairs: tuple[str, Any]) -> list[str]:
    """"Caption: value" for each pair with a value."""
    out = []
    for caption, value in pairs:
        text = day(value) if isinstance(value, date | datetime) else value
        if isinstance(text, bool):
            text = translate("SubjectAccess", "yes") if text else ""
        if text:
            # Captions are marked where they are written (context "SubjectAccess").
            out.append(f"{translate('SubjectAccess', caption)}: {text}")
    return out


def _live(session: Session, cls: type[M], yp_id: str, *order: Any) -> list[M]:
    return list(session.scalars(select(cls).where(cls.young_person_id == yp_id,
                                                  cls.deleted_at.is_(None))
                                .order_by(*order, cls.created_at)))


def _section(title: str, rows: Iterable[M], entry: Callable[[M], Entry]) -> Section:
    return Section(title, [entry(r) for r in rows])


def _profile(yp: YoungPerson) -> Section:
    name = f"{yp.given_name} {yp.family_name}".strip()
    return Section(translate("SubjectAccess", "About them"), [Entry(name, lines(
        (QT_TRANSLATE_NOOP("SubjectAccess", "Preferred name"), yp.preferred_name),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Date of birth"), yp.date_of_birth),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Pronouns"), yp.pronouns),
        (QT_TRANSLATE_NOOP("SubjectAccess", "NHS number"), yp.nhs_number),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Address"), yp.address),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Living situation"),
         label(vocab.LivingSituation, yp.living_situation)),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Placement"), yp.placement_name),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Placement out of area"), yp.placement_out_of_area),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Admitted"), yp.admission_date),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Leaving"), yp.leaving_date),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Communication"), yp.communication_needs),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Uses easy read"), yp.uses_easy_read),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Uses signs"), yp.uses_signs),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Uses drawing"), yp.uses_drawing),
        (QT_TRANSLATE_NOOP("SubjectAccess", "What matters to them"), yp.what_matters),
        (QT_TRANSLATE_NOOP("SubjectAccess", "What people like about them"), yp.people_like),
        (QT_TRANSLATE_NOOP("SubjectAccess", "How to support them"), yp.how_to_support),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Interests"), yp.interests),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Photograph held"), bool(yp.photo_png)),
        (QT_TRANSLATE_NOOP("SubjectAccess", "Closed"), yp.closed_on)))])


def summary_sections(session: Session, yp_id: str, *, actor: str,
                     today: date) -> tuple[str, list[str], list[Section]]:
    """The title, the opening lines and the sections of the summary PDF."""
    yp = session.get(YoungPerson, yp_id)
    if yp is None:
        raise KeyError(yp_id)
    name = f"{yp.given_name} {yp.family_name}".strip()
    intro = [translate("SubjectAccess", "Everything this laptop holds about {name}, as it stood "
                       "on {date}, exported by {actor} for a subject access request.").format(
                 name=name, date=day(today),
                 actor=actor or translate("SubjectAccess", "the keyworker")),
             translate("SubjectAccess", "The full record, including anything removed from it, is "
                       "in record.json; attached documents are in the attachments folder. This "
                       "copy is not encrypted.")]
    sections = [
        _profile(yp),
        _section(translate("SubjectAccess", "Dynamic Support Register"),
                 _live(session, DsrEntry, yp_id), lambda e: Entry(
            translate("SubjectAccess", "Register entry: {status}").format(
                status=label(vocab.DsrStatus, e.status)), lines(
                (QT_TRANSLATE_NOOP("SubjectAccess", "Referred by"), e.referred_by),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Referred on"), e.referred_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Status since"), e.status_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Decided by"), e.decided_by),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Reason"), e.decision_reason),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Triaged on"), e.triaged_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Triage outcome"), e.triage_outcome),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Current issues"), e.current_issues),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Tried so far"), e.tried),
                (QT_TRANSLATE_NOOP("SubjectAccess", "What reduces risk"), e.reduces_risk),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Action plan"), e.action_plan),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Review on"), e.review_on)))),
        _section(translate("SubjectAccess", "RAG ratings"),
                 _live(session, RagRating, yp_id, RagRating.rated_on),
                 lambda r: Entry(f"{day(r.rated_on)}: {label(vocab.Rag, r.rating)}",
                                 lines(
                                     (QT_TRANSLATE_NOOP("SubjectAccess", "Why"), r.rationale)))),
        _section(translate("SubjectAccess", "Consent"),
                 _live(session, Consent, yp_id, Consent.given_on), lambda c: Entry(
            f"{label(vocab.ConsentKind, c.kind)}: "
            + (translate("SubjectAccess", "withdrawn") if c.withdrawn_on
               else translate("SubjectAccess", "given") if c.given
               else translate("SubjectAccess", "refused")), lines(
                (QT_TRANSLATE_NOOP("SubjectAccess", "Given by"),
                 label(vocab.ConsentGiver, c.given_by)),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Name"), c.giver_name),
                (QT_TRANSLATE_NOOP("SubjectAccess", "On"), c.given_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Withdrawn on"), c.withdrawn_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Capacity"), c.capacity_noted),
                (QT_TRANSLATE_NOOP("SubjectAccess", "How recorded"), c.how_recorded),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Shared with"), c.share_with),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Why (best interests)"), c.decision_reason),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Review on"), c.review_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Signed form attached"),
                 bool(c.signed_document_id))))),
        _section(translate("SubjectAccess", "Keyworkers"),
                 _live(session, Allocation, yp_id, Allocation.starts_on),
                 lambda a: Entry(f"{a.staff.name}: {label(vocab.AllocationRole, a.role)}", lines(
                     (QT_TRANSLATE_NOOP("SubjectAccess", "From"), a.starts_on),
                     (QT_TRANSLATE_NOOP("SubjectAccess", "Until"), a.ends_on),
                     (QT_TRANSLATE_NOOP("SubjectAccess", "Why"),
                      label(vocab.ChangeReason, a.change_reason)),
                     (QT_TRANSLATE_NOOP("SubjectAccess", "Notes"), a.notes),
                     (QT_TRANSLATE_NOOP("SubjectAccess", "Line manager told on"),
                      a.line_manager_notified_on),
                     (QT_TRANSLATE_NOOP("SubjectAccess", "Signed agreement attached"),
                      bool(a.agreement_document_id))))),
        _section(translate("SubjectAccess", "Family and carers"),
                 _live(session, FamilyMember, yp_id, FamilyMember.name),
                 lambda f: Entry(f"{f.name} ({label(vocab.FamilyRelationship, f.relation)})",
                                 lines(
                                     (QT_TRANSLATE_NOOP("SubjectAccess", "Parental responsibility"),
                                      f.parental_responsibility),
                                     (QT_TRANSLATE_NOOP("SubjectAccess", "Lives with them"),
                                      f.lives_with_young_person),
                                     (QT_TRANSLATE_NOOP("SubjectAccess", "Phone"), f.phone),
                                     (QT_TRANSLATE_NOOP("SubjectAccess", "Email"), f.email),
                                     (QT_TRANSLATE_NOOP("SubjectAccess", "Address"), f.address),
                                     (QT_TRANSLATE_NOOP("SubjectAccess", "Notes"), f.notes)))),
        _section(translate("SubjectAccess", "Network of professionals"),
                 _live(session, NetworkLink, yp_id),
                 lambda n: Entry(
                     ", ".join(filter(None, (n.professional.name, n.professional.role,
                                             n.professional.agency))),
                     lines(
                         (QT_TRANSLATE_NOOP("SubjectAccess", "Relationship"),
                          n.relationship_to_young_person),
                         (QT_TRANSLATE_NOOP("SubjectAccess", "How they help"), n.how_they_help),
                         (QT_TRANSLATE_NOOP("SubjectAccess", "Last contact"), n.last_contact_on)))),
        _section(translate("SubjectAccess", "Important dates"),
                 _live(session, ImportantDate, yp_id, ImportantDate.on),
                 lambda d: Entry(f"{day(d.on)}: {d.label}", lines(
                     (QT_TRANSLATE_NOOP("SubjectAccess", "Notes"), d.notes)))),
        _section(translate("SubjectAccess", "Visits"),
                 _live(session, Visit, yp_id, Visit.starts_at), lambda v: Entry(
            f"{day(v.starts_at)}: {v.place_name or label(vocab.PlaceType, v.place_type)} "
            f"({label(vocab.VisitStatus, v.status)})", lines(
                (QT_TRANSLATE_NOOP("SubjectAccess", "Who was there"), v.who_was_there),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Purpose"), v.purpose),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Notes"), v.notes)))),
        _notes(session, yp_id),
        _section(translate("SubjectAccess", "Goals"),
                 _live(session, Goal, yp_id, Goal.set_on), lambda g: Entry(
            g.description, lines(
                (QT_TRANSLATE_NOOP("SubjectAccess", "In their words"), g.in_their_words),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Set on"), g.set_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Agreed with"), g.agreed_with),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Achieved on"), g.achieved_on)))),
        _section(translate("SubjectAccess", "Meetings"),
                 _live(session, Meeting, yp_id, Meeting.held_at), lambda m: Entry(
            f"{day(m.held_at)}: {label(vocab.MeetingKind, m.kind)} {m.title}".strip(), lines(
                (QT_TRANSLATE_NOOP("SubjectAccess", "Where"), m.location),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Who came"), m.attendees),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Notes"), m.notes)))),
        _section(translate("SubjectAccess", "Actions"),
                 _live(session, Action, yp_id, Action.due_on), lambda a: Entry(
            a.description, lines(
                (QT_TRANSLATE_NOOP("SubjectAccess", "Owner"), a.owner_name),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Due"), a.due_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Status"), label(vocab.ActionStatus, a.status)),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Follow-up"), a.follow_up),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Last chased"), a.last_chased_on)))),
        _documents(session, yp_id),
        _section(translate("SubjectAccess", "Ending involvement"),
                 _live(session, Ending, yp_id), lambda e: Entry(
            translate("SubjectAccess", "Closed on {date}").format(date=day(e.closed_on))
            if e.closed_on else translate("SubjectAccess", "Ending planned"), lines(
                (QT_TRANSLATE_NOOP("SubjectAccess", "Step-down plan"), e.step_down_plan),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Handed over to"), e.handover_to),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Family agreed to the handover"),
                 e.family_permission_for_handover),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Handover on"), e.handover_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Reason"), e.reason),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Outcome"), e.outcome),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Reopened on"), e.reopened_on),
                (QT_TRANSLATE_NOOP("SubjectAccess", "Why reopened"), e.reopen_reason)))),
    ]
    return translate("SubjectAccess", "Record of {name}").format(name=name), intro, sections


def _notes(session: Session, yp_id: str) -> Section:
    addenda: dict[str, list[Addendum]] = {}
    for a in _live(session, Addendum, yp_id, Addendum.signed_at):
        addenda.setdefault(a.session_note_id, []).append(a)
    entries = []
    for n in _live(session, SessionNote, yp_id, SessionNote.session_on):
        status = (translate("SubjectAccess", "final, signed by {name}").format(
            name=n.finalised_by) if n.status == "final" else translate("SubjectAccess", "draft"))
        extra = [translate("SubjectAccess", "Addendum {date} by {name}: {text}").format(
                     date=day(a.signed_at), name=a.signed_by, text=a.text)
                 for a in addenda.get(n.id, [])]
        entries.append(Entry(translate("SubjectAccess", "{date}: session note ({status})").format(
            date=day(n.session_on), status=status), [*lines(
            (QT_TRANSLATE_NOOP("SubjectAccess", "In their own words"), n.own_words),
            (QT_TRANSLATE_NOOP("SubjectAccess", "Discussed"), n.discussed),
            (QT_TRANSLATE_NOOP("SubjectAccess", "Agreed"), n.agreed),
            (QT_TRANSLATE_NOOP("SubjectAccess", "Concerns"), n.concerns)), *extra]))
    return Section(translate("SubjectAccess", "Keyworker session notes"), entries)


def _documents(session: Session, yp_id: str) -> Section:
    return Section(translate("SubjectAccess", "Documents"), [
        Entry(d.filename, lines(
            (QT_TRANSLATE_NOOP("SubjectAccess", "Kind"), label(DocumentKind, d.kind)),
            (QT_TRANSLATE_NOOP("SubjectAccess", "Size"), size_text(d.size_bytes)),
            (QT_TRANSLATE_NOOP("SubjectAccess", "Added (UTC)"), d.added_at),
            (QT_TRANSLATE_NOOP("SubjectAccess", "Signed on"), d.signed_on)))
        for d in documents_for(session, yp_id)])
