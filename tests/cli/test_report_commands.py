"""``keyworker report`` over the hand-counted caseload (tests/services/report_fixture.py)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from keyworker_desktop import cli
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent
from tests.services import report_fixture as fx

from .conftest import PASS

PERIOD = ["--from", "2025-01-01", "--to", "2025-03-31"]


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


@pytest.fixture
def held(root: Path) -> Path:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            fx.populate(s)
    finally:
        store.close()
    return root


def audits(root: Path) -> list[AuditEvent]:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            return list(s.scalars(select(AuditEvent).where(AuditEvent.entity == "report")))
    finally:
        store.close()


def test_json_holds_the_figures_the_issue_names(held: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(held, "report", *PERIOD, "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rag_at_end"] == {"red": 0, "amber": 1, "green": 1, "blue": 1}
    assert sorted((m["from"], m["to"], m["count"]) for m in data["rag_movements"]) == [
        ("amber", "red", 1), ("red", "amber", 1), ("red", "blue", 1)]
    assert data["referrals"] == 2 and data["declined"] == 1
    assert data["actions_overdue_over_time"] == fx.EXPECTED["actions_overdue_over_time"]
    assert [a.detail for a in audits(held)] == [
        "Service report 2025-01-01 to 2025-03-31 (JSON, local)"]


def test_suppressed_csv_to_a_file_warns_it_is_not_encrypted(
        held: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "regional.csv"
    assert run(held, "report", *PERIOD, "--format", "csv", "--out", str(out),
               "--suppress") == 0
    assert "NOT encrypted" in capsys.readouterr().err
    rows = {(r["section"], r["item"], r["measure"]): r["value"]
            for r in csv.DictReader(io.StringIO(out.read_text()))}
    assert rows[("rag_at_end", "amber", "count")] == "<5"
    assert rows[("rag_at_end", "red", "count")] == "0"
    assert rows[("register", "young_people", "count")] == "6"
    assert rows[("actions_overdue_over_time", "2025-03-02", "overdue")] == "<5"
    assert "Keyworker" not in out.read_text()
    assert "counts only" in audits(held)[0].detail


def test_the_threshold_is_the_setting(held: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(held, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            settings.put(s, settings.REPORT_SMALL_NUMBER, 2)
    finally:
        store.close()
    assert run(held, "report", *PERIOD, "--suppress") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["referrals"] == 2 and data["rag_at_end"]["amber"] == "<2"


def test_pdf_shows_the_figures(held: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    assert run(held, "report", *PERIOD, "--format", "pdf", "--out", str(out)) == 0
    with out.open("rb") as f:
        text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(f).pages)
    assert "Keyworking Service report" in text
    assert "Referrals received 2" in text
    assert "Red to Blue (inpatient) 1" in text
    assert "Lee Keyworker 2 families (2 young people)" in text
    assert "Kim Keyworker 1 family (2 young people)" in text
    assert "Actions overdue over time" in text and "2 Mar 2025 4" in text
    assert "Left out: done on a day not recorded 1" in text


def test_pdf_needs_a_file_and_nothing_is_audited(held: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert run(held, "report", *PERIOD, "--format", "pdf") == 2
    assert "--out" in capsys.readouterr().err
    assert audits(held) == []


def test_a_backwards_period_and_an_existing_file_are_refused(
        held: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(held, "report", "--from", "2025-03-31", "--to", "2025-01-01") == 2
    there = tmp_path / "there.json"
    there.write_text("keep me")
    assert run(held, "report", *PERIOD, "--out", str(there)) == 1
    assert there.read_text() == "keep me"
    assert audits(held) == []
    with pytest.raises(SystemExit):
        run(held, "report", "--from", "2025-02-30", "--to", "2025-03-31")
