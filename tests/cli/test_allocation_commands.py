"""``allocate`` and ``end-allocation`` on a store that never held the demo."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from keyworker_desktop import cli
from keyworker_desktop.store import settings
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Allocation, FamilyMember, Staff

from .conftest import PASS

TODAY = date.today().isoformat()


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


def add(root: Path, given: str, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert run(root, "add", "young-person", "--given-name", given, "--family-name", "Reed",
               "--json") == 0
    return str(json.loads(capsys.readouterr().out)["id"])


def allocations(root: Path) -> list[tuple[str, str, str, str | None]]:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            return [(a.staff.name, a.role, a.change_reason,
                     a.ends_on.isoformat() if a.ends_on else None)
                    for a in s.scalars(select(Allocation).order_by(Allocation.created_at))]
    finally:
        store.close()


def write(root: Path, *rows: object) -> None:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            s.add_all(rows)
    finally:
        store.close()


def test_an_unknown_name_lists_the_staff_known_and_changes_nothing(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, "Ava", capsys)
    write(root, Staff(name="Alex Morgan", account="alex"))
    assert run(root, "allocate", ava, "--staff", "Priya", "--reason", "first_allocation") == 2
    err = capsys.readouterr().err
    assert "Alex Morgan (alex)" in err and "--new-staff" in err
    assert allocations(root) == []


def test_allocate_by_account_then_a_change_ends_the_first_and_show_names_them(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, "Ava", capsys)
    write(root, Staff(name="Alex Morgan", account="alex"))
    assert run(root, "allocate", ava, "--staff", "ALEX", "--role", "keyworker",
               "--reason", "first_allocation") == 0
    assert "Alex Morgan is now the keyworker" in capsys.readouterr().out
    # Someone holds the role: a first allocation is not the reason any more.
    assert run(root, "allocate", ava, "--staff", "Priya Chauhan", "--new-staff",
               "--reason", "first_allocation") == 2
    capsys.readouterr()
    assert run(root, "allocate", ava, "--staff", "Priya Chauhan", "--new-staff",
               "--reason", "staff left", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["staff_name"] == "Priya Chauhan" and len(out["ended"]) == 1
    assert allocations(root) == [("Alex Morgan", "keyworker", "first_allocation", TODAY),
                                 ("Priya Chauhan", "keyworker", "staff_left", None)]
    assert run(root, "show", ava) == 0
    shown = capsys.readouterr().out
    assert "Keyworker: Priya Chauhan" in shown and "The keyworker left the service" in shown
    assert run(root, "show", ava, "--json") == 0
    [current] = json.loads(capsys.readouterr().out)["allocated"]
    assert (current["staff_name"], current["change_reason"]) == ("Priya Chauhan", "staff_left")


@pytest.mark.parametrize("reason", ["because", "step_down", ""])
def test_a_reason_that_is_not_one_of_the_five_is_refused(
        root: Path, capsys: pytest.CaptureFixture[str], reason: str) -> None:
    ava = add(root, "Ava", capsys)
    assert run(root, "allocate", ava, "--staff", "Priya", "--new-staff",
               "--reason", reason) == 2
    assert "first_allocation" in capsys.readouterr().err
    assert allocations(root) == []


def test_end_allocation_with_a_step_down(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ava = add(root, "Ava", capsys)
    assert run(root, "allocate", ava, "--staff", "Priya", "--new-staff", "--role", "family",
               "--reason", "first_allocation") == 0
    assert run(root, "end-allocation", ava, "--role", "keyworker", "--reason",
               "step_down") == 2
    assert run(root, "end-allocation", ava, "--role", "family", "--reason", "step_down") == 0
    assert allocations(root) == [("Priya", "family_keyworker", "first_allocation", TODAY)]


def test_the_caseload_warning_counts_siblings_once(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ava, ben, cal = (add(root, n, capsys) for n in ("Ava", "Ben", "Cal"))
    mum = {"name": "Jo Reed", "parental_responsibility": True, "address": "1 Mill Lane"}
    write(root, FamilyMember(young_person_id=ava, **mum),
          FamilyMember(young_person_id=ben, **{**mum, "name": "jo  reed", "phone": "0161"}),
          FamilyMember(young_person_id=cal, name="Jo Reed", parental_responsibility=True,
                       address="9 Other Road"))
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            settings.put(s, settings.CASELOAD_LIMIT_ENABLED, True)
            settings.put(s, settings.CASELOAD_LIMIT, 1)
    finally:
        store.close()
    assert run(root, "allocate", ava, "--staff", "Priya", "--new-staff",
               "--reason", "first_allocation") == 0
    assert "Warning" not in capsys.readouterr().err
    assert run(root, "allocate", ben, "--staff", "Priya", "--reason", "first_allocation") == 0
    assert "Warning" not in capsys.readouterr().err  # Ava's brother: the same family
    assert run(root, "allocate", cal, "--staff", "Priya", "--reason", "first_allocation") == 0
    assert ("Warning: This keyworker would hold 2 families; the limit is 1."
            in capsys.readouterr().err)
