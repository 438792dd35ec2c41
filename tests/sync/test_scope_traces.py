"""After a young person leaves the laptop (sync/scope.py), no trace of them stays behind.

In the style of tests/store/test_plaintext.py, every file in the data folder is
scanned for their words; and because SQLCipher encrypts every page, the database's
pages are also decrypted here (with the store's data key) and scanned, free pages,
the full-text index's segments and all, in any letter case.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import Document, FamilyMember, SessionNote, Visit, YoungPerson
from tests.store.test_plaintext import _leaks

from .conftest import Running
from .test_client import allocate, laptop

MARKERS = ["Xylophonia", "Quernsbury", "purple-elephant-unicorn-87", "Wobbleton Hospital",
           "Glimmerthwaite", "marmalade-document-42"]
PAGE, RESERVE, SALT = 4096, 80, 16  # SQLCipher 4: IV (16) and HMAC-SHA512 (64) per page


def decrypted_pages(store: Store) -> bytes:
    """Every page of the database file, decrypted (AES-256-CBC with the raw data key)."""
    raw = store.paths.db.read_bytes()
    assert raw and len(raw) % PAGE == 0
    out = bytearray()
    for offset in range(0, len(raw), PAGE):
        page = raw[offset:offset + PAGE]
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(store.data_key), modes.CBC(iv)).decryptor()
        out += dec.update(page[SALT if offset == 0 else 0:PAGE - RESERVE]) + dec.finalize()
    return bytes(out)


def in_pages(store: Store) -> list[str]:
    pages = decrypted_pages(store).lower()
    return [m for m in MARKERS if m.lower().encode() in pages]


def in_files(root: Path) -> list[str]:
    return _leaks(root, MARKERS)


def checkpoint(store: Store) -> None:
    """As closing the store does: the WAL's pages into the database, and the WAL emptied."""
    raw = store.engine.raw_connection()
    try:
        assert raw.driver_connection is not None
        busy, _log, _done = raw.driver_connection.execute(
            "PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        assert busy == 0
    finally:
        raw.close()


def test_no_trace_of_a_removed_young_person_in_the_data_folder(
        make_store: Callable[[str], Store], server: Running) -> None:
    sam = laptop(make_store, server, "sam")
    store = sam.store
    with store.transaction() as s:
        jo = YoungPerson(given_name="Xylophonia", family_name="Quernsbury",
                         photo_png=b"\x89PNG Glimmerthwaite")
        kit = YoungPerson(given_name="Kit", family_name="Stays")
        s.add_all([jo, kit])
        s.flush()
        s.add_all([
            SessionNote(young_person_id=jo.id, session_on=date(2024, 5, 1),
                        discussed="purple-elephant-unicorn-87"),
            Visit(young_person_id=jo.id, starts_at=datetime(2024, 5, 1, 10),
                  place_name="Wobbleton Hospital"),
            FamilyMember(young_person_id=jo.id, name="Quernsbury parent"),
            Document(young_person_id=jo.id, filename="consent.txt",
                     content=b"marmalade-document-42"),
            SessionNote(young_person_id=kit.id, session_on=date(2024, 5, 1), discussed="ok"),
        ])
    sam.sync()
    with store.transaction() as s:  # an edit, so older values sit in history and free pages
        got = s.get(YoungPerson, jo.id)
        assert got is not None
        got.interests = "Xylophonia likes trains"
    sam.sync()
    checkpoint(store)
    assert in_pages(store) == MARKERS  # the scan sees them while they are here

    allocate(server, "alex", jo.id)
    assert sam.sync().removed_young_person_ids == [jo.id]
    checkpoint(store)

    assert in_pages(store) == []
    root = store.paths.root
    assert in_files(root) == []
    store.close()
    assert in_files(root) == []
