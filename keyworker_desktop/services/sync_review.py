"""What the sync screens show, in plain terms: names, record and field titles, history.

No Qt, no HTTP: reads the store (and the sync bookkeeping through
``sync.conflicts``) so the dialogs in ``ui/sync/`` only lay things out. Functions
return words in the reader's language; the constants are marked in the "SyncReview"
context and translated where shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, LargeBinary, func, inspect, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.dates import format_date
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson, synced_models
from keyworker_desktop.store.models.sync import LocalConflict
from keyworker_desktop.store.opchanges import OpChanges, Written
from keyworker_desktop.sync import conflicts
from keyworker_desktop.sync.conflicts import ConflictView
from keyworker_desktop.sync.entities import decode_value, entities
from keyworker_desktop.sync.outcome import RejectedChange

SHARED = QT_TRANSLATE_NOOP("SyncReview", "Shared records (staff, professionals)")
ENTITY_TITLES = {
    "young_person": QT_TRANSLATE_NOOP("SyncReview", "Profile"),
    "family_member": QT_TRANSLATE_NOOP("SyncReview", "Family member"),
    "staff": QT_TRANSLATE_NOOP("SyncReview", "Staff member"),
    "allocation": QT_TRANSLATE_NOOP("SyncReview", "Keyworker allocation"),
    "consent": QT_TRANSLATE_NOOP("SyncReview", "Consent"),
    "visit": QT_TRANSLATE_NOOP("SyncReview", "Visit"),
    "session_note": QT_TRANSLATE_NOOP("SyncReview", "Session note"),
    "addendum": QT_TRANSLATE_NOOP("SyncReview", "Addendum"),
    "checklist": QT_TRANSLATE_NOOP("SyncReview", "Checklist"),
    "checklist_item": QT_TRANSLATE_NOOP("SyncReview", "Checklist item"),
    "network_link": QT_TRANSLATE_NOOP("SyncReview", "Network link"),
    "professional": QT_TRANSLATE_NOOP("SyncReview", "Professional"),
    "dsr_entry": QT_TRANSLATE_NOOP("SyncReview", "Dynamic support register"),
    "rag_rating": QT_TRANSLATE_NOOP("SyncReview", "RAG rating"),
    "outcome_rating": QT_TRANSLATE_NOOP("SyncReview", "Outcome rating"),
    "goal": QT_TRANSLATE_NOOP("SyncReview", "Goal"),
    "ending": QT_TRANSLATE_NOOP("SyncReview", "Ending"),
    "meeting": QT_TRANSLATE_NOOP("SyncReview", "Meeting"),
    "action": QT_TRANSLATE_NOOP("SyncReview", "Action"),
    "escalation": QT_TRANSLATE_NOOP("SyncReview", "Escalation"),
    "budget_spend": QT_TRANSLATE_NOOP("SyncReview", "Personal budget spend"),
    "document": QT_TRANSLATE_NOOP("SyncReview", "Document"),
    "important_date": QT_TRANSLATE_NOOP("SyncReview", "Important date"),
}
# Plain reasons for a change the central store did not accept (it stays on the laptop).
REFUSAL_REASONS = {
    "out_of_scope": QT_TRANSLATE_NOOP(
        "SyncReview", "this young person is not allocated to you on the central store"),
    "forbidden": QT_TRANSLATE_NOOP("SyncReview", "your account may not change records"),
    "malformed": QT_TRANSLATE_NOOP("SyncReview", "the central store could not read it"),
    "invalid": QT_TRANSLATE_NOOP(
        "SyncReview", "the central store found something missing or wrong in it"),
    "too_large": QT_TRANSLATE_NOOP("SyncReview", "it is larger than the central store takes"),
}
# Attributes that name a record well enough to find it, first match wins.
_LABEL_ATTRS = ("name", "title", "label", "item", "description", "text", "place_name")
_DATE_ATTRS = ("starts_at", "session_on", "held_at", "rated_on", "raised_on", "spent_on",
               "on", "referred_on", "set_on", "given_on", "starts_on", "signed_at")


def entity_title(entity: str) -> str:
    """The record kind in the reader's language."""
    title = ENTITY_TITLES.get(entity)
    return translate("SyncReview", title) if title else entity.replace("_", " ").capitalize()


def field_title(field: str) -> str:
    """``preferred_name`` → "Preferred name"; ``deleted_at`` is the record's deletion."""
    if field == "deleted_at":
        return translate("SyncReview", "Deleted")
    return field.replace("_", " ").capitalize()


def refusal_reason(code: str, message: str) -> str:
    """Why the central store refused a change, in the reader's language (its own message,
    in English, for a code this laptop does not know)."""
    reason = REFUSAL_REASONS.get(code)
    if reason is not None:
        return translate("SyncReview", reason)
    return message or translate("SyncReview", "the central store did not accept it")


def refusal(r: RejectedChange) -> tuple[str, dict[str, str]]:
    """Why a change was not accepted, as (words in the reader's language, their
    parameters): the fields it names and the limit they passed; the caller formats."""
    if r.code == "too_large" and r.fields:
        fields = ", ".join(field_title(f) for f in r.fields)
        limit = r.limit or 0
        if any(_column_kind(r.entity, f) == "bytes" for f in r.fields):
            size = (f"{limit / 1024 / 1024:g} MB" if limit >= 1024 * 1024
                    else f"{limit / 1024:g} KB")
            return (translate("SyncReview",
                              "{fields}: larger than the central store takes (at most {size})"),
                    {"fields": fields, "size": size})
        return (translate("SyncReview", "{fields}: longer than the central store takes "
                                        "(at most {limit} characters)"),
                {"fields": fields, "limit": f"{limit:,}"})
    if r.code == "invalid" and r.fields:
        return (translate("SyncReview", "{fields}: a value the central store cannot hold"),
                {"fields": ", ".join(field_title(f) for f in r.fields)})
    return refusal_reason(r.code, r.message), {}


# Marked: shown with translate("SyncReview", UNREADABLE).format(field=...).
UNREADABLE = QT_TRANSLATE_NOOP(
    "SyncReview", "{field}: a value received from the central store that this laptop cannot "
    "hold. It was not applied and is kept in the record's history.")


def _column_kind(entity: str, field: str) -> str:
    model = synced_models().get(entity)
    columns: Any = inspect(model).columns if model is not None else {}
    column = columns.get(field)
    if column is not None and isinstance(column.type, LargeBinary | JSON):
        return "bytes"
    return "text"


def hlc_time(hlc: str) -> datetime | None:
    """The local wall time a hybrid logical clock stamp was taken at (for "when")."""
    try:
        wall_ms = int(hlc.split("-", 1)[0])
    except (ValueError, AttributeError):
        return None
    if wall_ms <= 0:
        return None
    return datetime.fromtimestamp(wall_ms / 1000, tz=UTC).astimezone().replace(
        tzinfo=None)


def young_person_names(session: Session, ids: set[str | None] | set[str]) -> dict[str, str]:
    """Display names by id; unknown ids (not on this laptop) are left out."""
    wanted = [i for i in ids if i]
    if not wanted:
        return {}
    rows = session.scalars(select(YoungPerson).where(YoungPerson.id.in_(wanted)))
    return {yp.id: yp.display_name for yp in rows}


@dataclass(frozen=True)
class PendingRow:
    """Changes waiting to go up for one young person (``young_person_id`` None: shared)."""

    young_person_id: str | None
    name: str
    count: int


def pending_rows(session: Session, pending: dict[str | None, int]) -> list[PendingRow]:
    """``SyncClient.pending_by_young_person`` with names, by name, shared records last."""
    names = young_person_names(session, set(pending))
    rows = [PendingRow(yp, names.get(yp, translate("SyncReview", "A young person not on this "
                                                   "laptop")) if yp
                       else translate("SyncReview", SHARED), n)
            for yp, n in pending.items() if n]
    return sorted(rows, key=lambda r: (r.young_person_id is None, r.name.casefold()))


def record_label(session: Session, entity: str, record_id: str) -> str:
    """"Visit, 3 Mar 2025 — Oak Tree Primary": the kind of record and what names it."""
    title = entity_title(entity)
    model = synced_models().get(entity)
    obj = session.get(model, record_id) if model is not None else None
    if obj is None or entity == "young_person":
        return title
    label = title
    for attr in _DATE_ATTRS:
        value = getattr(obj, attr, None)
        if value is not None:
            label += ", " + format_date(value, "dd MMM yyyy")
            break
    for attr in _LABEL_ATTRS:
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            label += " — " + (text if len(text) <= 40 else text[:39] + "…")
            break
    return label


def is_text_field(entity: str, field: str) -> bool:
    info = entities().get(entity)
    return info is not None and field in info.text_fields


@dataclass(frozen=True)
class ConflictRow:
    """One conflict with everything the dialog shows about it."""

    conflict: ConflictView
    young_person: str
    record: str
    field: str
    is_text: bool
    mine: dict[str, Any] | None  # this laptop's side, if it wrote one
    theirs: dict[str, Any]

    @property
    def open(self) -> bool:
        return self.conflict.status == "open"


def _row(session: Session, c: ConflictView, device_id: str,
         names: dict[str, str]) -> ConflictRow:
    mine = c.mine(device_id)
    theirs = c.incoming if mine is c.current else c.current
    return ConflictRow(
        conflict=c,
        young_person=names.get(c.young_person_id or "", translate("SyncReview", SHARED)
                               if not c.young_person_id
                               else translate("SyncReview", "A young person not on this laptop")),
        record=record_label(session, c.entity, c.record_id), field=field_title(c.field),
        is_text=c.kind == "text" or is_text_field(c.entity, c.field),
        mine=mine, theirs=theirs)


def conflict_rows(store: Store, young_person_id: str | None = None, *,
                  include_resolved: bool = False) -> list[ConflictRow]:
    """Open conflicts (and, if asked, settled ones, newest first after them), with names."""
    views = conflicts.open_conflicts(store, young_person_id)
    with store.session() as s:
        if include_resolved:
            q = select(LocalConflict).where(LocalConflict.status != "open")
            if young_person_id is not None:
                q = q.where(LocalConflict.young_person_id == young_person_id)
            for c in s.scalars(q.order_by(LocalConflict.opened_at.desc()).limit(200)):
                views.append(ConflictView(c.id, c.entity, c.record_id, c.young_person_id,
                                          c.field, c.kind, c.base, c.current, c.incoming,
                                          c.status))
        names = young_person_names(s, {v.young_person_id for v in views})
        return [_row(s, v, store.device_id, names) for v in views]


def open_conflict_count(session: Session, young_person_id: str | None = None) -> int:
    q = select(func.count()).select_from(LocalConflict).where(LocalConflict.status == "open")
    if young_person_id is not None:
        q = q.where(LocalConflict.young_person_id == young_person_id)
    return int(session.scalar(q) or 0)


@dataclass(frozen=True)
class HistoryEntry:
    """One value a field held, with who set it and when."""

    value: Any
    author: str
    at: datetime | None
    kind: str  # applied / submitted / conflict / current
    device: str


def field_history(store: Store, entity: str, record_id: str, field: str) -> list[HistoryEntry]:
    """Every value of one field synced to or from this laptop, oldest first, and the current one.

    A value that came back unchanged (the same value, author and time) is listed once.
    """
    out: list[HistoryEntry] = []
    seen: set[tuple[str, str, str]] = set()
    for h in conflicts.history(store, record_id):
        if field not in h["values"]:
            continue
        value = h["values"][field]
        key = (repr(value), h["author"], h["hlc"])
        if key in seen:
            continue
        seen.add(key)
        out.append(HistoryEntry(value, h["author"], hlc_time(h["hlc"]), h["kind"], h["device"]))
    model = synced_models().get(entity)
    if model is not None:
        with store.session() as s:
            obj = s.get(model, record_id)
            if obj is not None:
                from keyworker_desktop.store.changes import to_json_value

                out.append(HistoryEntry(to_json_value(getattr(obj, field)),
                                        obj.updated_by or "", None, "current", ""))
    return out


def resolve_conflict(store: Store, conflict_id: str, value: Any) -> Written[str]:
    """Settle a conflict with ``value`` (see ``sync.conflicts.resolve``): the resolution's
    change id, and what it changed (the record, its young person and the conflict)."""
    return store.write(lambda s: conflicts.resolve_in(s, conflict_id, value))


def restore_value(store: Store, entity: str, record_id: str, field: str,
                  value: Any) -> OpChanges:
    """Put an earlier value of a field back, as an ordinary change that syncs.

    Returns what changed: the record and its young person, and the conflicts too,
    whose list names records by their values.
    """
    model = synced_models()[entity]

    def put_back(s: Session) -> str | None:
        obj = s.get(model, record_id)
        if obj is None:
            raise KeyError(record_id)
        setattr(obj, field, decode_value(model, field, value))
        return obj.id if isinstance(obj, YoungPerson) else getattr(obj, "young_person_id", None)

    written = store.write(put_back)
    # Named even when the value was already there, as for a resolution.
    return written.changes | OpChanges.of({entity, LocalConflict.__tablename__},
                                          [written.value] if written.value else [])
