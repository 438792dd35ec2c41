"""``export`` for a subject access request, on a store that never held the demo."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from keyworker_desktop import cli
from keyworker_desktop.services import documents, photo
from keyworker_desktop.services.consent import record_consent
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import AuditEvent, Staff
from keyworker_desktop.store.models.people import Allocation

from .conftest import PASS

TODAY = date(2025, 3, 10)
FORM = b"%PDF-1.4\nsigned consent form"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256))


def run(root: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(root), *args])


@pytest.fixture
def ava(root: Path) -> str:
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.transaction() as s:
            yp_id = take_referral(s, Referral("Ava", "Reed", date_of_birth=date(2012, 4, 3),
                                              referred_by="School SENCo"),
                                  TODAY).young_person.id
            consent = record_consent(s, yp_id, kind="keyworker", given_by="young_person",
                                     given_on=TODAY, today=TODAY)
            documents.attach(s, yp_id, FORM, "consent form.pdf", kind="consent_form",
                             attached_to="consent", attached_to_id=consent.id)
            documents.attach(s, yp_id, b"Notes from school", "notes.txt")
            removed = documents.attach(s, yp_id, b"Old notes", "notes.txt")
            documents.remove(s, removed.id)
            photo.set_photo(s, yp_id, PNG)
            staff = Staff(name="Sam Keyworker")
            s.add(staff)
            s.flush()
            s.add(Allocation(young_person_id=yp_id, staff_id=staff.id, starts_on=TODAY))
            return yp_id
    finally:
        store.close()


def test_export_holds_json_pdf_and_attachments_and_is_audited(
        root: Path, ava: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "sar" / "ava.zip"
    assert run(root, "export", "Ava Reed", "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.err and "3 attachments" in captured.out
    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        assert {"README.txt", "summary.pdf", "record.json", "photo.png",
                "attachments/consent form.pdf", "attachments/notes.txt",
                "attachments/removed/notes (2).txt"} <= names
        assert zf.read("attachments/consent form.pdf") == FORM
        assert zf.read("attachments/notes.txt") == b"Notes from school"
        assert zf.read("photo.png") == PNG
        data = json.loads(zf.read("record.json"))
        pdf = zf.read("summary.pdf")
    assert data["young_person"]["given_name"] == "Ava"
    assert data["young_person"]["photo_png"] == {"bytes": len(PNG), "file": "photo.png"}
    records = data["records"]
    assert [c["kind"] for c in records["consent"]] == ["keyworker"]
    assert records["dsr_entry"][0]["referred_by"] == "School SENCo"
    docs = {d["file"]: d for d in records["document"]}
    assert docs["attachments/removed/notes (2).txt"]["deleted_at"] is not None
    assert "content" not in docs["attachments/notes.txt"]
    assert [s["name"] for s in data["staff"]] == ["Sam Keyworker"]
    assert any(a["action"] == "create" for a in data["audit"])
    assert pdf.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Record of Ava Reed" in text and "School SENCo" in text
    assert "Sam Keyworker: Keyworker" in text and "consent form.pdf" in text
    assert "Old notes" not in text  # removed: in record.json only

    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            [event] = s.scalars(select(AuditEvent).where(AuditEvent.action == "export"))
    finally:
        store.close()
    assert (event.entity, event.record_id) == ("young_person", ava)
    assert "subject access" in event.detail


def test_an_existing_file_is_kept_unless_forced(root: Path, ava: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ava.zip"
    out.write_bytes(b"keep me")
    assert run(root, "export", ava, "--out", str(out)) == 1
    assert "exists already" in capsys.readouterr().err
    assert out.read_bytes() == b"keep me"
    assert run(root, "export", ava, "--out", str(out), "--force", "--json") == 0
    assert json.loads(capsys.readouterr().out)["attachments"] == 3
    assert zipfile.is_zipfile(out)


def test_nobody_matching_exports_nothing(root: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.zip"
    assert run(root, "export", "Nobody", "--out", str(out)) == 6
    assert not out.exists()


def test_a_place_that_cannot_be_written_exports_and_audits_nothing(
        root: Path, ava: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    assert run(root, "export", ava, "--out", str(blocker / "ava.zip")) == 1
    assert "could not be saved" in capsys.readouterr().err
    store = Store.open(root, PASS, daily_backup=False)
    try:
        with store.session() as s:
            assert s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all() == []
    finally:
        store.close()
