"""Documents and the photograph reach the same keyworker's other laptop, byte for byte,
however many large ones wait to be sent together."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from datetime import date

from sqlalchemy import select

from keyworker_desktop.services import documents, photo
from keyworker_desktop.services.consent import record_consent
from keyworker_desktop.services.referrals import Referral, take_referral
from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Consent, Document
from keyworker_desktop.sync.client import within_push_bytes

from .conftest import Running
from .test_client import laptop

TODAY = date.today()
PNG = b"\x89PNG\r\n\x1a\n" + b"\x01\x02" * 500


def test_documents_and_photo_reach_the_keyworkers_other_laptop(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    # Three 3 MB documents: together over the size a push batch is cut at, so the push
    # sends them in turn.
    large = [b"%PDF-1.7\n" + os.urandom(3_000_000 - 9) for _ in range(3)]
    with sam.store.transaction() as s:
        yp_id = take_referral(s, Referral("Ava", "Reed"), TODAY).young_person.id
        consent = record_consent(s, yp_id, kind="photo", given_by="young_person",
                                 given_on=TODAY, today=TODAY)
        form = documents.attach(s, yp_id, b"%PDF-1.4\nsigned", "consent.pdf",
                                kind="consent_form", attached_to="consent",
                                attached_to_id=consent.id)
        scans = [documents.attach(s, yp_id, data, f"scan-{i}.pdf") for i, data in
                 enumerate(large)]
        photo.set_photo(s, yp_id, PNG)
        consent_id = consent.id
    up = sam.sync()
    assert up.rejected == [] and sam.pending_count() == 0
    assert up.requests >= 4  # the three large documents went one push each

    second = laptop(make_store, server, "sam")  # sam's second laptop, a fresh store
    second.sync()
    with second.store.session() as s:
        held = {d.id: d for d in s.scalars(select(Document))}
        assert held[form.id].content == b"%PDF-1.4\nsigned"
        for row, data in zip(scans, large, strict=True):
            got = held[row.id]
            assert got.content == data and got.sha256 == hashlib.sha256(data).hexdigest()
            assert (got.filename, got.size_bytes) == (row.filename, len(data))
        shared = s.get(Consent, consent_id)
        assert shared is not None and shared.signed_document_id == form.id
        assert photo.photo_shown(s, yp_id) == PNG

    with sam.store.transaction() as s:
        documents.remove(s, scans[0].id)
    sam.sync()
    second.sync()
    with second.store.session() as s:
        assert scans[0].id not in {d.id for d in documents.documents_for(s, yp_id)}


def test_a_push_is_cut_by_size_but_never_empty() -> None:
    class Row:
        def __init__(self, size: int) -> None:
            self.size = size

    rows = [Row(1_000), Row(2_000_000), Row(2_000_000), Row(10)]
    assert within_push_bytes(rows, 3_000_000) == rows[:2]
    alone = [Row(5_000_000), Row(1)]
    assert within_push_bytes(alone, 3_000_000) == alone[:1]
