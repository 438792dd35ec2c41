"""``keyworker-central report`` (sync/server/reports.py, report_command.py): the same figures
as a laptop for the same records (tests/services/report_fixture.py), on SQLite and
PostgreSQL; counts only; a team's share; audited."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from keyworker_desktop.services.reports import service_report
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import ChangeLogEntry
from keyworker_desktop.sync.server import accounts, cli
from keyworker_desktop.sync.server.db import make_engine, upgrade
from keyworker_desktop.sync.server.models import Allocation, Audit, Record, User
from keyworker_desktop.sync.server.reports import central_report
from tests.services import report_fixture as fx

PERIOD = ["--from", "2025-01-01", "--to", "2025-03-31"]
# What the central store's report counts as the laptop does (caseloads: without names).
CENTRAL_KEYS = ("young_people", "open_at_end", "rag_at_end", "referrals", "accepted",
                "declined", "median_days_referral_to_allocation", "allocations_measured",
                "inpatients_at_end", "closed", "consents_withdrawn", "cetrs_held",
                "cetr_actions", "actions_overdue_over_time", "escalations", "budget",
                "goals")


def unnamed(caseloads: dict[str, Any]) -> dict[str, Any]:
    """A laptop's caseloads as the central store counts them: keyworkers by families."""
    tally: dict[int, int] = {}
    for c in caseloads["keyworkers"]:
        tally[c["families"]] = tally.get(c["families"], 0) + 1
    return {"limit": caseloads["limit"], "keyworkers": len(caseloads["keyworkers"]),
            "keyworkers_over_limit": caseloads["keyworkers_over_limit"],
            "by_families": [{"families": n, "keyworkers": tally[n]}
                            for n in sorted(tally, reverse=True)]}


def laptop(tmp_path: Path) -> tuple[dict[str, Any], dict[tuple[str, str], dict[str, Any]],
                                    dict[str, str]]:
    """The laptop's report of the fixture, and its records as the central store holds them
    after a push (each record's changes folded into its current fields)."""
    st = Store.create(tmp_path / "laptop", "correct horse battery", kdf=keys.TEST_KDF)
    try:
        with st.transaction() as s:
            ids = fx.populate(s)
        records: dict[tuple[str, str], dict[str, Any]] = {}
        with st.session() as s:
            local = service_report(s, fx.START, fx.END, fx.TODAY).as_dict()
            for e in s.scalars(select(ChangeLogEntry).order_by(ChangeLogEntry.seq)):
                rec = records.setdefault((e.entity, e.record_id), {
                    "young_person_id": e.young_person_id, "fields": {}})
                rec["fields"].update(e.fields)
    finally:
        st.close()
    return local, records, ids


@pytest.fixture
def central(database_url: str, tmp_path: Path) -> tuple[str, dict[str, Any], dict[str, str]]:
    local, records, ids = laptop(tmp_path)
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        from sqlalchemy.orm import Session

        with Session(engine) as s, s.begin():
            for (entity, rid), rec in records.items():
                s.add(Record(entity=entity, id=rid, young_person_id=rec["young_person_id"],
                             fields=rec["fields"], meta={}, version=1,
                             deleted=rec["fields"].get("deleted_at") is not None))
            accounts.add_user(s, "sam", "keyworker", "a password here", "north")
            s.flush()
            sam = s.scalars(select(User).where(User.name == "sam")).one()
            for name in ("Dee", "Eve"):
                s.add(Allocation(young_person_id=ids[name], user_id=sam.id))
    finally:
        engine.dispose()
    return database_url, local, ids


def test_the_central_figures_are_the_laptops(
        central: tuple[str, dict[str, Any], dict[str, str]]) -> None:
    url, local, _ids = central
    engine = make_engine(url)
    try:
        from sqlalchemy.orm import Session

        with Session(engine) as s:
            got = central_report(s, fx.START, fx.END, fx.TODAY, caseload_limit=1)
    finally:
        engine.dispose()
    for key in CENTRAL_KEYS:
        assert got[key] == local[key], key
    assert got["goals"] == fx.EXPECTED["goals"]
    # Kim holds Ava and Ben (one family), Lee holds Dee and Eve (two); Fay is closed.
    assert got["caseloads"] == unnamed(local["caseloads"]) == {
        "limit": 1, "keyworkers": 2, "keyworkers_over_limit": 1,
        "by_families": [{"families": 2, "keyworkers": 1}, {"families": 1, "keyworkers": 1}]}
    assert sorted(got["rag_movements"], key=lambda m: (m["from"], m["to"])) == \
        fx.EXPECTED["rag_movements"]


def test_the_command_counts_a_team_hides_small_numbers_and_audits(
        central: tuple[str, dict[str, Any], dict[str, str]],
        capsys: pytest.CaptureFixture[str]) -> None:
    url = central[0]
    assert cli.main(["report", "--database-url", url, *PERIOD, "--team", "north"]) == 0
    team = json.loads(capsys.readouterr().out)
    # Dee (blue, moved red -> blue) and Eve (withdrew consent) are north's.
    assert team["young_people"] == 2
    assert team["rag_at_end"] == {"red": 0, "amber": 0, "green": 0, "blue": 1}
    assert team["rag_movements"] == [{"from": "red", "to": "blue", "count": 1}]
    assert cli.main(["report", "--database-url", url, *PERIOD, "--format", "csv",
                     "--suppress"]) == 0
    text = capsys.readouterr().out
    rows = {(r["section"], r["item"], r["measure"]): r["value"]
            for r in csv.DictReader(io.StringIO(text))}
    assert rows[("register", "young_people", "count")] == "6"
    assert rows[("rag_at_end", "amber", "count")] == "<5"
    assert "Reed" not in text and "Keyworker" not in text
    engine = make_engine(url)
    try:
        from sqlalchemy.orm import Session

        with Session(engine) as s:
            details = [a.detail for a in s.scalars(select(Audit).where(
                Audit.action == "report").order_by(Audit.id))]
    finally:
        engine.dispose()
    assert details == [
        "Service report 2025-01-01 to 2025-03-31 (JSON, team north)",
        "Service report 2025-01-01 to 2025-03-31 (CSV, whole organisation, small numbers "
        "hidden)"]


def test_an_unknown_team_and_a_backwards_period_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert cli.main(["report", "--database-url", url, *PERIOD, "--team", "east"]) == 2
    assert "No team is called 'east'" in capsys.readouterr().err
    assert cli.main(["report", "--database-url", url, "--from", "2025-03-01",
                     "--to", "2025-02-01"]) == 2
