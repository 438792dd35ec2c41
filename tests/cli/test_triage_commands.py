"""``triage`` on a store that never held the demo: the decisions, the queue, ``show``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import DsrEntry

from .conftest import PASS


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


def add(root: Path, capsys: pytest.CaptureFixture[str], given: str, referred_on: str) -> str:
    capsys.readouterr()
    assert run(root, "add", "young-person", "--given-name", given, "--family-name", "Reed",
               "--referred-by", "GP", "--referred-on", referred_on, "--json") == 0
    return str(json.loads(capsys.readouterr().out)["id"])


def entry(root: Path, yp_id: str) -> DsrEntry:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            return s.query(DsrEntry).filter_by(young_person_id=yp_id).one()
    finally:
        store.close()


def test_waiting_accept_and_the_queue(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, capsys, "Ava", "2025-01-10")
    ben = add(root, capsys, "Ben", "2025-02-01")
    assert run(root, "triage", "--list", "--json") == 0
    queue = json.loads(capsys.readouterr().out)
    assert [r["young_person_id"] for r in queue] == [ava, ben]
    assert queue[0]["days_waiting"] == (date.today() - date(2025, 1, 10)).days
    assert run(root, "triage", ava, "waiting", "--on", "2025-01-12") == 0
    assert "on the triage waiting list on 2025-01-12" in capsys.readouterr().out
    assert run(root, "triage", "Ava Reed", "accept", "--on", "2025-01-20") == 0
    got = entry(root, ava)
    assert (got.status, got.status_on, got.decided_by) == ("accepted", date(2025, 1, 20), "Sam")
    capsys.readouterr()
    assert run(root, "triage", "--list") == 0
    out = capsys.readouterr().out
    assert "Ben Reed" in out and "Ava Reed" not in out
    assert run(root, "show", ava) == 0
    assert "Register: Accepted onto the register since 2025-01-20, decided by Sam" in \
        capsys.readouterr().out
    assert run(root, "show", ava, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["triage_status"]["status"] == "accepted"
    assert shown["dsr_entry"][0]["status"] == "accepted"


def test_decline_needs_a_reason(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, capsys, "Ava", "2025-01-10")
    assert run(root, "triage", ava, "decline") == 2
    assert "reason for declining" in capsys.readouterr().err
    assert entry(root, ava).status == "referred"
    assert run(root, "triage", ava, "decline", "--reason", "Needs met by CAMHS", "--by",
               "Morgan Senior", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["status"], out["decided_by"]) == ("declined", "Morgan Senior")
    got = entry(root, ava)
    assert (got.status, got.decision_reason) == ("declined", "Needs met by CAMHS")
    # Declined is final: a second decision is refused, nothing changed.
    assert run(root, "triage", ava, "accept") == 2
    assert "was declined" in capsys.readouterr().err
    assert entry(root, ava).status == "declined"


def test_closing_and_reopening_move_the_status(root: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, capsys, "Ava", "2025-01-10")
    assert run(root, "triage", ava, "accept") == 0
    assert run(root, "close", ava, "--reason", "Moved away") == 0
    assert entry(root, ava).status == "closed"
    assert run(root, "triage", ava, "decline", "--reason", "x") == 2
    assert run(root, "reopen", ava, "--reason", "Back") == 0
    assert entry(root, ava).status == "accepted"


@pytest.mark.parametrize("args", [[], ["Ava"], ["--list", "Ava"]])
def test_unclear_requests_are_usage_errors(root: Path, args: list[str]) -> None:
    assert run(root, "triage", *args) == 2


def test_an_empty_queue_says_so(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(root, "triage", "--list") == 0
    assert "Nobody is waiting for triage." in capsys.readouterr().out


def test_without_a_name_in_the_store_say_who_decided(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "nameless"
    assert run(root, "init") == 0
    ava = add(root, capsys, "Ava", "2025-01-10")
    assert run(root, "triage", ava, "accept") == 2
    assert "--by NAME" in capsys.readouterr().err
    assert entry(root, ava).status == "referred"
    assert run(root, "triage", ava, "accept", "--by", "Morgan Senior") == 0
    assert entry(root, ava).decided_by == "Morgan Senior"


def test_list_triage_is_the_queue_and_the_caseload_marks_status(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, capsys, "Ava", "2025-01-10")
    ben = add(root, capsys, "Ben", "2025-02-01")
    cal = add(root, capsys, "Cal", "2025-02-03")
    assert run(root, "triage", ben, "waiting", "--on", "2025-02-02") == 0
    assert run(root, "triage", cal, "decline", "--reason", "Out of area") == 0
    capsys.readouterr()
    assert run(root, "triage", "--list", "--json") == 0
    queue = capsys.readouterr().out
    assert run(root, "list", "triage", "--json") == 0
    assert capsys.readouterr().out == queue
    assert [r["young_person_id"] for r in json.loads(queue)] == [ava, ben]
    assert run(root, "list", "triage") == 0
    assert "Ava Reed" in capsys.readouterr().out
    assert run(root, "list", "triage", "--all") == 2
    capsys.readouterr()
    # The caseload lists the referred and waiting, marked; the declined only with --all.
    assert run(root, "list", "young-people") == 0
    out = capsys.readouterr().out
    assert "Ava Reed [referred]" in out and "Ben Reed [waiting list]" in out
    assert "Cal Reed" not in out
    assert run(root, "list", "young-people", "--all", "--json") == 0
    rows = {r["id"]: r["status"] for r in json.loads(capsys.readouterr().out)}
    assert rows == {ava: "referred", ben: "waiting", cal: "declined"}
