"""The sync protocol's wire format (v1): every request and response body, typed once.

The central store validates what it is sent by decoding it into these types, and its
OpenAPI document is generated from them (:mod:`.server.openapi`); the laptop builds its
pushes from them. msgspec rather than pydantic: on a 10,000-change push (6 MB) it
decodes and validates in 16 ms where pydantic v2 takes 47 ms and the hand-written
validator 190 ms, and it refuses NaN, infinities and over-long numbers while decoding.

Field values (``fields``) are JSON values checked per column by
:func:`.entities.field_problems`, which derives them from the store's own columns.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from typing import Annotated, Any, Literal

import msgspec
from msgspec import Meta, Struct

PROTOCOL = 1
# Changes in one push (500 before): a first sync of a caseload is 25,000 changes, and each
# push has its fixed costs (a request, a transaction, a commit) on both sides.
MAX_BATCH = 2000
# Changes in one pulled page (2,000 before): each page is a transaction on the laptop with
# its fixed costs (its look-ups, its commit, a segment of the full-text index, the last
# pages of each table and index written again), so a new laptop's first sync of a caseload
# (35,601 changes) took 1.70 s in pages of 8,000 against 1.86 s in pages of 2,000, run
# alternately. MAX_PAGE_BYTES still ends a page of long values sooner.
MAX_PAGE = 8000
# One document at its cap (entities.MAX_BINARY_BYTES, base64 is 4/3 of it) and its record
# fit in one push; the laptop keeps every other push under MAX_PUSH_BATCH_BYTES.
MAX_PUSH_BODY = 32 * 1024 * 1024
MAX_PUSH_BATCH_BYTES = 4 * 1024 * 1024
# A pulled page stops after the change that takes it past this many bytes of values.
MAX_PAGE_BYTES = 8 * 1024 * 1024
HLC_PATTERN = r"^\d{15}-\d{6}-[A-Za-z0-9_.:-]{0,64}$"
_MAX_SEQ = 2**62

Id = Annotated[str, Meta(min_length=1, max_length=36)]
Entity = Annotated[str, Meta(min_length=1, max_length=40)]
Author = Annotated[str, Meta(min_length=1, max_length=120)]
Device = Annotated[str, Meta(min_length=1, max_length=64)]
Hlc = Annotated[str, Meta(pattern=HLC_PATTERN, max_length=96,
                          description="hybrid logical clock stamp: wall ms, counter, device")]
Seq = Annotated[int, Meta(ge=0, lt=_MAX_SEQ)]
Op = Literal["insert", "update", "delete"]
Fields = Annotated[dict[str, Any], Meta(
    description="field name to JSON value; each is checked against its column")]


class PushChange(Struct, forbid_unknown_fields=True, omit_defaults=True):
    """One change a laptop sends (idempotent by ``change_id``)."""

    change_id: Id
    entity: Entity
    record_id: Id
    op: Op
    fields: Fields
    base_version: Seq
    hlc: Hlc
    author: Author
    device: Device
    young_person_id: Id | None = None
    resolves: Annotated[list[Id], Meta(max_length=50)] = []
    # Sent by older laptops and ignored.
    version: int | None = None
    seq: int | None = None


class PushBody(Struct, forbid_unknown_fields=True):
    changes: Annotated[list[PushChange], Meta(max_length=MAX_BATCH)]
    protocol: Literal[1] = 1


class Refusal(Struct, omit_defaults=True):
    """Why one change was not accepted: a code, words without personal data, and the
    fields and limit concerned (names only)."""

    code: str
    message: str
    fields: list[str] = []
    limit: int | None = None


class PushResult(Struct, omit_defaults=True):
    change_id: str
    status: Literal["applied", "merged", "conflict", "duplicate", "rejected"]
    seq: int | None = None
    version: int | None = None
    conflicts: list[str] = []
    error: Refusal | None = None


class PushResponse(Struct):
    results: list[PushResult]
    cursor: int  # the log's newest sequence number, as the answer was made
    scope: str = ""  # the caller's scope digest then, as a pull gives it ("": unknown)


class ConflictSide(Struct):
    value: Any
    author: str
    device: str
    hlc: str


class ConflictOut(Struct):
    id: str
    entity: str
    record_id: str
    young_person_id: str | None
    field: str
    kind: str
    base: Any
    current: ConflictSide
    incoming: ConflictSide
    status: str


class PulledChange(Struct, omit_defaults=True):
    """A change as stored centrally. Deliberately loose (plain strings): a page must reach
    the laptop even if it holds a value stored before the central store checked them."""

    seq: int
    change_id: str
    entity: str
    record_id: str
    young_person_id: str | None
    op: str
    fields: dict[str, Any]
    version: int
    hlc: str
    author: str
    device: str
    conflicts: list[ConflictOut] = []
    resolved: list[str] = []
    submitted: dict[str, Any] | None = None


class PullArgs(Struct, forbid_unknown_fields=True):
    after: Seq = 0
    limit: Annotated[int, Meta(ge=1, description=f"at most {MAX_PAGE}; larger is lowered")] = \
        MAX_PAGE


class PullPage(Struct):
    changes: list[PulledChange]
    cursor: int
    more: bool
    latest: int
    scope: str


class PulledChangeText(Struct, omit_defaults=True):
    """:class:`PulledChange` as the central store writes it: ``fields`` and ``submitted``
    are the JSON objects it stored (checked when pushed, and written by it), passed on as
    their text rather than parsed and encoded again (a third of a pulled page's work).
    The same names, order and defaults (tests/sync/test_wire.py holds them so): the JSON
    is what :class:`PullPage` documents."""

    seq: int
    change_id: str
    entity: str
    record_id: str
    young_person_id: str | None
    op: str
    fields: msgspec.Raw
    version: int
    hlc: str
    author: str
    device: str
    conflicts: list[ConflictOut] = []
    resolved: list[str] = []
    submitted: msgspec.Raw | None = None


class PullPageText(Struct):
    """:class:`PullPage` of :class:`PulledChangeText`."""

    changes: list[PulledChangeText]
    cursor: int
    more: bool
    latest: int
    scope: str


class RegisterBody(Struct, forbid_unknown_fields=True):
    user: Annotated[str, Meta(min_length=1, max_length=1000)]
    password: Annotated[str, Meta(min_length=1, max_length=1000)]
    device_name: Annotated[str, Meta(max_length=200)] = ""
    device_id: Annotated[str, Meta(max_length=64)] = ""


class Registered(Struct):
    token: str
    device: str
    user: str
    role: str
    # The laptop's own staff record ("me"): its id comes from the account name.
    staff_id: str = ""


class WipedBody(Struct, forbid_unknown_fields=True):
    """A revoked laptop's report of its wipe: how many of its changes never synced."""

    unsynced: Annotated[int, Meta(ge=0, lt=2**31)]


class WipeRecorded(Struct):
    recorded: bool


class Scope(Struct):
    young_person_ids: list[str]
    digest: str


class Status(Struct, omit_defaults=True):
    protocol: int
    server_time: str
    latest_seq: int
    user: str | None = None
    role: str | None = None
    team: str | None = None


# -- the organisation's report (GET /v1/report, managers only; docs/reports.md) -------
Count = Annotated[int | Annotated[str, Meta(pattern=r"^<\d+$")], Meta(
    description='a count; with suppress, 1 to threshold-1 is written "<threshold"')]


class ReportArgs(Struct, forbid_unknown_fields=True, rename={"from_": "from"}):
    """The report's query: a period (both days included) and what `keyworker-central
    report` takes besides."""

    from_: Annotated[date, Meta(description="first day, YYYY-MM-DD")]
    to: Annotated[date, Meta(description="last day, YYYY-MM-DD, on or after from")]
    team: Annotated[str, Meta(
        min_length=1, max_length=100,
        description="only the young people allocated to this team's users (default: the "
                    "whole organisation)")] | None = None
    suppress: Annotated[bool, Meta(description="hide small counts")] = False
    threshold: Annotated[int, Meta(ge=2, le=20)] = 5
    caseload_limit: Annotated[int, Meta(ge=1, le=20, description="families per "
                                        "keyworker")] = 2


class ReportPeriod(Struct, rename={"from_": "from"}):
    from_: str
    to: str


class RagCounts(Struct):
    red: Count
    amber: Count
    green: Count
    blue: Count


class RagMovement(Struct, rename={"from_": "from"}):
    from_: str
    to: str
    count: Count


class AgencyActions(Struct):
    agency: str
    open: Count
    done: Count
    overdue: Count


class OverduePoint(Struct):
    on: str
    overdue: Count


class OverdueOverTime(Struct):
    step: str
    points: list[OverduePoint]
    excluded_done_day_unknown: Count
    excluded_cancelled: Count


class LevelEscalations(Struct):
    level: str
    raised: Count
    resolved: Count


class BudgetFigures(Struct):
    spent_pence: int | None
    young_people: Count
    mean_per_young_person_pence: int | None


class GoalFigures(Struct):
    rated: Count
    improved: Count


class CaseloadSize(Struct):
    families: int
    keyworkers: Count


class CaseloadFigures(Struct):
    limit: int
    keyworkers: Count
    keyworkers_over_limit: Count
    by_families: list[CaseloadSize]


class CentralReport(Struct, omit_defaults=True):
    """The organisation's counts for a period: never a name or an id."""

    period: ReportPeriod
    team: str | None
    young_people: Count
    open_at_end: Count
    rag_at_end: RagCounts
    rag_movements: list[RagMovement]
    referrals: Count
    accepted: Count
    declined: Count
    median_days_referral_to_allocation: float | None
    allocations_measured: Count
    inpatients_at_end: Count
    closed: Count
    consents_withdrawn: Count
    cetrs_held: Count
    cetr_actions: list[AgencyActions]
    actions_overdue_over_time: OverdueOverTime
    escalations: list[LevelEscalations]
    budget: BudgetFigures
    goals: GoalFigures
    caseloads: CaseloadFigures
    suppressed_below: int | None = None


class ErrorDetail(Struct):
    code: str
    message: str
    details: dict[str, Any] = {}


class ErrorBody(Struct):
    error: ErrorDetail


_push_decoder = msgspec.json.Decoder(PushBody)
_encoder = msgspec.json.Encoder()


def decode_push(raw: bytes) -> PushBody:
    """A push body, or ``msgspec.ValidationError`` / ``msgspec.DecodeError``."""
    return _push_decoder.decode(raw)


_any_decoder = msgspec.json.Decoder()


def decode_json(raw: bytes) -> Any:
    """An answer's JSON value (about half the time ``json.loads`` takes on a pulled page)."""
    return _any_decoder.decode(raw)


def scope_digest(young_person_ids: Iterable[str]) -> str:
    """The digest of a scope as pulls carry it: of its young people's ids, each once, in
    code point order (as Python sorts them; UTF-8's byte order, SQLite's and PostgreSQL's
    "C")."""
    return hashlib.sha256("\n".join(sorted(set(young_person_ids))).encode()).hexdigest()[:32]


def encode(value: Any) -> bytes:
    return _encoder.encode(value)


def encoded_size(value: Any) -> int:
    """Bytes ``value`` takes as JSON on the wire."""
    return len(_encoder.encode(value))
