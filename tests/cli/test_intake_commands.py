"""``add young-person`` and ``consent`` on a store that never held the demo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Consent, DsrEntry, YoungPerson

from .conftest import PASS

AVA = ["add", "young-person", "--given-name", "Ava", "--family-name", "Reed",
       "--preferred-name", "Avi", "--date-of-birth", "2012-04-03", "--nhs-number", "9434765919",
       "--referred-by", "School SENCo", "--referred-on", "2025-01-10"]


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


def held(root: Path) -> tuple[list[YoungPerson], list[DsrEntry], list[Consent]]:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            return (list(s.query(YoungPerson)), list(s.query(DsrEntry)),
                    list(s.query(Consent).order_by(Consent.created_at)))
    finally:
        store.close()


def add_ava(root: Path, capsys: pytest.CaptureFixture[str]) -> str:
    capsys.readouterr()
    assert run(root, *AVA, "--json") == 0
    return str(json.loads(capsys.readouterr().out)["id"])


def test_add_prints_the_new_id_and_stores_the_referral(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(root, *AVA) == 0
    new_id = capsys.readouterr().out.strip()
    [yp], [entry], [] = held(root)
    assert yp.id == new_id and (yp.given_name, yp.preferred_name) == ("Ava", "Avi")
    assert yp.nhs_number == "943 476 5919"
    assert (entry.young_person_id, entry.referred_by) == (new_id, "School SENCo")
    assert run(root, "show", new_id) == 0
    assert "No consent recorded" in capsys.readouterr().out


def test_add_json_and_where_they_live(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(root, "add", "young-person", "--given-name", "Ben", "--family-name", "Okoro",
               "--lives", "inpatient-out-of-area", "--placement", "Hill Ward",
               "--reason", "Admitted in crisis", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    [yp], [entry], _ = held(root)
    assert out == {"id": yp.id}
    assert (yp.living_situation, yp.placement_name) == ("inpatient_out_of_area", "Hill Ward")
    assert entry.current_issues == "Admitted in crisis"


def test_a_duplicate_is_refused_naming_the_record_held(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = add_ava(root, capsys)
    again = ["add", "young-person", "--given-name", "AVA", "--family-name", "reed",
             "--date-of-birth", "2012-04-03"]
    assert run(root, *again) == 1
    err = capsys.readouterr().err
    assert first in err and "--allow-duplicate" in err
    assert run(root, "add", "young-person", "--given-name", "Someone", "--family-name", "Else",
               "--nhs-number", "943 476 5919", "--json") == 1
    assert json.loads(capsys.readouterr().out)["known_already"] == [first]
    assert len(held(root)[0]) == 1
    assert run(root, *again, "--allow-duplicate") == 0
    assert len(held(root)[0]) == 2


@pytest.mark.parametrize("bad", [
    ["--nhs-number", "9434765918"],
    ["--given-name", "x" * 101],
    ["--referred-by", "x" * 201],
    ["--date-of-birth", "2999-01-01"],
])
def test_bad_input_exits_2_with_nothing_stored(root: Path, bad: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(root, *AVA, *bad) == 2
    assert capsys.readouterr().err.strip()
    assert held(root) == ([], [], [])


@pytest.mark.parametrize("bad", [["--date-of-birth", "2012-02-30"],
                                 ["--referred-on", "10/01/2025"]])
def test_a_date_that_cannot_be_is_a_usage_error(root: Path, bad: list[str],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        run(root, *AVA, *bad)
    assert exc.value.code == 2 and "YYYY-MM-DD" in capsys.readouterr().err
    assert held(root) == ([], [], [])


def test_over_25_is_added_with_a_warning(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(root, "add", "young-person", "--given-name", "Ava", "--family-name", "Reed",
               "--date-of-birth", "1980-01-01") == 0
    assert "Warning:" in capsys.readouterr().err and len(held(root)[0]) == 1


def test_consent_given_shows_and_withdrawn(root: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    yp_id = add_ava(root, capsys)
    # Jo Reed is not in the family yet: refused, unless added to it with --add-to-family.
    assert run(root, "consent", yp_id, "--kind", "keyworker", "--given-by",
               "parental-responsibility", "--name", "Jo Reed", "--on", "2025-02-01") == 2
    assert "not in the family with parental responsibility" in capsys.readouterr().err
    assert held(root)[2] == []
    assert run(root, "consent", yp_id, "--kind", "keyworker", "--given-by",
               "parental-responsibility", "--name", "Jo Reed", "--on", "2025-02-01",
               "--add-to-family") == 0
    assert "Added Jo Reed to the family" in capsys.readouterr().err
    # A best-interests decision needs who decided and why.
    assert run(root, "consent", "Ava Reed", "--kind", "share", "--given-by",
               "best-interests") == 2
    assert run(root, "consent", "Ava Reed", "--kind", "share", "--given-by",
               "best-interests", "--giver-name", "Dr Patel", "--reason", "Lacks capacity",
               "--how", "in-person", "--review-on", "2030-02-01", "--share-with", "CAMHS",
               "--share-with", "Oak School") == 0
    capsys.readouterr()
    assert run(root, "show", yp_id, "--json") == 0
    record = json.loads(capsys.readouterr().out)
    kinds = {(c["kind"], c["given_by"]) for c in record["consent"]}
    share = next(c for c in record["consent"] if c["kind"] == "share_information")
    assert (share["giver_name"], share["decision_reason"], share["how_recorded"],
            share["review_on"], share["share_with"]) == (
        "Dr Patel", "Lacks capacity", "verbally_in_person", "2030-02-01", "CAMHS\nOak School")
    assert [m["name"] for m in record["family_member"]] == ["Jo Reed"]
    assert kinds == {("keyworker", "parental_responsibility"),
                     ("share_information", "best_interest_decision")}
    assert run(root, "show", yp_id) == 0
    assert "To work with a keyworker" in capsys.readouterr().out
    assert run(root, "consent", yp_id, "--kind", "keyworker", "--withdraw", "--json") == 0
    assert json.loads(capsys.readouterr().out)["in_force"] == ["share_information"]
    assert run(root, "show", yp_id) == 0
    assert "Consent: To share information" in capsys.readouterr().out
    consents = held(root)[2]
    assert [c.withdrawn_on is not None for c in consents] == [True, False]


def test_consent_errors(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    yp_id = add_ava(root, capsys)
    assert run(root, "consent", "Nobody Atall", "--kind", "photo", "--given-by",
               "young-person") == 6
    assert run(root, "consent", yp_id, "--kind", "photo") == 2  # who gave it?
    assert run(root, "consent", yp_id, "--kind", "photo", "--withdraw") == 2  # none in force
    assert run(root, "consent", yp_id, "--kind", "photo", "--given-by", "young-person",
               "--on", "2999-01-01") == 2
    with pytest.raises(SystemExit) as exc:
        run(root, "consent", yp_id, "--kind", "tattoo", "--given-by", "young-person")
    assert exc.value.code == 2
    assert held(root)[2] == []
