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
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value.day} {value:%B %Y, %H:%M}"
    return f"{value.day} {value:%B %Y}"


def lines(*pairs: tuple[str, Any]) -> list[str]:
    """"Caption: value" for each pair with a value."""
    out = []
    for caption, value in pairs:
        text = day(value) if isinstance(value, date | datetime) else value
        if isinstance(text, bool):
            text = "yes" if text else ""
        if text:
            out.append(f"{caption}: {text}")
    return out


def _live(session: Session, cls: type[M], yp_id: str, *order: Any) -> list[M]:
    return list(session.scalars(select(cls).where(cls.young_person_id == yp_id,
                                                  cls.deleted_at.is_(None))
                                .order_by(*order, cls.created_at)))


def _section(title: str, rows: Iterable[M], entry: Callable[[M], Entry]) -> Section:
    return Section(title, [entry(r) for r in rows])


def _profile(yp: YoungPerson) -> Section:
    return Section("About them", [Entry(f"{yp.given_name} {yp.family_name}".strip(), lines(
        ("Preferred name", yp.preferred_name), ("Date of birth", yp.date_of_birth),
        ("Pronouns", yp.pronouns), ("NHS number", yp.nhs_number), ("Address", yp.address),
        ("Living situation", label(vocab.LivingSituation, yp.living_situation)),
        ("Placement", yp.placement_name),
        ("Placement out of area", yp.placement_out_of_area),
        ("Admitted", yp.admission_date), ("Leaving", yp.leaving_date),
        ("Communication", yp.communication_needs), ("Uses easy read", yp.uses_easy_read),
        ("Uses signs", yp.uses_signs), ("Uses drawing", yp.uses_drawing),
        ("What matters to them", yp.what_matters), ("What people like about them",
                                                    yp.people_like),
        ("How to support them", yp.how_to_support), ("Interests", yp.interests),
        ("Photograph held", bool(yp.photo_png)), ("Closed", yp.closed_on)))])


def summary_sections(session: Session, yp_id: str, *, actor: str,
                     today: date) -> tuple[str, list[str], list[Section]]:
    """The title, the opening lines and the sections of the summary PDF."""
    yp = session.get(YoungPerson, yp_id)
    if yp is None:
        raise KeyError(yp_id)
    name = f"{yp.given_name} {yp.family_name}".strip()
    intro = [f"Everything this laptop holds about {name}, as it stood on {day(today)}, "
             f"exported by {actor or 'the keyworker'} for a subject access request.",
             "The full record, including anything removed from it, is in record.json; "
             "attached documents are in the attachments folder. This copy is not encrypted."]
    sections = [
        _profile(yp),
        _section("Dynamic Support Register", _live(session, DsrEntry, yp_id), lambda e: Entry(
            f"Register entry: {label(vocab.DsrStatus, e.status)}", lines(
                ("Referred by", e.referred_by), ("Referred on", e.referred_on),
                ("Status since", e.status_on), ("Decided by", e.decided_by),
                ("Reason", e.decision_reason), ("Triaged on", e.triaged_on),
                ("Triage outcome", e.triage_outcome), ("Current issues", e.current_issues),
                ("Tried so far", e.tried), ("What reduces risk", e.reduces_risk),
                ("Action plan", e.action_plan), ("Review on", e.review_on)))),
        _section("RAG ratings", _live(session, RagRating, yp_id, RagRating.rated_on),
                 lambda r: Entry(f"{day(r.rated_on)}: {label(vocab.Rag, r.rating)}",
                                 lines(("Why", r.rationale)))),
        _section("Consent", _live(session, Consent, yp_id, Consent.given_on), lambda c: Entry(
            f"{label(vocab.ConsentKind, c.kind)}: "
            + ("withdrawn" if c.withdrawn_on else "given" if c.given else "refused"), lines(
                ("Given by", label(vocab.ConsentGiver, c.given_by)), ("Name", c.giver_name),
                ("On", c.given_on), ("Withdrawn on", c.withdrawn_on),
                ("Capacity", c.capacity_noted), ("How recorded", c.how_recorded),
                ("Shared with", c.share_with), ("Why (best interests)", c.decision_reason),
                ("Review on", c.review_on),
                ("Signed form attached", bool(c.signed_document_id))))),
        _section("Keyworkers", _live(session, Allocation, yp_id, Allocation.starts_on),
                 lambda a: Entry(f"{a.staff.name}: {label(vocab.AllocationRole, a.role)}", lines(
                     ("From", a.starts_on), ("Until", a.ends_on),
                     ("Why", label(vocab.ChangeReason, a.change_reason)), ("Notes", a.notes),
                     ("Line manager told on", a.line_manager_notified_on),
                     ("Signed agreement attached", bool(a.agreement_document_id))))),
        _section("Family and carers", _live(session, FamilyMember, yp_id, FamilyMember.name),
                 lambda f: Entry(f"{f.name} ({label(vocab.FamilyRelationship, f.relation)})",
                                 lines(("Parental responsibility", f.parental_responsibility),
                                       ("Lives with them", f.lives_with_young_person),
                                       ("Phone", f.phone), ("Email", f.email),
                                       ("Address", f.address), ("Notes", f.notes)))),
        _section("Network of professionals", _live(session, NetworkLink, yp_id),
                 lambda n: Entry(
                     ", ".join(filter(None, (n.professional.name, n.professional.role,
                                             n.professional.agency))),
                     lines(("Relationship", n.relationship_to_young_person),
                           ("How they help", n.how_they_help),
                           ("Last contact", n.last_contact_on)))),
        _section("Important dates", _live(session, ImportantDate, yp_id, ImportantDate.on),
                 lambda d: Entry(f"{day(d.on)}: {d.label}", lines(("Notes", d.notes)))),
        _section("Visits", _live(session, Visit, yp_id, Visit.starts_at), lambda v: Entry(
            f"{day(v.starts_at)}: {v.place_name or label(vocab.PlaceType, v.place_type)} "
            f"({label(vocab.VisitStatus, v.status)})", lines(
                ("Who was there", v.who_was_there), ("Purpose", v.purpose),
                ("Notes", v.notes)))),
        _notes(session, yp_id),
        _section("Goals", _live(session, Goal, yp_id, Goal.set_on), lambda g: Entry(
            g.description, lines(("In their words", g.in_their_words), ("Set on", g.set_on),
                                 ("Agreed with", g.agreed_with),
                                 ("Achieved on", g.achieved_on)))),
        _section("Meetings", _live(session, Meeting, yp_id, Meeting.held_at), lambda m: Entry(
            f"{day(m.held_at)}: {label(vocab.MeetingKind, m.kind)} {m.title}".strip(), lines(
                ("Where", m.location), ("Who came", m.attendees), ("Notes", m.notes)))),
        _section("Actions", _live(session, Action, yp_id, Action.due_on), lambda a: Entry(
            a.description, lines(("Owner", a.owner_name), ("Due", a.due_on),
                                 ("Status", label(vocab.ActionStatus, a.status)),
                                 ("Follow-up", a.follow_up),
                                 ("Last chased", a.last_chased_on)))),
        _documents(session, yp_id),
        _section("Ending involvement", _live(session, Ending, yp_id), lambda e: Entry(
            f"Closed on {day(e.closed_on)}" if e.closed_on else "Ending planned", lines(
                ("Step-down plan", e.step_down_plan), ("Handed over to", e.handover_to),
                ("Family agreed to the handover", e.family_permission_for_handover),
                ("Handover on", e.handover_on), ("Reason", e.reason),
                ("Outcome", e.outcome), ("Reopened on", e.reopened_on),
                ("Why reopened", e.reopen_reason)))),
    ]
    return f"Record of {name}", intro, sections


def _notes(session: Session, yp_id: str) -> Section:
    addenda: dict[str, list[Addendum]] = {}
    for a in _live(session, Addendum, yp_id, Addendum.signed_at):
        addenda.setdefault(a.session_note_id, []).append(a)
    entries = []
    for n in _live(session, SessionNote, yp_id, SessionNote.session_on):
        status = (f"final, signed by {n.finalised_by}" if n.status == "final" else "draft")
        extra = [f"Addendum {day(a.signed_at)} by {a.signed_by}: {a.text}"
                 for a in addenda.get(n.id, [])]
        entries.append(Entry(f"{day(n.session_on)}: session note ({status})", [*lines(
            ("In their own words", n.own_words), ("Discussed", n.discussed),
            ("Agreed", n.agreed), ("Concerns", n.concerns)), *extra]))
    return Section("Keyworker session notes", entries)


def _documents(session: Session, yp_id: str) -> Section:
    return Section("Documents", [
        Entry(d.filename, lines(("Kind", label(DocumentKind, d.kind)),
                                ("Size", size_text(d.size_bytes)), ("Added (UTC)", d.added_at),
                                ("Signed on", d.signed_on)))
        for d in documents_for(session, yp_id)])
