"""The record commands (demo, list, show, search): what they print, and exit 6 for nobody."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from keyworker_desktop import cli

from .conftest import PASS


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


def test_every_id_list_prints_is_accepted_by_show(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(tmp_path, "init", "--name", "Alex Morgan")
    assert run(tmp_path, "demo") == 0
    capsys.readouterr()
    assert run(tmp_path, "list", "young-people") == 0
    table = capsys.readouterr().out.splitlines()
    printed = [line.split()[-1] for line in table[1:]]
    assert len(printed) >= 12
    assert len(set(printed)) == len(printed), "two young people share a printed id"
    for short_id, line in zip(printed, table[1:], strict=True):
        assert run(tmp_path, "show", short_id, "--json") == 0, line
        record = json.loads(capsys.readouterr().out)
        assert record["young_person"]["id"].startswith(short_id)


def test_show_json_into_a_reader_that_stops_early_exits_quietly(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    run(tmp_path, "init", "--name", "Alex Morgan")
    assert run(tmp_path, "demo") == 0
    env = {**os.environ, "KEYWORKER_PASSPHRASE": PASS, "PYTHONWARNINGS": "default"}
    # ``keyworker show … --json | head``, with a reader gone before the output comes.
    with subprocess.Popen(
            [sys.executable, "-m", "keyworker_desktop.cli", "--data-dir",
             str(tmp_path / "store"), "show", "Ewan", "--json"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()
        errors = proc.stderr.read().decode()
        code = proc.wait(timeout=60)
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
    assert code in (0, 141), errors


def _young_people(tmp: Path, capsys: pytest.CaptureFixture[str]) -> int:
    capsys.readouterr()
    assert run(tmp, "list", "young-people", "--json") == 0
    return len(json.loads(capsys.readouterr().out))


def test_demo_on_a_store_with_real_young_people_asks_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    run(tmp_path, "init")
    assert run(tmp_path, "add", "young-person", "--given-name", "Ava",
               "--family-name", "Reed") == 0
    # No terminal (as under pytest): refused, with why.
    assert run(tmp_path, "demo") == 1
    err = capsys.readouterr().err
    assert "holds 1 real young person" in err and "never syncs" in err and "--yes" in err
    assert _young_people(tmp_path, capsys) == 1
    # A terminal: asked, and no is the default.
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["", "y"])
    monkeypatch.setattr("builtins.input", lambda _prompt: next(answers))
    assert run(tmp_path, "demo") == 1
    assert _young_people(tmp_path, capsys) == 1
    assert run(tmp_path, "demo", "--scale", "2") == 0
    assert _young_people(tmp_path, capsys) == 3


def test_demo_on_a_registered_store_needs_yes(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    from keyworker_desktop.store import settings
    from keyworker_desktop.store.database import Store

    run(tmp_path, "init")
    store = Store.open(tmp_path / "store", PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            settings.put(s, settings.SERVER_URL, "https://central.example.org")
    finally:
        store.close()
    assert run(tmp_path, "demo", "--scale", "1") == 1
    assert "registered with a central store" in capsys.readouterr().err
    assert run(tmp_path, "demo", "--scale", "1", "--yes") == 0
    assert _young_people(tmp_path, capsys) == 1
