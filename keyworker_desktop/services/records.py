"""Reading a young person's record: the header, the whole record as data, audit of views."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.rules import age_on
from keyworker_desktop.domain.vocab import AllocationRole, ConsentKind, Rag
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.models import (
    Allocation,
    AuditEvent,
    Base,
    BelongsToYoungPerson,
    Consent,
    NetworkLink,
    RagRating,
    YoungPerson,
)


@dataclass(frozen=True)
class RecordHeader:
    id: str
    name: str
    known_as: str
    age: int | None
    date_of_birth: date | None
    pronouns: str
    rag: str | None
    rag_label: str
    keyworker: str
    consent: str
    has_keyworker_consent: bool
    communication: str
    # The keyworker's signed agreement, when one is attached to the allocation in force.
    agreement_document_id: str | None = None


# The shortest id prefix ``find_young_person`` takes.
MIN_ID_PREFIX = 8


def find_young_person(session: Session, ref: str) -> YoungPerson | None:
    """By id, id prefix (8+ characters) or a unique name match."""
    yp = session.get(YoungPerson, ref)
    if yp is not None and yp.deleted_at is None:
        return yp
    live = select(YoungPerson).where(YoungPerson.deleted_at.is_(None))
    if len(ref) >= MIN_ID_PREFIX:
        rows = session.scalars(live.where(YoungPerson.id.like(f"{ref}%"))).all()
        if len(rows) == 1:
            return rows[0]
    needle = ref.casefold().strip()
    matches = [
        yp for yp in session.scalars(live)
        if needle in (yp.display_name.casefold(), yp.known_as.casefold(),
                      f"{yp.given_name} {yp.family_name}".casefold())
    ]
    return matches[0] if len(matches) == 1 else None


def short_ids(session: Session, length: int = 13) -> dict[str, str]:
    """Each live young person's id cut as short as ``find_young_person`` still resolves.

    At least ``length`` characters (a tidy column), longer where two ids share the
    start: ids made in the same millisecond (the demo caseload) share 13 or more.
    """
    ids = sorted(session.scalars(
        select(YoungPerson.id).where(YoungPerson.deleted_at.is_(None))).all())
    return unique_prefixes(ids, max(length, MIN_ID_PREFIX))


def unique_prefixes(ids: list[str], length: int) -> dict[str, str]:
    """For sorted, distinct ``ids``: each one's shortest prefix (``length``+) no other has."""

    def shared(a: str, b: str) -> int:
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        return n

    out: dict[str, str] = {}
    for i, this in enumerate(ids):
        # Sorted, so the ids sharing the longest start with this one are its neighbours.
        need = max([shared(this, ids[j]) + 1 for j in (i - 1, i + 1) if 0 <= j < len(ids)],
                   default=0)
        out[this] = this[:max(length, need)]
    return out


def young_person_name(session: Session, yp_id: str) -> str:
    """The name a dialog about this young person is titled with (as the record's header)."""
    yp = session.get(YoungPerson, yp_id)
    return f"{yp.given_name} {yp.family_name}".strip() if yp is not None else ""


def live_names(session: Session) -> list[tuple[str, str]]:
    """(id, name) of every young person on the laptop, by name: for "which young person?"."""
    rows = session.execute(
        select(YoungPerson.id, YoungPerson.given_name, YoungPerson.family_name)
        .where(YoungPerson.deleted_at.is_(None))
        .order_by(YoungPerson.given_name, YoungPerson.family_name, YoungPerson.id)
    ).all()
    return [(row.id, f"{row.given_name} {row.family_name}".strip()) for row in rows]


def current_rag(session: Session, yp_id: str) -> str | None:
    return session.scalar(
        select(RagRating.rating)
        .where(RagRating.young_person_id == yp_id, RagRating.deleted_at.is_(None))
        .order_by(RagRating.rated_on.desc(), RagRating.hlc.desc())
        .limit(1)
    )


def consents_in_force(session: Session, yp_id: str) -> set[str]:
    rows = session.scalars(
        select(Consent).where(Consent.young_person_id == yp_id, Consent.deleted_at.is_(None))
    )
    return {c.kind for c in rows if c.in_force}


def record_header(session: Session, yp_id: str, today: date) -> RecordHeader:
    yp = session.get(YoungPerson, yp_id)
    if yp is None:
        raise KeyError(yp_id)
    rag = current_rag(session, yp_id)
    keyworkers = session.scalars(
        select(Allocation).where(Allocation.young_person_id == yp_id, Allocation.ends_on.is_(None),
                                 Allocation.deleted_at.is_(None))
    ).all()
    consents = consents_in_force(session, yp_id)
    consent_text = (", ".join(ConsentKind(k).label for k in sorted(consents))
                    or translate("Record", "No consent recorded"))
    ways = [w for w, on in ((translate("Record", "easy read"), yp.uses_easy_read),
                            (translate("Record", "signs"), yp.uses_signs),
                            (translate("Record", "drawing"), yp.uses_drawing)) if on]
    communication = "; ".join(filter(None, [", ".join(ways).capitalize(), yp.communication_needs]))
    return RecordHeader(
        id=yp.id, name=f"{yp.given_name} {yp.family_name}", known_as=yp.known_as,
        age=age_on(yp.date_of_birth, today) if yp.date_of_birth else None,
        date_of_birth=yp.date_of_birth, pronouns=yp.pronouns, rag=rag,
        rag_label=Rag(rag).label if rag else translate("Record", "Not rated"),
        keyworker=", ".join(a.staff.name for a in keyworkers if a.role != "family_keyworker"),
        consent=consent_text, has_keyworker_consent="keyworker" in consents,
        communication=communication,
        agreement_document_id=next(
            (a.agreement_document_id for a in sorted(
                keyworkers, key=lambda a: a.role != AllocationRole.KEYWORKER)
             if a.agreement_document_id and a.role != AllocationRole.FAMILY_KEYWORKER), None),
    )


def record_view(session: Session, ctx: WriteContext, yp_id: str, what: str = "record") -> None:
    """Audit that the current user looked at a young person's record (append-only)."""
    session.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device, action="view",
                           entity="young_person", record_id=yp_id, young_person_id=yp_id,
                           detail=what))


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    return value


def as_dict(obj: object) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in inspect(type(obj)).column_attrs
            if c.key not in ("content",)}


def whole_record(session: Session, yp_id: str) -> dict[str, Any]:
    """The young person and everything filed under them, as plain data (for ``show --json``)."""
    yp = session.get(YoungPerson, yp_id)
    if yp is None:
        raise KeyError(yp_id)
    out: dict[str, Any] = {"young_person": as_dict(yp)}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        if not issubclass(cls, BelongsToYoungPerson):
            continue
        rows = session.scalars(
            select(cls).where(cls.young_person_id == yp_id, cls.deleted_at.is_(None))
        ).all()
        out[cls.__tablename__] = [as_dict(r) for r in rows]
        if cls is NetworkLink:
            out["professional"] = [as_dict(r.professional) for r in rows]  # type: ignore[attr-defined]
    return out


def photo_data_uri(yp: YoungPerson) -> str | None:
    if not yp.photo_png:
        return None
    return "data:image/png;base64," + base64.b64encode(yp.photo_png).decode()
