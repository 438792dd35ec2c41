"""The young person's photograph: kept as a small PNG, shown only while photo consent is in
force (the record, the network map and the easy-read plan all ask here or check the same)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Message
from keyworker_desktop.domain.rules import Problem
from keyworker_desktop.domain.vocab import ConsentKind
from keyworker_desktop.services.records import consents_in_force
from keyworker_desktop.store.errors import ValidationError
from keyworker_desktop.store.models import YoungPerson

# The interface crops and scales to PHOTO_PIXELS square before saving; a PNG of that size
# is well under this.
PHOTO_PIXELS = 512
MAX_PHOTO_BYTES = 1_500_000
_PNG = b"\x89PNG\r\n\x1a\n"


def _young_person(session: Session, yp_id: str) -> YoungPerson:
    yp = session.get(YoungPerson, yp_id)
    if yp is None or yp.deleted_at is not None:
        raise KeyError(yp_id)
    return yp


def photo_shown(session: Session, yp_id: str) -> bytes | None:
    """The photograph, only while a photo consent is in force (else None)."""
    yp = _young_person(session, yp_id)
    if not yp.photo_png or ConsentKind.PHOTO not in consents_in_force(session, yp_id):
        return None
    return yp.photo_png


def has_photo(session: Session, yp_id: str) -> bool:
    return bool(_young_person(session, yp_id).photo_png)


def set_photo(session: Session, yp_id: str, png: bytes) -> None:
    """Keep ``png`` (already cropped and scaled) as the young person's photograph."""
    if not png.startswith(_PNG):
        raise ValidationError([Problem("photo", Message(
                "photo.photograph_must_saved", QT_TRANSLATE_NOOP(
                "Errors", "The photograph must be saved as a PNG.")))])
    if len(png) > MAX_PHOTO_BYTES:
        raise ValidationError([Problem("photo", Message(
                "photo.photograph_too_large", QT_TRANSLATE_NOOP(
                "Errors", "The photograph is too large: crop it smaller.")))])
    _young_person(session, yp_id).photo_png = png
    session.flush()


def remove_photo(session: Session, yp_id: str) -> None:
    _young_person(session, yp_id).photo_png = None
    session.flush()
