"""Attaching, listing, reading, removing and copying out documents; the photograph."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, select

from keyworker_desktop.services import documents, photo
from keyworker_desktop.services.consent import record_consent
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store import keys
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import AuditEvent, ChangeLogEntry, Consent, Document
from keyworker_desktop.sync.server.validate import MAX_BODY

TODAY = date(2025, 3, 10)
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG_BYTES = b"\xff\xd8\xff\xe0" + b"\x00" * 40


def zipped(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    st = Store.create(tmp_path / "s", "correct horse battery", user_name="Sam Keyworker",
                      kdf=keys.TEST_KDF)
    yield st
    st.close()


@pytest.fixture
def yp_id(store: Store) -> str:
    with store.transaction() as s:
        return take_referral(s, Referral("Ava", "Reed", date_of_birth=date(2012, 4, 3)),
                             TODAY).young_person.id


@pytest.mark.parametrize(("data", "name", "media_type"), [
    (PDF_BYTES, "form.pdf", "application/pdf"),
    (PDF_BYTES, "scan.bin", "application/pdf"),  # the content decides, not the name
    (PNG_BYTES, "photo.png", "image/png"),
    (JPEG_BYTES, "photo.JPG", "image/jpeg"),
    (zipped({"[Content_Types].xml": b"<t/>", "word/document.xml": b"<w/>"}), "a.docx",
     documents.DOCX.media_type),
    (zipped({"xl/workbook.xml": b"<x/>"}), "a.xlsx", documents.XLSX.media_type),
    (zipped({"mimetype": b"application/vnd.oasis.opendocument.text"}), "a.odt",
     documents.ODT.media_type),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old.doc", "application/msword"),
    ("Notes from school, café\n".encode(), "notes.txt", "text/plain"),
])
def test_accepted_types_are_judged_by_content(data: bytes, name: str, media_type: str) -> None:
    assert documents.check_file(data, name).media_type == media_type


@pytest.mark.parametrize(("data", "name"), [
    (b"MZ\x90\x00" + b"\x00" * 60, "form.pdf"),  # a program named as a PDF
    (zipped({"payload": b"x"}), "a.docx"),  # a zip that is not an office document
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "x.msi"),
    (b"plain words", "notes.sh"),
    (b"bin\x00ary", "notes.txt"),
    (b"", "empty.pdf"),
])
def test_other_files_are_refused_plainly(data: bytes, name: str) -> None:
    with pytest.raises(ValidationError) as exc:
        documents.check_file(data, name)
    assert exc.value.field == "file"
    assert "cannot be attached" in exc.value.message or "empty" in exc.value.message


def test_a_document_that_can_be_attached_fits_one_push() -> None:
    # base64 makes 4 bytes of every 3, and the change travels with its other fields.
    assert documents.MAX_DOCUMENT_BYTES * 4 // 3 + 64 * 1024 < MAX_BODY


def test_too_large_is_refused_with_the_limit_and_nothing_is_written(store: Store,
                                                                    yp_id: str) -> None:
    big = PDF_BYTES + b"0" * documents.MAX_DOCUMENT_BYTES
    with pytest.raises(ValidationError) as exc, store.transaction() as s:
        documents.attach(s, yp_id, big, "huge.pdf")
    assert "20.0 MB" in exc.value.message and "at most" in exc.value.message
    with store.session() as s:
        assert s.scalars(select(Document)).all() == []


def test_attach_list_read_and_remove(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        row = documents.attach(s, yp_id, PDF_BYTES, "C:\\scans\\letter.pdf",
                               kind="letter")
    assert row.filename == "letter.pdf" and row.size_bytes == len(PDF_BYTES)
    assert row.viewer == "pdf" and len(row.sha256) == 64
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with store.session() as s:
            listed = documents.documents_for(s, yp_id)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    assert [d.id for d in listed] == [row.id]
    # Listing never loads the content.
    assert any("FROM document" in q for q in statements)
    assert not any("document.content" in q for q in statements)
    with store.transaction() as s:
        shown, content = documents.read_document(s, row.id)
        assert content == PDF_BYTES and shown.id == row.id
    with store.transaction() as s:
        documents.remove(s, row.id)
    with store.session() as s:
        assert documents.documents_for(s, yp_id) == []
        kept = s.get(Document, row.id)
        assert kept is not None and kept.deleted_at is not None  # tombstoned, not deleted
        ops = s.scalars(select(ChangeLogEntry.op).where(ChangeLogEntry.record_id == row.id))
        assert list(ops) == ["insert", "delete"]
        views = s.scalars(select(AuditEvent.action).where(AuditEvent.record_id == row.id,
                                                          AuditEvent.action == "view"))
        assert list(views) == ["view"]
    with pytest.raises(ValidationError), store.transaction() as s:
        documents.read_document(s, row.id)


def test_a_signed_consent_form_is_linked_both_ways(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        consent = record_consent(s, yp_id, kind="keyworker", given_by="young_person",
                                 given_on=TODAY, today=TODAY)
        row = documents.attach(s, yp_id, PDF_BYTES, "consent.pdf", kind="consent_form",
                               attached_to="consent", attached_to_id=consent.id)
        consent_id = consent.id
    with store.session() as s:
        got = s.get(Consent, consent_id)
        assert got is not None and got.signed_document_id == row.id
        assert documents.documents_for(s, yp_id)[0].attached_to_id == consent_id
    with store.transaction() as s:
        documents.remove(s, row.id)
    with store.session() as s:
        got = s.get(Consent, consent_id)
        assert got is not None and got.signed_document_id is None


def test_attaching_to_someone_elses_consent_is_refused(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        other = take_referral(s, Referral("Ben", "Cole"), TODAY).young_person.id
        consent = record_consent(s, other, kind="keyworker", given_by="young_person",
                                 given_on=TODAY, today=TODAY)
        consent_id = consent.id
    with pytest.raises(ValidationError), store.transaction() as s:
        documents.attach(s, yp_id, PDF_BYTES, "c.pdf", attached_to="consent",
                         attached_to_id=consent_id)


def test_save_a_copy_writes_the_file_and_audits(store: Store, yp_id: str,
                                                tmp_path: Path) -> None:
    with store.transaction() as s:
        row = documents.attach(s, yp_id, PNG_BYTES, "drawing.png")
    out = tmp_path / "out" / "drawing.png"
    with store.transaction() as s:
        documents.save_copy(s, row.id, out)
    assert out.read_bytes() == PNG_BYTES
    with store.session() as s:
        event = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).one()
        assert (event.entity, event.record_id, event.young_person_id) == (
            "document", row.id, yp_id)
        assert "not encrypted" in event.detail and "drawing" not in event.detail


def test_a_copy_that_cannot_be_written_is_not_audited(store: Store, yp_id: str,
                                                      tmp_path: Path) -> None:
    with store.transaction() as s:
        row = documents.attach(s, yp_id, PNG_BYTES, "drawing.png")
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with pytest.raises(documents.CopyNotSaved), store.transaction() as s:
        documents.save_copy(s, row.id, blocker / "inside.png")
    with store.session() as s:
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all() == []


def test_the_photograph_shows_only_with_photo_consent(store: Store, yp_id: str) -> None:
    with store.transaction() as s:
        photo.set_photo(s, yp_id, PNG_BYTES)
    with store.session() as s:
        assert photo.has_photo(s, yp_id) and photo.photo_shown(s, yp_id) is None
    with store.transaction() as s:
        record_consent(s, yp_id, kind="photo", given_by="young_person", given_on=TODAY,
                       today=TODAY)
    with store.session() as s:
        assert photo.photo_shown(s, yp_id) == PNG_BYTES
    with pytest.raises(ValidationError), store.transaction() as s:
        photo.set_photo(s, yp_id, JPEG_BYTES)
    with store.transaction() as s:
        photo.remove_photo(s, yp_id)
    with store.session() as s:
        assert not photo.has_photo(s, yp_id) and photo.photo_shown(s, yp_id) is None
