"""The service report against a caseload counted by hand (tests/services/report_fixture.py)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from keyworker_desktop.reports.service_report import small, suppressed, to_csv, to_json
from keyworker_desktop.services.reports import PeriodError, service_report
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import RagRating
from tests.services import report_fixture as fx


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    st = Store.create(tmp_path_factory.mktemp("reports") / "s", "correct horse battery",
                      user_name="Sam Keyworker", kdf=keys.TEST_KDF)
    with st.transaction() as s:
        fx.populate(s)
    yield st
    st.close()


@pytest.fixture(scope="module")
def report(store: Store) -> dict[str, Any]:
    with store.session() as s:
        return service_report(s, fx.START, fx.END, fx.TODAY).as_dict()


@pytest.mark.parametrize("figure", sorted(fx.EXPECTED))
def test_each_figure_matches_the_hand_count(report: dict[str, Any], figure: str) -> None:
    got = report[figure]
    if figure == "rag_movements":
        got = sorted(got, key=lambda m: (m["from"], m["to"]))
    assert got == fx.EXPECTED[figure]


def test_a_rating_after_the_period_changes_neither_end_nor_movements(store: Store) -> None:
    with store.session() as s:
        later = service_report(s, fx.START, date(2025, 4, 30), fx.TODAY)
    assert later.rag_at_end["red"] == 1 and later.rag_at_end["amber"] == 0
    assert ("amber", "red", 2) in [(m.from_rating, m.to_rating, m.count)
                                   for m in later.rag_movements]


def test_a_deleted_rating_does_not_count(tmp_path: Path) -> None:
    st = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    try:
        with st.transaction() as s:
            fx.populate(s)
            dee_blue = s.query(RagRating).filter_by(rating="blue").one()
            dee_blue.deleted_at = datetime(2025, 4, 1)
        with st.session() as s:
            got = service_report(s, fx.START, fx.END, fx.TODAY)
        assert got.rag_at_end == {"red": 1, "amber": 1, "green": 1, "blue": 0}
        assert got.inpatients_at_end == 0
    finally:
        st.close()


def test_an_empty_store_reports_zeros(tmp_path: Path) -> None:
    st = Store.create(tmp_path / "s", "correct horse battery", kdf=keys.TEST_KDF)
    try:
        with st.session() as s:
            got = service_report(s, fx.START, fx.END, fx.TODAY).as_dict()
    finally:
        st.close()
    assert got["rag_at_end"] == {"red": 0, "amber": 0, "green": 0, "blue": 0}
    assert got["rag_movements"] == [] and got["referrals"] == 0
    assert got["median_days_referral_to_allocation"] is None
    assert got["budget"]["mean_per_young_person_pence"] is None


def test_a_period_ending_before_it_starts_is_refused(store: Store) -> None:
    with store.session() as s, pytest.raises(PeriodError):
        service_report(s, fx.END, fx.START, fx.TODAY)


def test_small_numbers_show_as_below_the_threshold() -> None:
    assert [small(n, 5) for n in (0, 1, 4, 5, 12)] == [0, "<5", "<5", 5, 12]
    assert small(9, 10) == "<10"


def test_the_regional_copy_holds_counts_only(store: Store) -> None:
    with store.session() as s:
        got = suppressed(service_report(s, fx.START, fx.END, fx.TODAY), 5)
    assert got["young_people"] == 6 and got["open_at_end"] == "<5"
    assert got["rag_at_end"] == {"red": 0, "amber": "<5", "green": "<5", "blue": "<5"}
    assert {m["count"] for m in got["rag_movements"]} == {"<5"}
    assert got["referrals"] == "<5" and got["declined"] == "<5"
    assert got["median_days_referral_to_allocation"] is None  # from two young people
    assert got["budget"] == {"spent_pence": None, "young_people": "<5",
                             "mean_per_young_person_pence": None}
    assert got["caseloads"] == {"limit": 1, "keyworkers": "<5", "keyworkers_over_limit": "<5"}
    series = got["actions_overdue_over_time"]
    assert {p["overdue"] for p in series["points"]} == {"<5"}
    assert series["excluded_done_day_unknown"] == series["excluded_cancelled"] == "<5"
    text = json.dumps(got)
    assert "Keyworker" not in text and "Reed" not in text
    assert got["suppressed_below"] == 5


def test_a_lower_threshold_shows_more(store: Store) -> None:
    with store.session() as s:
        got = suppressed(service_report(s, fx.START, fx.END, fx.TODAY), 2)
    assert got["young_people"] == 6 and got["referrals"] == 2
    assert got["rag_at_end"]["amber"] == "<2"


def test_csv_and_json_carry_the_same_figures(report: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(report))))
    by_key = {(r["section"], r["item"], r["measure"]): r["value"] for r in rows}
    assert by_key[("rag_at_end", "amber", "count")] == "1"
    assert by_key[("rag_movements", "red->blue", "count")] == "1"
    assert by_key[("register", "referrals", "count")] == "2"
    assert by_key[("cetr_actions", "CAMHS", "overdue")] == "1"
    assert by_key[("actions_overdue_over_time", "2025-03-02", "overdue")] == "4"
    assert by_key[("actions_overdue_over_time", "step", "interval")] == "week"
    assert by_key[("actions_overdue_over_time", "done_day_unknown", "excluded")] == "1"
    assert by_key[("caseloads", "Lee Keyworker", "families")] == "2"
    assert json.loads(to_json(report)) == json.loads(json.dumps(report))


def test_csv_quotes_text_a_spreadsheet_would_run() -> None:
    data = {**fx.EXPECTED, "period": {"from": "2025-01-01", "to": "2025-03-31"},
            "cetr_actions": [{"agency": "=HYPERLINK(1)", "open": 1, "done": 0, "overdue": 0}]}
    assert "'=HYPERLINK(1)" in to_csv(data)


def test_a_long_period_counts_month_ends(store: Store) -> None:
    with store.session() as s:
        got = service_report(s, date(2024, 10, 1), date(2025, 4, 30), fx.TODAY)
    series = got.overdue_over_time
    assert series.step == "month"
    assert [(on.isoformat(), n) for on, n in series.points] == [
        ("2024-10-31", 0), ("2024-11-30", 0), ("2024-12-31", 1), ("2025-01-31", 1),
        ("2025-02-28", 3), ("2025-03-31", 4), ("2025-04-15", 3)]
