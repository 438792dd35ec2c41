"""``keyworker import FILE.csv``: the example file, bad rows (exit 2, nothing stored, every
problem listed), a second import adding nothing, --dry-run, --json and progress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import YoungPerson

from .conftest import PASS

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "import-example.csv"
HEADER = ("given_name,family_name,preferred_name,date_of_birth,nhs_number,referred_on,"
          "referred_by,rag,rag_on,rag_rationale,consent_register_on,consent_keyworker_on,"
          "consent_given_by,keyworker,review_on")


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


def young_people(root: Path) -> list[str]:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            return sorted(yp.given_name for yp in s.query(YoungPerson))
    finally:
        store.close()


def write(tmp_path: Path, *rows: str) -> str:
    path = tmp_path / "register.csv"
    path.write_text("\n".join([HEADER, *rows]), encoding="utf-8")
    return str(path)


def test_the_example_imports_and_a_second_import_adds_nothing(
        root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(root, "import", str(EXAMPLE)) == 0
    out = capsys.readouterr().out
    assert "Added 4 young people" in out and "Jordan Blake, Priya Shah" in out
    assert young_people(root) == ["Ava", "Ben", "Cara", "Dev"]
    assert run(root, "import", str(EXAMPLE), "--json") == 0
    again = json.loads(capsys.readouterr().out)
    assert again["added"] == [] and [h["line"] for h in again["already_held"]] == [2, 3, 4, 5]
    assert young_people(root) == ["Ava", "Ben", "Cara", "Dev"]


def test_bad_rows_exit_2_list_every_problem_and_store_nothing(
        root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, "Eve,Stone,,,,,,,,,,,,,",
                 "Ann,One,,31/02/2020,,,,,,,,,,,",
                 "Bob,Two,,,999 000 0019,,,red,,,,,,,")
    capsys.readouterr()
    assert run(root, "import", path) == 2
    err = capsys.readouterr().err
    assert "line 3, date_of_birth: 31/02/2020 is not a real date" in err
    assert "line 4, nhs_number:" in err and "line 4, rag_on:" in err
    assert "line 4, rag_rationale:" in err
    assert "Nothing was imported: 4 problem(s) on 2 line(s)" in err
    assert young_people(root) == []
    assert run(root, "import", path, "--json") == 2
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert {(p["line"], p["column"]) for p in problems} == {
        (3, "date_of_birth"), (4, "nhs_number"), (4, "rag_on"), (4, "rag_rationale")}


def test_dry_run_stores_nothing(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert run(root, "import", str(EXAMPLE), "--dry-run") == 0
    assert "Would add 4 young people" in capsys.readouterr().out
    assert young_people(root) == []


def test_a_missing_or_unreadable_file_is_a_usage_error(
        root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "import", str(tmp_path / "nope.csv")) == 2
    assert "Cannot read" in capsys.readouterr().err
    book = tmp_path / "register.xlsx"
    book.write_bytes(b"PK\x03\x04\x00\x00\x81binary")
    assert run(root, "import", str(book)) == 2
    assert "CSV UTF-8" in capsys.readouterr().err


def test_a_long_file_shows_progress_on_stderr(
        root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path, *(f"P{i},Q,,,,,,,,,,,,," for i in range(1000)))
    capsys.readouterr()
    assert run(root, "import", path) == 0
    err = capsys.readouterr().err.splitlines()
    assert err == ["Checked 500 rows", "Checked 1,000 rows",
                   "Written 500 of 1,000 rows", "Written 1,000 of 1,000 rows"]
