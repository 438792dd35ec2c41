"""Full-text search over the encrypted store's FTS5 index, ranked by BM25."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

KIND_LABELS = {
    "young_person": "Young people",
    "family_member": "Family and carers",
    "professional": "Professionals",
    "visit": "Visits",
    "session_note": "Session notes",
    "addendum": "Session notes",
    "dsr_entry": "Dynamic Support Register",
    "meeting": "Meetings",
    "action": "Actions",
    "goal": "Goals",
}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    young_person_id: str
    title: str
    snippet: str

    @property
    def group(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def fts_query(user_text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word, prefix-matched."""
    words = re.findall(r"\w+", user_text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words[:12])


def search(session: Session, user_text: str, limit: int = 50) -> list[SearchHit]:
    query = fts_query(user_text)
    if query is None:
        return []
    rows = session.execute(
        text(
            "SELECT kind, record_id, young_person_id, title, "
            "snippet(search_index, 4, '[', ']', '…', 12) "
            "FROM search_index WHERE search_index MATCH :q "
            "ORDER BY bm25(search_index, 0, 0, 0, 4.0, 1.0) LIMIT :limit"
        ),
        {"q": query, "limit": limit},
    )
    return [SearchHit(*r) for r in rows]
