"""Everything held about one young person, in one zip, for a subject access request.

The zip holds ``record.json`` (every record filed under them, removed ones included, the
staff and professionals those records name, and the audit of who looked at or changed
their record), ``summary.pdf`` (a readable summary of what is current), the attachments
under ``attachments/`` and ``README.txt``. The zip is not encrypted; making it is audited.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message, translate
from keyworker_desktop.easyread.record_summary import render_summary
from keyworker_desktop.services.subject_access_summary import summary_sections
from keyworker_desktop.store.changes import WriteContext
from keyworker_desktop.store.errors import StoreError
from keyworker_desktop.store.models import (
    AuditEvent,
    Base,
    BelongsToYoungPerson,
    Document,
    Professional,
    Staff,
    YoungPerson,
)

FORMAT_VERSION = 1
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')
README = QT_TRANSLATE_NOOP(
    "SubjectAccess",
    "This folder holds everything the Keyworker Desktop laptop of {actor} held about\n"
    "{name} on {day}, made for a subject access request.\n"
    "\n"
    "  summary.pdf     a readable summary of the current record\n"
    "  record.json     every record filed under them, including ones removed from the record\n"
    "                  (they have a \"deleted_at\" date), the staff and professionals those\n"
    "                  records name, and the audit of who looked at or changed the record\n"
    "  attachments/    the documents attached to the record, as they were attached;\n"
    "                  attachments/removed/ holds documents that were taken off the record\n"
    "  photo.png       the photograph, if one is held\n"
    "\n"
    "This copy is NOT encrypted. Keep it safe and delete it when it has been handed over.\n")


class ExportExists(Exception):
    """The export file is there already (and overwriting was not asked for)."""


class ExportNotWritten(StoreError):
    """The zip could not be written where it was asked for."""

    def __init__(self, reason: str) -> None:
        super().__init__(Message("subject_access.export_not_written", QT_TRANSLATE_NOOP(
            "Errors", "The export could not be saved there ({reason}). Nothing was exported."),
            reason=reason))


@dataclass(frozen=True)
class Exported:
    path: Path
    records: int
    attachments: int
    size_bytes: int


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes": len(value)}
    return value


def _as_dict(obj: object, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {c.key: _plain(getattr(obj, c.key)) for c in inspect(type(obj)).column_attrs
            if c.key not in skip}


def safe_name(filename: str, fallback: str = "document") -> str:
    """A file name that stays inside its folder on any system."""
    name = _UNSAFE.sub("_", PurePath(filename.replace("\\", "/")).name).strip(" .")
    return name[:150] or fallback


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = os.path.splitext(name)
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem} ({n}){suffix}"
    used.add(candidate.casefold())
    return candidate


def _owned_models() -> list[type[BelongsToYoungPerson]]:
    return sorted((m.class_ for m in Base.registry.mappers
                   if issubclass(m.class_, BelongsToYoungPerson)),
                  key=lambda cls: cls.__tablename__)


def _referenced(rows: list[object], target: str) -> set[str]:
    """Ids in ``rows``' columns that point at table ``target`` (staff, professional)."""
    ids: set[str] = set()
    for row in rows:
        for column in inspect(type(row)).columns:
            if any(fk.column.table.name == target for fk in column.foreign_keys):
                value = getattr(row, column.key, None)
                if value:
                    ids.add(value)
    return ids


def collect(session: Session, yp_id: str) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The record as plain data, and the files to go beside it (zip path -> bytes)."""
    yp = session.get(YoungPerson, yp_id)
    if yp is None:
        raise KeyError(yp_id)
    files: dict[str, bytes] = {}
    person = _as_dict(yp)
    if yp.photo_png:
        files["photo.png"] = yp.photo_png
        person["photo_png"] = {"bytes": len(yp.photo_png), "file": "photo.png"}
    records: dict[str, list[dict[str, Any]]] = {}
    every: list[object] = []
    used: set[str] = set()
    for cls in _owned_models():
        rows = list(session.scalars(select(cls).where(cls.young_person_id == yp_id)
                                    .order_by(cls.created_at, cls.id)))
        every += rows
        out = []
        for row in rows:
            item = _as_dict(row, skip=("content",))
            if isinstance(row, Document):
                folder = "attachments/removed/" if row.deleted_at else "attachments/"
                path = folder + _unique(safe_name(row.filename), used)
                files[path] = row.content
                item["file"] = path
            out.append(item)
        records[cls.__tablename__] = out
    staff_ids = _referenced(every, "staff")
    professional_ids = _referenced(every, "professional")
    audit = session.scalars(
        select(AuditEvent).where(or_(AuditEvent.young_person_id == yp_id,
                                     AuditEvent.record_id == yp_id))
        .order_by(AuditEvent.at, AuditEvent.id))
    data = {
        "format": "keyworker-subject-access", "format_version": FORMAT_VERSION,
        "young_person": person,
        "records": records,
        "staff": [_as_dict(s) for s in session.scalars(
            select(Staff).where(Staff.id.in_(staff_ids)).order_by(Staff.name))],
        "professionals": [_as_dict(p) for p in session.scalars(
            select(Professional).where(Professional.id.in_(professional_ids))
            .order_by(Professional.name))],
        "audit": [_as_dict(a, skip=("pushed_at",)) for a in audit],
    }
    return data, files


def _drop(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink(missing_ok=True)


def export_subject_access(session: Session, yp_id: str, out: Path, *, today: date,
                          overwrite: bool = False) -> Exported:
    """Write the zip to ``out`` (whole or not at all) and audit it, in the caller's
    transaction. Raises :class:`ExportExists` rather than replace a file unless asked."""
    if out.exists() and not overwrite:
        raise ExportExists(str(out))
    ctx: WriteContext = session.info["write_context"]
    data, files = collect(session, yp_id)
    yp = session.get(YoungPerson, yp_id)
    assert yp is not None
    name = f"{yp.given_name} {yp.family_name}".strip()
    title, intro, sections = summary_sections(session, yp_id, actor=ctx.actor, today=today)
    pdf = render_summary(title, intro, sections,
                         footer=translate("SubjectAccess", "Subject access export, {day}. "
                                          "Not encrypted.").format(day=today.isoformat()))
    readme = translate("SubjectAccess", README).format(
        actor=ctx.actor or translate("SubjectAccess", "this keyworker"), name=name,
        day=today.isoformat())
    session.add(AuditEvent(at=ctx.utcnow(), actor=ctx.actor, device=ctx.device, action="export",
                           entity="young_person", record_id=yp_id, young_person_id=yp_id,
                           detail="subject access request export (zip, not encrypted)"))
    session.flush()
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("README.txt", readme)
            zf.writestr("summary.pdf", pdf)
            zf.writestr("record.json", json.dumps(data, indent=2, ensure_ascii=False,
                                                  sort_keys=True))
            for path, content in files.items():
                zf.writestr(path, content)
        os.replace(tmp, out)
    except OSError as exc:
        _drop(tmp)
        raise ExportNotWritten(exc.strerror or type(exc).__name__) from None
    except BaseException:
        _drop(tmp)
        raise
    count = 1 + sum(len(rows) for rows in data["records"].values())
    attachments = sum(1 for p in files if p.startswith("attachments/"))
    return Exported(out, count, attachments, out.stat().st_size)


__all__ = ["ExportExists", "ExportNotWritten", "Exported", "collect", "export_subject_access",
           "safe_name"]
