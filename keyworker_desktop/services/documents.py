"""Documents attached to a young person, a consent or an allocation, held in the store.

A file is judged by what it holds (its first bytes), not by its name: PDF, PNG and JPEG
pictures, Word, Excel and OpenDocument files, and plain text. Listing never loads a
document's content. Saving a copy outside the store is audited: the copy is not encrypted.

Why :data:`MAX_DOCUMENT_BYTES` is 20 MB, within the central store's cap for one binary
value (``sync.entities.MAX_BINARY_BYTES``, 20 MiB): a document travels inside one push request,
base64-encoded (4 bytes for every 3), alone in its batch, and the central store takes
a push body of at most 32 MiB (``sync.wire.MAX_PUSH_BODY``). A larger file could be
attached here but would never sync.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePath

from sqlalchemy import select
from sqlalchemy.orm import Session, load_only

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import DocumentKind
from keyworker_desktop.store.changes import WriteContext, tombstone
from keyworker_desktop.store.errors import StoreError, ValidationError
from keyworker_desktop.store.files import atomic_write
from keyworker_desktop.store.models import Allocation, AuditEvent, Consent, Document
from keyworker_desktop.sync.entities import MAX_BINARY_BYTES

# 20 MB as people count it, within the central store's 20 MiB for one value.
MAX_DOCUMENT_BYTES = min(20_000_000, MAX_BINARY_BYTES)
MAX_FILENAME = 255


@dataclass(frozen=True)
class FileType:
    """A kind of file that can be attached: its name for people and its media type."""

    name: str
    media_type: str
    viewer: str = ""  # "pdf", "image" or "" (cannot be shown inside the app)


PDF = FileType("PDF", "application/pdf", "pdf")
PNG = FileType("PNG picture", "image/png", "image")
JPEG = FileType("JPEG picture", "image/jpeg", "image")
DOCX = FileType("Word document",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = FileType("Excel spreadsheet",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
ODT = FileType("OpenDocument text", "application/vnd.oasis.opendocument.text")
ODS = FileType("OpenDocument spreadsheet", "application/vnd.oasis.opendocument.spreadsheet")
DOC = FileType("Word 97-2003 document", "application/msword")
XLS = FileType("Excel 97-2003 spreadsheet", "application/vnd.ms-excel")
TEXT = FileType("Plain text", "text/plain")

ACCEPTED = (PDF, PNG, JPEG, DOCX, XLSX, ODT, ODS, DOC, XLS, TEXT)
VIEWERS = {t.media_type: t.viewer for t in ACCEPTED}
# For the file dialog's filter: what a keyworker's files are usually called.
EXTENSIONS = ("pdf", "png", "jpg", "jpeg", "docx", "xlsx", "odt", "ods", "doc", "xls", "txt")

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODF = {"application/vnd.oasis.opendocument.text": ODT,
        "application/vnd.oasis.opendocument.spreadsheet": ODS}


@dataclass(frozen=True)
class DocumentRow:
    """A document as listed: everything but its content."""

    id: str
    young_person_id: str
    filename: str
    kind: str
    media_type: str
    size_bytes: int
    sha256: str
    attached_to: str
    attached_to_id: str | None
    signed_on: date | None
    added_at: datetime
    added_by: str

    @property
    def viewer(self) -> str:
        """"pdf" or "image" when the app can show it, "" when only a copy can be saved."""
        return VIEWERS.get(self.media_type, "")


def _problem(message: Message) -> ValidationError:
    return ValidationError([Problem("file", message)])


def size_text(size: int) -> str:
    """A size as people read it: "820 KB", "2.4 MB"."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{round(size / 1000)} KB"
    return f"{size / 1_000_000:.1f} MB"


def _office_zip(data: bytes) -> FileType | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return DOCX
            if "xl/workbook.xml" in names:
                return XLSX
            if "mimetype" in names and zf.getinfo("mimetype").file_size < 100:
                return _ODF.get(zf.read("mimetype").decode("ascii", "replace").strip())
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, NotImplementedError):
        return None
    return None


def _plain_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:  # Windows editors still save text as cp1252
            data.decode("cp1252")
        except UnicodeDecodeError:
            return False
    return True


def detect_type(data: bytes, filename: str) -> FileType | None:
    """The accepted type ``data`` is, from its first bytes (its name decides only what its
    bytes cannot: plain text, and Word or Excel in the old shared format)."""
    suffix = PurePath(filename).suffix.lower()
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"PK\x03\x04"):
        return _office_zip(data)
    if data.startswith(_OLE):
        return {".doc": DOC, ".xls": XLS}.get(suffix)
    if suffix == ".txt" and _plain_text(data):
        return TEXT
    return None


def check_size(size: int) -> None:
    """Refuse an empty file or one over :data:`MAX_DOCUMENT_BYTES` (before reading it)."""
    if size == 0:
        raise _problem(Message("documents.file_empty", QT_TRANSLATE_NOOP(
                "Errors", "The file is empty.")))
    if size > MAX_DOCUMENT_BYTES:
        raise _problem(
            Message("documents.file_size_text", QT_TRANSLATE_NOOP(
                    "Errors", "The file is {size}; a document can be at most {limit} "
                    "so that it can sync to the central store. Scan it again at a "
                    "lower resolution, or save it as a smaller PDF."),
                    size=size_text(size), limit=size_text(MAX_DOCUMENT_BYTES)))


def check_file(data: bytes, filename: str) -> FileType:
    """The file's type, or a :class:`ValidationError` saying plainly why it cannot be held."""
    name = PurePath(filename.replace("\\", "/")).name.strip()
    if not name:
        raise _problem(Message("documents.file_has_no", QT_TRANSLATE_NOOP(
                "Errors", "The file has no name.")))
    if len(name) > MAX_FILENAME:
        raise _problem(Message("documents.file_s_name", QT_TRANSLATE_NOOP(
                "Errors", "The file's name is longer than {MAX_FILENAME} characters: rename it "
                "and attach it again."),
                MAX_FILENAME=MAX_FILENAME))
    check_size(len(data))
    found = detect_type(data, name)
    if found is None:
        raise _problem(Message("documents.kind_file_cannot", QT_TRANSLATE_NOOP(
                "Errors", "This kind of file cannot be attached. Attach a PDF, a PNG or JPEG "
                "picture, a Word, Excel or OpenDocument file, or plain text (.txt).")))
    return found


def _row(d: Document) -> DocumentRow:
    return DocumentRow(
        id=d.id, young_person_id=d.young_person_id, filename=d.filename, kind=d.kind,
        media_type=d.media_type, size_bytes=d.size_bytes, sha256=d.sha256,
        attached_to=d.attached_to, attached_to_id=d.attached_to_id, signed_on=d.signed_on,
        added_at=d.created_at, added_by=d.created_by)


_LISTED = (Document.id, Document.young_person_id, Document.filename, Document.kind,
           Document.media_type, Document.size_bytes, Document.sha256, Document.attached_to,
           Document.attached_to_id, Document.signed_on, Document.created_at,
           Document.created_by, Document.deleted_at)


def _target(session: Session, yp_id: str, attached_to: str,
            attached_to_id: str | None) -> Consent | Allocation | None:
    if attached_to == "":
        return None
    found: Consent | Allocation | None
    if attached_to == "consent":
        found = session.get(Consent, attached_to_id) if attached_to_id else None
    elif attached_to == "allocation":
        found = session.get(Allocation, attached_to_id) if attached_to_id else None
    else:
        raise _problem(Message("documents.document_attached_young", QT_TRANSLATE_NOOP(
                "Errors", "A document is attached to a young person, a consent or an allocation.")))
    if found is None or found.deleted_at is not None or found.young_person_id != yp_id:
        raise _problem(Message("documents.attached_not_on", QT_TRANSLATE_NOOP(
                "Errors", "That {attached_to} is not on this young person's record."),
                attached_to=attached_to))
    return found


def attach(session: Session, yp_id: str, data: bytes, filename: str, *,
           kind: str = DocumentKind.OTHER, attached_to: str = "",
           attached_to_id: str | None = None, signed_on: date | None = None) -> DocumentRow:
    """Hold ``data`` under the young person (and the consent or allocation named): its
    signed form or agreement points at it. Nothing is written when the file is refused."""
    file_type = check_file(data, filename)
    if kind not in set(DocumentKind):
        raise _problem(Message("documents.choose_what_kind", QT_TRANSLATE_NOOP(
                "Errors", "Choose what kind of document this is.")))
    target = _target(session, yp_id, attached_to, attached_to_id)
    doc = Document(
        young_person_id=yp_id, kind=kind, filename=PurePath(filename.replace("\\", "/")).name,
        media_type=file_type.media_type, content=data, signed_on=signed_on,
        attached_to=attached_to, attached_to_id=attached_to_id if target else None,
        size_bytes=len(data), sha256=hashlib.sha256(data).hexdigest())
    session.add(doc)
    session.flush()
    if isinstance(target, Consent):
        target.signed_document_id = doc.id
    elif isinstance(target, Allocation):
        target.agreement_document_id = doc.id
    session.flush()
    return _row(doc)


def documents_for(session: Session, yp_id: str) -> list[DocumentRow]:
    """The young person's documents, newest first, without loading their content."""
    rows = session.scalars(
        select(Document).options(load_only(*_LISTED))
        .where(Document.young_person_id == yp_id, Document.deleted_at.is_(None))
        .order_by(Document.created_at.desc(), Document.id.desc())
    ).all()
    return [_row(d) for d in rows]


def _live(session: Session, doc_id: str) -> Document:
    doc = session.get(Document, doc_id)
    if doc is None or doc.deleted_at is not None:
        raise _problem(Message("documents.document_no_longer", QT_TRANSLATE_NOOP(
                "Errors", "That document is no longer on the record.")))
    return doc


def _audit(session: Session, doc: Document, action: str, detail: str) -> None:
    ctx: WriteContext = session.info["write_context"]
    session.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device, action=action,
                           entity="document", record_id=doc.id,
                           young_person_id=doc.young_person_id, detail=detail))


def read_document(session: Session, doc_id: str) -> tuple[DocumentRow, bytes]:
    """A document and its content, to show inside the app; the viewing is audited."""
    doc = _live(session, doc_id)
    _audit(session, doc, "view", "document shown in the app")
    return _row(doc), doc.content


def remove(session: Session, doc_id: str) -> None:
    """Take a document off the record (a tombstone, as every record); a consent or
    allocation that pointed at it no longer does."""
    doc = _live(session, doc_id)
    tombstone(session, doc)
    for consent in session.scalars(select(Consent).where(Consent.signed_document_id == doc_id)):
        consent.signed_document_id = None
    for allocation in session.scalars(
            select(Allocation).where(Allocation.agreement_document_id == doc_id)):
        allocation.agreement_document_id = None
    session.flush()


class CopyNotSaved(StoreError):
    """The copy could not be written where it was asked for."""

    def __init__(self, reason: str) -> None:
        super().__init__(Message("documents.copy_not_saved", QT_TRANSLATE_NOOP(
            "Errors", "The copy could not be saved there ({reason}). Nothing was saved."),
            reason=reason))


def save_copy(session: Session, doc_id: str, path: Path) -> Path:
    """Write the document to ``path`` outside the store (not encrypted) and audit it.

    Call inside a transaction: if the file cannot be written nothing is audited; the file
    is written whole or not at all.
    """
    doc = _live(session, doc_id)
    _audit(session, doc, "export", "copy saved outside the store (not encrypted)")
    session.flush()
    try:
        atomic_write(path, doc.content)
    except OSError as exc:
        raise CopyNotSaved(exc.strerror or type(exc).__name__) from None
    return path


def attachment_targets(session: Session, yp_id: str) -> dict[str, tuple[str, str]]:
    """What a document may hang from: each consent's id -> ("consent", its kind) and each
    allocation's id -> ("allocation", the staff member's name)."""
    out: dict[str, tuple[str, str]] = {}
    for consent in session.scalars(select(Consent).where(Consent.young_person_id == yp_id)):
        out[consent.id] = ("consent", consent.kind)
    for allocation in session.scalars(
            select(Allocation).where(Allocation.young_person_id == yp_id)):
        out[allocation.id] = ("allocation", allocation.staff.name)
    return out


__all__ = ["ACCEPTED", "EXTENSIONS", "MAX_DOCUMENT_BYTES", "CopyNotSaved", "DocumentKind",
           "DocumentRow", "FileType", "attach", "attachment_targets", "check_file",
           "check_size", "detect_type", "documents_for", "read_document", "remove",
           "save_copy", "size_text"]
