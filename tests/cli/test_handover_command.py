"""``keyworker handover YP --out FILE.pdf`` on a store that never held the demo."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from keyworker_desktop import cli
from keyworker_desktop.services.handover import record_handover
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent, YoungPerson

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


def exports(root: Path) -> int:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            return s.query(AuditEvent).filter(AuditEvent.action == "export").count()
    finally:
        store.close()


def test_handover_saves_a_pdf_and_says_it_is_not_encrypted(
        root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ava handover.pdf"
    assert run(root, "handover", "Ava Reed", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert "not encrypted" in said and "permission to hand over is not recorded" in said
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                              check=True).stdout.decode()
        assert "Ava Reed" in text and "Handover summary" in text
    assert exports(root) == 1


def test_handover_json_after_permission(root: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            yp_id = s.query(YoungPerson).one().id
            record_handover(s, yp_id, to="Priya Shah", handover_on=date.today(),
                            family_permission=True, today=date.today())
    finally:
        store.close()
    out = tmp_path / "ava.pdf"
    assert run(root, "handover", "Ava", "--out", str(out), "--json") == 0
    said = json.loads(capsys.readouterr().out)
    assert said["family_permission_recorded"] is True and said["encrypted"] is False
    assert said["bytes"] == out.stat().st_size
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                              check=True).stdout.decode()
        assert "Priya Shah" in text and "not recorded. Do not share" not in text


@pytest.mark.parametrize("name", ["ava.txt", "missing-folder/ava.pdf"])
def test_bad_out_writes_nothing(root: Path, tmp_path: Path, name: str,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert run(root, "handover", "Ava Reed", "--out", str(tmp_path / name)) == 2
    assert capsys.readouterr().err.strip()
    assert not (tmp_path / name).exists()
    assert exports(root) == 0


def test_unknown_young_person(root: Path, tmp_path: Path) -> None:
    assert run(root, "handover", "Nobody", "--out", str(tmp_path / "x.pdf")) == 6
    assert not (tmp_path / "x.pdf").exists()
