"""Importing a service's register from a spreadsheet saved as CSV (issue 11, item 7).

Every row is checked before anything is written; a file with any bad row imports
nothing and says, for each problem, the line (as the spreadsheet numbers it, the
header being line 1), the column and the reason. A good file is written in the
caller's one transaction: the young person, their register entry, the RAG rating,
consent to the register and to a keyworker, and the keyworker's allocation. A young
person held already (the same NHS number, or the same name and date of birth, as
:func:`.referrals.known_already` matches) is skipped, as is a row repeating an
earlier row of the file, so importing the same file twice adds nothing twice.
The columns are described in ``docs/import.md``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import translate
from keyworker_desktop.domain.vocab import AllocationRole, ChangeReason, ConsentKind, DsrStatus
from keyworker_desktop.services.referrals import name_key, nhs_digits, nhs_display
from keyworker_desktop.services.register_rows import COLUMNS, RegisterRow, check_row, column_of
from keyworker_desktop.store.models import (
    Allocation,
    Consent,
    DsrEntry,
    RagRating,
    Staff,
    YoungPerson,
)
from keyworker_desktop.store.row_sink import RowSink

PROGRESS_EVERY = 500
"""Rows between two progress reports (each phase reports its last rows too)."""

Progress = Callable[[str, int, int], None]
"""Told ``(phase, rows done, rows in all)``; the phase is "checked" or "written"."""


class UnreadableFile(Exception):
    """The file is not text a spreadsheet saves as CSV; the message says what to do."""


@dataclass(frozen=True)
class RowProblem:
    """One problem: the spreadsheet's line number, the column's header, the reason."""

    line: int
    column: str
    reason: str


@dataclass
class ImportSummary:
    """What an import did (or, with problems or a dry run, would do)."""

    encoding: str
    rows: int = 0
    added: list[tuple[int, str]] = field(default_factory=list)
    """(line, new young person's id); ids are empty on a dry run."""
    already_held: list[tuple[int, str]] = field(default_factory=list)
    """(line, the id of the young person held already)."""
    repeated: list[tuple[int, int]] = field(default_factory=list)
    """(line, the earlier line of the file it repeats)."""
    staff_added: list[str] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    warnings: list[RowProblem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


def decode(data: bytes) -> tuple[str, str]:
    """The file's text and the encoding it was read in: UTF-8 (a byte-order mark or not),
    else Windows-1252, as older spreadsheets save "CSV"."""
    for encoding, label in (("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            break  # a workbook (.xlsx, .ods) or other binary file, not CSV
        return text, label
    raise UnreadableFile(
        translate(
            "RegisterImport", "The file cannot be read as CSV text (neither UTF-8 nor "
            "Windows-1252). In the spreadsheet, use Save As and choose 'CSV UTF-8 (comma "
            "delimited)', then import that file."))


def _identity(row: RegisterRow) -> tuple[str, tuple[str, str, date] | None]:
    """The keys a young person is matched by: NHS digits, and (names, date of birth)."""
    r = row.referral
    named = None if r.date_of_birth is None else (
        name_key(r.given_name), name_key(r.family_name), r.date_of_birth)
    return nhs_digits(r.nhs_number), named


class _Seen:
    """Young people by NHS number and by name and date of birth, for duplicate look-ups."""

    def __init__(self) -> None:
        self.by_nhs: dict[str, str] = {}
        self.by_name: dict[tuple[str, str, date], str] = {}

    def add(self, nhs: str, named: tuple[str, str, date] | None, value: str) -> None:
        if nhs:
            self.by_nhs.setdefault(nhs, value)
        if named is not None:
            self.by_name.setdefault(named, value)

    def find(self, nhs: str, named: tuple[str, str, date] | None) -> str | None:
        if nhs and nhs in self.by_nhs:
            return self.by_nhs[nhs]
        return self.by_name.get(named) if named is not None else None


def _held(session: Session) -> _Seen:
    """Every live young person held, read once (not one query per row)."""
    seen = _Seen()
    rows = session.execute(select(YoungPerson.id, YoungPerson.nhs_number, YoungPerson.given_name,
                                  YoungPerson.family_name, YoungPerson.date_of_birth)
                           .where(YoungPerson.deleted_at.is_(None))
                           .order_by(YoungPerson.created_at, YoungPerson.id))
    for yp_id, nhs, given, family, dob in rows:
        seen.add(nhs_digits(nhs or ""), None if dob is None else (
            name_key(given), name_key(family), dob), yp_id)
    return seen


def _read_rows(text: str, today: date, summary: ImportSummary,
               progress: Progress | None) -> list[tuple[int, RegisterRow]]:
    """Parse and check every row; problems go in ``summary``."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        summary.problems.append(RowProblem(1, "", translate(
            "RegisterImport", "The header row cannot be read: {reason}.").format(reason=exc)))
        return []
    if header is None:
        summary.problems.append(RowProblem(1, "", translate(
            "RegisterImport", "The file is empty: it needs a header row.")))
        return []
    where: dict[str, int] = {}
    names: dict[str, str] = {}
    for i, cell in enumerate(header):
        column = column_of(cell)
        if column is None:
            if cell.strip():
                summary.ignored_columns.append(cell.strip())
        elif column in where:
            summary.problems.append(RowProblem(1, cell.strip(), translate(
                "RegisterImport", "The column {column} is in the header twice.").format(
                column=column)))
        else:
            where[column], names[column] = i, cell.strip()
    for column in COLUMNS:
        if column not in where:
            summary.problems.append(RowProblem(1, column, translate(
                "RegisterImport", "This column is missing from the header row.")))
    if summary.problems:
        return []
    good: list[tuple[int, RegisterRow]] = []
    line = 1
    while True:
        try:
            cells = next(reader, None)
        except csv.Error as exc:
            summary.problems.append(RowProblem(line + 1, "", translate(
                "RegisterImport", "This line cannot be read: {reason}.").format(reason=exc)))
            break
        if cells is None:
            break
        line += 1
        if not any(c.strip() for c in cells):
            continue  # a blank line in the spreadsheet
        summary.rows += 1
        values = {c: cells[i] if i < len(cells) else "" for c, i in where.items()}
        row, problems = check_row(values, today)
        for p in problems:
            (summary.warnings if p.warning else summary.problems).append(
                RowProblem(line, names.get(p.column, p.column), p.reason))
        if row is not None:
            good.append((line, row))
        if progress is not None and summary.rows % PROGRESS_EVERY == 0:
            progress("checked", summary.rows, 0)
    return good


def import_register(session: Session, data: bytes, today: date, *, dry_run: bool = False,
                    progress: Progress | None = None) -> ImportSummary:
    """Check a register file and, if every row is good, write it in ``session`` (the caller
    commits). Raises :class:`UnreadableFile` when the bytes are not CSV text."""
    text, encoding = decode(data)
    summary = ImportSummary(encoding=encoding, dry_run=dry_run)
    rows = _read_rows(text, today, summary, progress)
    if progress is not None and summary.rows % PROGRESS_EVERY:
        progress("checked", summary.rows, summary.rows)
    if summary.problems:
        return summary
    held, in_file = _held(session), _Seen()
    new: list[tuple[int, RegisterRow]] = []
    for line, row in rows:
        nhs, named = _identity(row)
        held_id = held.find(nhs, named)
        earlier = in_file.find(nhs, named)
        if held_id is not None:
            summary.already_held.append((line, held_id))
        elif earlier is not None:
            summary.repeated.append((line, int(earlier)))
        else:
            new.append((line, row))
        in_file.add(nhs, named, str(line))
    if dry_run:
        summary.added = [(line, "") for line, _ in new]
        summary.staff_added = _new_staff_names(session, new)
        return summary
    _write(session, new, today, summary, progress)
    return summary


def _staff_held(session: Session) -> dict[str, str]:
    """Live staff by name (as matched: case and spacing ignored) -> id, the oldest first."""
    found: dict[str, str] = {}
    for staff_id, name in session.execute(select(Staff.id, Staff.name)
                                          .where(Staff.deleted_at.is_(None))
                                          .order_by(Staff.created_at, Staff.id)):
        found.setdefault(name_key(name), staff_id)
    return found


def _new_staff_names(session: Session, rows: list[tuple[int, RegisterRow]]) -> list[str]:
    held = _staff_held(session)
    names: dict[str, str] = {}
    for _, row in rows:
        if row.keyworker and name_key(row.keyworker) not in held:
            names.setdefault(name_key(row.keyworker), row.keyworker)
    return list(names.values())


def _write(session: Session, rows: list[tuple[int, RegisterRow]], today: date,
           summary: ImportSummary, progress: Progress | None) -> None:
    """Write the new rows; the sink stamps each record as the write hook would."""
    sink = RowSink(session)
    staff = _staff_held(session)
    for done, (line, row) in enumerate(rows, start=1):
        r = row.referral
        yp = sink.add(YoungPerson, given_name=r.given_name.strip(),
                      family_name=r.family_name.strip(),
                      preferred_name=r.preferred_name.strip(), date_of_birth=r.date_of_birth,
                      nhs_number=nhs_display(r.nhs_number) if r.nhs_number.strip() else "")
        yp_id = yp["id"]
        summary.added.append((line, yp_id))
        # A row with a rating is on the register already: accepted when it was rated.
        status = (DsrStatus.ACCEPTED, row.rag_on) if row.rag else (
            DsrStatus.REFERRED, r.referred_on or today)
        entry = sink.add(DsrEntry, young_person_id=yp_id, referred_by=r.referred_by.strip(),
                         referred_on=r.referred_on, review_on=row.review_on,
                         status=status[0].value, status_on=status[1])
        if row.rag:
            sink.add(RagRating, young_person_id=yp_id, dsr_entry_id=entry["id"],
                     rating=row.rag, rated_on=row.rag_on, rationale=row.rag_rationale)
        for kind, on in ((ConsentKind.REGISTER, row.consent_register_on),
                         (ConsentKind.KEYWORKER, row.consent_keyworker_on)):
            if on is not None:
                sink.add(Consent, young_person_id=yp_id, kind=kind.value, given=True,
                         given_by=row.consent_given_by, given_on=on)
        if row.keyworker:
            key = name_key(row.keyworker)
            if key not in staff:
                staff[key] = sink.add(Staff, name=row.keyworker,
                                      role=AllocationRole.KEYWORKER.value)["id"]
                summary.staff_added.append(row.keyworker)
            sink.add(Allocation, young_person_id=yp_id, staff_id=staff[key],
                     role=AllocationRole.KEYWORKER.value, starts_on=r.referred_on or today,
                     change_reason=ChangeReason.FIRST_ALLOCATION.value)
        if done % PROGRESS_EVERY == 0:
            sink.flush()
            if progress is not None:
                progress("written", done, len(rows))
    sink.flush()
    if progress is not None and len(rows) % PROGRESS_EVERY:
        progress("written", len(rows), len(rows))
