"""The record commands (demo, list, show, search): what they print, and exit 6 for nobody."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.store import keys

PASS = "correct horse battery"


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.TEST_KDF)
    monkeypatch.setenv("KEYWORKER_PASSPHRASE", PASS)


def run(tmp: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(tmp / "store"), *args])


def test_show_unknown_young_person(tmp_path: Path) -> None:
    run(tmp_path, "init")
    assert run(tmp_path, "show", "Nobody Atall") == 6


def test_demo_list_show_search_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, "init", "--name", "Alex Morgan")
    assert run(tmp_path, "demo") == 0
    capsys.readouterr()
    assert run(tmp_path, "list", "young-people", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 12
    first = rows[0]
    assert run(tmp_path, "show", first["id"], "--json") == 0
    record = json.loads(capsys.readouterr().out)
    assert record["young_person"]["id"] == first["id"]
    assert len(record["network_link"]) >= 5
    surname = first["name"].split()[-1]
    assert run(tmp_path, "search", surname, "--json") == 0
    hits = json.loads(capsys.readouterr().out)
    assert any(h["young_person_id"] == first["id"] for h in hits)
