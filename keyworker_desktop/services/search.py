"""Full-text search over the encrypted store's FTS5 index, ranked by BM25."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, Labels

KIND_LABELS = Labels("Search", {
    "young_person": QT_TRANSLATE_NOOP("Search", "Young people"),
    "family_member": QT_TRANSLATE_NOOP("Search", "Family and carers"),
    "professional": QT_TRANSLATE_NOOP("Search", "Professionals"),
    "visit": QT_TRANSLATE_NOOP("Search", "Visits"),
    "session_note": QT_TRANSLATE_NOOP("Search", "Session notes"),
    "addendum": QT_TRANSLATE_NOOP("Search", "Session notes"),
    "dsr_entry": QT_TRANSLATE_NOOP("Search", "Dynamic Support Register"),
    "meeting": QT_TRANSLATE_NOOP("Search", "Meetings"),
    "action": QT_TRANSLATE_NOOP("Search", "Actions"),
    "goal": QT_TRANSLATE_NOOP("Search", "Goals"),
})


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    young_person_id: str
    title: str
    snippet: str
    #: The young person the record belongs to ("" for records of nobody's file).
    young_person_name: str = ""

    @property
    def group(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


# Marks around each matched word in a snippet: control characters no record can hold,
# so the screen can show a match as it likes and never shows markers as typed text.
MATCH_START = "\x02"
MATCH_END = "\x03"


def plain_snippet(snippet: str) -> str:
    """The snippet without its match markers."""
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")


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
            "SELECT search_index.kind, search_index.record_id, search_index.young_person_id, "
            "search_index.title, "
            "snippet(search_index, 4, :start, :end, '…', 12), "
            "yp.given_name, yp.family_name, yp.preferred_name "
            "FROM search_index LEFT JOIN young_person AS yp "
            "ON yp.id = search_index.young_person_id "
            "WHERE search_index MATCH :q "
            "ORDER BY bm25(search_index, 0, 0, 0, 4.0, 1.0) LIMIT :limit"
        ),
        {"q": query, "limit": limit, "start": MATCH_START, "end": MATCH_END},
    )
    return [SearchHit(kind, rid, yp_id, title, snippet,
                      _display_name(given, family, preferred))
            for kind, rid, yp_id, title, snippet, given, family, preferred in rows]


def _display_name(given: str | None, family: str | None, preferred: str | None) -> str:
    """As ``YoungPerson.display_name``, from the columns (no row object per hit)."""
    full = f"{given or ''} {family or ''}".strip()
    preferred = (preferred or "").strip()
    if preferred and preferred != (given or ""):
        return f"{full} ({preferred})"
    return full
