"""``goal``, ``rate-goal``, ``spend``, ``escalate`` and ``crisis-plan`` on a store that never
held the demo; ``show --json`` lists what they stored."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store

from .conftest import PASS


@pytest.fixture
def root(tmp_path: Path) -> Path:
    assert cli.main(["--data-dir", str(tmp_path / "store"), "init", "--name", "Sam"]) == 0
    store = Store.open(tmp_path / "store", PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            take_referral(s, Referral("Ava", "Reed", referred_on=date(2025, 1, 10)),
                          date.today())
    finally:
        store.close()
    return tmp_path / "store"


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


def shown(root: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, list[dict[str, object]]]:
    capsys.readouterr()
    assert run(root, "show", "Ava", "--json") == 0
    data: dict[str, list[dict[str, object]]] = json.loads(capsys.readouterr().out)
    return data


def test_goal_then_ratings(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "goal", "Ava", "--words", "Go swimming on Saturdays",
               "--agreed-with", "Mum", "--json") == 0
    goal_id = json.loads(capsys.readouterr().out)["goal_id"]
    assert run(root, "rate-goal", goal_id[:8], "6", "--comment", "I went twice") == 0
    assert run(root, "rate-goal", goal_id[:8], "11") == 2
    assert "A rating is from 0 to 10." in capsys.readouterr().err
    assert run(root, "rate-goal", "zzzz", "5") == 6
    data = shown(root, capsys)
    assert [g["in_their_words"] for g in data["goal"]] == ["Go swimming on Saturdays"]
    assert [(r["score"], r["comment"]) for r in data["outcome_rating"]] == [(6, "I went twice")]


def test_spend_in_pounds_and_the_limit(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "spend", "Ava", "--item", "Sensory kit", "--amount", "480.00",
               "--approved-by", "Jo", "--received-by", "Mum") == 0
    assert "£480.00 spent of £500.00, £20.00 left" in capsys.readouterr().out
    assert run(root, "spend", "Ava", "--item", "Bike", "--amount", "40") == 2
    assert "This would take the total to £520.00, over the £500.00 limit." in (
        capsys.readouterr().err)
    assert run(root, "spend", "Ava", "--item", "Bike", "--amount", "forty") == 2
    data = shown(root, capsys)
    assert [(b["amount_pence"], b["received_by"]) for b in data["budget_spend"]] == [
        (48000, "Mum")]


def test_escalate(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "escalate", "Ava", "--blocked", "No bed offered", "--to", "Commissioner",
               "--level", "commissioner", "--from", "referral") == 0
    data = shown(root, capsys)
    (esc,) = data["escalation"]
    assert (esc["escalated_to"], esc["raised_from"], esc["resolved_on"]) == (
        "Commissioner", "referral", None)


def test_crisis_plan_pdf_says_it_is_not_encrypted(root: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "plan.pdf"
    assert run(root, "crisis-plan", "Ava", "--out", str(out)) == 0
    assert "not encrypted" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"%PDF")
    assert run(root, "crisis-plan", "Ava", "--out", str(tmp_path / "plan.txt")) == 2
