"""Nothing written under the data folder holds personal data in the clear."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

from keyworker_desktop.store.database import Store
from keyworker_desktop.store.models import (
    NetworkLink,
    Professional,
    SessionNote,
    Visit,
    YoungPerson,
)

MARKERS = [
    "Xylophonia", "Quernsbury", "purple-elephant-unicorn-87", "Dr Zanzibar Oddfellow",
    "Glimmerthwaite Clinic", "Wobbleton Hospital", "uncommitted-marmalade-42",
]


def _leaks(root: Path, markers: Sequence[str] = MARKERS) -> list[str]:
    """Each marker found in the clear, in UTF-8 or UTF-16, in any file below ``root``."""
    found = []
    files = [p for p in root.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        for marker in markers:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if marker.encode(encoding) in data:
                    found.append(f"{marker} ({encoding}) in {path.relative_to(root)}")
    return found


def test_no_marker_in_any_file_during_and_after_use(store: Store, root: Path) -> None:
    with store.transaction() as s:
        yp = YoungPerson(given_name="Xylophonia", family_name="Quernsbury")
        pro = Professional(name="Dr Zanzibar Oddfellow", agency="Glimmerthwaite Clinic")
        s.add_all([yp, pro])
        s.flush()
        s.add(NetworkLink(young_person_id=yp.id, professional_id=pro.id))
        note = SessionNote(young_person_id=yp.id, session_on=date(2024, 5, 1),
                           discussed="purple-elephant-unicorn-87")
        s.add(note)
        s.add(Visit(young_person_id=yp.id, starts_at=datetime(2024, 5, 1, 10),
                    place_name="Wobbleton Hospital"))
    store.backup()

    with store.transaction() as s:  # an open write transaction, WAL in use
        s.get(SessionNote, note.id).agreed = "uncommitted-marmalade-42"  # type: ignore[union-attr]
        s.flush()
        wal = store.paths.db.with_name(store.paths.db.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        assert _leaks(root) == []

    with store.session() as s:  # the data really is there, and searchable
        hits = s.connection().exec_driver_sql(
            "SELECT kind FROM search_index WHERE search_index MATCH 'marmalade'").all()
        assert hits == [("session_note",)]
    assert _leaks(root) == []
    store.close()
    assert _leaks(root) == []


def test_the_scan_would_see_a_plain_copy(store: Store, root: Path) -> None:
    (root / "logs").mkdir()
    (root / "logs" / "app.log").write_text("saw Quernsbury", encoding="utf-16")
    assert "Quernsbury (utf-16-le) in logs/app.log" in _leaks(root)
