"""``rag`` and ``review`` on a store that never held the demo, and what ``show`` says."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import DsrReview, RagRating

from .conftest import PASS


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


def add(root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert run(root, "add", "young-person", "--given-name", "Ava", "--family-name", "Reed",
               "--referred-by", "GP", "--referred-on", "2025-01-10", "--json") == 0
    return str(json.loads(capsys.readouterr().out)["id"])


def rows(root: Path, model: type) -> int:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            return s.query(model).count()
    finally:
        store.close()


def test_rag_needs_a_rationale(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, capsys)
    assert run(root, "rag", ava, "red") == 2
    assert "rationale" in capsys.readouterr().err
    assert run(root, "rag", ava, "red", "--rationale", "   ") == 2
    future = (date.today() + timedelta(days=1)).isoformat()
    assert run(root, "rag", ava, "red", "--rationale", "Crisis", "--on", future) == 2
    with pytest.raises(SystemExit) as usage:
        run(root, "rag", ava, "purple", "--rationale", "Crisis")
    assert usage.value.code == 2
    assert rows(root, RagRating) == 0


def test_rag_and_review_show_in_show_json(root: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, capsys)
    assert run(root, "rag", "Ava Reed", "amber", "--rationale", "Rising risk",
               "--on", "2025-02-01") == 0
    assert run(root, "rag", ava, "red", "--rationale", "Crisis at home") == 0
    out = capsys.readouterr().out
    assert "rated red on" in out and "C(E)TR is due" in out and "no keyworker" in out
    assert run(root, "review", ava, "--outcome", "Stays red; CETR booked",
               "--next", "2099-01-01") == 0
    assert "next review 2099-01-01" in capsys.readouterr().out
    assert run(root, "review", ava, "--outcome", "Too soon", "--next", "2000-01-01") == 2
    assert rows(root, DsrReview) == 1
    capsys.readouterr()
    assert run(root, "show", ava, "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    register = shown["register"]
    assert [(r["rating"], r["rationale"]) for r in register["ratings"]] == [
        ("amber", "Rising risk"), ("red", "Crisis at home")]
    assert [r["outcome"] for r in register["reviews"]] == ["Stays red; CETR booked"]
    assert register["review_on"] == "2099-01-01"
    assert {p["code"] for p in register["prompts"]} == {"no_keyworker", "red_ctr_due"}
    assert len(shown["rag_rating"]) == 2 and len(shown["dsr_review"]) == 1
    assert run(root, "show", ava) == 0
    assert "! Rated red: a C(E)TR is due" in capsys.readouterr().out
