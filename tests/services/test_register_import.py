"""Importing a register spreadsheet: a good file, bad rows refused with nothing stored and
every problem listed, duplicates held or repeated skipped, encodings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from keyworker_desktop.services.records import consents_in_force
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.services.register_import import (
    ImportSummary,
    RowProblem,
    UnreadableFile,
    import_register,
)
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import (
    Allocation,
    ChangeLogEntry,
    Consent,
    DsrEntry,
    RagRating,
    Staff,
    YoungPerson,
)

TODAY = date(2025, 3, 10)
EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "import-example.csv"
HEADER = ("given_name,family_name,preferred_name,date_of_birth,nhs_number,referred_on,"
          "referred_by,rag,rag_on,rag_rationale,consent_register_on,consent_keyworker_on,"
          "consent_given_by,keyworker,review_on")
GOOD = "Eve,Stone,,01/02/2013,999 000 0042,01/02/2025,GP,red,02/02/2025,Crisis,,,,,"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


def run(store: Store, data: bytes, **kw: bool) -> ImportSummary:
    with store.transaction() as s:
        return import_register(s, data, TODAY, **kw)


def csv_of(*rows: str, header: str = HEADER) -> bytes:
    return "\n".join([header, *rows]).encode()


def count(store: Store, model: type) -> int:
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_the_example_file_imports_everything_it_holds(store: Store) -> None:
    summary = run(store, EXAMPLE.read_bytes())
    assert summary.ok and summary.rows == 4 and summary.encoding == "UTF-8"
    assert [line for line, _ in summary.added] == [2, 3, 4, 5]
    assert summary.staff_added == ["Jordan Blake", "Priya Shah"]
    with store.session() as s:
        ava = s.scalars(select(YoungPerson).where(YoungPerson.given_name == "Ava")).one()
        assert (ava.preferred_name, ava.date_of_birth, ava.nhs_number) == (
            "Avi", date(2012, 4, 3), "999 000 0018")
        entry = s.scalars(select(DsrEntry).where(DsrEntry.young_person_id == ava.id)).one()
        assert (entry.referred_by, entry.referred_on, entry.review_on) == (
            "School SENCo", date(2025, 1, 10), date(2025, 4, 15))
        # Rated on the register already: accepted when rated, not in the triage queue.
        assert (entry.status, entry.status_on) == ("accepted", date(2025, 1, 15))
        rag = s.scalars(select(RagRating).where(RagRating.young_person_id == ava.id)).one()
        assert (rag.rating, rag.rated_on, rag.dsr_entry_id) == ("amber", date(2025, 1, 15),
                                                               entry.id)
        assert rag.rationale.startswith("Three exclusions")
        assert consents_in_force(s, ava.id) == {"register", "keyworker"}
        consent = s.scalars(select(Consent).where(Consent.young_person_id == ava.id)).first()
        assert consent is not None and consent.given_by == "parental_responsibility"
        alloc = s.scalars(select(Allocation).where(Allocation.young_person_id == ava.id)).one()
        assert (alloc.staff.name, alloc.role, alloc.starts_on, alloc.change_reason) == (
            "Jordan Blake", "keyworker", date(2025, 1, 10), "first_allocation")
        dev = s.scalars(select(YoungPerson).where(YoungPerson.given_name == "Dev")).one()
        assert s.scalar(select(func.count()).select_from(RagRating)
                        .where(RagRating.young_person_id == dev.id)) == 0
        assert s.scalars(select(DsrEntry.status).where(DsrEntry.young_person_id == dev.id)
                         ).one() == "referred"
        # Stamped as the write hook stamps: each record in the change log, the young
        # person before anything filed under them.
        log = list(s.execute(select(ChangeLogEntry.entity, ChangeLogEntry.young_person_id)
                             .order_by(ChangeLogEntry.seq)))
        assert log[0] == ("young_person", ava.id)
        assert {e for e, _ in log} == {"young_person", "dsr_entry", "rag_rating", "consent",
                                       "staff", "allocation"}
    assert count(store, Staff) == 2 and count(store, Allocation) == 3


def test_a_keyworker_already_on_the_staff_list_is_not_added_again(store: Store) -> None:
    with store.transaction() as s:
        s.add(Staff(name="jordan  BLAKE"))
    summary = run(store, EXAMPLE.read_bytes())
    assert summary.staff_added == ["Priya Shah"] and count(store, Staff) == 2


def test_a_keyworker_without_a_referral_date_is_allocated_from_today(store: Store) -> None:
    run(store, csv_of("Fay,Hart,,,,,,,,,,,,Kim Lee,"))
    with store.session() as s:
        assert s.scalars(select(Allocation.starts_on)).one() == TODAY


def test_bad_rows_import_nothing_and_every_problem_is_listed(store: Store) -> None:
    rows = [
        GOOD,
        "Ann,One,,3rd May 2013,,,,,,,,,,,",           # 3: not a date
        "Bob,Two,,31/02/2020,,,,,,,,,,,",             # 4: impossible date
        "Cy,Three,,,999 000 0019,,,,,,,,,,",          # 5: bad check digit
        "Di,Four,,,,,,purple,01/01/2025,Why,,,,,",    # 6: unknown rag
        "Ed,Five,,,,,,red,,,,,,,",                    # 7: rag without date or rationale
        f"{'x' * 101},Six,,,,,,,,,,,,,",              # 8: too long
        ",Seven,,next week,,,,,,,,,,,",               # 9: two problems
    ]
    summary = run(store, csv_of(*rows))
    assert not summary.ok and summary.added == []
    found = {(p.line, p.column) for p in summary.problems}
    assert found == {(3, "date_of_birth"), (4, "date_of_birth"), (5, "nhs_number"),
                     (6, "rag"), (7, "rag_on"), (7, "rag_rationale"), (8, "given_name"),
                     (9, "given_name"), (9, "date_of_birth")}
    reasons = {(p.line, p.column): p.reason for p in summary.problems}
    assert "not a real date" in reasons[(4, "date_of_birth")]
    assert "dd/mm/yyyy" in reasons[(3, "date_of_birth")]
    assert "too long" in reasons[(8, "given_name")]
    assert "rationale" in reasons[(7, "rag_rationale")]
    assert count(store, YoungPerson) == 0 and count(store, DsrEntry) == 0


def test_a_missing_column_is_named_and_nothing_imported(store: Store) -> None:
    header = HEADER.replace(",rag_rationale", "")
    summary = run(store, csv_of(GOOD.replace(",Crisis", ""), header=header))
    assert summary.problems == [RowProblem(1, "rag_rationale",
                                           "This column is missing from the header row.")]
    assert count(store, YoungPerson) == 0


def test_headers_ignore_case_spaces_and_underscores_and_order(store: Store) -> None:
    names = HEADER.split(",")
    header = ",".join(n.replace("_", " ").upper() for n in reversed(names)) + ",Notes"
    row = ",".join(reversed(GOOD.split(","))) + ",ignored"
    summary = run(store, csv_of(row, header=header))
    assert summary.ok and len(summary.added) == 1 and summary.ignored_columns == ["Notes"]
    with store.session() as s:
        yp = s.scalars(select(YoungPerson)).one()
        assert (yp.given_name, yp.date_of_birth) == ("Eve", date(2013, 2, 1))


def test_importing_the_same_file_twice_adds_nothing_twice(store: Store) -> None:
    first = run(store, EXAMPLE.read_bytes())
    records = {m: count(store, m) for m in (YoungPerson, DsrEntry, RagRating, Consent, Staff,
                                            Allocation)}
    again = run(store, EXAMPLE.read_bytes())
    assert again.ok and again.added == [] and again.staff_added == []
    assert again.already_held == first.added
    assert {m: count(store, m) for m in records} == records


def test_held_already_by_nhs_number_or_name_and_date_of_birth(store: Store) -> None:
    with store.transaction() as s:
        by_nhs = take_referral(s, Referral("Someone", "Else", nhs_number="9990000042"),
                               TODAY).young_person.id
        by_name = take_referral(s, Referral("ANN", "one", date_of_birth=date(2013, 1, 1)),
                                TODAY).young_person.id
    summary = run(store, csv_of(GOOD, "Ann,One,,01/01/2013,,,,,,,,,,,",
                                "Ann,One,,02/01/2013,,,,,,,,,,,"))
    assert summary.already_held == [(2, by_nhs), (3, by_name)]
    assert [line for line, _ in summary.added] == [4]
    assert count(store, YoungPerson) == 3


def test_a_row_repeating_an_earlier_row_is_added_once(store: Store) -> None:
    summary = run(store, csv_of(GOOD, "Gus,Lamb,,01/01/2010,,,,,,,,,,,", GOOD.upper(),
                                "gus, lamb ,,2010-01-01,,,,,,,,,,,"))
    assert [line for line, _ in summary.added] == [2, 3]
    assert summary.repeated == [(4, 2), (5, 3)]
    assert count(store, YoungPerson) == 2


def test_a_dry_run_checks_and_counts_but_writes_nothing(store: Store) -> None:
    summary = run(store, EXAMPLE.read_bytes(), dry_run=True)
    assert summary.ok and len(summary.added) == 4 and summary.dry_run
    assert summary.staff_added == ["Jordan Blake", "Priya Shah"]
    assert count(store, YoungPerson) == 0 and count(store, Staff) == 0


def test_a_byte_order_mark_and_windows_1252(store: Store) -> None:
    row = "Zoë,O’Neill,,01/02/2013,,,,,,,,,,,"
    bom = b"\xef\xbb\xbf" + csv_of(row)
    assert run(store, bom).encoding == "UTF-8"
    legacy = csv_of(row.replace("2013", "2014")).decode().encode("cp1252")
    summary = run(store, legacy)
    assert summary.ok and summary.encoding == "Windows-1252"
    with store.session() as s:
        names = set(s.scalars(select(YoungPerson.family_name)))
    assert names == {"O’Neill"}


def test_a_file_that_is_not_text_is_refused(store: Store) -> None:
    with pytest.raises(UnreadableFile, match="CSV UTF-8"):
        run(store, b"PK\x03\x04\x00\x81\x8d binary workbook")


def test_blank_lines_are_skipped_but_keep_their_line_numbers(store: Store) -> None:
    summary = run(store, csv_of(GOOD, ",,,,,,,,,,,,,,", "", "Hal,,,,,,,,,,,,,,"))
    assert [(p.line, p.column) for p in summary.problems] == [(5, "family_name")]


def test_a_line_cell_over_many_lines_counts_as_one_spreadsheet_row(store: Store) -> None:
    multi = 'Ivy,Moss,,,,,,red,01/01/2025,"Line one\nline two",,,,,'
    summary = run(store, csv_of(multi, "Jo,,,,,,,,,,,,,,"))
    assert [(p.line, p.column) for p in summary.problems] == [(3, "family_name")]


def test_consent_needs_who_gave_it_and_a_rating_needs_its_rating(store: Store) -> None:
    summary = run(store, csv_of("Kit,Vale,,,,,,,01/01/2025,,01/01/2025,,,,",
                                "Lu,Vale,,,,,,,,,,,teacher,,",
                                "Mo,Vale,,,,,,,,,,01/01/2026,young person,,"))
    assert {(p.line, p.column) for p in summary.problems} == {
        (2, "rag"), (2, "consent_given_by"), (3, "consent_given_by"),
        (4, "consent_keyworker_on")}


def test_progress_is_reported_for_long_files(store: Store) -> None:
    rows = [f"P{i},Q,,,,,,,,,,,,," for i in range(1200)]
    seen: list[tuple[str, int, int]] = []
    with store.transaction() as s:
        import_register(s, csv_of(*rows), TODAY, progress=lambda *a: seen.append(a))
    assert seen == [("checked", 500, 0), ("checked", 1000, 0), ("checked", 1200, 1200),
                    ("written", 500, 1200), ("written", 1000, 1200), ("written", 1200, 1200)]


def test_docs_describe_every_column_and_the_example_has_them_all() -> None:
    from keyworker_desktop.services.register_rows import COLUMNS, column_of

    doc = (EXAMPLE.parent / "import.md").read_text(encoding="utf-8")
    assert [c for c in COLUMNS if f"| `{c}` |" not in doc] == []
    header = EXAMPLE.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert sorted(column_of(h) or h for h in header) == sorted(COLUMNS)


def test_the_caseload_shows_the_imported_young_people(store: Store) -> None:
    from datetime import datetime

    from keyworker_desktop.services.caseload import caseload_rows

    run(store, EXAMPLE.read_bytes())
    with store.session() as s:
        rows = {r.name: (r.rag, r.keyworker) for r in caseload_rows(s, datetime(2025, 3, 10))}
    assert rows == {"Ava Reed": ("amber", "Jordan Blake"), "Ben Okoro": ("blue", "Jordan Blake"),
                    "Cara Lind": ("green", "Priya Shah"), "Dev Mistry": (None, "")}
