"""``close`` and ``reopen`` on a store that never held the demo; ``list`` and ``show`` follow."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Ending, YoungPerson

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


def endings(root: Path) -> list[tuple[date | None, str, str, date | None]]:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            assert s.query(YoungPerson).count() == 1
            return [(e.closed_on, e.reason, e.outcome, e.reopened_on)
                    for e in s.query(Ending)]
    finally:
        store.close()


def out_of(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> str:
    capsys.readouterr()
    assert run(root, *args) == 0
    return capsys.readouterr().out


def test_close_list_search_show_and_reopen(root: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    assert "Ava Reed" in out_of(capsys, root, "list", "young-people")
    assert run(root, "close", "Ava Reed", "--reason", "Moved away", "--outcome", "Goals met",
               "--on", "2025-02-01") == 0
    assert endings(root) == [(date(2025, 2, 1), "Moved away", "Goals met", None)]
    assert "Ava Reed" not in out_of(capsys, root, "list", "young-people")
    assert "Ava Reed [closed]" in out_of(capsys, root, "list", "young-people", "--all")
    assert "Ava Reed" in out_of(capsys, root, "search", "Reed")
    assert "Closed on 2025-02-01 (Moved away)" in out_of(capsys, root, "show", "Ava Reed")

    assert run(root, "close", "Ava Reed", "--reason", "Again") == 1
    assert "closed already" in capsys.readouterr().err

    assert run(root, "reopen", "Ava Reed", "--reason", "Came back", "--on", "2025-02-03") == 0
    assert endings(root) == [(date(2025, 2, 1), "Moved away", "Goals met", date(2025, 2, 3))]
    listed = out_of(capsys, root, "list", "young-people")
    assert "Ava Reed" in listed and "[closed]" not in listed
    assert "Closed on" not in out_of(capsys, root, "show", "Ava Reed")
    assert run(root, "reopen", "Ava Reed", "--reason", "Again") == 1


@pytest.mark.parametrize("on", ["2025-01-09", "2999-01-01"])  # before the referral; future
def test_bad_dates_are_refused_and_nothing_is_stored(root: Path, on: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "close", "Ava Reed", "--reason", "Moved", "--on", on) == 2
    assert "closing date" in capsys.readouterr().err
    assert endings(root) == []
    assert "Ava Reed" in out_of(capsys, root, "list", "young-people")


def test_a_date_that_does_not_exist_is_a_usage_error(root: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        run(root, "close", "Ava Reed", "--reason", "Moved", "--on", "2025-02-30")
    assert exc.value.code == 2
    assert endings(root) == []


def test_no_such_young_person(root: Path) -> None:
    assert run(root, "close", "Nobody Here", "--reason", "Moved") == 6
    assert run(root, "reopen", "Nobody Here", "--reason", "Back") == 6
